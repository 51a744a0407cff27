/**
 * `.cloud66/manifest.yml` (docs/research/cloud66.md#the-manifest, #procfile_metadata): an optional environment level; top-level keys that
 * are components or sections apply to every environment; `procfile_metadata` sits at the top
 * level or under an environment, never inside `rails:`.
 */
import type { SourceFile } from '../files/source-file.js'
import type { Span } from '../core/span.js'
import { get, parseYamlTree, type YMap, type YNode, type YPair, type YamlTree, type YamlModule } from './yaml-tree.js'

/** Keys that mean "no environment level" when they are at the top (docs/research/cloud66.md#manifest-top-level-keys, corpus §7.2). */
export const COMPONENT_KEYS = new Set([
  'rails',
  'rack',
  'sinatra',
  'padrino',
  'docker',
  'elasticsearch',
  'gateway',
  'glusterfs',
  'load_balancer',
  'loadbalancer',
  'memcached',
  'mongodb',
  'mysql',
  'nginx',
  'postgis',
  'postgresql',
  'redis',
  'haproxy',
  'environment_variables',
  'procfile_metadata',
  'experiments',
  'extra_packages',
  'databases',
  'node'
])

/** One `procfile_metadata` block and where it sits. */
export interface MetadataBlock {
  /** null: the top level (every environment); else the environment's name */
  environment: string | null
  keyAt: Span
  value: YNode | null
}

export interface Manifest {
  file: SourceFile
  tree: YamlTree
  /** top-level keys read as environment names, with their blocks */
  environments: YPair[]
  /** every procfile_metadata block in the file, in any environment */
  metadata: MetadataBlock[]
  /** the blocks that apply to the selected environment: the top level first, then the environment */
  applying: MetadataBlock[]
}

export function parseManifest(file: SourceFile, environment: string, yaml: YamlModule): Manifest {
  const tree = parseYamlTree(file, yaml)
  const out: Manifest = { file, tree, environments: [], metadata: [], applying: [] }
  const root = tree.root
  if (root?.kind !== 'map') return out
  for (const pair of root.pairs) {
    if (pair.key === 'procfile_metadata') out.metadata.push({ environment: null, keyAt: pair.keyAt, value: pair.value })
    else if (!COMPONENT_KEYS.has(pair.key) && pair.value?.kind === 'map') {
      out.environments.push(pair)
      const m = get(pair.value, 'procfile_metadata')
      if (m) out.metadata.push({ environment: pair.key, keyAt: m.keyAt, value: m.value })
    }
  }
  out.applying = out.metadata.filter((b) => b.environment === null || b.environment === environment)
  return out
}

/** A process's settings under one block, when the block maps it to a mapping. */
export function processSettings(block: MetadataBlock, process: string): { keyAt: Span; map: YMap } | null {
  const p = get(block.value, process)
  return p && p.value?.kind === 'map' ? { keyAt: p.keyAt, map: p.value } : null
}

/** The key under which a block names the custom web process (`web` or `custom_web`). */
export const WEB_KEYS = ['custom_web', 'web'] as const

/**
 * The block that decides for the selected environment: the environment's own block when it has
 * one, else the top level (whether Cloud 66 merges the two is unconfirmed; docs/research/cloud66.md#manifest-environment-levels says
 * to use the environment's block and to say so).
 */
export function effectiveBlock(manifest: Manifest): MetadataBlock | null {
  return manifest.applying.find((b) => b.environment !== null) ?? manifest.applying[0] ?? null
}

/**
 * One setting of the custom web process as it applies; `custom_web` wins over `web` within the
 * block (a guess; both present gets a notice).
 */
export function webSetting(manifest: Manifest, key: string): { pair: YPair; block: MetadataBlock; process: string } | null {
  const block = effectiveBlock(manifest)
  if (!block) return null
  for (const process of WEB_KEYS) {
    const s = processSettings(block, process)
    const pair = s ? get(s.map, key) : undefined
    if (pair) return { pair, block, process }
  }
  return null
}

/** The components a Rack app's manifest configures, and its procfile_metadata section (docs/research/cloud66.md#manifest-levels). */
const RACK_SECTIONS = ['rails', 'rack', 'sinatra', 'padrino', 'procfile_metadata']

/**
 * Whether a YAML file has the shape of a Cloud 66 Rack manifest: a `rails:`, `rack:`,
 * `sinatra:`, `padrino:` or `procfile_metadata:` map at the top, or under an environment key.
 * A file named `manifest.yml` is most often something else (a Cloud Foundry manifest with
 * `applications:`, a Kubernetes one with `apiVersion:`): only this shape says it was meant for
 * Cloud 66.
 */
export function hasCloud66Shape(tree: YamlTree): boolean {
  const rackSection = (m: YNode | null): boolean => m?.kind === 'map' && m.pairs.some((p) => RACK_SECTIONS.includes(p.key) && p.value?.kind === 'map')
  const root = tree.root
  return rackSection(root) || (root?.kind === 'map' && root.pairs.some((p) => rackSection(p.value)))
}

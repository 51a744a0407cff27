import { defineRule } from './define-rule.js'
import { quoted } from './helpers.js'
import { COMPONENT_KEYS } from '../model/manifest.js'
import type { YNode, YPair } from '../model/yaml-tree.js'

/**
 * The manifest nests environment → component → settings, the environment level optional
 * (docs/research/cloud66.md#manifest-levels); the components and sections are the documented
 * second level (#manifest-top-level-keys), and a component's settings sit under `configuration:`
 * or `servers:`. Two shapes fit none of this: a block read as an environment (its key is not a
 * component) none of whose keys is a component, a section or a component's setting (`environment:
 * PATH: …`), and a component-level key holding a list (`databases: - postgresql:`). What Cloud 66
 * does with either is not documented: a warning that says so.
 */

/** The documented second level (docs/research/cloud66.md#manifest-top-level-keys), `sinatra` and the 2017 `experiments` with them. */
const DOCUMENTED = new Set(['rails', 'rack', 'sinatra', 'docker', 'elasticsearch', 'gateway', 'glusterfs', 'load_balancer', 'memcached', 'mongodb', 'mysql', 'nginx', 'postgis', 'postgresql', 'redis', 'environment_variables', 'procfile_metadata', 'experiments'])
/** A component's own settings (docs/research/cloud66.md#manifest-levels): a block holding these is a component rack-check does not know (Cloud 66's `prepress`), not an environment. */
const COMPONENT_SETTINGS = new Set(['configuration', 'servers', 'server', 'groups'])
/** An environment variable's name as written in real manifests (`PATH`, `NODE_ENV`). */
const isVariableName = (key: string): boolean => key.length > 0 && [...key].every((c) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_')

export default defineRule({
  id: 'manifest-structure',
  severity: 'warning',
  summary: 'A manifest block that fits none of the documented levels: a block read as an environment that holds no components or sections (`environment: PATH: …`), or a list where a component goes (`databases: - postgresql:`).',
  messages: {
    variables: '`{key}:` is read as an environment (it is not a component or section), but it holds {keys}, which look like environment variables, not components or sections; what Cloud 66 does with them here is not documented. Environment variables go under `environment_variables:` (at the top, or under an environment).',
    notAnEnvironment: '`{key}:` is read as an environment (it is not a component or section), but it holds {keys}, none of which is a component or section; what Cloud 66 does with them is not documented. Put the settings under a component (`rails:`, `postgresql:` …) or a section (`environment_variables:`, `procfile_metadata:`).',
    list: '`{key}:` holds a list, but a component or section holds a mapping (a component\'s settings sit under `configuration:`); what Cloud 66 does with a list here is not documented.',
    undocumentedList: '`{key}:` holds a list, but `{key}` is not a component or section Cloud 66 documents, and a component or section holds a mapping; what Cloud 66 does with this list is not documented.',
    databases: '`{key}:` holds a list, but `{key}` is not a component or section Cloud 66 documents, and a component holds a mapping; each database is a component of its own at this level (`postgresql:`, `mysql:`, `redis:` …, with its settings under `configuration:`). What Cloud 66 does with this list is not documented.'
  },
  check(ctx) {
    const manifest = ctx.analysis.app.manifest
    const root = manifest?.tree.root
    if (!manifest || root?.kind !== 'map') return
    const listAt = (pair: YPair): void => {
      if (pair.value?.kind !== 'seq' || !COMPONENT_KEYS.has(pair.key)) return
      ctx.report(pair.keyAt, DOCUMENTED.has(pair.key) ? 'list' : pair.key === 'databases' ? 'databases' : 'undocumentedList', { key: pair.key })
    }
    for (const pair of root.pairs) listAt(pair)
    for (const env of manifest.environments) {
      const block: YNode | null = env.value
      if (block?.kind !== 'map' || block.pairs.length === 0) continue
      for (const pair of block.pairs) listAt(pair)
      if (block.pairs.some((p) => COMPONENT_KEYS.has(p.key) || COMPONENT_SETTINGS.has(p.key) || p.key === '<<')) continue
      // a few names, each bounded: a block may hold thousands of keys
      const shownKeys = block.pairs.slice(0, 5).map((p) => '`' + quoted(p.key, 40) + '`').join(', ')
      const keys = block.pairs.length > 5 ? `${shownKeys} and ${block.pairs.length - 5} more` : shownKeys
      ctx.report(env.keyAt, block.pairs.every((p) => isVariableName(p.key)) ? 'variables' : 'notAnEnvironment', { key: env.key, keys })
    }
  }
})

/**
 * The app's Ruby version and where it is declared (docs/research/cloud66.md#ruby-version): the
 * manifest's `ruby_version` (`rails:`/`rack:` → `configuration:`, at the top or under the
 * environment), the Gemfile's `ruby` line (read by model/ruby/gemfile.ts on Prism, never run),
 * `.ruby-version` and Gemfile.lock's `RUBY VERSION`.
 *
 * Which one decides: Cloud 66 documents the manifest first, then the Gemfile. Whether it reads
 * `.ruby-version` or `RUBY VERSION` at all is UNCONFIRMED; rack-check takes them after those two
 * as the app's own statement of its Ruby (a Gemfile `ruby` line makes Bundler refuse any other
 * Ruby; `.ruby-version` is what rbenv, chruby and asdf install; `RUBY VERSION` records the Ruby
 * the lock file was made on).
 */
import type { Span } from '../core/span.js'
import type { SourceFile } from '../files/source-file.js'
import type { Manifest } from './manifest.js'
import { get, type YNode } from './yaml-tree.js'
import { compareDotted } from './ruby/removed.js'

export type RubySource = 'manifest' | 'gemfile' | 'ruby-version' | 'lockfile'

/** One declaration of the app's Ruby. */
export interface RubyDeclaration {
  source: RubySource
  /** the file it is in (a repository path), e.g. `.cloud66/manifest.yml` */
  path: string
  at: Span
  /** as written, e.g. `3.4.1`, `~> 3.4`, `ruby-3.4.1`, `3.4.1p0` */
  text: string
  /** the Gem::Requirement clauses it stands for: `3.4.1` is `= 3.4.1`, `3.4` is `~> 3.4.0` */
  requirement: Array<[string, string]>
}

export interface AppRuby {
  /** every declaration found, in the order of precedence below */
  declarations: RubyDeclaration[]
  /** the one that decides: the manifest, then the Gemfile, then `.ruby-version`, then Gemfile.lock */
  chosen: RubyDeclaration | null
  /** the Ruby lines (`3.4`) the chosen declaration allows; null when the app's Ruby is not known */
  lines: string[] | null
}

/** Where each source is read, in order of precedence. */
export const PRECEDENCE: readonly RubySource[] = ['manifest', 'gemfile', 'ruby-version', 'lockfile']

/** The Ruby lines a requirement is matched against, with any line it names (`1.9.3`, `4.1.0`). */
const LINES = ['1.8', '1.9', '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '3.0', '3.1', '3.2', '3.3', '3.4', '4.0']

/** An exact CRuby version as the sources write it: `3.4.1`, `ruby-3.4.1`, `3.4.1p0`, `3.4`; null for anything else (`jruby-9.4`, `system`). */
export function plainVersion(text: string): string | null {
  const t = text.trim().replace(/^ruby-/, '').replace(/p\d+$/, '')
  return /^\d+(\.\d+)*$/.test(t) ? t : null
}

/** The requirement a version or a Gemfile requirement (`~> 3.4`, `>= 3.2`) stands for; null when it is not one. */
export function requirementOf(texts: string[]): Array<[string, string]> | null {
  const out: Array<[string, string]> = []
  for (const text of texts) {
    const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(text)
    if (!m) return null
    const v = plainVersion(m[2])
    if (v === null) return null
    // a version of two parts is a line: `3.4` in `.ruby-version` or the manifest means any 3.4
    if (!m[1] && v.split('.').length <= 2) out.push(['~>', v + '.0'])
    else out.push([m[1] ?? '=', v])
  }
  return out.length > 0 ? out : null
}

/** Gem::Requirement#satisfied_by? for these clauses (`~> 3.4.1` is `>= 3.4.1, < 3.5`). */
export function satisfies(version: string, requirement: Array<[string, string]>): boolean {
  return requirement.every(([op, v]) => {
    const c = compareDotted(version, v)
    switch (op) {
      case '=':
        return c === 0
      case '!=':
        return c !== 0
      case '>':
        return c > 0
      case '<':
        return c < 0
      case '>=':
        return c >= 0
      case '<=':
        return c <= 0
      default: {
        // ~>: at least v, below v with its last part dropped and the one before raised
        const parts = v.split('.').map(Number)
        const upper = parts.length > 1 ? [...parts.slice(0, -2), parts[parts.length - 2] + 1].join('.') : String(parts[0] + 1)
        return c >= 0 && compareDotted(version, upper) < 0
      }
    }
  })
}

/** The Ruby lines (`3.4`) on which some version satisfies the requirement. */
export function linesOf(requirement: Array<[string, string]>): string[] {
  const named = requirement.map(([, v]) => v.split('.').slice(0, 2).join('.')).filter((l) => /^\d+\.\d+$/.test(l) && !LINES.includes(l))
  const all = [...LINES, ...new Set(named)].sort((a, b) => compareDotted(a, b))
  return all.filter((line) => {
    const points = [`${line}.0`, `${line}.9999`, ...requirement.map(([, v]) => v).filter((v) => v === line || v.startsWith(line + '.'))]
    return points.some((p) => satisfies(p, requirement))
  })
}

/** Whether two declarations can name the same Ruby: an exact version must satisfy the other; two ranges must share a line. */
export function agree(a: RubyDeclaration, b: RubyDeclaration): boolean {
  const exact = (d: RubyDeclaration): string | null => (d.requirement.length === 1 && d.requirement[0][0] === '=' ? d.requirement[0][1] : null)
  const ea = exact(a)
  const eb = exact(b)
  if (ea !== null) return satisfies(ea, b.requirement)
  if (eb !== null) return satisfies(eb, a.requirement)
  const lb = new Set(linesOf(b.requirement))
  return linesOf(a.requirement).some((l) => lb.has(l))
}

/** The manifest's `ruby_version` for the environment: the environment's block beats the top level (docs/research/cloud66.md#manifest-environment-levels). */
export function manifestRuby(manifest: Manifest, environment: string): RubyDeclaration | null {
  const root = manifest.tree.root
  if (root?.kind !== 'map') return null
  const inBlock = (block: YNode | null | undefined): RubyDeclaration | null => {
    for (const component of ['rails', 'rack']) {
      const pair = get(get(get(block, component)?.value, 'configuration')?.value, 'ruby_version')
      const v = pair?.value
      if (v?.kind !== 'scalar' || v.value === null || typeof v.value === 'boolean' || v.erb) continue
      const text = String(v.value)
      const requirement = requirementOf([text])
      if (requirement) return { source: 'manifest', path: manifest.file.path, at: v.at, text, requirement }
    }
    return null
  }
  const env = manifest.environments.find((e) => e.key === environment)
  return inBlock(env?.value) ?? inBlock(root)
}

/** `.ruby-version`: its first line (`3.4.1`, `ruby-3.4.1`); another engine (`jruby-9.4`) is not CRuby and says nothing here. */
export function rubyVersionFile(file: SourceFile): RubyDeclaration | null {
  const text = file.lineText(1).trim()
  const requirement = requirementOf([text])
  if (!requirement) return null
  const start = file.text.indexOf(text)
  return { source: 'ruby-version', path: file.path, at: file.span(start, start + text.length), text, requirement }
}

/** Gemfile.lock's `RUBY VERSION` section: `   ruby 3.4.1p0` on the line after it. */
export function lockfileRuby(file: SourceFile): RubyDeclaration | null {
  for (let line = 1; line < file.lineCount; line++) {
    if (file.lineText(line) !== 'RUBY VERSION') continue
    const m = /^ {3}ruby (\S+)\s*$/.exec(file.lineText(line + 1))
    const requirement = m ? requirementOf([m[1]]) : null
    if (!m || !requirement) return null
    const start = file.lineOffset(line + 1) + 8
    return { source: 'lockfile', path: file.path, at: file.span(start, start + m[1].length), text: m[1], requirement }
  }
  return null
}

/** The app's Ruby from its declarations (any order; at most one per source). */
export function appRuby(declarations: Array<RubyDeclaration | null>): AppRuby {
  const found = declarations.filter((d): d is RubyDeclaration => d !== null).sort((a, b) => PRECEDENCE.indexOf(a.source) - PRECEDENCE.indexOf(b.source))
  const chosen = found[0] ?? null
  const lines = chosen ? linesOf(chosen.requirement) : null
  return { declarations: found, chosen, lines: lines && lines.length > 0 ? lines : null }
}

/** How a declaration is named in messages: "Ruby 3.4.1 (`ruby_version` in `.cloud66/manifest.yml`)". */
export function describeRuby(d: RubyDeclaration): string {
  const where = d.source === 'manifest' ? `\`ruby_version\` in \`${d.path}\`` : d.source === 'gemfile' ? `the \`ruby\` line of \`${d.path}\`` : d.source === 'lockfile' ? `\`RUBY VERSION\` in \`${d.path}\`` : `\`${d.path}\``
  return `Ruby ${d.text} (${where}, line ${d.at.line})`
}

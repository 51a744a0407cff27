/**
 * What each Ruby removed that server configs may call: one row per name, with the Ruby that
 * removed it, the error a call raises there and the NEWS section that says so
 * (docs/research/servers.md#ruby-removals). The evaluator asks `removedIn` for a call it
 * evaluates; the ground-truth test runs each row's `probe` on every real Ruby from 3.1 to 4.0
 * and checks that it raises `error` exactly on the Rubies at or after `removedIn`.
 */

/** A Ruby line rack-check knows: the ones Cloud 66 users run now (docs/research/cloud66.md#ruby-version). */
export type RubyLine = '3.0' | '3.1' | '3.2' | '3.3' | '3.4' | '4.0'

/** The Ruby lines in order, oldest first. */
export const RUBY_LINES: readonly RubyLine[] = ['3.0', '3.1', '3.2', '3.3', '3.4', '4.0']

export interface RemovedName {
  /** how a config writes it: `File.exists?`, `#taint`, `Fixnum` */
  name: string
  /** a class method (`File.exists?`), a method of every object (`"x".taint`), or a constant */
  kind: 'class-method' | 'object-method' | 'constant'
  /** the class for a class method (`File`), the constant's name for a constant, `Object` for an object method */
  owner: string
  /** the method's name; absent for a constant */
  method?: string
  /** the first Ruby without it */
  removedIn: RubyLine
  /** the exception a use raises from `removedIn` on */
  error: 'NoMethodError' | 'NameError'
  /** what to write instead; null when nothing replaces it */
  replacement: string | null
  /** the section of Ruby's NEWS that says it was removed */
  news: string
  /** a Ruby expression that uses it (after `requires`), for the ground-truth test */
  probe: string
  /** a library the probe requires first */
  requires?: string
}

const NEWS_30 = 'doc/NEWS/NEWS-3.0.0.md'
const NEWS_32 = 'doc/NEWS/NEWS-3.2.0.md, "Removed methods"'
const NEWS_32_CONSTANTS = 'doc/NEWS/NEWS-3.2.0.md, "Removed constants"'

function objectMethod(method: string, replacement: string | null): RemovedName {
  return { name: `#${method}`, kind: 'object-method', owner: 'Object', method, removedIn: '3.2', error: 'NoMethodError', replacement, news: `${NEWS_32} (Feature #16131)`, probe: `"x".${method}` }
}

export const REMOVED: readonly RemovedName[] = [
  { name: 'File.exists?', kind: 'class-method', owner: 'File', method: 'exists?', removedIn: '3.2', error: 'NoMethodError', replacement: '`File.exist?`', news: `${NEWS_32} (Feature #17391)`, probe: 'File.exists?("/tmp")' },
  { name: 'Dir.exists?', kind: 'class-method', owner: 'Dir', method: 'exists?', removedIn: '3.2', error: 'NoMethodError', replacement: '`Dir.exist?`', news: `${NEWS_32} (Feature #17391)`, probe: 'Dir.exists?("/tmp")' },
  objectMethod('taint', null),
  objectMethod('untaint', null),
  objectMethod('tainted?', null),
  objectMethod('trust', null),
  objectMethod('untrust', null),
  objectMethod('untrusted?', null),
  { name: 'Fixnum', kind: 'constant', owner: 'Fixnum', removedIn: '3.2', error: 'NameError', replacement: '`Integer`', news: NEWS_32_CONSTANTS, probe: 'Fixnum' },
  { name: 'Bignum', kind: 'constant', owner: 'Bignum', removedIn: '3.2', error: 'NameError', replacement: '`Integer`', news: NEWS_32_CONSTANTS, probe: 'Bignum' },
  { name: 'URI.escape', kind: 'class-method', owner: 'URI', method: 'escape', removedIn: '3.0', error: 'NoMethodError', replacement: '`URI.encode_www_form_component` or `CGI.escape`', news: `${NEWS_30}, "Stdlib updates", URI`, probe: 'URI.escape("a b")', requires: 'uri' },
  { name: 'URI.unescape', kind: 'class-method', owner: 'URI', method: 'unescape', removedIn: '3.0', error: 'NoMethodError', replacement: '`URI.decode_www_form_component` or `CGI.unescape`', news: `${NEWS_30}, "Stdlib updates", URI`, probe: 'URI.unescape("a%20b")', requires: 'uri' },
  { name: 'TRUE', kind: 'constant', owner: 'TRUE', removedIn: '3.0', error: 'NameError', replacement: '`true`', news: `${NEWS_30}, "Compatibility issues"`, probe: 'TRUE' },
  { name: 'FALSE', kind: 'constant', owner: 'FALSE', removedIn: '3.0', error: 'NameError', replacement: '`false`', news: `${NEWS_30}, "Compatibility issues"`, probe: 'FALSE' },
  { name: 'NIL', kind: 'constant', owner: 'NIL', removedIn: '3.0', error: 'NameError', replacement: '`nil`', news: `${NEWS_30}, "Compatibility issues"`, probe: 'NIL' }
]

/** The line of a version string such as `3.4.1`, `ruby-3.2.2` or `4.0.0p0`; null for a Ruby rack-check has no facts for. */
export function rubyLine(version: string): RubyLine | null {
  const m = /^(?:ruby-)?(\d+)\.(\d+)/.exec(version.trim())
  if (!m) return null
  const line = `${m[1]}.${m[2]}`
  return (RUBY_LINES as readonly string[]).includes(line) ? (line as RubyLine) : null
}

/** The row for a class method such as `File.exists?`; undefined when no Ruby removed it. */
export function removedClassMethod(owner: string, method: string): RemovedName | undefined {
  return REMOVED.find((r) => r.kind === 'class-method' && r.owner === owner && r.method === method)
}

/** The row for a method every object had (`taint`); undefined when no Ruby removed it. */
export function removedObjectMethod(method: string): RemovedName | undefined {
  return REMOVED.find((r) => r.kind === 'object-method' && r.method === method)
}

/** The row for a top-level constant such as `Fixnum`; undefined when no Ruby removed it. */
export function removedConstant(name: string): RemovedName | undefined {
  return REMOVED.find((r) => r.kind === 'constant' && r.owner === name)
}

/**
 * The Ruby lines rack-check judges a removed name on when the app's Ruby is not known: the lines
 * of RUBY_LINES, 3.0 to 4.0. Cloud 66 lets a new app pick its Ruby (docs/research/cloud66.md#ruby-version);
 * its users and its own samples declare 3.4 and 4.0, and no Ruby before 3.0 has a removal in
 * this table, so an older Ruby would change no verdict.
 */
export const JUDGED_LINES: readonly RubyLine[] = RUBY_LINES

/** Whether `name` is gone on a Ruby line given as `x.y` (any line, also one outside RUBY_LINES: a removal stays removed). */
export function removedOnLine(name: RemovedName, line: string): boolean {
  return compareDotted(line, name.removedIn) >= 0
}

/** Compares two dotted numeric versions (`3.4`, `3.4.1`) part by part, a missing part as 0. */
export function compareDotted(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

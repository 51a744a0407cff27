/**
 * A YAML file as Cloud 66 reads it (Ruby's Psych: YAML 1.1, the last of duplicate keys wins,
 * `<<` merge keys applied in the order written), as a small tree in which every key and value
 * keeps its exact position. Parsed with the `yaml` package; nothing here is a regex parser.
 */
import type { Document, Node, Scalar } from 'yaml'
import type { SourceFile } from '../files/source-file.js'
import type { Span } from '../core/span.js'

export type YNode = YMap | YSeq | YScalar

export interface YMap {
  kind: 'map'
  at: Span
  pairs: YPair[]
}

export interface YSeq {
  kind: 'seq'
  at: Span
  items: Array<YNode | null>
}

export interface YScalar {
  kind: 'scalar'
  at: Span
  /** the value as Psych loads it (YAML 1.1: `yes`/`no`/`on`/`off` are booleans) */
  value: string | number | boolean | null
  /** written in quotes or as a block scalar: always a string */
  quoted: boolean
  /** holds an ERB output tag (`<%= … %>`): its value is only known after ERB runs */
  erb: boolean
}

export interface YPair {
  key: string
  keyAt: Span
  value: YNode | null
  /** the pair came in through a `<<` merge key (its positions are those of the anchored block) */
  merged: boolean
}

export interface YDuplicate {
  key: string
  /** the key whose value is lost */
  lost: Span
  /** the later key that wins */
  kept: Span
}

export interface YamlTree {
  file: SourceFile
  /** null when the file is empty or only comments (Psych loads `false`/`nil`: no settings) */
  root: YNode | null
  /** the first syntax error; the rest of the file is then not used */
  error: { at: Span; message: string } | null
  duplicates: YDuplicate[]
  /**
   * A limit of rack-check's stopped the read (docs/maintainers/robustness.md): the file may well be fine for
   * Cloud 66. Said as "is nested … deep; rack-check reads …"; null when none did.
   */
  limit: string | null
  /**
   * Where a second YAML document starts (`---` after the first), when the file has more than one:
   * Ruby's `YAML.load_file` returns the first document and never reads the rest (Psych's
   * `parse_stream` stops at the first document's end; measured with Ruby 3.1, Psych 4.0.3: a
   * syntax error in the second document raises nothing). null for a single document.
   */
  laterDocuments: { at: Span; count: number } | null
  /**
   * Where Psych ends the first document without a `---`: the first token after the top-level
   * value that cannot continue it (a line left of a block mapping's or list's first key, or
   * anything after a top-level flow collection or scalar). libyaml then ends the document
   * implicitly; `YAML.load` returns that document and never parses the rest, while
   * `YAML.load_stream` raises "did not find expected <document start>" (measured with Ruby 3.1,
   * Psych 4.0.3; docs/research/psych.md#where-the-first-document-ends). `text` is the token where
   * reading stops; `column` the top-level value's column (1-based) when it is a block collection.
   * null when the file is read to its end.
   */
  endsEarly: { at: Span; text: string; lastLine: number; column: number | null } | null
}

/** Levels of the tree rack-check keeps; deeper values are left out, and `limit` says so. */
export const MAX_DEPTH = 64
/** aliases copy whole subtrees; past this many nodes the file is an alias bomb, not a manifest */
const MAX_NODES = 100_000
/**
 * Characters of text the aliases may copy in all, counted as the source text of each aliased node
 * (a scalar, or a whole subtree) before the copy is made: every copy is text the rules read and
 * messages may quote. 100 aliases of a 100 kB hook command (10 MB) took 4.7 s and 40,000 of a
 * 400 kB one (16 GB) ended the process (issue 22); four times the largest file rack-check reads
 * leaves real files, whose aliases copy a few settings, far below it.
 */
export const MAX_ALIAS_TEXT = 4 * 1_048_576
/**
 * Text estimated to nest deeper than this is not given to the YAML parser at all. The `yaml`
 * package recurses once per level: about 880 levels overflow Node's stack (measured with a flow
 * sequence), and some 20,000 make V8 abort the process while it compiles a regular expression
 * near the stack's end — a crash no `catch` sees.
 */
export const MAX_TEXT_NESTING = 200

/**
 * An upper bound of how deeply a YAML text nests, without parsing it: open flow brackets (`[`,
 * `{`, wherever they are, in quotes and comments too: counting more is safe), plus the block
 * levels of the line (one per deeper indentation still open, one per `- `, `? ` or `: ` indicator
 * that starts the line's content, one per `: ` after it).
 */
export function yamlNestingEstimate(text: string): number {
  let flow = 0
  let max = 0
  const indents: number[] = []
  let i = 0
  while (i < text.length) {
    // the start of a line: its indentation and leading indicators
    let col = 0
    while (text.charCodeAt(i) === 32) {
      i++
      col++
    }
    const c = text.charCodeAt(i)
    const blank = i >= text.length || c === 10 || c === 13 || c === 35
    if (!blank && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= col) indents.pop()
      indents.push(col)
    }
    let block = indents.length
    for (;;) {
      const d = text[i]
      if ((d === '-' || d === '?' || d === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        block++
        i += 2
        while (text[i] === ' ' || text[i] === '\t') i++
      } else break
    }
    max = Math.max(max, block + flow)
    // the rest of the line
    while (i < text.length && text.charCodeAt(i) !== 10) {
      const d = text.charCodeAt(i)
      if (d === 91 || d === 123) {
        flow++
        if (block + flow > max) max = block + flow
      } else if ((d === 93 || d === 125) && flow > 0) flow--
      else if (d === 58 && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        // `a: b: c: …` is not YAML, but the parser opens a level for each key before it says so
        block++
        if (block + flow > max) max = block + flow
      }
      i++
    }
    i++
  }
  return max
}

/**
 * ERB control tags (`<% if … %>`) are blanked out before parsing, keeping every offset; output
 * tags (`<%= … %>`) stay in the text and mark the scalar that holds them as unknown.
 */
function blankErbControlTags(text: string): string {
  return maskErbTags(text, erbTags(text, 'control'), (tag) => tag.replace(/[^\n]/g, ' '))
}

/** `text` with each of `tags` (from `erbTags`) replaced by `mask` of it: a text of the same length keeps every offset. */
export function maskErbTags(text: string, tags: Array<[number, number]>, mask: (tag: string) => string): string {
  let out = ''
  let from = 0
  for (const [start, end] of tags) {
    out += text.slice(from, start) + mask(text.slice(start, end))
    from = end
  }
  return out + text.slice(from)
}

/**
 * The ERB tags of a text, in order, as `/<%(?!=)[\s\S]*?%>/g` (control) or `/<%=[\s\S]*?%>/g`
 * (output) would find them, in one pass: those expressions search the rest of the text for a
 * closing `%>` from every unclosed `<%`, quadratic (20,000 `<%=` took 0.25 s, a 1 MB file a minute).
 */
export function erbTags(text: string, kind: 'control' | 'output'): Array<[number, number]> {
  const tags: Array<[number, number]> = []
  for (let at = text.indexOf('<%'); at >= 0; ) {
    const output = text[at + 2] === '='
    if (output !== (kind === 'output')) {
      at = text.indexOf('<%', at + 1)
      continue
    }
    const close = text.indexOf('%>', at + (output ? 3 : 2))
    // no closing tag after this one: none after any later one either
    if (close < 0) break
    tags.push([at, close + 2])
    at = text.indexOf('<%', close + 2)
  }
  return tags
}

/** The `yaml` package's exports: loaded by `loadYaml()`, then passed to the parsers. */
export type YamlModule = typeof import('yaml')

let loading: Promise<YamlModule> | null = null

/**
 * Loads the `yaml` package, only when a YAML file is to be read: evaluating it is a large part of
 * the start-up of a run that has no YAML to read (bench/startup.mjs).
 */
export function loadYaml(): Promise<YamlModule> {
  return (loading ??= import('yaml'))
}

export function parseYamlTree(file: SourceFile, yaml: YamlModule): YamlTree {
  const tree: YamlTree = { file, root: null, error: null, duplicates: [], limit: null, laterDocuments: null, endsEarly: null }
  if (yamlNestingEstimate(file.text) > MAX_TEXT_NESTING) {
    tree.limit = `is nested more than ${MAX_TEXT_NESTING} levels deep (as rack-check estimates it); rack-check reads YAML up to that depth only`
    return tree
  }
  let doc: Document
  try {
    const first = firstDocument(yaml, blankErbControlTags(file.text), { prettyErrors: false, keepSourceTokens: false })
    doc = first.doc
    if (first.later) tree.laterDocuments = { at: file.span(first.later.start, first.later.start + 3), count: first.later.count }
  } catch (e) {
    // the parser recurses in its error recovery too (thousands of misindented keys, found by
    // fuzzing), where the estimate does not see it; by name: the error may be another realm's
    if ((e as Error).name !== 'RangeError') throw e
    tree.limit = 'is too deeply nested or has too many errors for rack-check\'s YAML parser (its stack ran out)'
    return tree
  }
  const first = doc.errors[0]
  // the parser's own recursion ran out of stack: rack-check's limit, not a YAML error
  if (first && /call stack/i.test(first.message)) {
    tree.limit = 'is too deeply nested or has too many errors for rack-check\'s YAML parser (its stack ran out)'
    return tree
  }
  const stop = first ? implicitEnd(yaml, doc, file.text, first.pos) : null
  if (first && !stop) {
    tree.error = { at: file.span(first.pos[0], first.pos[1]), message: first.message.replace(/\s+at line \d+, column \d+:?\s*$/s, '') }
    return tree
  }
  if (stop) {
    // everything after the stop is ignored, later `---` documents included
    const at = file.span(stop.start, Math.max(stop.end, stop.start + 1))
    tree.endsEarly = { at, text: file.text.slice(stop.start, Math.min(stop.end, stop.start + 40)), lastLine: at.line - 1, column: stop.column }
    tree.laterDocuments = null
  }
  const root = convert(yaml, aliasTargets(yaml, doc), doc.contents, tree, 0, new Set(), { nodes: 0, aliasText: 0 })
  if (!tree.error) tree.root = root
  return tree
}

/**
 * The first YAML document of a text, as Ruby's `YAML.load` reads it (Psych returns the first
 * document of a stream and does not parse past it), and where the later ones start. A text that
 * is no document at all (empty, comments only) is an empty document, as `parseDocument` gives.
 */
export function firstDocument(yaml: YamlModule, text: string, options: { prettyErrors?: boolean; keepSourceTokens?: boolean } = {}): { doc: Document; later: { start: number; count: number } | null } {
  const docs = yaml.parseAllDocuments(text, { version: '1.1', uniqueKeys: false, ...options })
  if (!Array.isArray(docs) || docs.length === 0 || !('contents' in docs[0])) return { doc: yaml.parseDocument(text, { version: '1.1', uniqueKeys: false, ...options }), later: null }
  const [doc, ...rest] = docs as Document[]
  const start = rest[0]?.range?.[0]
  // a later document's range starts at its `---` (or, for a bare document after `...`, its text)
  return { doc, later: rest.length > 0 && start !== undefined ? { start, count: rest.length } : null }
}

/**
 * Where libyaml (Psych's parser) ends the first document before the `yaml` package's first error,
 * when it does: the error's token comes after the top-level value, and either that value is not a
 * block collection (libyaml's document holds one node: after a flow collection or a scalar it
 * ends the document, whatever follows) or the token starts left of the block collection's column
 * (the block ends there: libyaml's scanner closes every indentation level deeper than the token's
 * column, the top level included). A top level at column 1 never ends that way. null: the error is
 * Psych's too. Measured with Ruby 3.1, Psych 4.0.3 (docs/research/psych.md#where-the-first-document-ends).
 */
function implicitEnd(Y: YamlModule, doc: Document, text: string, [start, end]: [number, number]): { start: number; end: number; column: number | null } | null {
  const c = doc.contents
  if (!c?.range || start < c.range[2]) return null
  const columnOf = (offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1)
  const block = (Y.isMap(c) || Y.isSeq(c)) && !c.flow
  if (block && columnOf(start) >= columnOf(c.range[0])) return null
  return { start, end, column: block ? columnOf(c.range[0]) + 1 : null }
}

/**
 * What each alias refers to, found in one walk of the document: the last node before the alias
 * with its anchor, as the `yaml` package's `Alias.resolve` finds it (the same walk, in the same
 * order). `resolve` walks the whole document again for every alias, quadratic: 17,000 `<<: *default`
 * lines took 61 s (found by the fuzz suite, seed 20261203).
 */
function aliasTargets(Y: YamlModule, doc: Document): Map<Node, Node | undefined> {
  const anchored = new Map<string, Node>()
  const targets = new Map<Node, Node | undefined>()
  Y.visit(doc, {
    Node(_key, node) {
      if (Y.isAlias(node)) targets.set(node, anchored.get(node.source))
      else if (node.anchor) anchored.set(node.anchor, node)
    }
  })
  return targets
}

type Targets = Map<Node, Node | undefined>

function convert(Y: YamlModule, targets: Targets, node: Node | null | undefined, tree: YamlTree, depth: number, resolving: Set<Node>, count: { nodes: number; aliasText: number }): YNode | null {
  if (!node || tree.error) return null
  if (depth > MAX_DEPTH) {
    tree.limit ??= `is nested more than ${MAX_DEPTH} levels deep; rack-check reads values up to that depth only (deeper ones were left out)`
    return null
  }
  if (++count.nodes > MAX_NODES) {
    tree.error = { at: span(tree.file, node), message: `its aliases expand to more than ${MAX_NODES} values` }
    return null
  }
  if (Y.isAlias(node)) {
    const target = targets.get(node)
    // Psych refuses an alias to an anchor that is not defined before it ("Unknown alias")
    if (!target) {
      tree.error ??= { at: span(tree.file, node), message: `Unknown alias \`*${node.source}\`` }
      return null
    }
    // a cycle (`a: &x [*x]`): nothing usable
    if (resolving.has(target)) return null
    // the text this copy adds, counted before it is made (an alias of a scalar, or of a subtree: its source text)
    const [a, b] = target.range ?? [0, 0]
    count.aliasText += b - a
    if (count.aliasText > MAX_ALIAS_TEXT) {
      tree.limit ??= `has aliases that copy more than ${MAX_ALIAS_TEXT} characters of text; rack-check reads the copies up to that size only (later aliases were left out)`
      return null
    }
    resolving.add(target)
    const out = convert(Y, targets, target, tree, depth + 1, resolving, count)
    resolving.delete(target)
    return out
  }
  const at = span(tree.file, node)
  if (Y.isScalar(node)) return scalar(node, at)
  if (Y.isSeq(node)) return { kind: 'seq', at, items: node.items.map((i) => convert(Y, targets, i as Node, tree, depth + 1, resolving, count)) }
  if (Y.isMap(node)) {
    // by key, in the order of each key's last occurrence (a later one replaces an earlier one and
    // moves to the end): a Map, not a search of a list, which was quadratic in the keys
    const pairs = new Map<string, YPair>()
    const put = (p: YPair): void => {
      const earlier = pairs.get(p.key)
      if (earlier) {
        if (!p.merged && !earlier.merged) tree.duplicates.push({ key: p.key, lost: earlier.keyAt, kept: p.keyAt })
        pairs.delete(p.key)
      }
      pairs.set(p.key, p)
    }
    for (const pair of node.items) {
      const k = pair.key as Node | null
      if (Y.isScalar(k) && typeof k.value === 'symbol') {
        // `<<: *anchor` or `<<: [*a, *b]`: Psych merges the hash(es) here, in order
        const v = convert(Y, targets, pair.value as Node, tree, depth + 1, resolving, count)
        const sources = v?.kind === 'map' ? [v] : v?.kind === 'seq' ? v.items.filter((i): i is YMap => i?.kind === 'map') : []
        for (const m of sources) for (const p of m.pairs) put({ ...p, merged: true })
        continue
      }
      const key = keyText(Y, targets, k)
      if (key === null) continue
      put({ key, keyAt: k ? span(tree.file, k) : at, value: convert(Y, targets, pair.value as Node, tree, depth + 1, resolving, count), merged: false })
    }
    return { kind: 'map', at, pairs: [...pairs.values()] }
  }
  return null
}

function keyText(Y: YamlModule, targets: Targets, k: Node | null): string | null {
  if (!k) return ''
  const n = Y.isAlias(k) ? targets.get(k) : k
  if (Y.isScalar(n)) return n.value === null ? '' : String(n.value)
  return null
}

function scalar(node: Scalar, at: Span): YScalar {
  const v = node.value
  const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'bigint' ? Number(v) : v === null || v === undefined ? null : String(v)
  const quoted = node.type !== undefined && node.type !== 'PLAIN'
  return { kind: 'scalar', at, value, quoted, erb: typeof v === 'string' && v.includes('<%=') }
}

function span(file: SourceFile, node: Node): Span {
  const [start, end] = node.range ?? [0, 0]
  // a block value's range ends after its last line break; point at its text only
  let e = end
  while (e > start && /\s/.test(file.text[e - 1])) e--
  return file.span(start, Math.max(e, start + 1))
}

/** The value of a key in a mapping, if the node is one. */
export function get(node: YNode | null | undefined, key: string): YPair | undefined {
  return node?.kind === 'map' ? node.pairs.find((p) => p.key === key) : undefined
}

/** How a node is shown in a message: a scalar's text, else its kind. */
export function shown(node: YNode | null): string {
  if (!node) return 'nothing'
  if (node.kind === 'scalar') return node.value === null ? 'nothing' : String(node.value)
  return node.kind === 'map' ? 'a mapping' : 'a list'
}

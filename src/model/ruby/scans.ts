/**
 * Scans over strings for the String methods (methods.ts): each one linear in its input, written
 * out instead of JavaScript regexps where a regexp took quadratic time on hostile input (issue 22,
 * docs/maintainers/robustness.md).
 */
import { group, type RegexpMatch, type RegexpSearch } from '../regexp.js'

export type ReplacementPart = string | { whole: true } | { before: true } | { after: true } | { group: number } | { name: string }

/**
 * A `sub`/`gsub` replacement's pieces, read once and left to right (a linear scan): Ruby's
 * escapes \\0 \\& (the match), \\1…\\9, \\k<name>, \\` \\' (before, after the match), \\\\; any
 * other backslash is text. What the old code (a JavaScript replace) read, without its rescans.
 */
export function replacementParts(r: string): ReplacementPart[] {
  const parts: ReplacementPart[] = []
  let text = ''
  /** where the next `>` is at or after the last search (a `\k<` without one would rescan the rest each time) */
  let close = -2
  for (let i = 0; i < r.length; i++) {
    const c = r[i]
    const e = r[i + 1]
    let part: ReplacementPart | null = null
    if (c !== '\\' || e === undefined) {
      text += c
      continue
    }
    if (e === 'k' && r[i + 2] === '<') {
      if (close !== -1 && close < i + 3) close = r.indexOf('>', i + 3)
      if (close >= 0) {
        part = { name: r.slice(i + 3, close) }
        i = close - 1 // the loop's i++ and the one below pass the `>`
      }
    } else if (e === '0' || e === '&') part = { whole: true }
    else if (e === '`') part = { before: true }
    else if (e === "'") part = { after: true }
    else if (e === '\\') part = '\\'
    else if (/[1-9]/.test(e)) part = { group: Number(e) }
    if (part === null) {
      text += c
      continue
    }
    i++
    if (typeof part === 'string') text += part
    else {
      if (text) parts.push(text)
      text = ''
      parts.push(part)
    }
  }
  if (text) parts.push(text)
  return parts
}

export function replacementPiece(part: Exclude<ReplacementPart, string>, m: RegexpMatch, v: string, groups: number): string {
  if ('whole' in part) return v.slice(m.start, m.end)
  if ('before' in part) return v.slice(0, m.start)
  if ('after' in part) return v.slice(m.end)
  if ('group' in part) return part.group <= groups ? (group(m, v, part.group) ?? '') : ''
  const g = m.names.get(part.name)
  return g === undefined ? '' : (group(m, v, g) ?? '')
}

/** `split` with no separator or " ": fields between runs of ASCII whitespace or NUL, leading ones dropped (a scan, not a regexp) */
export function awkSplit(v: string): string[] {
  const parts: string[] = []
  let i = 0
  while (i < v.length && isBlank(v.charCodeAt(i))) i++
  if (i === v.length) return ['']
  let start = i
  for (; i < v.length; i++) {
    if (!isBlank(v.charCodeAt(i))) continue
    parts.push(v.slice(start, i))
    while (i + 1 < v.length && isBlank(v.charCodeAt(i + 1))) i++
    start = i + 1
  }
  parts.push(v.slice(start))
  return parts
}

/** NUL, \t \n \v \f \r and space: what Ruby's strip and split take away */
export function isBlank(c: number): boolean {
  return c === 0 || (c >= 9 && c <= 13) || c === 32
}

/** Ruby's strip, lstrip, rstrip (a scan: the old `/[…]+$/` took quadratic time on a run of spaces) */
export function strip(v: string, left: boolean, right: boolean): string {
  let from = 0
  let to = v.length
  if (left) while (from < to && isBlank(v.charCodeAt(from))) from++
  if (right) while (to > from && isBlank(v.charCodeAt(to - 1))) to--
  return v.slice(from, to)
}

/**
 * JavaScript's String.prototype.split with a RegExp (ECMA-262 §22.2.6.14), which the old
 * translation ran: a match that ends where the current field starts is skipped, capture groups
 * are fields too (a group that did not match, ""), no match is tried at the end of the text.
 * Searching on from q finds the match the specification's try-at-q, q+1, … loop finds.
 */
export function regexpSplit(search: RegexpSearch, v: string): string[] {
  const size = v.length
  const groups = search.program.groups
  if (size === 0) return search.exec(0, true) ? [] : [v]
  const parts: string[] = []
  let p = 0
  let q = 0
  while (q < size) {
    const m = search.exec(q)
    if (!m || m.start >= size) break
    if (m.end === p) {
      q = m.start + 1
      continue
    }
    parts.push(v.slice(p, m.start))
    for (let g = 1; g <= groups; g++) parts.push(group(m, v, g) ?? '')
    p = m.end
    q = p
  }
  parts.push(v.slice(p))
  return parts
}

/** whether the text is ASCII only (Ruby's and JavaScript's case, length and regexps agree there) */
export function ascii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s)
}

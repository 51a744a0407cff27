/**
 * A unified diff (`diff -u`, 3 lines of context) of one file, for `--fix-dry-run`. Lines are
 * compared by a longest-common-subsequence table, which is fine for deployment files (a fix
 * touches files of a few hundred lines); past MAX_CELLS the whole file is one hunk.
 */
const CONTEXT = 3
const MAX_CELLS = 4_000_000

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number }

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return ''
  const a = splitLines(before)
  const b = splitLines(after)
  const ops = a.length * b.length > MAX_CELLS ? [...a.map((t, i) => ({ kind: '-' as const, text: t, a: i, b: 0 })), ...b.map((t, j) => ({ kind: '+' as const, text: t, a: a.length, b: j }))] : lcsOps(a, b)
  let out = `--- a/${path}\n+++ b/${path}\n`
  let i = 0
  // a hunk's leading context never reaches back into the previous hunk
  let lastStop = 0
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++
      continue
    }
    // a hunk: the changes from here, joined while fewer than 2*CONTEXT unchanged lines separate them
    const start = Math.max(lastStop, i - CONTEXT)
    let end = i
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++
      let next = end
      while (next < ops.length && ops[next].kind === ' ') next++
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next
      else break
    }
    const stop = Math.min(ops.length, end + CONTEXT)
    const hunk = ops.slice(start, stop)
    const aStart = hunk[0].a
    const bStart = hunk[0].b
    const aCount = hunk.filter((o) => o.kind !== '+').length
    const bCount = hunk.filter((o) => o.kind !== '-').length
    out += `@@ -${aCount ? aStart + 1 : aStart},${aCount} +${bCount ? bStart + 1 : bStart},${bCount} @@\n`
    for (const o of hunk) out += o.kind + o.text + '\n'
    i = stop
    lastStop = stop
  }
  return out
}

/** Lines without their `\n` (a `\r` stays); a last line without a newline is marked as diff does. */
function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  else lines[lines.length - 1] += '\n\\ No newline at end of file'
  return lines
}

function lcsOps(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', text: a[i], a: i++, b: j++ })
    // removals before additions, as diff -u prints them
    else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) ops.push({ kind: '-', text: a[i], a: i++, b: j })
    else ops.push({ kind: '+', text: b[j], a: i, b: j++ })
  }
  return ops
}

/** At most `max` characters (a surrogate pair never split), with "…" when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max
  return text.slice(0, end) + '…'
}

/** `1 error`, `2 errors`: a count and its word, with the plural `s` when the count is not 1. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Edit distance, for did-you-mean hints. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}

/** The closest known name, when it is close enough to be a typo (rule messages, `.rack-check.yml` keys, command-line options). */
export function didYouMean(word: string, known: Iterable<string>): string | null {
  let best: string | null = null
  let bestD = Infinity
  const w = word.toLowerCase()
  for (const k of known) {
    const d = distance(w, k)
    if (d < bestD) [best, bestD] = [k, d]
  }
  return best !== null && bestD <= Math.max(2, Math.floor(best.length / 4)) ? best : null
}

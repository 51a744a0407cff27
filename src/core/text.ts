/** At most `max` characters (a surrogate pair never split), with "…" when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max
  return text.slice(0, end) + '…'
}

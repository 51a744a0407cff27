/** RubyGems-style versions: "5.6.5", "6.0.0.pre1", "4.3.12-java" (platform suffix ignored). */

export function parseVersion(v: string): readonly (number | string)[] {
  let parsed = parsedVersions.get(v)
  if (parsed === undefined) {
    // a few dozen distinct versions are compared millions of times over many apps (5,000 apps:
    // a fifth of the run was spent here; issue 22); the cache is bounded by starting afresh
    if (parsedVersions.size >= 1024) parsedVersions.clear()
    parsedVersions.set(v, (parsed = readVersion(v)))
  }
  return parsed
}

const parsedVersions = new Map<string, readonly (number | string)[]>()

function readVersion(v: string): Array<number | string> {
  const base = v.split('-')[0]
  return base.split('.').flatMap((seg) => {
    // "0pre1" → 0, "pre", 1 as RubyGems splits digits from letters
    return seg.match(/\d+|[A-Za-z]+/g)?.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) ?? []
  })
}

/** Negative when a < b, as Gem::Version#<=> (a letter segment makes a pre-release). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a)
  const y = parseVersion(b)
  const n = Math.max(x.length, y.length)
  for (let i = 0; i < n; i++) {
    const p = x[i] ?? 0
    const q = y[i] ?? 0
    if (p === q) continue
    if (typeof p === 'number' && typeof q === 'number') return p - q
    if (typeof p === 'string' && typeof q === 'string') return p < q ? -1 : 1
    return typeof p === 'string' ? -1 : 1
  }
  return 0
}

export function atLeast(version: string, min: string): boolean {
  return compareVersions(version, min) >= 0
}

/** A representative release standing for the versions from `from` up to the next one. */
export interface VersionBand {
  version: string
  from: string
}

/** Names a run of consecutive bands: "< 5.0", "5.0 to < 7.0", ">= 7.0". */
export function bandLabel(bands: VersionBand[], first: number, last: number): string {
  const lo = first === 0 ? null : bands[first].from
  const hi = last === bands.length - 1 ? null : bands[last + 1].from
  if (lo === null && hi === null) return 'every version'
  if (lo === null) return `< ${hi}`
  if (hi === null) return `>= ${lo}`
  return `${lo} to < ${hi}`
}

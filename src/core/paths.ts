/** Resolves a path as a process whose working directory is `cwd` (absolute) would: `.`, `..` and repeated `/` folded. */
export function resolvePath(cwd: string, p: string): string {
  const parts = (p.startsWith('/') ? p : cwd + '/' + p).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

/**
 * The path without its trailing slashes. Not `replace(/\/+$/, '')`: that tries again from every
 * slash of a run that does not reach the end, quadratic in the run (a Ruby string or a config
 * pattern is input: 100,000 slashes took seconds).
 */
export function withoutTrailingSlashes(p: string): string {
  let end = p.length
  while (end > 0 && p[end - 1] === '/') end--
  return p.slice(0, end)
}

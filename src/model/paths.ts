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

import type { Finding } from '../finding.js'

/** Workflow-command escaping, as `@actions/core` does it (toolkit `command.ts`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const

/** Path of a finding as GitHub wants it: repository-relative, `/`, no `./`. */
export function annotationPath(prefix: string, file: string): string {
  const p = prefix.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '')
  return p ? `${p}/${file}` : file
}

/** One `::error file=…::message` line per finding (columns only on one-line spans). */
export function formatGithub(findings: Finding[], pathPrefix = ''): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(annotationPath(pathPrefix, f.file))}`, `line=${f.line}`, `endLine=${f.endLine}`]
      if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`)
      props.push(`title=${escapeProperty(f.rule)}`)
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`
    })
    .join('')
}

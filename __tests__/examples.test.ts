/**
 * The example apps in examples/ (the README's first command runs one): the text output, restart
 * guidance included, equals __tests__/fixtures/examples/<name>.txt; the JSON `restart` object is filled.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../src/cli/main.js'
import { golden } from './helpers/golden.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const EXAMPLES = join(PROJECT, 'examples')
const names = readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (out += s), isTTY: () => false, env: { NO_COLOR: '1' } })
  return { code, out }
}

describe.each(names)('examples/%s', (name) => {
  const dir = join(EXAMPLES, name)
  test('the text output (findings, prediction, restart guidance) equals the golden file', async () => {
    const { out } = await cli(dir, '--format', 'text', '--no-color')
    const g = golden(join(FIXTURES, 'examples'), `${name}.txt`, out)
    expect(g.actual).toBe(g.expected)
  })

  test('the JSON report explains the restart of the custom web server', async () => {
    const { out } = await cli(dir, '--format', 'json')
    const app = JSON.parse(out).apps[0]
    expect(app.webServer).not.toBeNull()
    expect(app.restart).toEqual({
      signal: expect.stringMatching(/^[a-z0-9]+$/),
      source: expect.stringMatching(/^(default|manifest)$/),
      file: app.restart.source === 'manifest' ? `${app.root}/.cloud66/manifest.yml` : null,
      line: app.restart.source === 'manifest' ? expect.any(Number) : null,
      effect: expect.stringMatching(/^(hot-restart|phased-restart|new-master|full-restart|reload-config|stop|reopen-logs|suspend|none|unknown)$/)
    })
  })
})

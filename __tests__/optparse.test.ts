import { describe, expect, test } from '@jest/globals'
import { parseShell } from '../src/model/shell.js'
import { completes, parseOptions } from '../src/servers/optparse.js'
import fc from 'fast-check'
import { pumaOptions } from '../src/servers/puma.js'

const words = (s: string) => parseShell(s, 0, { get: () => undefined, unsetBare: 'unknown' }).commands[0].words

describe('Ruby OptionParser rules', () => {
  test.each([
    ['--bind unix:///a', 'bind', 'unix:///a'],
    ['--bind=unix:///a', 'bind', 'unix:///a'],
    ['-b unix:///a', 'bind', 'unix:///a'],
    ['-bunix:///a', 'bind', 'unix:///a'],
    ['--pid /tmp/x.pid', 'pidfile', '/tmp/x.pid'],
    ['--PIDFILE /tmp/x.pid', 'pidfile', '/tmp/x.pid'],
    ['--prune_bundler', 'prune-bundler', ''],
    ['-qv', 'log-requests', '']
  ])('puma 5.6.5: %s', (src, key, value) => {
    const p = parseOptions(words(src), pumaOptions('5.6.5'))
    expect(p.error).toBeNull()
    const o = p.options.find((x) => x.spec.key === key)!
    expect(o).toBeDefined()
    expect(o.value?.text ?? '').toBe(value)
  })

  test('-d is ambiguous on Puma 5 (--debug, --dir) and a switch on Puma 4', () => {
    const five = parseOptions(words('-e production -d'), pumaOptions('5.6.5'))
    expect(five.error).toMatchObject({ kind: 'ambiguous', written: '-d' })
    expect(five.error!.candidates).toEqual(expect.arrayContaining(['--debug', '--dir']))
    const four = parseOptions(words('-e production -d'), pumaOptions('4.3.12'))
    expect(four.error).toBeNull()
    expect(four.options.map((o) => o.spec.key)).toEqual(['environment', 'daemon'])
  })

  test('--daemon is invalid on Puma 5', () => {
    expect(parseOptions(words('--daemon'), pumaOptions('5.6.5')).error).toMatchObject({ kind: 'invalid' })
  })

  test('a required value is taken even when it starts with a dash', () => {
    const p = parseOptions(words('-p -e production'), pumaOptions('5.6.5'))
    expect(p.options[0]).toMatchObject({ written: '-p', value: { text: '-e' } })
    expect(p.positional.map((w) => w.text)).toEqual(['production'])
  })

  test('missing and needless arguments', () => {
    expect(parseOptions(words('--bind'), pumaOptions('5.6.5')).error).toMatchObject({ kind: 'missing-argument' })
    expect(parseOptions(words('--preload=yes'), pumaOptions('5.6.5')).error).toMatchObject({ kind: 'needless-argument' })
  })

  test('-- ends the options; positional arguments are permuted', () => {
    const p = parseOptions(words('config.ru -t 5 -- -b x'), pumaOptions('5.6.5'))
    expect(p.positional.map((w) => w.text)).toEqual(['config.ru', '-b', 'x'])
  })

  test('an unknown variable where an option may stand makes the parse uncertain', () => {
    expect(parseOptions(words('$PUMA_OPTS'), pumaOptions('5.6.5')).uncertain).toHaveLength(1)
  })
})

describe('long option completion', () => {
  // the regular expression it replaces (OptionParser#complete's), on keys short enough to compile
  const pattern = (key: string, icase: boolean): RegExp => new RegExp('^' + key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\w+\b/g, '$&\\w*'), icase ? 'i' : '')
  test('matches as the pattern does, on random names and keys', () => {
    const text = fc.array(fc.constantFrom('p', 'i', 'd', 'P', '-', '_', 'f', '1', '.', '=', 'é', 'K'), { maxLength: 10 }).map((a) => a.join(''))
    fc.assert(
      fc.property(text, text, fc.boolean(), (name, key, icase) => {
        expect(completes(name, key, icase)).toBe(pattern(key, icase).test(name))
      }),
      { seed: 20261204, numRuns: 20000 }
    )
  })

  test('a key of 100,000 characters (found by the fuzz suite, seed 20261204: "regular expression too large")', () => {
    expect(completes('pidfile', 'pid-'.repeat(25_000), false)).toBe(false)
    expect(parseOptions(words('puma --' + 'pid-'.repeat(25_000) + ' x').slice(1), pumaOptions('6.4.2')).error?.kind).toBe('invalid')
  })
})

/**
 * The golden comments as GitHub renders them (cmark-gfm with GitHub's extensions,
 * scripts/lib/github-markdown.js — the renderer the screenshots use): nothing raw, no live
 * mention, whole tables; and the length budget — the lines a reader sees without opening
 * anything (outside `<details>`, each block wrapped at 100 characters): at most 25 for
 * examples/puma-misconfigured, at most 8 for a clean app. Skipped loudly without cmark-gfm (and
 * failing when CI=true).
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hasCmarkGfm, renderGfm, renderedProblems, visibleLines } from '../scripts/lib/github-markdown.js'
import { FIXTURES } from './helpers/paths.js'

const COMMENTS = join(FIXTURES, 'comments')
// puma-misconfigured: 28 since issue 25's puma-restart-old-release warning (3 lines)
const BUDGET: Record<string, number> = { 'puma-misconfigured': 28, 'puma-phased': 8, 'puma-correct': 8 }

describe('golden comments rendered by cmark-gfm', () => {
  const engine = hasCmarkGfm()
  if (!engine) {
    if (process.env.CI) throw new Error('cmark-gfm is missing: .ci/run installs it (apt-get install cmark-gfm)')
    console.warn('SKIPPED: cmark-gfm is not installed (apt-get install -y cmark-gfm); the length budget is not measured')
  }
  const names = readdirSync(COMMENTS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''))
  const figures: string[] = []

  ;(engine ? test.each(names) : test.skip.each(names))('%s: nothing raw, no mention, whole tables', (name) => {
    expect(renderedProblems(renderGfm(readFileSync(join(COMMENTS, `${name}.md`), 'utf8')))).toEqual([])
  })

  ;(engine ? test : test.skip)('the checks catch what they are for', () => {
    expect(renderedProblems(renderGfm('hi @octocat, see #12'))).toEqual(expect.arrayContaining([expect.stringMatching(/mention/), 'an issue reference']))
    expect(renderedProblems(renderGfm('<img src=x>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n| 3 | 4 |\n'))).toEqual(['raw HTML <img>', 'a broken table: | 3 | 4 |'])
    expect(visibleLines(renderGfm('## t\n\n<details><summary>More</summary>\n\nhidden\n\n</details>\n\n' + 'word '.repeat(30))).count).toBe(1 + 1 + 2)
  })

  ;(engine ? test.each(Object.keys(BUDGET)) : test.skip.each(Object.keys(BUDGET)))('%s fits its length budget', (name) => {
    const { count, blocks } = visibleLines(renderGfm(readFileSync(join(COMMENTS, `${name}.md`), 'utf8')))
    figures.push(`${name} ${count}/${BUDGET[name]}`)
    if (figures.length === Object.keys(BUDGET).length) process.stdout.write(`visible lines: ${figures.join(', ')}\n`)
    expect({ count, blocks }).toEqual({ count: expect.any(Number), blocks })
    expect(count).toBeLessThanOrEqual(BUDGET[name])
  })
})

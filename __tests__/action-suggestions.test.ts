/**
 * Suggested changes on the pull request end to end (issue 14, item 4): the bundled action, run as
 * the runner runs it against the fake GitHub API, under this Node and Node 24. A Procfile with two
 * fixable findings on lines in the diff gets two review comments with ```suggestion blocks; a
 * rerun leaves them as they are; a head that fixes them removes them. Fixes outside the diff get
 * none, `suggestions: false` posts none, and someone else's comment with the marker is left alone.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, userAccount, type FakeGitHub } from './helpers/fake-github.js'
import { runAction, SHA } from './helpers/action-run.js'
import { PROJECT } from './helpers/paths.js'
import { runtimes } from './helpers/node.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-suggestions-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// line 1: `-d` makes Puma fork away (custom-web-fails-to-boot, fix: remove it); lines 2–3: the
// process name `worker` twice with the same command, written with another spacing
// (procfile-duplicate-process, fix: remove line 2, which cannot change what runs)
const BAD = 'custom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid --dir $STACK_PATH -d\nworker:  bundle exec sidekiq\nworker: bundle exec sidekiq\n'
const FIXED = 'custom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid --dir $STACK_PATH\nworker: bundle exec sidekiq\n'
/** a patch that shows every line of `text` as added */
const added = (text: string): string => `@@ -0,0 +1,${text.split('\n').length - 1} @@\n` + text.replace(/\n$/, '').split('\n').map((l) => `+${l}`).join('\n')
const MARKER = (rule: string): string => `<!-- rack-check:suggestion rule="${rule}" working-directory="app" -->`

let gh: FakeGitHub
let ws: string
beforeEach(async () => {
  gh = await startFakeGitHub()
  ws = mkdtempSync(join(tmp, 'ws-'))
  mkdirSync(join(ws, 'app'))
  cpSync(join(PROJECT, 'examples', 'puma-misconfigured', 'Gemfile.lock'), join(ws, 'app', 'Gemfile.lock'))
  setProcfile(BAD)
})
afterEach(async () => gh.close())

/** the checkout's Procfile and the pull request's (the head's, served by the contents API; its patch) */
function setProcfile(text: string, patch = added(text), head = text): void {
  writeFileSync(join(ws, 'app', 'Procfile'), text)
  gh.files = [{ filename: 'app/Procfile', patch }]
  gh.trees[SHA('c')] = { 'app/Procfile': head }
}

const run = (node: string, env: Record<string, string> = {}): ReturnType<typeof runAction> => runAction(node, gh, tmp, { GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': 'app', ...env })
/** writes to review comments */
const reviewWrites = (): string[] => gh.requests.filter((r) => r.method !== 'GET' && r.path.includes('/pulls/')).map((r) => `${r.method} ${r.path}`)

describe.each(runtimes())('%s', (_label, node) => {
  test('two fixable findings in the diff: two suggestions; a rerun keeps the same two; a fixing push removes them', async () => {
    const first = await run(node)
    expect(first.code).toBe(0)
    const ours = [...gh.reviewComments].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    expect(ours.map((c) => [c.path, c.line, c.start_line, c.side, c.commit_id])).toEqual([
      ['app/Procfile', 1, null, 'RIGHT', SHA('c')],
      ['app/Procfile', 2, null, 'RIGHT', SHA('c')]
    ])
    expect(ours[0].body.split('\n')[0]).toBe(MARKER('custom-web-fails-to-boot'))
    expect(ours[0].body).toContain('```suggestion\ncustom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid --dir $STACK_PATH\n```')
    expect(ours[1].body.split('\n')[0]).toBe(MARKER('procfile-duplicate-process'))
    expect(ours[1].body).toContain('```suggestion\n```')
    expect(first.stdout).toContain('rack-check: suggested changes: 2 posted, 0 edited, 0 unchanged, 0 removed')

    // the same head again: nothing written
    const before = reviewWrites().length
    const second = await run(node)
    expect(gh.reviewComments.map((c) => c.id).sort()).toEqual(ours.map((c) => c.id).sort())
    expect(reviewWrites().length).toBe(before)
    expect(second.stdout).toContain('0 posted, 0 edited, 2 unchanged, 0 removed')

    // a body that differs (an older rack-check's wording) is edited in place
    gh.reviewComments[0].body = gh.reviewComments[0].body.replace('**rack-check**', '**old**')
    const edited = gh.reviewComments[0].id
    await run(node)
    expect(reviewWrites().slice(before)).toEqual([`PATCH /repos/acme/shop/pulls/comments/${edited}`])
    expect(gh.reviewComments).toHaveLength(2)

    // a push that fixes both: no suggestion is left
    setProcfile(FIXED)
    const fixed = await run(node)
    expect(gh.reviewComments).toEqual([])
    expect(fixed.stdout).toContain('0 posted, 0 edited, 0 unchanged, 2 removed')
  }, 120000)

  test('two runs at once may both post; the next run keeps one of each', async () => {
    await Promise.all([run(node), run(node)])
    expect(gh.reviewComments.length).toBeGreaterThanOrEqual(2)
    await run(node)
    expect(gh.reviewComments.map((c) => c.line).sort()).toEqual([1, 2])
  }, 60000)

  test('a fix on a line outside the diff gets no review comment', async () => {
    // only line 1 changed; lines 2 and 3 are not in the hunk
    setProcfile(BAD, '@@ -1 +1 @@\n-custom_web: bundle exec puma\n+' + BAD.split('\n')[0])
    const r = await run(node)
    expect(gh.reviewComments.map((c) => [c.line, c.body.split('\n')[0]])).toEqual([[1, MARKER('custom-web-fails-to-boot')]])
    expect(r.stdout).toContain('1 fix is on lines outside the diff')
  }, 60000)

  test('suggestions: false posts none and reads no review comments; comment: never neither', async () => {
    await run(node, { INPUT_SUGGESTIONS: 'false' })
    await run(node, { INPUT_COMMENT: 'never' })
    expect(gh.reviewComments).toEqual([])
    expect(gh.requests.filter((q) => q.path.endsWith('/pulls/7/comments'))).toEqual([])
  }, 60000)

  test('another user\'s review comment with the same marker is left alone', async () => {
    const theirs = gh.reviewComment({ path: 'app/Procfile', line: 1, body: `${MARKER('custom-web-fails-to-boot')}\nhijack` }, userAccount('mallory'))
    gh.reviewComments.push(theirs)
    await run(node)
    expect(gh.reviewComments).toHaveLength(3)
    expect(gh.reviewComments[0]).toEqual(theirs)
    setProcfile(FIXED)
    await run(node)
    expect(gh.reviewComments).toEqual([theirs])
  }, 60000)

  test('several folders in one job: each app\'s fixes on its own files, one marker label for the set', async () => {
    mkdirSync(join(ws, 'b'))
    cpSync(join(ws, 'app', 'Gemfile.lock'), join(ws, 'b', 'Gemfile.lock'))
    writeFileSync(join(ws, 'b', 'Procfile'), BAD)
    gh.files = [{ filename: 'app/Procfile', patch: added(BAD) }, { filename: 'b/Procfile', patch: added(BAD) }]
    gh.trees[SHA('c')] = { 'app/Procfile': BAD, 'b/Procfile': BAD }
    await run(node, { 'INPUT_WORKING-DIRECTORY': 'app\nb' })
    expect(gh.reviewComments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['app/Procfile:1', 'app/Procfile:2', 'b/Procfile:1', 'b/Procfile:2'])
    expect(gh.reviewComments.every((c) => c.body.split('\n')[0].endsWith(' working-directory="app,b" -->'))).toBe(true)
    await run(node, { 'INPUT_WORKING-DIRECTORY': 'app\nb' })
    expect(gh.reviewComments).toHaveLength(4)
  }, 60000)

  test('the checkout is the merge with a base that added a line above: each suggestion on the head\'s own line, with the same body as on the head', async () => {
    // the bodies and lines on a checkout of the head itself
    await run(node)
    const onHead = gh.reviewComments.map((c) => [c.path, c.line, c.start_line, c.commit_id, c.body]).sort((a, b) => Number(a[1]) - Number(b[1]))
    expect(onHead.map((c) => c[1])).toEqual([1, 2])
    gh.reviewComments = []
    // actions/checkout of a pull_request checks out refs/pull/7/merge: the base's new first line
    // moves the head's lines one down; the pull request's diff (and its suggestions) are the head's
    setProcfile('release: bundle exec rake db:migrate\n' + BAD, added(BAD), BAD)
    const since = gh.requests.length
    const r = await run(node)
    expect(r.code).toBe(0)
    const onMerge = gh.reviewComments.map((c) => [c.path, c.line, c.start_line, c.commit_id, c.body]).sort((a, b) => Number(a[1]) - Number(b[1]))
    // the same lines and bodies; only the message's own line number is the merge's (the file that lands on the base)
    expect(onMerge).toEqual(onHead.map((c) => (c[1] === 2 ? [...c.slice(0, 4), String(c[4]).replace('defined again on line 3;', 'defined again on line 4;')] : c)))
    expect(onMerge[1][4]).toContain('`worker` is defined again on line 4;')
    expect(onMerge[0][4]).toContain('```suggestion\ncustom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid --dir $STACK_PATH\n```')
    expect(onMerge[1][4]).toContain('```suggestion\n```')
    expect(r.stdout).toContain('rack-check: suggested changes: 2 posted, 0 edited, 0 unchanged, 0 removed; 2 fixes placed at the head\'s own line numbers, which differ from the checkout\'s')
    // the head's file was read once
    expect(gh.requests.slice(since).filter((q) => q.path.includes('/contents/')).map((q) => q.path)).toEqual(['/repos/acme/shop/contents/app%2FProcfile'])
  }, 60000)

  test('a head line that is not the checked one, and a head that cannot be read: no suggestion, said in the log', async () => {
    // the head has the daemonizing line twice apart from the one the merge has: which one is meant is not known
    const head = BAD.split('\n')[0] + '\n' + BAD.split('\n').slice(1).join('\n') + '# ' + BAD.split('\n')[0] + '\n'
    setProcfile('release: bundle exec rake db:migrate\n' + BAD, added(head), head.replace('# ', ''))
    const r = await run(node)
    expect(r.code).toBe(0)
    expect(gh.reviewComments.map((c) => [c.line, c.body.split('\n')[0]])).toEqual([[2, MARKER('procfile-duplicate-process')]])
    expect(r.stdout).toContain('rack-check: no suggested change for 1 fix whose lines the pull request\'s head does not have where they were checked (a pull_request checkout is the merge with the base, whose lines may differ from the head\'s): app/Procfile:2 (custom-web-fails-to-boot); the comment shows the corrected line')
    expect(r.stdout).toContain('1 fix skipped (not the same lines at the head)')

    // the head cannot be read: nothing is posted, nothing is removed blindly either
    gh.reviewComments = []
    setProcfile('release: bundle exec rake db:migrate\n' + BAD, added(BAD), BAD)
    gh.faults.push({ method: 'GET', path: /\/contents\//, status: 500, times: 100 })
    const unread = await run(node)
    expect(unread.code).toBe(0)
    expect(gh.reviewComments).toEqual([])
    expect(unread.stdout).toContain('rack-check: could not read app/Procfile at the pull request\'s head (HTTP 500')
    expect(unread.stdout).toContain('no suggested change for 2 fixes whose lines the pull request\'s head does not have where they were checked')
    expect(unread.stdout).toMatch(/app\/Procfile:2 \(custom-web-fails-to-boot, file not read at the head\), app\/Procfile:3 \(procfile-duplicate-process, file not read at the head\)/)
  }, 60000)

  test('an API failure is a warning, never a failed job', async () => {
    gh.faults.push({ method: 'GET', path: /\/pulls\/7\/comments$/, status: 500, times: 100 })
    const r = await run(node, { 'INPUT_FAIL-ON': 'never' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::rack-check could not update the suggested changes on the pull request \(HTTP 500/)
    expect(gh.comments).toHaveLength(1)
  }, 60000)
})

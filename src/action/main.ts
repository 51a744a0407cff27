import * as core from './runner.js'
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { silenceWasiWarning } from '../io/quiet-wasi.js'
import { ConfigError } from '../engine/config.js'
import { checkFolders } from '../engine/check-folders.js'
import { corrections } from '../fixes/index.js'
import { readEvent } from './event.js'
import { connect, type PullRequestApi } from './github-api.js'
import { InputError, readInputs } from './inputs.js'
import { checkoutFolders, suggestAuto } from './folders.js'
import { baseReport } from './base.js'
import { publish } from './publish.js'
import { checkThroughApi } from './api-source.js'
import { reportFolder } from './report-files.js'
import { actionAdoption, checkoutReader, runConfig } from './adopt.js'

/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
export async function run(): Promise<void> {
  silenceWasiWarning()
  try {
    const inputs = readInputs((n) => core.getInput(n))
    if (inputs.token) core.setSecret(inputs.token)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const event = readEvent(process.env)
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
    // the API client is made once, and only when something needs it (octokit is loaded then)
    let client: Promise<PullRequestApi> | null = null
    const reachable = Boolean(owner && repo && inputs.token)
    const connectApi = (): Promise<PullRequestApi> => (client ??= connect(inputs.token, { owner, repo, number: event.pullRequest?.number ?? 0 }, core))
    const api = event.pullRequest && reachable ? connectApi : null

    // several folders, or every app folder (`auto`): one report, one SARIF, one comment (contract §5)
    const several = inputs.auto || inputs.workingDirectories.length > 1
    if (several && inputs.source === 'api') throw new InputError('source: api checks one working-directory; several folders or `auto` need source: checkout (or one job per folder)')
    if (inputs.source === 'api') {
      await checkThroughApi(inputs, event, connectApi, api, reachable)
      return
    }

    // .rack-check.yml: the `config` input, else the app folder's, else the repository root's
    const { folders, config, label } = await checkoutFolders(inputs, workspace)
    const pr = event.pullRequest
    // filter and baseline (issue 26): the checked root is the one folder, or the workspace
    const checkedRoot = label === null ? folders[0] : { dir: workspace, prefix: '' }
    const place = { workspace, prefix: checkedRoot.prefix, config: await runConfig(inputs, workspace, checkedRoot.dir), read: checkoutReader(workspace) }
    const adoption = await actionAdoption(inputs, event, place, api)
    const checked = await checkFolders({
      folders,
      root: workspace,
      config,
      options: { environment: inputs.environment, processManager: inputs.processManager, failOn: inputs.failOn },
      given: inputs.given,
      base: pr ? (f, options) => baseReport(f.dir, f.prefix, pr.baseSha, options, api) : undefined,
      corrections,
      adopt: adoption.hook
    })
    if (!inputs.auto && checked.result.report.apps.length === 0) await suggestAuto(folders, config, workspace)
    await adoption.record(checked)
    const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? ''
    const rootUri = pathToFileURL(realpathSync(workspace) + '/').href
    await publish(inputs, event, { checked, label, dir: label === null ? folders[0].dir : workspace, rootUri, tmp: reportFolder(), sha, api })
  } catch (e) {
    core.setFailed(e instanceof InputError || e instanceof ConfigError ? e.message : `rack-check failed: ${(e as Error).message}`)
  }
}

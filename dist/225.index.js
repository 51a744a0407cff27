"use strict";
exports.id = 225;
exports.ids = [225];
exports.modules = {

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ ApiProblem),
/* harmony export */   Dd: () => (/* binding */ limitsFrom),
/* harmony export */   ek: () => (/* binding */ guardRequests),
/* harmony export */   tX: () => (/* binding */ rateLimitOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, realClock */
/**
 * Bounds on the action's GitHub API calls: a time limit per request, a budget for the whole run,
 * retries of what may succeed on a second try, and rate-limit waits only when they are short.
 * A job that waits on the API holds a runner: undici's default lets one stuck request stall
 * 302 s, and a primary rate limit can reset an hour later. Past the budget every call fails at
 * once with an ApiProblem, and the action turns that into a warning and finishes its run.
 *
 * GitHub's rate-limit answers (REST docs, "Rate limits for the REST API"; octokit's throttling
 * plugin reads them the same way): a 403 or 429 whose message names a "secondary rate limit"
 * (wait `retry-after` seconds, else at least a minute), or whose `x-ratelimit-remaining` is 0
 * (the primary limit: wait until `x-ratelimit-reset`, epoch seconds).
 */
const DEFAULT_LIMITS = { requestMs: 20_000, budgetMs: 120_000, maxWaitMs: 20_000, retries: 3, backoffMs: 1000 };
/**
 * The limits, with the `RACK_CHECK_API_*` variables (milliseconds) that the end-to-end tests use
 * to make a stuck or rate-limited API fail in a second rather than in minutes.
 */
function limitsFrom(env) {
    const num = (name, dflt) => {
        const v = Number(env[name]);
        return env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : dflt;
    };
    return {
        requestMs: num('RACK_CHECK_API_REQUEST_MS', DEFAULT_LIMITS.requestMs),
        budgetMs: num('RACK_CHECK_API_BUDGET_MS', DEFAULT_LIMITS.budgetMs),
        maxWaitMs: num('RACK_CHECK_API_MAX_WAIT_MS', DEFAULT_LIMITS.maxWaitMs),
        retries: num('RACK_CHECK_API_RETRIES', DEFAULT_LIMITS.retries),
        backoffMs: num('RACK_CHECK_API_BACKOFF_MS', DEFAULT_LIMITS.backoffMs)
    };
}
/** A failure the guard or a reader of an answer decided on; `message` is a sentence for the log. */
class ApiProblem extends Error {
    kind;
    status;
    constructor(kind, message, status = null) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
/** A 403 or 429 that is a rate limit, and how long to wait; null for any other answer. */
function rateLimitOf(status, headers, message, now) {
    if (status !== 403 && status !== 429)
        return null;
    const h = headers ?? {};
    const retryAfter = Number(h['retry-after']);
    const hasRetryAfter = h['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0;
    if (/\bsecondary rate\b/i.test(message))
        return { kind: 'secondary-rate-limit', waitMs: hasRetryAfter ? retryAfter * 1000 : 60_000 };
    if (String(h['x-ratelimit-remaining']) === '0') {
        const reset = Number(h['x-ratelimit-reset']);
        // one second past the reset, as octokit's throttling plugin does
        const byReset = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : 60_000;
        return { kind: 'rate-limit', waitMs: hasRetryAfter ? Math.max(retryAfter * 1000, 0) : byReset };
    }
    if (status === 429)
        return { kind: 'secondary-rate-limit', waitMs: hasRetryAfter ? retryAfter * 1000 : 60_000 };
    return null;
}
function seconds(ms) {
    return ms > 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.ceil(ms / 1000)} s`;
}
/** Why a rate limit was not waited for, as a sentence. */
function rateLimitMessage(limit, why) {
    const which = limit.kind === 'rate-limit' ? "GitHub's API rate limit for this token is used up" : "GitHub's secondary rate limit (too many requests in a short time) was hit";
    return `${which}; it asks to wait ${seconds(limit.waitMs)}, ${why}`;
}
/** POST is not repeated blindly: a write whose answer was lost may have been done (see comment.ts). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
/**
 * Wraps octokit's request hook (`octokit.hook.wrap('request', …)`). Each attempt gets its own
 * abort timer; the budget starts when the guard is made.
 */
function guardRequests(limits, log, clock = realClock) {
    const deadline = clock.now() + limits.budgetMs;
    const overBudget = () => new ApiProblem('budget', `the GitHub API calls took longer than rack-check's budget of ${seconds(limits.budgetMs)} for a run`);
    return async (request, options) => {
        const method = (options.method ?? 'GET').toUpperCase();
        const retries = IDEMPOTENT.has(method) || /\/graphql$/.test(options.url ?? '') ? limits.retries : 0;
        for (let attempt = 0;; attempt++) {
            const left = deadline - clock.now();
            if (left <= 0)
                throw overBudget();
            const controller = new AbortController();
            const limit = Math.min(limits.requestMs, left);
            const timer = setTimeout(() => controller.abort(), limit);
            let failure;
            try {
                // the hooks inside this one (octokit's token auth) were bound to this very options
                // object, so the signal is set on it rather than on a copy
                options.request = { ...options.request, signal: controller.signal };
                return await request(options);
            }
            catch (e) {
                failure = controller.signal.aborted ? new ApiProblem(limit < limits.requestMs ? 'budget' : 'timeout', limit < limits.requestMs ? overBudget().message : `GitHub did not answer ${method} ${options.url ?? ''} within ${seconds(limits.requestMs)}`) : e;
            }
            finally {
                clearTimeout(timer);
            }
            if (failure instanceof ApiProblem && failure.kind === 'budget')
                throw failure;
            const status = typeof failure.status === 'number' ? failure.status : null;
            const rate = failure instanceof ApiProblem ? null : rateLimitOf(status, failure.response?.headers, String(failure.message ?? ''), clock.now());
            let waitMs;
            if (rate) {
                const room = deadline - clock.now();
                if (rate.waitMs > limits.maxWaitMs)
                    throw new ApiProblem(rate.kind, rateLimitMessage(rate, `longer than rack-check waits (${seconds(limits.maxWaitMs)})`), status);
                if (rate.waitMs >= room)
                    throw new ApiProblem(rate.kind, rateLimitMessage(rate, `longer than is left of rack-check's API budget`), status);
                if (attempt >= 2)
                    throw new ApiProblem(rate.kind, rateLimitMessage(rate, 'again after two waits'), status);
                waitMs = rate.waitMs;
                log.info(`rack-check: ${rate.kind === 'rate-limit' ? 'GitHub rate limit' : 'GitHub secondary rate limit'}; retrying in ${seconds(waitMs)}`);
            }
            else {
                // a timeout, a lost connection (octokit reports those as 500) or a server error may pass on a second try
                const mayPass = failure instanceof ApiProblem || (status !== null && status >= 500);
                if (!mayPass || attempt >= retries)
                    throw failure;
                waitMs = limits.backoffMs * 2 ** attempt;
                if (waitMs >= deadline - clock.now())
                    throw failure;
            }
            await clock.sleep(waitMs);
        }
    };
}


/***/ }),

/***/ 1151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   xO: () => (/* binding */ writtenBy),
/* harmony export */   zG: () => (/* binding */ touchesDeployment)
/* harmony export */ });
/* unused harmony exports isOurComment, mayHaveBeenWritten */
/* harmony import */ var _api_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9766);
/**
 * The sticky pull-request comment: found again by its hidden marker, on the first line of a
 * comment written by the token's own identity, edited in place, created only when the `comment`
 * policy says so, and never duplicated — after creating one, the comments are listed again and
 * the newer duplicates (from a run at the same time) are removed. The API is an interface so that
 * this logic does not depend on octokit; github.ts implements it.
 */

/** REST names a bot `<slug>[bot]`; GraphQL's viewer may name it without the suffix. */
const botName = (login) => login.replace(/\[bot\]$/, '');
/** Written by this identity: a bot only matches a Bot account, a user only a non-bot one. */
function writtenBy(c, who) {
    if (who.bot)
        return c.userType === 'Bot' && botName(c.login) === botName(who.login);
    return c.userType !== 'Bot' && c.login === who.login;
}
/**
 * rack-check's comment for this folder: the marker is the whole first line, where rack-check
 * puts it (repository text is never on that line, so it cannot make a comment look like one).
 */
function isOurComment(c, who, marker) {
    return writtenBy(c, who) && c.body.split(/\r?\n/, 1)[0] === marker;
}
/**
 * A write that failed in a way that does not say whether GitHub did it: the connection was lost
 * or timed out, a 5xx, or an answer that could not be read.
 */
function mayHaveBeenWritten(e) {
    if (e instanceof _api_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiProblem */ .AW)
        return e.kind === 'timeout' || e.kind === 'unexpected-answer';
    const s = e?.status;
    return typeof s === 'number' && s >= 500;
}
/**
 * `create`: whether a new comment may be created (an existing one is always kept current, so a
 * pull request that becomes clean says so instead of keeping stale findings).
 */
async function upsertComment(api, marker, who, body, create) {
    const mine = (all) => all.filter((c) => isOurComment(c, who, marker)).sort((a, b) => a.id - b.id);
    const existing = mine(await api.list());
    if (existing.length)
        return keepOne(api, existing, body);
    if (!create)
        return { action: 'skipped', url: '' };
    let created = null;
    try {
        created = await api.create(body);
    }
    catch (e) {
        // the comment may be there though the answer was lost: look again before writing again,
        // since every new comment notifies everyone subscribed to the pull request
        if (!mayHaveBeenWritten(e))
            throw e;
    }
    // another run may have created one at the same time: keep the oldest, remove the rest
    const after = mine(await api.list());
    if (after.length === 0) {
        created ??= await api.create(body);
        return { action: 'created', url: created.url };
    }
    if (created === null || after[0].id === created.id) {
        const [keep, ...extra] = after;
        for (const c of extra)
            await api.remove(c.id);
        return { action: 'created', url: keep.url };
    }
    return keepOne(api, after, body);
}
/** Keeps the oldest of our comments current and removes the others. */
async function keepOne(api, ours, body) {
    const [keep, ...extra] = ours;
    for (const c of extra)
        await api.remove(c.id);
    if (keep.body === body)
        return { action: 'unchanged', url: keep.url };
    return { action: 'updated', url: (await api.update(keep.id, body)).url };
}
/** Files whose change makes `comment: changed` comment even without findings (contract §3). */
function touchesDeployment(files, prefix, serverConfig) {
    const inApp = (p) => (prefix === '' ? p : p.startsWith(prefix + '/') ? p.slice(prefix.length + 1) : null);
    const configs = new Set(serverConfig.map((c) => (prefix && c.startsWith(prefix + '/') ? c.slice(prefix.length + 1) : c)));
    return files.some(({ path, patch }) => {
        const p = inApp(path);
        if (p === null)
            return false;
        if (/^Procfile(_[^/]+)?$/.test(p) || p.startsWith('.cloud66/') || configs.has(p))
            return true;
        if (/^config\/(puma(\/[^/]+)?\.rb|unicorn\.rb|thin\.ya?ml)$/.test(p))
            return true;
        // Gemfile.lock: only when a server gem's line changes
        if (p === 'Gemfile.lock' || p === 'gems.locked')
            return patch === undefined || /^[+-] {4}(puma|unicorn|thin|passenger|rack|railties) \(/m.test(patch);
        return false;
    });
}


/***/ }),

/***/ 1225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ./src/action/runner.ts
var runner_namespaceObject = {};
__webpack_require__.r(runner_namespaceObject);
__webpack_require__.d(runner_namespaceObject, {
  appendSummary: () => (appendSummary),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  jobLog: () => (jobLog),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/output.ts
var output = __webpack_require__(6202);
// EXTERNAL MODULE: ./src/reporters/github.ts
var github = __webpack_require__(47);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner protocol: inputs from `INPUT_*`, workflow commands on stdout (annotations, masks),
 * outputs in GITHUB_OUTPUT, the job summary appended to GITHUB_STEP_SUMMARY. These are the
 * functions of `@actions/core` the action uses, written out because of what loading the toolkit
 * costs at start-up (docs/performance.md):
 * - core's index loads its OIDC client, whose HTTP stack (http-client, undici, tunnel, https)
 *   is a megabyte the action never uses: alone it doubled the start-up;
 * - its file-command takes a random delimiter from node:crypto, its summary module loads
 *   fs/promises, and its commands go through `process.stdout`, which builds Node's stream
 *   classes: together another fifth of the start-up under Node 24.
 * Everything here is synchronous and writes straight to the file descriptor (src/output.ts) or
 * the file. __tests__/runner.test.ts checks each function against `@actions/core` itself.
 */




/** The job log: fd 1 (tests put a collector here to compare with `@actions/core`). */
const jobLog = { write: (text) => (0,output/* writeFd */.M)(1, text) };
function issueCommand(command, properties, message) {
    jobLog.write((0,github/* workflowCommand */.NA)(command, properties, message) + external_node_os_.EOL);
}
/** core's property names for an annotation, in its order. */
function annotation(p) {
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * An output, written to GITHUB_OUTPUT as `name<<delimiter` lines (GitHub's "multiline strings"),
 * as core writes it. core's delimiter is `ghadelimiter_` and a UUID from node:crypto; here the
 * random part comes from Math.random, and a delimiter that occurs in the value is never used,
 * so no value can end its block early (core throws in that case instead).
 */
function setOutput(name, value) {
    const file = process.env['GITHUB_OUTPUT'];
    if (file) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new Error(`Missing file at path: ${file}`);
        let delimiter;
        do
            delimiter = `ghadelimiter_${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
        while (value.includes(delimiter) || name.includes(delimiter));
        (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
        return;
    }
    jobLog.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotation(properties), message);
}
function info(message) {
    jobLog.write(message + external_node_os_.EOL);
}
/** Sets the exit code to 1 and writes the message as an error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends markdown to the job summary (core's `summary.addRaw(markdown).write()`); false when there is no summary file. */
function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return false;
    (0,external_node_fs_.appendFileSync)(file, markdown, { encoding: 'utf8' });
    return true;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/check.ts + 7 modules
var check = __webpack_require__(5689);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/quiet-wasi.ts
var quiet_wasi = __webpack_require__(5116);
// EXTERNAL MODULE: ./src/reporters/json.ts
var json = __webpack_require__(4310);
;// CONCATENATED MODULE: ./src/reporters/annotations.ts
const PER_SEVERITY = 10;
const PER_JOB = 50;
function chooseAnnotations(findings, perSeverity = PER_SEVERITY, perJob = PER_JOB) {
    const shown = [];
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const severity of ['error', 'warning', 'notice']) {
        const all = findings.filter((f) => f.severity === severity && !f.suppressed);
        // round-robin over rules: the k-th finding of each rule before the (k+1)-th of any
        const rank = new Map();
        const seen = new Map();
        for (const f of all) {
            const k = seen.get(f.rule) ?? 0;
            rank.set(f, k);
            seen.set(f.rule, k + 1);
        }
        const ordered = [...all].sort((a, b) => rank.get(a) - rank.get(b));
        const room = Math.max(0, Math.min(perSeverity, perJob - shown.length));
        shown.push(...ordered.slice(0, room));
        hidden[severity] = Math.max(0, all.length - room);
    }
    return { shown, hidden };
}
function hiddenCount(c) {
    return c.hidden.error + c.hidden.warning + c.hidden.notice;
}

// EXTERNAL MODULE: ./src/guidance.ts
var guidance = __webpack_require__(5805);
// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/docs-url.ts
var docs_url = __webpack_require__(7592);
;// CONCATENATED MODULE: ./src/reporters/comment.ts



/** GitHub refuses comment bodies over 65,536 characters; keep a margin for the edit. */
const MAX_BODY = 65_000;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The hidden marker that finds the comment again: one comment per pull request and folder. */
function commentMarker(workingDirectory) {
    // the folder is part of an HTML comment: keep it from closing the comment early
    return `<!-- rack-check:sticky-comment working-directory=${JSON.stringify(workingDirectory || '.').replace(/--/g, '-\\u002d')} -->`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function verdict(result) {
    const s = result.report.summary;
    if (result.report.apps.length === 0)
        return '✅ **No Cloud 66 deployment files** (Procfile, `.cloud66/`) in this folder.';
    if (s.errors + s.warnings + s.notices === 0)
        return '✅ **No problems** in the Cloud 66 deployment setup.';
    const parts = [s.errors && plural(s.errors, 'error'), s.warnings && plural(s.warnings, 'warning'), s.notices && plural(s.notices, 'notice')].filter(Boolean);
    return `${s.errors ? '❌' : s.warnings ? '⚠️' : 'ℹ️'} **${parts.join(', ')}** in the Cloud 66 deployment setup.`;
}
function findingRow(f, ctx) {
    const path = ctx.workingDirectory ? `${ctx.workingDirectory}/${f.file}` : f.file;
    const lines = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
    const where = `[${(0,markdown/* inline */.mG)(`${f.file}:${f.line}`)}](${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${(0,markdown/* pathUrl */.zQ)(path)}${lines})`;
    // a no-break space keeps the icon and the word on one line in a narrow column
    return `| ${ICON[f.severity]}&nbsp;${f.severity} | ${(0,markdown/* inline */.mG)(f.message)} | ${where} | [\`${f.rule}\`](${(0,docs_url/* ruleUrl */.QB)(f.rule)}) |`;
}
/** A fence no run of backticks in the text can close (CommonMark §4.5). */
function fenced(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}\n${text}\n${fence}\n`;
}
function counted(findings) {
    const n = (s) => findings.filter((f) => f.severity === s).length;
    return [n('error') && plural(n('error'), 'error'), n('warning') && plural(n('warning'), 'warning'), n('notice') && plural(n('notice'), 'notice')].filter(Boolean).join(', ');
}
/**
 * The corrected lines, to copy: repository text, so it is one line, without the characters that
 * reorder or hide text, never cut (a cut line is not a correct one) and never carrying the marker.
 */
function correctionsSection(corrections) {
    let out = '';
    for (const c of corrections) {
        const line = c.after.replace(/\r/g, '');
        if (line.length > markdown/* MAX_TEXT */.lG || (0,markdown/* hasHiddenCharacters */.nA)(line))
            continue;
        out += `**${(0,markdown/* inline */.mG)(c.file)} line ${c.line} should read** (fixes ${counted(c.fixes)} below):\n\n${fenced(line)}\n`;
    }
    return out;
}
function appLabel(root) {
    return root === '.' ? '' : ` (${(0,markdown/* inline */.mG)(root)})`;
}
function restartParts(result) {
    let shown = '';
    let more = '';
    result.analyses.forEach((a, i) => {
        const plan = a.restart;
        const app = result.report.apps[i];
        if (!plan || !app?.webServer)
            return;
        const g = (0,guidance/* restartGuidance */._)(plan, { version: a.web?.version ?? null, settings: (a.web?.ifStarted ?? a.web?.facts)?.settings });
        const heading = `### Restart on deploy${appLabel(app.root)}: \`${plan.effect.effect}\``;
        const bullets = [
            g.zeroDowntime && `- **Zero downtime:** ${(0,markdown/* inline */.mG)(g.zeroDowntime.text)}`,
            g.caveat && `- ${(0,markdown/* inline */.mG)(g.caveat)}`,
            `- **Signal:** ${(0,markdown/* inline */.mG)(g.signal)}`,
            `- **Environment variables:** ${(0,markdown/* inline */.mG)(g.environment)}`,
            `- **Stop:** ${(0,markdown/* inline */.mG)(g.stop)}`
        ].filter(Boolean);
        const notes = g.notes.filter((n) => plan.boots !== false || !n.startsWith('As written'));
        if (plan.boots === false) {
            // noise until the errors are fixed: all of it in the details, said to be for later
            more += `${heading} (once the server starts)\n\n${(0,markdown/* inline */.mG)(g.summary)}\n\n${bullets.join('\n')}\n\n`;
        }
        else {
            shown += `${heading}\n\n${(0,markdown/* inline */.mG)(g.summary)}${notes.map((n) => ' ' + (0,markdown/* inline */.mG)(n)).join('')}\n\n`;
            more += `${bullets.join('\n')}\n\n`;
        }
    });
    return { shown, more };
}
/** What the finding on the switch does not already say: the sources, and what is not confirmed (cloud66.md §8). */
function passengerSection(result) {
    let out = '';
    result.analyses.forEach((a, i) => {
        const change = a.change;
        if (!change || change.direction === 'none')
            return;
        const root = result.report.apps[i]?.root ?? '.';
        out += `### ${change.direction === 'to-custom' ? 'Switching from Passenger' : 'Switching to Passenger'}${appLabel(root)}\n\n`;
        out += passengerText(change.direction, change.transition.from, change.transition.to);
    });
    return out;
}
/** The Passenger switch beyond the finding's message: the documented routes and their sources (cloud66.md §8). */
function passengerText(direction, from, to) {
    const now = direction === 'to-custom' ? `Passenger serves this app today; this change asks for ${(0,markdown/* inline */.mG)(to)}.` : `${(0,markdown/* inline */.mG)(from)} serves this app today; without \`custom_web\` Passenger would.`;
    return (`${now} Per Cloud 66's docs:\n\n` +
        '- **A new app built from this branch** gets the new server: set `custom_web` before the app is first analyzed ([Heroku migration guide](https://help.cloud66.com/docs/getting-started/migrate-from-heroku)).\n' +
        '- **On the existing app**, scale up a new server and scale down the old one (the Passenger Enterprise page describes this).\n' +
        '- Cloud 66\'s 2025 server pages no longer repeat the caveat; whether the platform changed is not confirmed, so treat the switch as not applied until you have seen it work.\n\n');
}
function predictions(result) {
    let out = '';
    for (const app of result.report.apps) {
        const w = app.webServer;
        const yn = (v) => (v === null ? 'unknown' : v ? 'yes' : 'no');
        const label = app.root === '.' ? '' : ` ${(0,markdown/* inline */.mG)(app.root)}`;
        // the web server is the header row: a table with no empty header
        if (!w) {
            out += `| web server${label} | Passenger (no \`custom_web\`) |\n| --- | --- |\n\n`;
            continue;
        }
        let rows = `| web server${label} | ${(0,markdown/* inline */.mG)(`${w.server}${w.version ? ' ' + w.version : ''}`)} |\n| --- | --- |\n`;
        rows += `| boots | ${yn(w.prediction.boots)} |\n| serves \`/tmp/web_server.sock\` | ${yn(w.prediction.servesSocket)} |\n| writes \`/tmp/web_server.pid\` | ${yn(w.prediction.writesPidFile)} |\n| daemonizes | ${yn(w.prediction.daemonizes)} |\n`;
        rows += `| other TCP ports | ${w.prediction.tcpPorts === null ? 'unknown' : w.prediction.tcpPorts.join(', ') || 'none'} |\n`;
        const files = [app.files.procfile, app.files.manifest, app.files.deployHooks, ...app.files.serverConfig, app.files.lockfile].filter((f) => !!f);
        if (files.length)
            rows += `| files read | ${files.map((f) => (0,markdown/* inline */.mG)(f)).join(', ')} |\n`;
        out += rows + '\n';
    }
    return out;
}
/** Everything generic, folded: a summary that says what is inside. */
function detailsBlock(result, restart) {
    const table = predictions(result);
    const booting = result.analyses.some((a) => a.restart && a.restart.boots !== false);
    const parts = [restart.more && (booting ? 'zero-downtime restarts, environment variables' : 'the restart on deploy once the server starts'), table && 'what rack-check predicts'].filter(Boolean);
    if (!parts.length)
        return '';
    const summary = parts.join('; ');
    return `<details><summary>More: ${summary}</summary>\n\n${restart.more}${table}</details>\n`;
}
function passengerDetails(result) {
    const text = passengerSection(result);
    return text ? `<details><summary>Passenger switch: what Cloud 66 documents</summary>\n\n${text}</details>\n\n` : '';
}
/** The comment body (and the job summary): never over MAX_BODY characters. */
function renderComment(result, ctx) {
    const head = `${commentMarker(ctx.workingDirectory)}\n## rack-check${ctx.workingDirectory ? ` — ${(0,markdown/* inline */.mG)(ctx.workingDirectory)}` : ''}\n\n${verdict(result)}\n\n`;
    const footer = `\n<sub>rack-check ${(0,markdown/* inline */.mG)(result.report.tool.version)} · [rules](${(0,docs_url/* docsUrl */.fs)('docs/rules/README.md')})</sub>\n`;
    return appPart(result, ctx, head, footer, MAX_BODY);
}
/** One app's part: `head`, the notes, the corrected lines, the table, the guidance and `footer`, in at most `limit` characters. */
function appPart(result, ctx, head, footer, limit) {
    // suppressed findings are counted in one line, not listed
    const findings = result.report.findings.filter((f) => !f.suppressed);
    const suppressedCount = result.report.findings.length - findings.length;
    const suppressed = suppressedCount ? `> ${plural(suppressedCount, 'finding')} ${suppressedCount === 1 ? 'is' : 'are'} suppressed in the repository (\`# rack-check: disable=…\`); the JSON report lists them.\n\n` : '';
    const hidden = suppressed + (ctx.hiddenAnnotations ? `> ${plural(ctx.hiddenAnnotations, 'finding')} ${ctx.hiddenAnnotations === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.\n\n` : '');
    const corrections = correctionsSection(ctx.corrections ?? []);
    const restart = restartParts(result);
    const tail = restart.shown + passengerDetails(result) + detailsBlock(result, restart) + footer;
    // one line per row, the "… and N more" row included: a blank line would end the table before it
    const table = (rows, more) => rows.length === 0 && more === 0 ? '' : ['| Severity | Finding | Where | Rule |', '| --- | --- | --- | --- |', ...rows, ...(more ? [`| | … and ${plural(more, 'more finding')}: see the job summary or the JSON report | | |`] : [])].join('\n') + '\n\n';
    const rows = findings.map((f) => findingRow(f, ctx));
    let body = head + hidden + corrections + table(rows, 0) + tail;
    if (body.length <= limit)
        return body;
    // too long: keep the first rows that fit beside the rest (the "… and N more" row included)
    const fixed = (head + hidden + corrections + table([], rows.length) + tail).length + 200;
    let used = 0;
    let keep = 0;
    while (keep < rows.length && fixed + used + rows[keep].length + 1 <= limit)
        used += rows[keep++].length + 1;
    body = head + hidden + corrections + table(rows.slice(0, keep), rows.length - keep) + tail;
    return body.length <= limit ? body : body.slice(0, limit - 40) + '\n\n… (cut to fit GitHub\'s limit)\n';
}
/**
 * One comment for several app folders (the action's `working-directory` with several lines or
 * `auto`): a verdict for the set, one line per clean app, then a section per app with findings,
 * each as renderComment builds it for that app alone. `set` names the set in the marker
 * (`auto`, or the folders), so that a one-folder run keeps its own marker and comment.
 */
function renderApps(sections, set, ctx) {
    const name = (folder) => (0,markdown/* inline */.mG)(folder || '.');
    const all = sections.flatMap((s) => s.result.report.findings);
    const shown = all.filter((f) => !f.suppressed);
    const totals = counted(shown);
    const noApp = sections.filter((s) => s.result.report.apps.length === 0);
    const clean = sections.filter((s) => s.result.report.apps.length > 0 && !s.result.report.findings.some((f) => !f.suppressed));
    const dirty = sections.filter((s) => s.result.report.findings.some((f) => !f.suppressed));
    const overall = totals ? `${shown.some((f) => f.severity === 'error') ? '❌' : shown.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️'} **${totals}** in ${plural(dirty.length, 'app')} of ${sections.length}.` : `✅ **No problems** in ${plural(sections.length, 'app folder')}.`;
    let head = `${commentMarker(set)}\n## rack-check — ${plural(sections.length, 'app folder')}\n\n${overall}\n\n`;
    if (ctx.hiddenAnnotations)
        head += `> ${plural(ctx.hiddenAnnotations, 'finding')} ${ctx.hiddenAnnotations === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.\n\n`;
    const serverOf = (s) => s.result.report.apps.map((a) => (a.webServer ? `${a.webServer.server}${a.webServer.version ? ' ' + a.webServer.version : ''}` : 'Passenger')).join(', ');
    const lines = [
        ...clean.map((s) => `- ✅ **${name(s.folder)}**: no problems (${(0,markdown/* inline */.mG)(serverOf(s))})`),
        ...noApp.map((s) => `- ✅ **${name(s.folder)}**: no Cloud 66 deployment files (Procfile, \`.cloud66/\`)`)
    ];
    // a clean app's suppressed findings are counted here once (an app with findings counts its own)
    const suppressed = clean.reduce((n, s) => n + s.result.report.findings.length, 0);
    if (suppressed)
        lines.push(`- ${plural(suppressed, 'finding')} ${suppressed === 1 ? 'is' : 'are'} suppressed in the repository (\`# rack-check: disable=…\`); the JSON report lists them.`);
    head += lines.length ? lines.join('\n') + '\n\n' : '';
    const footer = `\n<sub>rack-check ${(0,markdown/* inline */.mG)(sections[0]?.result.report.tool.version ?? '')} · [rules](${(0,docs_url/* docsUrl */.fs)('docs/rules/README.md')})</sub>\n`;
    // each app with findings gets an equal share of what is left (its rows are dropped first, as for one app)
    const share = dirty.length ? Math.max(400, Math.floor((MAX_BODY - head.length - footer.length) / dirty.length)) : 0;
    let body = head;
    for (const s of dirty) {
        const sectionHead = `---\n\n### ${name(s.folder)}\n\n${verdict(s.result)}\n\n`;
        body += appPart(s.result, { ...ctx, workingDirectory: s.folder, hiddenAnnotations: 0, corrections: s.corrections }, sectionHead, '\n', share);
    }
    body += footer;
    return body.length <= MAX_BODY ? body : body.slice(0, MAX_BODY - 40) + '\n\n… (cut to fit GitHub\'s limit)\n';
}

// EXTERNAL MODULE: ./src/action/comment.ts
var comment = __webpack_require__(1151);
;// CONCATENATED MODULE: ./src/action/event.ts
/**
 * The parts of the workflow event the action uses, read from `GITHUB_EVENT_PATH` (the payload
 * file the runner writes). Anything missing or malformed reads as "not a pull request".
 */

function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = null;
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        payload = null;
    }
    const pr = payload?.pull_request;
    if (!pr || (name !== 'pull_request' && name !== 'pull_request_target'))
        return { name, pullRequest: null };
    const sha = (side) => (typeof side?.sha === 'string' ? side.sha : '');
    const repoOf = (side) => String(side?.repo?.full_name ?? '');
    const number = Number(pr.number);
    const baseSha = sha(pr.base);
    const headSha = sha(pr.head);
    if (!Number.isInteger(number) || !/^[0-9a-f]{40}$/.test(baseSha) || !/^[0-9a-f]{40}$/.test(headSha))
        return { name, pullRequest: null };
    return { name, pullRequest: { number, baseSha, headSha, fromFork: repoOf(pr.head) !== '' && repoOf(pr.head) !== repoOf(pr.base) } };
}

// EXTERNAL MODULE: ./src/action/api-guard.ts
var api_guard = __webpack_require__(9766);
;// CONCATENATED MODULE: ./src/action/github.ts
/**
 * The GitHub API, loaded only when the action needs it (octokit is the heaviest part of the
 * bundle): `@actions/github`'s client pointed at `GITHUB_API_URL` at call time, every request
 * bounded by api-guard.ts. Every answer is checked for the fields the code reads: anything else
 * is an ApiProblem('unexpected-answer'), which the action reports as a warning.
 */

/** An HTTP status from an octokit error, if it has one. */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : null;
}
/** A rate limit in an error that did not come through the guard's own message (for the warning). */
function isRateLimit(e) {
    if (e instanceof api_guard/* ApiProblem */.AW)
        return e.kind === 'rate-limit' || e.kind === 'secondary-rate-limit';
    const err = e;
    return (0,api_guard/* rateLimitOf */.tX)(statusOf(e), err?.response?.headers, String(err?.message ?? ''), Date.now()) !== null;
}
const unexpected = (what) => new api_guard/* ApiProblem */.AW('unexpected-answer', `GitHub's answer to ${what} is not what its API describes`);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An issue comment (OpenAPI `issue-comment`), or null when the fields the action reads are not there. */
function commentOf(c) {
    if (!isObject(c) || typeof c.id !== 'number' || typeof c.html_url !== 'string')
        return null;
    const user = isObject(c.user) ? c.user : {};
    const app = isObject(c.performed_via_github_app) ? c.performed_via_github_app : null;
    return {
        id: c.id,
        body: typeof c.body === 'string' ? c.body : '',
        login: typeof user.login === 'string' ? user.login : '',
        userType: typeof user.type === 'string' ? user.type : '',
        app: app && typeof app.slug === 'string' ? app.slug : null,
        url: c.html_url
    };
}
/** A pull-request review comment (OpenAPI `pull-request-review-comment`), or null when the fields the action reads are not there. */
function reviewCommentOf(c) {
    if (!isObject(c) || typeof c.id !== 'number' || typeof c.path !== 'string')
        return null;
    const user = isObject(c.user) ? c.user : {};
    const lineOf = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
    return {
        id: c.id,
        body: typeof c.body === 'string' ? c.body : '',
        login: typeof user.login === 'string' ? user.login : '',
        userType: typeof user.type === 'string' ? user.type : '',
        path: c.path,
        line: lineOf(c.line),
        startLine: lineOf(c.start_line)
    };
}
async function connect(token, target, log) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
    // the only hook: timeouts, retries, rate-limit waits and the run's budget (api-guard.ts)
    octokit.hook.wrap('request', (0,api_guard/* guardRequests */.ek)((0,api_guard/* limitsFrom */.Dd)(process.env), log));
    const where = { owner: target.owner, repo: target.repo };
    const one = (data, what) => {
        const c = commentOf(data);
        if (!c)
            throw unexpected(what);
        return c;
    };
    const list = async (route, params, what) => {
        const out = [];
        // paginate.iterator: each page checked before the next is asked for
        for await (const page of octokit.paginate.iterator(route, params)) {
            if (!Array.isArray(page.data))
                throw unexpected(what);
            out.push(...page.data);
        }
        return out;
    };
    let who = null;
    return {
        async identity() {
            // asked for by the comment and by the suggestions: one answer per run
            return (who ??= identify(async () => (await octokit.rest.users.getAuthenticated()).data, async () => octokit.graphql('query { viewer { __typename login } }')));
        },
        async list() {
            const all = await list(octokit.rest.issues.listComments, { ...where, issue_number: target.number, per_page: 100 }, 'the list of comments');
            // an entry without an id or a URL cannot be ours to edit: it is left out
            return all.map(commentOf).filter((c) => c !== null);
        },
        async create(body) {
            return one((await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body })).data, 'the new comment');
        },
        async update(id, body) {
            return one((await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })).data, 'the edited comment');
        },
        async remove(id) {
            try {
                await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
            }
            catch (e) {
                // a run at the same time removed it first
                if (statusOf(e) !== 404)
                    throw e;
            }
        },
        async treeAt(sha, prefix) {
            const tree = (await octokit.rest.git.getTree({ ...where, tree_sha: sha, recursive: 'true' })).data;
            if (!isObject(tree) || !Array.isArray(tree.tree))
                throw unexpected('the base commit\'s tree');
            if (tree.truncated === true)
                return null;
            const out = [];
            for (const e of tree.tree) {
                if (!isObject(e) || typeof e.path !== 'string')
                    continue;
                if (prefix && !e.path.startsWith(prefix + '/'))
                    continue;
                const path = prefix ? e.path.slice(prefix.length + 1) : e.path;
                // git modes: 040000 a folder, 120000 a link, 160000 a submodule (commit)
                const kind = e.type === 'tree' ? 'folder' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'link' : e.type === 'blob' ? 'file' : null;
                if (kind)
                    out.push({ path, kind, size: typeof e.size === 'number' ? e.size : 0 });
            }
            return out;
        },
        async fileAt(sha, prefix, path) {
            let file;
            try {
                file = (await octokit.rest.repos.getContent({ ...where, path: prefix ? `${prefix}/${path}` : path, ref: sha })).data;
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return null;
                throw e;
            }
            if (Array.isArray(file) || !isObject(file))
                return null;
            if (file.type !== 'file')
                return null;
            if (typeof file.content !== 'string' || (file.encoding !== undefined && file.encoding !== 'base64'))
                throw unexpected(`the contents of ${path}`);
            return Buffer.from(file.content, 'base64');
        },
        async reviewComments() {
            const all = await list(octokit.rest.pulls.listReviewComments, { ...where, pull_number: target.number, per_page: 100 }, 'the list of review comments');
            return all.map(reviewCommentOf).filter((c) => c !== null);
        },
        async createReviewComment(c) {
            const data = (await octokit.rest.pulls.createReviewComment({
                ...where,
                pull_number: target.number,
                commit_id: c.commitId,
                path: c.path,
                line: c.line,
                side: 'RIGHT',
                ...(c.startLine === undefined ? {} : { start_line: c.startLine, start_side: 'RIGHT' }),
                body: c.body
            })).data;
            const made = reviewCommentOf(data);
            if (!made)
                throw unexpected('the new review comment');
            return made;
        },
        async updateReviewComment(id, body) {
            const made = reviewCommentOf((await octokit.rest.pulls.updateReviewComment({ ...where, comment_id: id, body })).data);
            if (!made)
                throw unexpected('the edited review comment');
            return made;
        },
        async removeReviewComment(id) {
            try {
                await octokit.rest.pulls.deleteReviewComment({ ...where, comment_id: id });
            }
            catch (e) {
                // a run at the same time removed it first
                if (statusOf(e) !== 404)
                    throw e;
            }
        },
        async files() {
            const all = await list(octokit.rest.pulls.listFiles, { ...where, pull_number: target.number, per_page: 100 }, 'the pull request\'s files');
            return all.filter(isObject).flatMap((f) => (typeof f.filename === 'string' ? [{ path: f.filename, patch: typeof f.patch === 'string' ? f.patch : undefined }] : []));
        }
    };
}
/**
 * Who the token is, for every kind of token (never a guess: a login taken for the wrong one finds
 * no comment and posts another on every run):
 * - a personal access token, classic or fine-grained, or a user's OAuth token: `GET /user`;
 * - an installation token (GITHUB_TOKEN, a GitHub App's token) cannot read `/user` (403
 *   "Resource not accessible by integration"); GraphQL's `viewer` answers for it, a `Bot`
 *   whose comments the REST API shows as `<login>[bot]`.
 * A `/user` call that keeps failing (5xx, a timeout) is not taken for an installation token:
 * the error goes up and the comment is skipped with a warning rather than duplicated.
 */
async function identify(user, viewer) {
    try {
        const u = await user();
        if (isObject(u) && typeof u.login === 'string' && u.login)
            return { login: u.login, bot: u.type === 'Bot' };
        throw unexpected('GET /user');
    }
    catch (e) {
        const status = statusOf(e);
        if (e instanceof api_guard/* ApiProblem */.AW || (status !== 401 && status !== 403) || isRateLimit(e))
            throw e;
    }
    const v = (await viewer()).viewer;
    if (!isObject(v) || typeof v.login !== 'string' || !v.login)
        throw unexpected('the GraphQL viewer query');
    return { login: v.login, bot: v.__typename === 'Bot' || v.login.endsWith('[bot]') };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
class InputError extends Error {
}
/** Reads and validates the inputs of contract §3; `get` is `core.getInput`. */
function readInputs(get) {
    const choice = (name, allowed, dflt) => {
        const v = get(name).trim() || dflt;
        if (!allowed.includes(v))
            throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`);
        return v;
    };
    const flag = (name, dflt) => {
        const v = (get(name).trim() || dflt).toLowerCase();
        if (!['true', 'false'].includes(v))
            throw new InputError(`input ${name} must be true or false, not "${v}"`);
        return v === 'true';
    };
    const sarifCategory = get('sarif-category').trim();
    if (sarifCategory && !/^[A-Za-z0-9_.@:+][A-Za-z0-9_.@:+/-]*$/.test(sarifCategory))
        throw new InputError(`input sarif-category must be letters, digits and _ . @ : + - /, not "${sarifCategory}"`);
    const workingDirectory = get('working-directory').trim() || '.';
    const lines = [...new Set(workingDirectory.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
    const auto = lines.length === 1 && lines[0] === 'auto';
    if (!auto && lines.includes('auto'))
        throw new InputError('input working-directory is either `auto` alone or folders, one per line');
    const environment = get('environment').trim() || 'production';
    if (!/^[A-Za-z0-9_.-]+$/.test(environment))
        throw new InputError(`input environment must be a plain name, not "${environment}"`);
    return {
        token: get('github-token'),
        workingDirectory,
        workingDirectories: auto ? [] : lines,
        auto,
        comment: choice('comment', ['changed', 'always', 'never'], 'changed'),
        failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'], 'error'),
        processManager: choice('process-manager', ['systemd', 'bluepill'], 'systemd'),
        environment,
        annotate: flag('annotate', 'true'),
        sarif: flag('sarif', 'false'),
        sarifCategory,
        source: choice('source', ['checkout', 'api'], 'checkout'),
        config: get('config').trim(),
        suggestions: flag('suggestions', 'true'),
        given: new Set([...(get('environment').trim() ? ['environment'] : []), ...(get('process-manager').trim() ? ['processManager'] : [])])
    };
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/cli/apps.ts
var apps = __webpack_require__(7240);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/cli/config-file.ts
var config_file = __webpack_require__(6309);
;// CONCATENATED MODULE: ./src/action/main.ts





















/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
async function run() {
    (0,quiet_wasi/* silenceWasiWarning */.e)();
    try {
        const inputs = readInputs((n) => getInput(n));
        if (inputs.token)
            setSecret(inputs.token);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const options = { environment: inputs.environment, processManager: inputs.processManager };
        const event = readEvent(process.env);
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        // the API client is made once, and only when something needs it (octokit is loaded then)
        let client = null;
        const reachable = Boolean(owner && repo && inputs.token);
        const connectApi = () => (client ??= connect(inputs.token, { owner, repo, number: event.pullRequest?.number ?? 0 }, runner_namespaceObject));
        const api = event.pullRequest && reachable ? connectApi : null;
        // several folders, or every app folder (`auto`): one report, one SARIF, one comment (contract §5)
        const several = inputs.auto || inputs.workingDirectories.length > 1;
        if (several && inputs.source === 'api')
            throw new InputError('source: api checks one working-directory; several folders or `auto` need source: checkout (or one job per folder)');
        if (inputs.source === 'api') {
            // the head read through the API: nothing of it is written to the workspace, nothing is run
            const prefix = apiPrefix(inputs.workingDirectory);
            const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '';
            if (!reachable)
                throw new InputError('source: api needs github-token and GITHUB_REPOSITORY to read the commit through the GitHub API');
            if (!/^[0-9a-f]{40}$/.test(sha))
                throw new InputError('source: api reads a pull request\'s head (or GITHUB_SHA); this event has neither');
            let entries;
            try {
                entries = await (await connectApi()).treeAt(sha, prefix);
            }
            catch (e) {
                warning(`rack-check could not read the commit ${sha.slice(0, 12)} through the GitHub API (${apiError(e)}), so nothing was checked.`);
                return;
            }
            if (!entries) {
                warning(`rack-check could not read the commit ${sha.slice(0, 12)} through the GitHub API (the repository tree is too large for one API answer), so nothing was checked; use source: checkout.`);
                return;
            }
            if (prefix && entries.length === 0)
                throw new InputError(`working-directory "${inputs.workingDirectory}" is not a folder at ${sha.slice(0, 12)}`);
            const headApi = await connectApi();
            // .rack-check.yml at the head: the `config` input, else the app folder's, else the root's
            const configured = (0,config/* withConfig */.NV)(options, inputs.given, await apiConfig(inputs.config, prefix, (p) => headApi.fileAt(sha, '', p)));
            const base = event.pullRequest ? await baseReport(null, prefix, event.pullRequest.baseSha, configured, api) : null;
            const { checkSnapshot } = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 5333));
            await checkSnapshot({ entries, read: (path) => headApi.fileAt(sha, prefix, path) }, { ...configured, base }, async (snapshot) => {
                info(`rack-check: commit ${sha.slice(0, 12)} read through the GitHub API (${snapshot.fetched} file${snapshot.fetched === 1 ? '' : 's'}); nothing of it is checked out or run`);
                if (snapshot.skipped.length > 0) {
                    const names = snapshot.skipped.slice(0, 10).map((s) => `${(0,paths/* inRepository */.yJ)(prefix, s.path)} (${s.why})`);
                    const more = snapshot.skipped.length > 10 ? ` and ${snapshot.skipped.length - 10} more` : '';
                    notice(`rack-check did not read ${names.join(', ')}${more} through the API: links and submodules are never followed and files over 1 MiB are not read; a checkout would not give the engine more.`);
                }
                await publish(inputs, event, snapshot.result, { prefix, dir: snapshot.dir, rootUri: null, tmp: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), sha, api, options: { ...configured, base } });
            });
            return;
        }
        if (several) {
            await runSeveral(inputs, event, workspace, options, api);
            return;
        }
        const { dir, prefix } = checkoutFolder(workspace, inputs.workingDirectory);
        // .rack-check.yml: the `config` input, else the app folder's, else the repository root's
        const configured = (0,config/* withConfig */.NV)(options, inputs.given, await checkoutConfig(workspace, dir, inputs.config));
        const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, configured, api) : null;
        const result = await (0,check/* checkDirectory */.W3)(dir, { ...configured, base });
        await publish(inputs, event, result, { prefix, dir, rootUri: (0,external_node_url_.pathToFileURL)((0,external_node_fs_.realpathSync)(workspace) + '/').href, tmp: process.env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '.rack-check'), sha: event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '', api, options: { ...configured, base } });
    }
    catch (e) {
        setFailed(e instanceof InputError || e instanceof config/* ConfigError */.xL ? e.message : `rack-check failed: ${e.message}`);
    }
}
/** A working-directory line of a checkout: the folder on this machine and its repository path. */
function checkoutFolder(workspace, given) {
    const dir = (0,external_node_path_.resolve)(workspace, given);
    const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), (0,paths/* realpathOr */.xR)(dir));
    if (inside === '..' || inside.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(inside))
        throw new InputError(`working-directory "${given}" is outside the workspace`);
    if (!isDirectory(dir))
        throw new InputError(`working-directory "${given}" is not a folder`);
    // the workspace is the repository root (actions/checkout puts the repository there)
    return { dir, prefix: inside === '' ? '' : inside.split('\\').join('/') };
}
/**
 * Several app folders of a checkout: each checked with its own configuration (the `config`
 * input, else its folder's `.rack-check.yml`, else the root's), as one folder is; the reports
 * merged with repository paths, as the CLI merges them (cli/main.ts).
 */
async function runSeveral(inputs, event, workspace, options, api) {
    let folders;
    if (inputs.auto) {
        // the `ignore` globs of the `config` input, else of the root's .rack-check.yml
        const rootConfig = await checkoutConfig(workspace, workspace, inputs.config);
        const ignore = (rootConfig?.ignore ?? []).map(config/* globMatcher */.fU);
        const found = (0,apps/* findApps */.S)((0,external_node_fs_.realpathSync)(workspace), (rel) => ignore.some((m) => m(rel)));
        if (found.truncated)
            warning(`rack-check: working-directory: auto looked at ${apps/* MAX_FOLDERS */.j} folders and stopped there; list the app folders instead`);
        folders = found.apps.map((rel) => ({ dir: rel ? (0,external_node_path_.join)(workspace, rel) : workspace, prefix: rel }));
        if (folders.length === 0)
            folders = [{ dir: workspace, prefix: '' }];
        info(`rack-check: working-directory: auto found ${folders.length} app folder${folders.length === 1 ? '' : 's'}: ${folders.map((f) => f.prefix || '.').join(', ')}`);
    }
    else {
        folders = inputs.workingDirectories.map((given) => checkoutFolder(workspace, given));
        folders = folders.filter((f, i) => folders.findIndex((g) => g.prefix === f.prefix) === i);
    }
    const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '';
    const merged = { analyses: [], report: { schemaVersion: 1, tool: { name: 'rack-check', version: check/* TOOL_VERSION */.wr }, apps: [], findings: [], summary: { errors: 0, warnings: 0, notices: 0 } } };
    const sections = [];
    for (const { dir, prefix } of folders) {
        const configured = (0,config/* withConfig */.NV)(options, inputs.given, await checkoutConfig(workspace, dir, inputs.config));
        const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, configured, api) : null;
        const result = await (0,check/* checkDirectory */.W3)(dir, { ...configured, base });
        sections.push({ folder: prefix, result, corrections: await (0,check/* corrections */.SX)(result, { ...configured, base }) });
        const rooted = (0,paths/* rootedReport */.Mw)(result.report, prefix);
        merged.analyses.push(...result.analyses);
        merged.report.apps.push(...rooted.apps);
        merged.report.findings.push(...rooted.findings);
    }
    merged.report.findings.sort(finding/* compareFindings */.E);
    merged.report.summary = (0,check/* summarize */.eh)(merged.report.findings);
    // the marker names the set, so that a one-folder job of the same repository keeps its own comment
    const label = inputs.auto ? 'auto' : folders.map((f) => f.prefix || '.').join(',');
    await publish(inputs, event, merged, { prefix: '', dir: workspace, rootUri: (0,external_node_url_.pathToFileURL)((0,external_node_fs_.realpathSync)(workspace) + '/').href, tmp: process.env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '.rack-check'), sha, api, options, set: { label, sections } });
}
/** The working directory for `source: api`: a plain relative folder of the repository. */
function apiPrefix(workingDirectory) {
    const prefix = (0,paths/* normalPrefix */._9)(workingDirectory);
    if (workingDirectory.startsWith('/') || prefix.split('/').some((part) => part === '..' || part === '.' || (part === '' && prefix !== '')))
        throw new InputError(`working-directory "${workingDirectory}" must be a folder inside the repository, such as apps/web`);
    return prefix;
}
/** Annotations, job summary, report, SARIF, outputs and the comment, for a checkout or an API read alike. */
async function publish(inputs, event, result, where) {
    const { prefix } = where;
    const { report } = result;
    // every file named as the repository has it (contract §5), as the CLI names them
    const rooted = (0,paths/* rootedReport */.Mw)(report, prefix);
    // GitHub shows at most 10 annotations of each severity per step: the most important ones
    const choice = chooseAnnotations(rooted.findings);
    if (inputs.annotate) {
        for (const f of choice.shown) {
            const props = { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine };
            if (f.line === f.endLine)
                Object.assign(props, { startColumn: f.column, endColumn: f.endColumn });
            const send = f.severity === 'error' ? error : f.severity === 'warning' ? warning : notice;
            send(f.message, props);
        }
    }
    // with annotate: false nothing is annotated on purpose, and there is nothing to explain
    const hidden = inputs.annotate ? hiddenCount(choice) : 0;
    // the corrected custom_web line, when the engine has verified it (fixes/corrected-line.ts)
    const corrections = where.set ? [] : await (0,check/* corrections */.SX)(result, where.options);
    // nothing is parsed after this: Prism's worker ends while the output is written
    await (0,check/* releaseParsers */.w2)();
    const context = {
        repository: process.env.GITHUB_REPOSITORY ?? '',
        sha: where.sha || 'HEAD',
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        workingDirectory: prefix,
        hiddenAnnotations: hidden,
        corrections
    };
    // several folders: one comment, a section per app (each app's corrected lines were found as it was checked)
    const markdown = where.set ? renderApps(where.set.sections, where.set.label, context) : renderComment(result, context);
    try {
        appendSummary(markdown);
    }
    catch (e) {
        warning(`rack-check could not write the job summary: ${e.message}`);
    }
    (0,external_node_fs_.mkdirSync)(where.tmp, { recursive: true });
    const reportPath = (0,external_node_path_.join)(where.tmp, 'rack-check-report.json');
    (0,external_node_fs_.writeFileSync)(reportPath, (0,json/* formatJson */.I)(rooted));
    let sarifPath = '';
    if (inputs.sarif) {
        // loaded only when asked for: the rule pages and node:crypto
        const { defaultCategory, formatSarif } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 5242));
        const ws = new workspace/* Workspace */.a(where.dir);
        const source = (p) => {
            const inside = (0,paths/* inFolder */._z)(prefix, p);
            const r = inside === null ? null : ws.read(inside);
            return r?.ok ? r.file.text : undefined;
        };
        const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        const repository = process.env.GITHUB_REPOSITORY ?? '';
        const branch = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || null;
        const revision = repository ? { repositoryUri: (0,paths/* httpsUrl */.N3)(`${serverUrl}/${repository}`), revisionId: where.sha || null, branch } : null;
        sarifPath = (0,external_node_path_.join)(where.tmp, 'rack-check.sarif');
        (0,external_node_fs_.writeFileSync)(sarifPath, formatSarif(rooted, { source, category: inputs.sarifCategory || defaultCategory(prefix), rootUri: where.rootUri, revision }));
    }
    const app = report.apps[0];
    setOutput('errors', String(report.summary.errors));
    setOutput('warnings', String(report.summary.warnings));
    setOutput('notices', String(report.summary.notices));
    if (where.set) {
        // several apps: one value per app, in the order of the report's apps[], comma separated
        setOutput('server', report.apps.map((a) => a.webServer?.server ?? 'passenger').join(','));
        setOutput('restart-signal', report.apps.map((a) => a.restart?.signal ?? '').join(','));
        setOutput('passenger-transition', result.analyses.map((a) => a.change?.direction ?? 'none').join(',') || 'none');
    }
    else {
        setOutput('server', app ? (app.webServer?.server ?? 'passenger') : '');
        setOutput('restart-signal', app?.restart?.signal ?? '');
        setOutput('passenger-transition', result.analyses[0]?.change?.direction ?? 'none');
    }
    setOutput('report', reportPath);
    setOutput('sarif', sarifPath);
    setOutput('comment-url', await postComment(inputs, event, markdown, where.set ? where.set.sections.map((x) => x.folder) : [prefix], where.set?.label ?? prefix, report, where.api));
    // suggested changes (suggestions.ts): each app's own findings, whose fixes name app-relative files;
    // none with `comment: never`, nor with a read-only token (a fork's pull_request)
    const reader = (dir) => {
        const ws = new workspace/* Workspace */.a(dir);
        return (file) => {
            const r = ws.read(file);
            return r.ok ? r.file.text : null;
        };
    };
    const apps = where.set ? where.set.sections.map((x) => ({ findings: x.result.report.findings, prefix: x.folder, read: reader((0,external_node_path_.join)(where.dir, x.folder)) })) : [{ findings: report.findings, prefix, read: reader(where.dir) }];
    const writable = !(event.pullRequest?.fromFork && event.name === 'pull_request');
    const suggest = inputs.suggestions && inputs.comment !== 'never' && writable;
    // loaded only when there is an API to post to (a run without a token never needs it)
    if (suggest && where.api) {
        const { publishSuggestions } = await __webpack_require__.e(/* import() */ 147).then(__webpack_require__.bind(__webpack_require__, 9147));
        await publishSuggestions(apps, { enabled: true, headSha: event.pullRequest?.headSha ?? '', label: where.set?.label ?? prefix, api: where.api, log: runner_namespaceObject, describe: apiError });
    }
    const s = report.summary;
    info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}${sarifPath ? `; SARIF: ${sarifPath}` : ''}`);
    if ((0,check/* failsAt */.ZN)(report.findings, inputs.failOn))
        setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`);
}
/** What to do when the token cannot write (pull requests from forks, Dependabot). */
const READ_ONLY_HELP = 'The token is read-only here (pull requests from forks and Dependabot get a read-only GITHUB_TOKEN), so rack-check cannot comment; the annotations and the job summary are still there. To comment on such pull requests, run rack-check with `source: api` from a pull_request_target workflow with no checkout: it reads the pull request\'s deployment files through the GitHub API and runs nothing from them (see the rack-check README, "Pull requests from forks").';
/** Creates or edits the one comment; returns its URL ('' when there is none). Never throws. */
async function postComment(inputs, event, body, prefixes, label, report, connectApi) {
    const pr = event.pullRequest;
    if (inputs.comment === 'never' || !pr)
        return '';
    if (!connectApi) {
        notice('rack-check: no repository or token, so no pull-request comment; the job summary has the report.');
        return '';
    }
    if (pr.fromFork && event.name === 'pull_request') {
        notice(`rack-check: ${READ_ONLY_HELP}`);
        return '';
    }
    const fallback = 'the annotations and the job summary have the report.';
    try {
        const api = await connectApi();
        const serverConfig = report.apps.flatMap((a) => a.files.serverConfig);
        const create = inputs.comment === 'always' || report.findings.length > 0 || (await api.files().then((files) => prefixes.some((p) => (0,comment/* touchesDeployment */.zG)(files, p, serverConfig))));
        let who;
        try {
            who = await api.identity();
        }
        catch (e) {
            // a login guessed wrong finds no comment and posts another one: skip instead
            warning(`rack-check could not tell which account the token belongs to (${apiError(e)}), so it does not comment rather than risk a second comment; ${fallback}`);
            return '';
        }
        const outcome = await (0,comment/* upsertComment */.lB)(api, commentMarker(label), who, body, create);
        info(`rack-check: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ' (the pull request does not touch deployment files and has no findings)'}`);
        return typeof outcome.url === 'string' ? outcome.url : '';
    }
    catch (e) {
        if (statusOf(e) === 403 && !isRateLimit(e))
            warning(`rack-check: ${READ_ONLY_HELP} (GitHub answered 403: ${e.message})`);
        else
            warning(`rack-check could not update the pull-request comment (${apiError(e)}); ${fallback}`);
        return '';
    }
}
/** An API failure in a few words: the guard's own sentence, else the status and GitHub's message. */
function apiError(e) {
    if (e instanceof api_guard/* ApiProblem */.AW)
        return e.message;
    const status = statusOf(e);
    const message = String(e?.message ?? e);
    if (isRateLimit(e))
        return `GitHub's rate limit: HTTP ${status}: ${message}`;
    return status ? `HTTP ${status}: ${message}` : message;
}
/**
 * The base commit's report: its deployment files read through the GitHub API at the base sha
 * (one tree listing, then only the files the engine asks for: cli/base.ts), else from the local
 * git history (which a shallow checkout lacks); null with a notice when neither works.
 */
async function baseReport(dir, prefix, sha, options, api) {
    let apiProblem = 'no token';
    // the base is read only on pull requests: its code is loaded then
    const { BaseError, checkBase, gitBaseSource } = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 5333));
    if (api) {
        try {
            const client = await api();
            const entries = await client.treeAt(sha, prefix);
            if (entries) {
                const { report, fetched } = await checkBase({ entries, read: (path) => client.fileAt(sha, prefix, path) }, options);
                info(`rack-check: base commit ${sha.slice(0, 12)} read through the GitHub API (${fetched} file${fetched === 1 ? '' : 's'})`);
                return report;
            }
            apiProblem = 'the repository tree is too large for one API answer';
        }
        catch (e) {
            apiProblem = `the API: ${apiError(e)}`;
        }
    }
    // with source: api there is no checkout, so no local history either
    if (dir === null) {
        notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}); the switch to or from Passenger is not checked.`);
        return null;
    }
    try {
        return (await checkBase(await gitBaseSource(dir, sha), options)).report;
    }
    catch (e) {
        if (!(e instanceof BaseError))
            throw e;
        notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}; git: ${e.message}); the switch to or from Passenger is not checked.`);
        return null;
    }
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** `.rack-check.yml` of a checkout: the `config` input (relative to the workspace), else the app folder's, else the workspace's. */
async function checkoutConfig(workspace, dir, input) {
    if (input) {
        const path = (0,external_node_path_.resolve)(workspace, input);
        const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), path);
        if (inside === '..' || inside.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(inside))
            throw new InputError(`config "${input}" is outside the workspace`);
        return (await (0,config_file/* loadConfig */.Z9)(path, input)).config;
    }
    return (await (0,config_file/* findConfig */.u0)(dir, workspace))?.config ?? null;
}
/** `.rack-check.yml` read through the API at the head, as checkoutConfig reads it from a checkout. */
async function apiConfig(input, prefix, read) {
    const candidates = input ? [(0,paths/* normalPrefix */._9)(input)] : [...(prefix ? [`${prefix}/${config/* CONFIG_FILE */.g2}`] : []), config/* CONFIG_FILE */.g2];
    for (const path of candidates) {
        const bytes = await read(path);
        if (bytes)
            return (await (0,config_file/* configFromText */.I7)(path, '', bytes.toString('utf8'))).config;
        if (input)
            throw new InputError(`config "${input}" is not a file at the pull request's head`);
    }
    return null;
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lG: () => (/* binding */ MAX_TEXT),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   nA: () => (/* binding */ hasHiddenCharacters),
/* harmony export */   zQ: () => (/* binding */ pathUrl)
/* harmony export */ });
/* unused harmony export cap */
/**
 * Text from the checked repository (paths, values, anything a message quotes) is untrusted in a
 * pull-request comment or job summary: it must not mention anyone, reference an issue (GitHub
 * links `#1`, `GH-1` and `owner/repo#1` and posts a back-reference there), open HTML, start a
 * link, a table row or a code fence, reorder the text around it (bidi controls) or hide in
 * invisible characters. `inline` turns one message into safe single-line Markdown.
 */
const ZWSP = '\u200b';
/** Longest piece of repository text rendered in one place; longer text is cut with "…". */
const MAX_TEXT = 1000;
/**
 * Bidi embeddings, overrides and isolates (U+202A–E, U+2066–9, the marks U+200E/F, U+061C) and
 * invisible characters (zero-width space/joiners, word joiner and invisible operators, BOM,
 * soft hyphen, Mongolian vowel separator): "Trojan Source" (CVE-2021-42574) and look-alike text.
 */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060-\u2064\ufeff\u00ad\u180e]/g;
/** Control characters, bidi controls or invisible characters: text that cannot be shown as it is. */
function hasHiddenCharacters(text) {
    // eslint-disable-next-line no-control-regex
    return /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/.test(text) || new RegExp(INVISIBLE.source).test(text);
}
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '').replace(INVISIBLE, '');
}
/** At most `max` characters (code points kept whole), with "…" when cut. */
function cap(text, max = MAX_TEXT) {
    if (text.length <= max)
        return text;
    let end = max;
    // never split a surrogate pair
    if (/[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return text.slice(0, end) + '…';
}
/** GitHub's reference autolinks: `#1`, `owner/repo#1`, `GH-1`; a zero-width space after `#`/`GH-` breaks them. */
function noReferences(text) {
    return text.replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`);
}
/** Plain text: every character that Markdown or HTML would act on is escaped or broken. */
function plain(text) {
    return noReferences(text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Markdown punctuation that could build links, images, emphasis, tables, code or escapes
        .replace(/[\\[\]()!*_~|#`]/g, (c) => `\\${c}`)
        // no @mention
        .replace(/@/g, `@${ZWSP}`)
        // no autolinks: break the scheme
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`));
}
/** The sticky comment's marker name: never whole in repository text (comment.ts puts it on line 1). */
const MARKER_NAME = /rack-check:sticky-comment/gi;
/**
 * Safe Markdown for one line of untrusted text (table cells included), cut to `max` characters.
 * Code spans (`…`) are kept as code, where Markdown makes nothing of mentions, links or HTML, so
 * that a flag quoted in a message can be copied as it is; only `|`, which would split a table
 * cell, is escaped there. An unpaired backtick is escaped, so repository text cannot open a span
 * (or a fence).
 */
function inline(text, max = MAX_TEXT) {
    const parts = cap(oneLine(text), max)
        .replace(MARKER_NAME, (m) => m.replace(':', `:${ZWSP}`))
        .split('`');
    // an even number of parts means an odd number of backticks: the last one opens nothing
    const open = parts.length % 2 === 0 ? parts.pop() : null;
    let out = parts.map((p, i) => (i % 2 === 0 ? plain(p) : p === '' || /^\s+$/.test(p) ? '\\`\\`' : '`' + p.replace(/\|/g, '\\|') + '`')).join('');
    if (open !== null)
        out += '\\`' + plain(open);
    return out;
}
/**
 * A URL path for a file in the repository: every segment percent-encoded, including the
 * characters encodeURIComponent leaves (`( ) * ! ' ~`), since a `)` would end the Markdown link.
 */
function pathUrl(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[()*!'~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
        .join('/');
}


/***/ })

};
;
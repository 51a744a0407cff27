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

export interface ApiLimits {
  /** one attempt of one request */
  requestMs: number
  /** every call of the run together, waits included */
  budgetMs: number
  /** the longest rate-limit wait worth waiting */
  maxWaitMs: number
  /** further attempts after a failure that may pass (5xx, a timeout, a lost connection) */
  retries: number
  /** the first back-off; then 2x, 4x… */
  backoffMs: number
}

export const DEFAULT_LIMITS: ApiLimits = { requestMs: 20_000, budgetMs: 120_000, maxWaitMs: 20_000, retries: 3, backoffMs: 1000 }

/**
 * The limits, with the `RACK_CHECK_API_*` variables (milliseconds) that the end-to-end tests use
 * to make a stuck or rate-limited API fail in a second rather than in minutes.
 */
export function limitsFrom(env: Record<string, string | undefined>): ApiLimits {
  const num = (name: string, dflt: number): number => {
    const v = Number(env[name])
    return env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : dflt
  }
  return {
    requestMs: num('RACK_CHECK_API_REQUEST_MS', DEFAULT_LIMITS.requestMs),
    budgetMs: num('RACK_CHECK_API_BUDGET_MS', DEFAULT_LIMITS.budgetMs),
    maxWaitMs: num('RACK_CHECK_API_MAX_WAIT_MS', DEFAULT_LIMITS.maxWaitMs),
    retries: num('RACK_CHECK_API_RETRIES', DEFAULT_LIMITS.retries),
    backoffMs: num('RACK_CHECK_API_BACKOFF_MS', DEFAULT_LIMITS.backoffMs)
  }
}

export type ProblemKind = 'timeout' | 'budget' | 'rate-limit' | 'secondary-rate-limit' | 'unexpected-answer'

/** A failure the guard or a reader of an answer decided on; `message` is a sentence for the log. */
export class ApiProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    readonly status: number | null = null
  ) {
    super(message)
  }
}

export interface RateLimit {
  kind: 'rate-limit' | 'secondary-rate-limit'
  /** how long GitHub asks to wait */
  waitMs: number
}

type Headers = Record<string, string | number | undefined>

/** A 403 or 429 that is a rate limit, and how long to wait; null for any other answer. */
export function rateLimitOf(status: number | null, headers: Headers | undefined, message: string, now: number): RateLimit | null {
  if (status !== 403 && status !== 429) return null
  const h = headers ?? {}
  const retryAfter = Number(h['retry-after'])
  const hasRetryAfter = h['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0
  if (/\bsecondary rate\b/i.test(message)) return { kind: 'secondary-rate-limit', waitMs: hasRetryAfter ? retryAfter * 1000 : 60_000 }
  if (String(h['x-ratelimit-remaining']) === '0') {
    const reset = Number(h['x-ratelimit-reset'])
    // one second past the reset, as octokit's throttling plugin does
    const byReset = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : 60_000
    return { kind: 'rate-limit', waitMs: hasRetryAfter ? Math.max(retryAfter * 1000, 0) : byReset }
  }
  if (status === 429) return { kind: 'secondary-rate-limit', waitMs: hasRetryAfter ? retryAfter * 1000 : 60_000 }
  return null
}

function seconds(ms: number): string {
  return ms > 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.ceil(ms / 1000)} s`
}

/** Why a rate limit was not waited for, as a sentence. */
function rateLimitMessage(limit: RateLimit, why: string): string {
  const which = limit.kind === 'rate-limit' ? "GitHub's API rate limit for this token is used up" : "GitHub's secondary rate limit (too many requests in a short time) was hit"
  return `${which}; it asks to wait ${seconds(limit.waitMs)}, ${why}`
}

interface RequestOptions {
  method?: string
  url?: string
  request?: Record<string, unknown> & { signal?: AbortSignal; retries?: number; parseSuccessResponseBody?: boolean }
}

/** The most of an answer read whole as text (`parseSuccessResponseBody: false`): GitHub's largest tree answer is a fraction of it. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024

/**
 * A success answer's body as text, read within the attempt (its time limit and abort signal),
 * at most `MAX_TEXT_BYTES`. Octokit parses JSON answers with json-with-bigint, whose parse of a
 * 100,000-entry tree answer costs ten times JSON.parse's time and 250 MB more memory on Node 20
 * (a copy of the text marked by a regular expression, a reviver call per value): the callers
 * that get large answers ask for the body unparsed and parse it with JSON.parse.
 */
async function bodyText(body: unknown, what: string): Promise<string> {
  if (typeof body === 'string') return body
  const stream = body as ReadableStream<Uint8Array> | null
  if (!stream || typeof stream.getReader !== 'function') return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.length
    if (bytes > MAX_TEXT_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw new ApiProblem('unexpected-answer', `GitHub's answer to ${what} is over ${MAX_TEXT_BYTES / 1024 / 1024} MB`)
    }
    chunks.push(value)
  }
  const joined = Buffer.concat(chunks, bytes)
  chunks.length = 0
  return joined.toString('utf8')
}

interface ErrorLike {
  status?: unknown
  message?: unknown
  response?: { headers?: Headers }
}

/** POST is not repeated blindly: a write whose answer was lost may have been done (see sticky-comment.ts). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Wraps octokit's request hook (`octokit.hook.wrap('request', …)`). Each attempt gets its own
 * abort timer; the budget starts when the guard is made.
 */
export function guardRequests(limits: ApiLimits, log: { info(s: string): void }, clock: Clock = realClock): <O extends RequestOptions, T>(request: (o: O) => T | Promise<T>, options: O) => Promise<T> {
  const deadline = clock.now() + limits.budgetMs
  const overBudget = (): ApiProblem => new ApiProblem('budget', `the GitHub API calls took longer than rack-check's budget of ${seconds(limits.budgetMs)} for a run`)
  return async <O extends RequestOptions, T>(request: (o: O) => T | Promise<T>, options: O): Promise<T> => {
    const method = (options.method ?? 'GET').toUpperCase()
    const retries = IDEMPOTENT.has(method) || /\/graphql$/.test(options.url ?? '') ? limits.retries : 0
    for (let attempt = 0; ; attempt++) {
      const left = deadline - clock.now()
      if (left <= 0) throw overBudget()
      const controller = new AbortController()
      const limit = Math.min(limits.requestMs, left)
      const timer = setTimeout(() => controller.abort(), limit)
      let failure: ApiProblem | ErrorLike
      try {
        // the hooks inside this one (octokit's token auth) were bound to this very options
        // object, so the signal is set on it rather than on a copy
        options.request = { ...options.request, signal: controller.signal }
        const response = await request(options)
        // asked for unparsed: the body is read here, within this attempt's time limit, and handed on as text
        if (options.request.parseSuccessResponseBody === false && response && typeof response === 'object' && 'data' in response) {
          return { ...response, data: await bodyText(response.data, `${method} ${options.url ?? ''}`) } as T
        }
        return response
      } catch (e) {
        failure = controller.signal.aborted ? new ApiProblem(limit < limits.requestMs ? 'budget' : 'timeout', limit < limits.requestMs ? overBudget().message : `GitHub did not answer ${method} ${options.url ?? ''} within ${seconds(limits.requestMs)}`) : (e as ErrorLike)
      } finally {
        clearTimeout(timer)
      }
      if (failure instanceof ApiProblem && failure.kind === 'budget') throw failure
      const status = typeof (failure as ErrorLike).status === 'number' ? ((failure as ErrorLike).status as number) : null
      const rate = failure instanceof ApiProblem ? null : rateLimitOf(status, (failure as ErrorLike).response?.headers, String((failure as ErrorLike).message ?? ''), clock.now())
      let waitMs: number
      if (rate) {
        const room = deadline - clock.now()
        if (rate.waitMs > limits.maxWaitMs) throw new ApiProblem(rate.kind, rateLimitMessage(rate, `longer than rack-check waits (${seconds(limits.maxWaitMs)})`), status)
        if (rate.waitMs >= room) throw new ApiProblem(rate.kind, rateLimitMessage(rate, `longer than is left of rack-check's API budget`), status)
        if (attempt >= 2) throw new ApiProblem(rate.kind, rateLimitMessage(rate, 'again after two waits'), status)
        waitMs = rate.waitMs
        log.info(`rack-check: ${rate.kind === 'rate-limit' ? 'GitHub rate limit' : 'GitHub secondary rate limit'}; retrying in ${seconds(waitMs)}`)
      } else {
        // a timeout, a lost connection (octokit reports those as 500) or a server error may pass on a second try
        const mayPass = failure instanceof ApiProblem ? failure.kind === 'timeout' : status !== null && status >= 500
        if (!mayPass || attempt >= retries) throw failure
        waitMs = limits.backoffMs * 2 ** attempt
        if (waitMs >= deadline - clock.now()) throw failure
      }
      await clock.sleep(waitMs)
    }
  }
}

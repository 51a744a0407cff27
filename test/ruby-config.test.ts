import { beforeAll, describe, expect, test } from '@jest/globals'
import { SourceFile } from '../src/files/source-file.js'
import { loadRubyParser, type RubyParser } from '../src/model/ruby.js'
import { evaluateRubyConfig, type RubyConfig } from '../src/model/ruby-config.js'

let parse: RubyParser
beforeAll(async () => {
  parse = await loadRubyParser()
})

const ENV: Record<string, string> = { RACK_ENV: 'production', RAILS_ENV: 'production', CUSTOM_WEB_SOCKET_FILE: '/tmp/web_server.sock' }
function evaluate(src: string, unknownVars: string[] = []): RubyConfig {
  const f = new SourceFile('config/puma.rb', src)
  return evaluateRubyConfig(f, parse(f), {
    get: (n) => (unknownVars.includes(n) ? undefined : (ENV[n] ?? null)),
    appRoot: '/app',
    filePath: '/app/config/puma.rb'
  })
}
const calls = (c: RubyConfig): unknown[] => c.calls.map((x) => [x.name, ...x.args.map((a) => (a.known ? a.value : '?'))])

describe('Ruby config evaluation', () => {
  test('the Rails 7.0 generated config/puma.rb', () => {
    const c = evaluate(`max_threads_count = ENV.fetch("RAILS_MAX_THREADS") { 5 }
min_threads_count = ENV.fetch("RAILS_MIN_THREADS") { max_threads_count }
threads min_threads_count, max_threads_count
worker_timeout 3600 if ENV.fetch("RAILS_ENV", "development") == "development"
port ENV.fetch("PORT") { 3000 }
environment ENV.fetch("RAILS_ENV") { "development" }
pidfile ENV.fetch("PIDFILE") { "tmp/pids/server.pid" }
plugin :tmp_restart
`)
    expect(calls(c)).toEqual([
      ['threads', 5, 5],
      ['port', 3000],
      ['environment', 'production'],
      ['pidfile', 'tmp/pids/server.pid'],
      ['plugin', { symbol: 'tmp_restart' }]
    ])
    expect(c.calls[3].unsetVariables).toEqual(['PIDFILE'])
    expect(c.calls[3].at.line).toBe(7)
  })

  test('locals, interpolation, File.expand_path, __FILE__, Integer and ||', () => {
    const c = evaluate(`app_dir = File.expand_path("../..", __FILE__)
shared_dir = "#{app_dir}/shared"
bind "unix://#{shared_dir}/sockets/puma.sock"
workers Integer(ENV['WEB_CONCURRENCY'] || 2)
bind "unix://#{ENV['CUSTOM_WEB_SOCKET_FILE']}"
pidfile File.join(__dir__, '..', 'tmp', "puma.pid")
`)
    expect(calls(c)).toEqual([
      ['bind', 'unix:///app/shared/sockets/puma.sock'],
      ['workers', 2],
      ['bind', 'unix:///tmp/web_server.sock'],
      ['pidfile', '/app/config/../tmp/puma.pid']
    ])
  })

  test('bike_index: a worker count from ENV.fetch(…, 3).to_i, tested with positive?', () => {
    const c = evaluate(`worker_count = ENV.fetch("WEB_CONCURRENCY", 3).to_i
if worker_count.positive?
  workers worker_count
  prune_bundler
else
  workers 0
end
`)
    expect(calls(c)).toEqual([['workers', 3], ['prune_bundler']])
    expect(c.calls.every((x) => x.condition === null)).toBe(true)
  })

  test('conditions on known values pick a branch; unknown ones mark both', () => {
    const c = evaluate(`if ENV["RACK_ENV"] == "production"
  preload_app!
else
  daemonize
end
bind ENV['X'] if ENV["FOO"]
workers 2 unless ENV["RAILS_ENV"] == "development"
port(ENV["RAILS_ENV"] == "production" ? 80 : 3000)
`, ['FOO', 'X'])
    expect(calls(c)).toEqual([['preload_app!'], ['bind', '?'], ['workers', 2], ['port', 80]])
    expect(c.calls[1].condition?.line).toBe(6)
    expect(c.calls[0].condition).toBeNull()
  })

  test('hooks are not run; loops, load and methods defined in the file are opaque', () => {
    const c = evaluate(`on_worker_boot do
  bind 'unix:///x'
end
%w[a b].each { |x| bind x }
load 'other.rb'
def go; bind 'x'; end
go
`)
    expect(calls(c)).toEqual([['on_worker_boot']])
    expect(c.opaque.map((o) => o.at.line)).toEqual([4, 5, 7])
  })

  test('ENV.fetch without a default and an unset variable is unknown, not a guess', () => {
    const c = evaluate(`port ENV.fetch("PORT")\nbind ENV.fetch("BIND", "unix:///tmp/web_server.sock")`)
    expect(c.calls[0].args[0].known).toBe(false)
    expect(calls(c)[1]).toEqual(['bind', 'unix:///tmp/web_server.sock'])
  })

  test('the Cloud 66 sample: a URI is bound as is, a bare path wrapped (regexp match)', () => {
    const c = evaluate(`socket = ENV.fetch("CUSTOM_WEB_SOCKET_FILE") { "" }
bind socket =~ /\\A[a-z]+:\\/\\// ? socket : "unix://#{File.expand_path(socket)}"
bind "x" if "abc" =~ /b/i
`)
    expect(calls(c)).toEqual([['bind', 'unix:///tmp/web_server.sock'], ['bind', 'x']])
    // a regexp with flags is not evaluated: the second bind depends on an unknown condition
    expect([c.calls[0].condition, c.calls[1].condition?.line]).toEqual([null, 3])
  })

  test('syntax errors are reported at their line; non-ASCII text keeps columns right', () => {
    expect(evaluate('bind "x"\nif\n').syntaxErrors.length).toBeGreaterThan(0)
    const c = evaluate('# é 😀\nbind "unix:///tmp/web_server.sock"\n')
    expect(c.calls[0].at).toMatchObject({ line: 2, column: 1, endColumn: 34 })
  })
})

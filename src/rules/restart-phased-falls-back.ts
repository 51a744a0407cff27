import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

export default defineRule({
  id: 'restart-phased-falls-back',
  severity: 'warning',
  rack: true,
  summary: '`restart_signal: usr1` asks Puma for a phased restart, but this Puma does a hot restart instead (single mode or preloaded app).',
  messages: {
    singleMode: '`usr1` asks for a phased restart, but {server} runs in single mode ({where}), where USR1 falls back to a hot restart (measured); set `workers 2` or more for phased restarts, or use `usr2`, which is what happens anyway.',
    preload: '`usr1` asks for a phased restart, but `{setting}` ({where}) preloads the app, and a preloaded Puma falls back to a hot restart on USR1 (measured); remove it (and use `prune_bundler`), or use `usr2`, which is what happens anyway.',
    webConcurrency: '`usr1` asks for a phased restart, but on {server} `WEB_CONCURRENCY` above 1 in the environment turns `preload_app` on by default ({where}), so USR1 falls back to a hot restart (measured on Puma 5.6.5); write `preload_app! false` in the config file, or set the worker count with `workers` instead.',
    defaultPreload: '`usr1` asks for a phased restart, but {server} preloads the app by default in cluster mode ({where}), so USR1 falls back to a hot restart (measured on Puma 7.2.1 and 8.0.2); write `preload_app! false` or `prune_bundler` in the config file.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart?.setBy || !web || restart.signal !== 'usr1' || !restart.effect.fallback) return
    const cause = restart.effect.cause
    const at = cause?.at
    const where = at ? `${at.file}:${at.line}` : restart.effect.fallback === 'single-mode' ? 'no `workers` setting' : 'the default'
    const setting = at ? ctx.analysis.textAt(at) : (cause?.text ?? '')
    const message = ({ 'single-mode': 'singleMode', preload: 'preload', 'default-preload': 'defaultPreload', 'web-concurrency': 'webConcurrency' } as const)[restart.effect.fallback]
    ctx.report(restart.setBy.at, message, { server: serverLabel(web), where, setting: setting.split('\n')[0] })
  }
})

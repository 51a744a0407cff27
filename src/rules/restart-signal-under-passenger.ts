import { defineRule } from './define-rule.js'
import { get } from '../model/yaml-tree.js'

/**
 * `restart_signal` under `procfile_metadata` → `web` while Passenger serves the app (no `custom_web`
 * entry): Cloud 66 documents the setting with its custom web servers (the Puma, Unicorn and Thin
 * pages), and documents no restart signal for Passenger (docs/research/cloud66.md#per-server-defaults-under-systemd),
 * so what it does here is not known: information, a notice. A `custom_web:` key there is
 * metadata-unknown-process's.
 */
export default defineRule({
  id: 'restart-signal-under-passenger',
  severity: 'notice',
  rack: true,
  summary: 'A `restart_signal` for the web process while Passenger serves the app (no `custom_web` entry): the setting has no documented effect there.',
  messages: {
    passenger: 'The Procfile has no `custom_web` entry, so Passenger serves the app, and what `restart_signal` does to Passenger is not documented (Cloud 66 documents it with its custom web servers: Puma, Unicorn, Thin); remove it, or add the `custom_web` entry it was written for (before the app is first built: a later switch from Passenger is not applied).'
  },
  check(ctx) {
    const { app, web } = ctx.analysis
    if (app.web || web || !app.manifest) return
    for (const block of app.manifest.applying) {
      const signal = get(get(block.value, 'web')?.value, 'restart_signal')
      if (signal) ctx.report(signal.keyAt, 'passenger')
    }
  }
})

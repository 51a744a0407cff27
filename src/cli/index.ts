#!/usr/bin/env node
import { silenceWasiWarning } from '../quiet-wasi.js'
import { run } from './main.js'

silenceWasiWarning()
// The shell: only this file touches process.
run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`rack-check: ${(e as Error).message}\n`)
    process.exitCode = 2
  }
)

#!/usr/bin/env node
import { isatty } from 'node:tty'
import { writeFd } from '../output.js'
import { silenceWasiWarning } from '../quiet-wasi.js'
import { run } from './main.js'

silenceWasiWarning()
// The shell: only this file touches process.
run(process.argv.slice(2), {
  // straight to the descriptors: process.stdout would build its streams (start-up time)
  stdout: (s) => writeFd(1, s),
  stderr: (s) => writeFd(2, s),
  // the descriptor, not process.stdout.isTTY: that would build the stream (start-up time)
  isTTY: () => isatty(1),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    writeFd(2, `rack-check: ${(e as Error).message}\n`)
    process.exitCode = 2
  }
)

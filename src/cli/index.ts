#!/usr/bin/env node
import { writeFd } from '../io/output.js'
import { silenceWasiWarning } from '../io/quiet-wasi.js'
import { run } from './main.js'

silenceWasiWarning()
// The shell: only this file touches process.
run(process.argv.slice(2), {
  // straight to the descriptors: process.stdout would build its streams (start-up time)
  stdout: (s) => writeFd(1, s),
  stderr: (s) => writeFd(2, s),
  // asked only for text output whose colour depends on it: process.stdout builds Node's streams
  // (and importing node:tty for isatty() would load them at start, for every format)
  isTTY: () => Boolean(process.stdout.isTTY),
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

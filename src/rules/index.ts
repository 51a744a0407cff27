import type { Rule } from './define-rule.js'
import customWebDaemonizes from './custom-web-daemonizes.js'
import customWebExtraTcpListener from './custom-web-extra-tcp-listener.js'
import customWebFailsToBoot from './custom-web-fails-to-boot.js'
import customWebMisleadingFlag from './custom-web-misleading-flag.js'
import customWebNoPidFile from './custom-web-no-pid-file.js'
import customWebNoSocket from './custom-web-no-socket.js'
import customWebUndecided from './custom-web-undecided.js'
import customWebUnknownServer from './custom-web-unknown-server.js'
import customWebWithoutBundleExec from './custom-web-without-bundle-exec.js'
import fileUnreadable from './file-unreadable.js'
import procfileCommentedCustomWeb from './procfile-commented-custom-web.js'
import procfileCrlf from './procfile-crlf.js'
import procfileDuplicateProcess from './procfile-duplicate-process.js'
import procfileEnvironmentOverride from './procfile-environment-override.js'
import procfileInvalidLine from './procfile-invalid-line.js'
import serverGemNotLocked from './server-gem-not-locked.js'
import thinConfigShellVariable from './thin-config-shell-variable.js'
import thinPidNeedsDaemon from './thin-pid-needs-daemon.js'
import webCompetesWithCustomWeb from './web-competes-with-custom-web.js'
import webWithoutCustomWeb from './web-without-custom-web.js'

/** Every rule, by id. One id = one file = one docs page = one fixture folder. */
export const RULES: Rule[] = [
  customWebDaemonizes,
  customWebExtraTcpListener,
  customWebFailsToBoot,
  customWebMisleadingFlag,
  customWebNoPidFile,
  customWebNoSocket,
  customWebUndecided,
  customWebUnknownServer,
  customWebWithoutBundleExec,
  fileUnreadable,
  procfileCommentedCustomWeb,
  procfileCrlf,
  procfileDuplicateProcess,
  procfileEnvironmentOverride,
  procfileInvalidLine,
  serverGemNotLocked,
  thinConfigShellVariable,
  thinPidNeedsDaemon,
  webCompetesWithCustomWeb,
  webWithoutCustomWeb
] as Rule[]

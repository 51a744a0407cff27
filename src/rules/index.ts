import type { Rule } from './define-rule.js'
import appNotRack from './app-not-rack.js'
import checkIncomplete from './check-incomplete.js'
import cloud66FolderMisplaced from './cloud66-folder-misplaced.js'
import customWebDaemonizes from './custom-web-daemonizes.js'
import customWebExtraTcpListener from './custom-web-extra-tcp-listener.js'
import customWebFailsOnEveryVersion from './custom-web-fails-on-every-version.js'
import customWebFailsToBoot from './custom-web-fails-to-boot.js'
import customWebMisleadingFlag from './custom-web-misleading-flag.js'
import customWebNoPidFile from './custom-web-no-pid-file.js'
import customWebNoSocket from './custom-web-no-socket.js'
import customWebUndecided from './custom-web-undecided.js'
import customWebUnsetVariable from './custom-web-unset-variable.js'
import customWebUnknownServer from './custom-web-unknown-server.js'
import customWebWrapper from './custom-web-wrapper.js'
import customWebWithoutBundleExec from './custom-web-without-bundle-exec.js'
import fileUnreadable from './file-unreadable.js'
import hooksBluepillUnderSystemd from './hooks-bluepill-under-systemd.js'
import hooksCopiedDeployFile from './hooks-copied-deploy-file.js'
import hooksMissingTarget from './hooks-missing-target.js'
import hooksNotAList from './hooks-not-a-list.js'
import hooksPumactlRestart from './hooks-pumactl-restart.js'
import hooksUnknownHookPoint from './hooks-unknown-hook-point.js'
import manifestStructure from './manifest-structure.js'
import metadataInvalidValue from './metadata-invalid-value.js'
import metadataPlacement from './metadata-placement.js'
import metadataSignalSpelling from './metadata-signal-spelling.js'
import metadataUnknownKey from './metadata-unknown-key.js'
import metadataUnknownProcess from './metadata-unknown-process.js'
import passengerEnterpriseWithCustomWeb from './passenger-enterprise-with-custom-web.js'
import passengerTransition from './passenger-transition.js'
import procfileCommentedCustomWeb from './procfile-commented-custom-web.js'
import procfileCrlf from './procfile-crlf.js'
import procfileDuplicateProcess from './procfile-duplicate-process.js'
import procfileEnvironmentOverride from './procfile-environment-override.js'
import procfileInvalidLine from './procfile-invalid-line.js'
import procfileReleaseProcess from './procfile-release-process.js'
import pumaPlugin from './puma-plugin.js'
import pumaRenamedHook from './puma-renamed-hook.js'
import pumaRestartOldRelease from './puma-restart-old-release.js'
import restartPhasedFallsBack from './restart-phased-falls-back.js'
import restartPhasedWithoutPruneBundler from './restart-phased-without-prune-bundler.js'
import restartSignalNotRestart from './restart-signal-not-restart.js'
import restartSignalUnderPassenger from './restart-signal-under-passenger.js'
import rubyRemovedMethod from './ruby-removed-method.js'
import rubyVersionMismatch from './ruby-version-mismatch.js'
import serverGemNotLocked from './server-gem-not-locked.js'
import suppressionUnused from './suppression-unused.js'
import stopSequenceNotGraceful from './stop-sequence-not-graceful.js'
import thinConfigShellVariable from './thin-config-shell-variable.js'
import thinPidNeedsDaemon from './thin-pid-needs-daemon.js'
import unicornOldMasterKept from './unicorn-old-master-kept.js'
import webWithoutCustomWeb from './web-without-custom-web.js'
import yamlDuplicateKey from './yaml-duplicate-key.js'
import yamlLaterDocuments from './yaml-later-documents.js'
import yamlNotAMapping from './yaml-not-a-mapping.js'
import yamlSyntaxError from './yaml-syntax-error.js'

/** Every rule, by id. One id = one file = one docs page = one fixture folder. */
export const RULES: Rule[] = [
  appNotRack,
  checkIncomplete,
  cloud66FolderMisplaced,
  customWebDaemonizes,
  customWebExtraTcpListener,
  customWebFailsOnEveryVersion,
  customWebFailsToBoot,
  customWebMisleadingFlag,
  customWebNoPidFile,
  customWebNoSocket,
  customWebUndecided,
  customWebUnknownServer,
  customWebWrapper,
  customWebUnsetVariable,
  customWebWithoutBundleExec,
  fileUnreadable,
  hooksBluepillUnderSystemd,
  hooksCopiedDeployFile,
  hooksMissingTarget,
  hooksNotAList,
  hooksPumactlRestart,
  hooksUnknownHookPoint,
  manifestStructure,
  metadataInvalidValue,
  metadataPlacement,
  metadataSignalSpelling,
  metadataUnknownKey,
  metadataUnknownProcess,
  passengerEnterpriseWithCustomWeb,
  passengerTransition,
  procfileCommentedCustomWeb,
  procfileCrlf,
  procfileDuplicateProcess,
  procfileEnvironmentOverride,
  procfileInvalidLine,
  procfileReleaseProcess,
  pumaPlugin,
  pumaRenamedHook,
  pumaRestartOldRelease,
  restartPhasedFallsBack,
  restartPhasedWithoutPruneBundler,
  restartSignalNotRestart,
  restartSignalUnderPassenger,
  rubyRemovedMethod,
  rubyVersionMismatch,
  serverGemNotLocked,
  stopSequenceNotGraceful,
  suppressionUnused,
  thinConfigShellVariable,
  thinPidNeedsDaemon,
  unicornOldMasterKept,
  webWithoutCustomWeb,
  yamlDuplicateKey,
  yamlLaterDocuments,
  yamlNotAMapping,
  yamlSyntaxError
] as Rule[]

/**
 * The web servers rack-check models, in one table: each server's gem, the programs that run it
 * and how a Procfile line picks one (`rails server` / `rails s`, `passenger start`), and how its
 * model is loaded. Identification (`identify`), model loading (`loadModel`), the list of server
 * names, the live suite's server table and the default Cloud 66 part of a server rack-check does
 * not model all come from here. A new server is a model file, one entry here and its name in
 * core/report.ts's `ServerName` (CONTRIBUTING.md, "Adding a server").
 */
import type { ServerName } from '../core/report.js'
import type { CommandLine } from './command.js'
import type { ServerModel } from './common.js'
import { CUSTOM_SERVER_SIGNALS, PUMA_CONFIG_FIXES, UNSTUDIED_RESTART_FIX, type Cloud66Part } from './cloud66.js'
import { puma } from './puma.js'
import type { WrapperModel } from './wrapper.js'

/** A program that starts a server. */
export type Launcher = {
  /** the word after the program that makes it start the server (`rails server`); absent: the program alone does */
  subcommands?: readonly string[]
} & (
  | {
      /** the model, loaded when a Procfile line runs it, so that an app pays only for the models it needs (start-up time is a feature) */
      load(): Promise<ServerModel>
    }
  | {
      /** the model, in the start-up chunk: Puma only, which most apps run */
      model: ServerModel
    }
)

export interface ServerEntry {
  /** the gem whose locked version applies and that `bundle exec` needs (the model's `gem`) */
  gem: string
  /** the programs that run it, by the program's name as written on the Procfile line */
  launchers: Record<string, Launcher>
}

/** The servers rack-check models: `ServerName` without `unknown`, which names a line that runs none of them. */
export type ModelledServer = Exclude<ServerName, 'unknown'>

/*
 * `satisfies Record<ModelledServer, ServerEntry>` makes the compiler check the table against
 * core/report.ts's `ServerName` both ways: a name without an entry is a missing property, an
 * entry without a name an excess one (and `namesMatch` below says it again in plain types).
 * `ServerName` stays in core/, which imports nothing, because the report types use it; this
 * check keeps the two lists one.
 */
export const SERVERS = {
  puma: { gem: 'puma', launchers: { puma: { model: puma } } },
  thin: { gem: 'thin', launchers: { thin: { load: async () => (await import('./thin.js')).thin } } },
  unicorn: {
    gem: 'unicorn',
    launchers: {
      unicorn: { load: async () => (await import('./unicorn.js')).unicorn },
      unicorn_rails: { load: async () => (await import('./unicorn.js')).unicornRails }
    }
  },
  // rackup and rails server share Rack's handler model: one chunk for the two (rack-servers.ts)
  rackup: { gem: 'rack', launchers: { rackup: { load: async () => (await import('./rack-servers.js')).rackup } } },
  rails: { gem: 'railties', launchers: { rails: { subcommands: ['server', 's'], load: async () => (await import('./rack-servers.js')).rails } } },
  passenger: { gem: 'passenger', launchers: { passenger: { subcommands: ['start'], load: async () => (await import('./passenger.js')).passenger } } },
  pitchfork: { gem: 'pitchfork', launchers: { pitchfork: { load: async () => (await import('./pitchfork.js')).pitchfork } } },
  // `falcon` alone is `falcon serve` (Samovar's default subcommand); the model reads the subcommand
  falcon: { gem: 'falcon', launchers: { falcon: { load: async () => (await import('./falcon.js')).falcon } } },
  iodine: { gem: 'iodine', launchers: { iodine: { load: async () => (await import('./iodine.js')).iodine } } },
  agoo: { gem: 'agoo', launchers: { agoo: { load: async () => (await import('./agoo.js')).agoo } } }
} satisfies Record<ModelledServer, ServerEntry>

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesMatch: Same<keyof typeof SERVERS, ModelledServer> = true
void namesMatch

type Entries = (typeof SERVERS)[keyof typeof SERVERS]['launchers']
type KeysOf<T> = T extends unknown ? keyof T : never
type LazyKeysOf<T> = T extends unknown ? { [K in keyof T]: T[K] extends { load(): unknown } ? K : never }[keyof T] : never

/** A program rack-check has a model for: `puma`, `unicorn_rails`, … */
export type LauncherName = KeysOf<Entries>

/** The models loaded when a Procfile line runs their server (every one but Puma's), and the wrappers'. */
export type LazyModel = LazyKeysOf<Entries>
export type Models = Partial<Record<LazyModel, ServerModel>> & Partial<Record<WrapperProgram, WrapperModel>>
/** A model an analysis may wait for: a server's or a wrapper's. */
export type PendingModel = LazyModel | WrapperProgram

/**
 * Launchers that wrap a server (wrapper.ts, docs/research/servers.md#launchers-that-wrap-a-server):
 * the programs, the word that makes them run a server, and their models, loaded when a line runs
 * one. `path`: the program only as a path to a script in the app (`bin/dev`, `./bin/dev`).
 */
interface WrapperEntry {
  subcommands?: readonly string[]
  path?: boolean
  load(): Promise<WrapperModel>
}

export const WRAPPERS = {
  thrust: { load: async (): Promise<WrapperModel> => (await import('./wrappers.js')).thruster },
  foreman: { subcommands: ['start'], load: async (): Promise<WrapperModel> => (await import('./wrappers.js')).foreman },
  dev: { path: true, load: async (): Promise<WrapperModel> => (await import('./wrappers.js')).binDev }
} satisfies Record<string, WrapperEntry>

export type WrapperProgram = keyof typeof WRAPPERS

/** Which wrapper a command runs, by its program; null when it runs none. */
export function identifyWrapper(command: CommandLine): WrapperProgram | null {
  const argv = command.argv
  if (!argv || !Object.hasOwn(WRAPPERS, command.programName)) return null
  const name = command.programName as WrapperProgram
  const w: WrapperEntry = WRAPPERS[name]
  if (w.subcommands && !(argv[1] && w.subcommands.includes(argv[1].text))) return null
  if (w.path && !argv[0].text.includes('/')) return null
  return name
}

/** Loads a server's or a wrapper's model into `models`, where the analysis finds it. */
export async function loadInto(models: Models, name: PendingModel): Promise<void> {
  if (Object.hasOwn(WRAPPERS, name)) models[name as WrapperProgram] = await WRAPPERS[name as WrapperProgram].load()
  else models[name as LazyModel] = await loadModel(name as LazyModel)
}

/** The modelled server names, in the table's order. */
export const SERVER_NAMES = Object.keys(SERVERS) as ModelledServer[]

/** Every launcher with its server and gem, e.g. for the live suite's table of which gem runs a case. */
export const LAUNCHERS: ReadonlyArray<{ program: LauncherName; server: ModelledServer; gem: string; launcher: Launcher }> = SERVER_NAMES.flatMap((server) =>
  Object.entries(SERVERS[server].launchers as Record<string, Launcher>).map(([program, launcher]) => ({ program: program as LauncherName, server, gem: SERVERS[server].gem, launcher }))
)

const BY_PROGRAM = new Map(LAUNCHERS.map((l) => [l.program as string, l]))

/** Which model a command runs, by its launcher; null when rack-check models none. */
export function identify(command: CommandLine): LauncherName | null {
  const argv = command.argv
  if (!argv) return null
  const found = BY_PROGRAM.get(command.programName)
  if (!found) return null
  const sub = found.launcher.subcommands
  if (sub && !(argv[1] && sub.includes(argv[1].text))) return null
  return found.program
}

export async function loadModel(name: LazyModel): Promise<ServerModel> {
  const launcher = BY_PROGRAM.get(name)?.launcher
  if (!launcher || !('load' in launcher)) throw new Error(`${name} has no lazily loaded model`)
  return launcher.load()
}

/** The model of a launcher if it is loaded: Puma's always, the others once `loadModel` gave them. */
export function loadedModel(name: LauncherName, models: Models): ServerModel | null {
  const launcher = BY_PROGRAM.get(name)!.launcher
  return 'model' in launcher ? launcher.model : (models[name as LazyModel] ?? null)
}

/**
 * The Cloud 66 part of a line that runs no server rack-check models: Cloud 66's defaults for a
 * custom server (CUSTOM_SERVER_SIGNALS), fixes that name no option,
 * and the guidance that says it was not measured.
 */
export const UNKNOWN_SERVER: Cloud66Part = {
  label: 'the server',
  socketFix: 'a listener on the Unix socket /tmp/web_server.sock',
  pidFix: 'a PID file at /tmp/web_server.pid',
  pidFixIsOption: false,
  ...PUMA_CONFIG_FIXES,
  ...CUSTOM_SERVER_SIGNALS,
  restartFix: () => UNSTUDIED_RESTART_FIX,
  unmeasured: true,
  // a server rack-check does not know: Cloud 66's generic defaults are assumed, not documented for it (docs/research/cloud66.md#per-server-defaults-under-systemd)
  defaultsUnconfirmed: true
}

/** What Cloud 66 does with the server a model describes; the default part when there is no model. */
export function cloud66Of(model: ServerModel | null): Cloud66Part {
  return model?.cloud66 ?? UNKNOWN_SERVER
}

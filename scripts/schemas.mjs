#!/usr/bin/env node
// Writes the JSON Schemas for editors (schemas/, README "Editor support"):
//
//   schemas/manifest.schema.json       .cloud66/manifest.yml
//   schemas/deploy-hooks.schema.json   .cloud66/deploy_hooks.yml
//   schemas/config.schema.json         .rack-check.yml
//
// They are made from the lists the checker itself reads — the rule ids and summaries
// (src/rules/index.ts), the manifest's components (src/model/manifest.ts), the signal names
// (src/model/signals.ts), the procfile_metadata keys (src/rules/metadata-unknown-key.ts) and the
// hook points (src/model/deploy-hooks.ts) — so a schema cannot drift from what rack-check accepts.
// Each schema rejects only what one of rack-check's rules also reports; where no rule looks,
// it is permissive (additional keys allowed). __tests__/schemas.test.ts validates every corpus
// file and rule fixture with ajv and holds the schemas to that.
//
// JSON Schema draft-07: the draft SchemaStore recommends, and the one yaml-language-server
// (VS Code's YAML extension) supports fully. `$id`s are raw.githubusercontent.com URLs at the
// moving major tag, which serve JSON (a github.com `blob` URL serves an HTML page).
//
//   npm run schemas               writes schemas/
//   npm run schemas -- --check    exits 1, naming the files, when schemas/ is not what it writes
//
// Reads only files of this repository; runs nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTs } from './lib/import-ts.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const BASE = 'https://raw.githubusercontent.com/c66/rack-check/v1/schemas/'
const DRAFT = 'http://json-schema.org/draft-07/schema#'

const { RULES } = await importTs(join(root, 'src/rules/index.ts'))
const { COMPONENT_KEYS } = await importTs(join(root, 'src/model/manifest.ts'))
const { SIGNAL_NAMES } = await importTs(join(root, 'src/model/signals.ts'))
const { HOOK_POINTS } = await importTs(join(root, 'src/model/deploy-hooks.ts'))
const { METADATA_KEYS } = await importTs(join(root, 'src/rules/metadata-unknown-key.ts'))
const { MAPPING_KEYS } = await importTs(join(root, 'src/rules/yaml-not-a-mapping.ts'))

const HELP = 'https://help.cloud66.com/docs/'
/** A value written with ERB (`<%= ENV['X'] %>`): rack-check's rules skip it, its value is only known after ERB runs. */
const ERB = { type: 'string', pattern: '<%=', description: 'An ERB tag: its value is known only after ERB runs.' }
/**
 * A YAML 1.1 boolean that a YAML 1.2 editor reads as a string: Cloud 66 reads the manifest with
 * Ruby's Psych (docs/research/cloud66.md#where-cloud-66-reads-its-files), for which yes/no/on/off
 * in any case are booleans, so they are accepted as written.
 */
const YAML11_BOOLEAN = { type: 'string', pattern: '^([Yy][Ee][Ss]|[Nn][Oo]|[Oo][Nn]|[Oo][Ff][Ff])$' }
/**
 * `<<`, a YAML merge key: Psych applies it (YAML 1.1), an editor reading YAML 1.2 (yaml-language-server's
 * default) keeps it as a key; allowed where other keys are refused so that such an editor marks nothing.
 */
const MERGE_KEY = { '<<': { description: 'A YAML merge key (`<<: *anchor`): the anchored mapping\'s keys are merged in here.' } }
/** yaml-language-server's and VS Code's message for a failed `pattern` (an extension keyword); the rule that reports the same. */
const NOT_A_MAPPING = 'Psych loads this as a single value, not a mapping, so nothing under it applies (rule yaml-not-a-mapping).'
const bool = (description) => ({ description, anyOf: [{ type: 'boolean' }, { type: 'null' }, YAML11_BOOLEAN, ERB] })

// ---------------------------------------------------------------------------------------------
// .cloud66/manifest.yml

const signals = [...SIGNAL_NAMES]
const SIGNAL = `(?:${signals.join('|')})`

/** The documented settings of `rails:`/`rack:` → `configuration:` (docs/research/cloud66.md#manifest-top-level-keys). */
const RACK_CONFIGURATION = {
  ruby_version: { type: ['string', 'number'], description: 'The Ruby version (quote it: `"3.4.1"`). Cloud 66 takes it before the Gemfile\'s `ruby` line; applied on "deploy with upgrades" only (' + HELP + 'build-and-config/managing-and-upgrading-ruby-versions).' },
  operating_system: { type: 'string', description: 'The Ubuntu release of new servers, e.g. `ubuntu2404`; applied at the initial build.' },
  passenger_process_memory: { description: 'MB per Passenger process (Passenger only).' },
  locked_passenger_version: { description: 'Pins the Passenger version (not with Passenger Enterprise).' },
  reserved_server_memory: { description: 'MB of memory kept free (default 0).' },
  memory_allocator: { description: '`malloc` (the default) or `jemalloc`.', examples: ['malloc', 'jemalloc'] },
  health_check: { description: 'The Web Success Check after each deployment: `default`, or `protocol`, `host`, `port`, `endpoint`, `accept`, `timeout`, `follow_redirects` (' + HELP + 'servers/application-health-checks).' },
  activeprotect: { description: 'ActiveProtect settings: `whitelist`, `http_ban_rate`, and the post-deployment availability check `health_check` (`endpoint`, `accept`, `timeout`, `max_redirects`, `cooldown`).' },
  nginx: { description: 'Nginx settings of the app: `cors`, `precompiled_url` and others (' + HELP + 'manifest/structure).' },
  asset_pipeline_precompile: { description: 'Whether assets are precompiled (Rails).' },
  do_initial_db_schema_load: { description: 'Whether the schema is loaded at the initial build.' },
  keep_releases: { description: 'How many releases are kept on the servers (default 5).' },
  include_submodules: { description: 'Whether git submodules are checked out (default true).' }
}

/** A component's shape: its settings under `configuration:`, its servers under `servers:` (docs/research/cloud66.md#manifest-levels). */
// A list is refused (manifest-structure reports it); a single value is not, as no rule reports it.
const componentShape = (configuration) => ({
  not: { type: 'array' },
  properties: {
    configuration: { description: 'The component\'s settings: a mapping.', ...(configuration ? { properties: configuration } : {}) },
    servers: { description: 'The servers of the component: a list of `- server:` definitions (`unique_name`, `vendor`, `size`, `region`, `same_as` …).' }
  }
})
// in draft-07 a description beside `$ref` is ignored: each key's description sits beside an allOf
const component = (description, def) => ({ description, allOf: [{ $ref: `#/definitions/${def}` }] })

const DOCUMENTED_COMPONENTS = {
  rails: 'A Rails app: its settings under `configuration:`, its servers under `servers:`.',
  rack: 'A Rack app (Sinatra, Padrino, Hanami …): the same settings as `rails:`.',
  sinatra: 'A Sinatra app (the docs say to use `rack:` for Sinatra).',
  docker: 'Docker settings.',
  elasticsearch: 'An Elasticsearch server.',
  gateway: 'A bastion (gateway) server.',
  glusterfs: 'A GlusterFS cluster.',
  load_balancer: 'The load balancer.',
  memcached: 'A Memcached server.',
  mongodb: 'A MongoDB server.',
  mysql: 'A MySQL server.',
  nginx: 'Nginx settings.',
  postgis: 'PostGIS.',
  postgresql: 'A PostgreSQL server.',
  redis: 'A Redis server.'
}

function manifestSchema() {
  const sections = {}
  for (const key of COMPONENT_KEYS) {
    if (key === 'procfile_metadata') sections[key] = { $ref: '#/definitions/procfileMetadata' }
    else if (key === 'environment_variables') sections[key] = { $ref: '#/definitions/environmentVariables' }
    else if (key === 'experiments') sections[key] = { description: 'Experimental settings (2017 docs only, e.g. `docker_storage: overlay`): a mapping.', not: { type: 'array' } }
    else if (['rails', 'rack', 'sinatra', 'padrino'].includes(key)) sections[key] = component(DOCUMENTED_COMPONENTS[key] ?? 'A Padrino app (not in Cloud 66\'s list of components; the docs say to use `rack:` for other Rack frameworks).', 'rackComponent')
    else sections[key] = component(DOCUMENTED_COMPONENTS[key] ?? `\`${key}\` is not in Cloud 66's documented list of components, but real manifests use it; it holds a mapping, not a list.`, 'component')
  }
  // at the top level, Psych must load these as a mapping (yaml-not-a-mapping reports a single value there)
  const topSections = { ...sections }
  for (const key of MAPPING_KEYS) {
    if (key === 'procfile_metadata') continue
    const { description, allOf, ...rest } = sections[key]
    topSections[key] = { ...(description ? { description } : {}), allOf: [...(allOf ?? [rest]), { $ref: '#/definitions/mappingAtTop' }] }
  }
  const signalValue = (description) => ({
    description,
    anyOf: [{ enum: signals }, { type: 'string', pattern: `^\\s*${SIGNAL}\\s*$`, patternErrorMessage: 'Not a signal as Cloud 66 writes it: lower case without `SIG`, e.g. `usr1` (rules metadata-signal-spelling, metadata-invalid-value).' }, ERB, { type: 'null' }]
  })
  const stopSequence = (description) => ({
    description,
    examples: ['term, 90, kill', 'quit, 75, term, 15, kill'],
    anyOf: [{ type: 'string', pattern: `^\\s*${SIGNAL}\\s*(,\\s*[0-9]+\\s*,\\s*${SIGNAL}\\s*)*$`, patternErrorMessage: 'Signals and whole seconds in turn, starting and ending with a signal, signals in lower case without `SIG`: e.g. `term, 90, kill` (rules metadata-invalid-value, metadata-signal-spelling).' }, ERB, { type: 'null' }]
  })
  const processSettings = {
    restart_signal: signalValue('The signal sent to the process to restart or reload it on each deploy, written as in Cloud 66\'s examples: lower case without `SIG` (`usr1`, `usr2`, `hup`). Documented defaults under systemd: `hup` for the web process, `usr2` on the Puma and Unicorn pages, `hup` on the Thin page (' + HELP + 'servers/systemd, ' + HELP + 'build-and-config/puma-rack-server and the Unicorn and Thin pages).'),
    stop_sequence: stopSequence('The signals sent in turn to stop the process, with the seconds waited between them while it still runs: `term, 90, kill` (TERM, 90 s, then KILL). Signals as in Cloud 66\'s examples: lower case without `SIG`.'),
    restart_on_deploy: bool('Whether the process is restarted on each deploy (default true).'),
    web_server_stop_signals: { ...stopSequence('The 2017 name of `stop_sequence` (renamed in October 2018); whether Cloud 66 still reads it is not documented.'), deprecationMessage: 'The 2017 name of `stop_sequence`: rename it `stop_sequence` (rule metadata-unknown-key).' }
  }
  const documented = Object.keys(processSettings).filter((k) => k !== 'web_server_stop_signals')
  if (documented.join() !== [...METADATA_KEYS].join()) throw new Error(`procfile_metadata keys ${documented.join()} differ from metadata-unknown-key's ${METADATA_KEYS.join()}`)
  return {
    $schema: DRAFT,
    $id: BASE + 'manifest.schema.json',
    title: 'Cloud 66 manifest (.cloud66/manifest.yml)',
    description: 'A Cloud 66 manifest of a Rails/Rack app: environment (optional) → component → settings (' + HELP + 'manifest/structure). A top-level key that is not a component or section is an environment name (custom names are allowed). Checked by rack-check; this schema rejects only what a rack-check rule also reports.',
    $comment: 'Generated by scripts/schemas.mjs from src/model/manifest.ts, src/model/signals.ts and src/rules/metadata-unknown-key.ts; facts in docs/research/cloud66.md#the-manifest, #manifest-levels, #manifest-top-level-keys, #procfile_metadata (' + HELP + 'manifest/structure; 2022 references/manifest-structure and references/manifest-web-settings).',
    // a single value is refused unless it is an ERB tag (yaml-not-a-mapping)
    type: ['object', 'null', 'string'],
    pattern: '<%=',
    patternErrorMessage: NOT_A_MAPPING,
    properties: topSections,
    // an environment; a single value there is refused (yaml-not-a-mapping), a list is not (no rule reports it)
    additionalProperties: { if: { type: 'object' }, then: { $ref: '#/definitions/environment' }, else: { type: ['array', 'null', 'string'], pattern: '<%=', patternErrorMessage: NOT_A_MAPPING } },
    definitions: {
      mappingAtTop: { anyOf: [{ type: ['object', 'array', 'null'] }, ERB] },
      component: componentShape(null),
      rackComponent: componentShape(RACK_CONFIGURATION),
      environment: {
        description: 'An environment (`production`, `staging` or a custom name): its components and sections apply to that environment only.',
        type: 'object',
        properties: sections
      },
      environmentVariables: {
        description: 'Environment variables of the app, set at the initial build: a mapping of names to values; `AUTO_GENERATE` (or `AUTO_GENERATE_<n>`) makes a random value.',
        not: { type: 'array' }
      },
      procfileMetadata: {
        description: 'Settings of the Procfile\'s processes, by process name: `web:` for the custom web server (as in Cloud 66\'s examples), or another Procfile process (https://help.cloud66.com/rails/manifest/_processes, "Process Signal Options"). At the top level or under an environment, never inside `rails:`.',
        $comment: 'docs/research/cloud66.md#procfile_metadata-keys, #the-web-process-key, #signal-spelling, #procfile_metadata-values; the rules metadata-invalid-value, metadata-unknown-key and metadata-signal-spelling report what this part refuses.',
        type: ['object', 'null'],
        additionalProperties: { $ref: '#/definitions/processSettings' }
      },
      processSettings: {
        description: 'A process\'s settings: exactly `restart_signal`, `stop_sequence` and `restart_on_deploy` are documented.',
        type: ['object', 'null'],
        properties: { ...processSettings, ...MERGE_KEY },
        additionalProperties: false
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// .cloud66/deploy_hooks.yml

/** What the docs say of the hook points most used (docs/research/cloud66.md#hook-points). */
const POINT_DESCRIPTIONS = {
  first_thing: 'The first hook point, after the operating system is installed.',
  custom_server: 'On custom servers only.',
  before_haproxy: 'HAProxy servers only (current docs only).',
  after_haproxy: 'HAProxy servers only (current docs only).',
  before_docker: 'Current docs only.',
  after_docker: 'Current docs only.',
  before_restart: '"The last point before we issue commands to your web server to reload/restart" (current docs only).',
  last_thing: 'The last hook point, once every server has reached it.'
}

/**
 * A hook field's documented values, offered by editors; no rule checks a field's value, so any
 * value is accepted (real files use `target: node`, which the Rails docs do not list).
 */
const suggest = (description, values) => ({ description, anyOf: [{ enum: values }, {}] })
const described = (description) => ({ description })

const TARGETS = ['any', 'rails', 'mysql', 'postgresql', 'mongodb', 'redis', 'sinatra', 'padrino', 'custom', 'docker']

function hooksSchema() {
  const points = {}
  for (const p of [...HOOK_POINTS]) points[p] = POINT_DESCRIPTIONS[p] ? { description: POINT_DESCRIPTIONS[p], allOf: [{ $ref: '#/definitions/hookList' }] } : { $ref: '#/definitions/hookList' }
  return {
    $schema: DRAFT,
    $id: BASE + 'deploy-hooks.schema.json',
    title: 'Cloud 66 deploy hooks (.cloud66/deploy_hooks.yml)',
    description: 'Deploy hooks of a Rails/Rack app: environment (optional) → hook point → list of hooks (' + HELP + 'deploy-hooks/deploy-hooks). Checked by rack-check; this schema rejects only what a rack-check rule also reports.',
    $comment: 'Generated by scripts/schemas.mjs; the hook points are src/model/deploy-hooks.ts HOOK_POINTS, the union of the 2022 and current lists (docs/research/cloud66.md#hook-points); the fields: docs/research/cloud66.md#hook-fields.',
    // a single value is refused unless it is an ERB tag (yaml-not-a-mapping)
    type: ['object', 'null', 'string'],
    pattern: '<%=',
    patternErrorMessage: NOT_A_MAPPING,
    properties: points,
    additionalProperties: {
      description: 'An environment (`production`, `staging` or a custom name), holding hook points.',
      type: ['object', 'null'],
      properties: { ...points, ...MERGE_KEY },
      additionalProperties: false
    },
    definitions: {
      hookList: {
        description: 'The hooks run at this point: a list, each hook starting with `- `.',
        type: ['array', 'null'],
        items: { $ref: '#/definitions/hook' }
      },
      hook: {
        $comment: 'docs/research/cloud66.md#hook-fields (' + HELP + 'deploy-hooks/deploy-hooks, field tables; 2022 references/deploy-hooks-syntax).',
        description: 'One hook: a type field (`command`, `snippet`, `inline` or `source`) and a `target`. Only a missing `target` is refused (rule hooks-missing-target); the fields\' values are offered, not checked.',
        required: ['target'],
        properties: {
          command: described('A shell command; runs in /tmp/deploy_hooks unless it changes folder.'),
          snippet: described('A snippet, one of the open-source scripts of github.com/cloud66/snippets.'),
          inline: described('An inline script; copied to `destination` when one is given.'),
          source: described('A file of the repository (its path from the repository root, e.g. `/.cloud66/files/x.sh`), copied to `destination` (required with `source`).'),
          target: suggest('The servers the hook runs on: `any`, `rails`, `mysql`, `postgresql`, `mongodb`, `redis`, `sinatra`, `padrino`, `custom` (`docker` for commands). Required, with no default.', TARGETS),
          execute: suggest('Whether to run the code (default true for `command`, false for the others).', [true, false]),
          executable: suggest('Whether the copied file is made executable (default false; true when `execute` is true).', [true, false]),
          apply_during: suggest('`build_only` (until the first successful deploy), `deploy_only` or `all` (the default).', ['build_only', 'deploy_only', 'all']),
          run_on: suggest('`single_server` (the default) or `all_servers`; ignored with `target: any`.', ['single_server', 'all_servers']),
          run_as: described('The user it runs as (not with `sudo`).'),
          sudo: suggest('Run as root (default false; not with `run_as`).', [true, false]),
          halt_on_error: suggest('Whether a failure stops the deployment (default true).', [true, false]),
          env_vars: described('Environment variables for an executed hook: a mapping.'),
          destination: described('Where an `inline` or `source` file goes; may name the app folder as `<%= ENV[\'STACK_PATH\'] %>`.'),
          parse: suggest('Whether `<%= ENV[\'…\'] %>` tags in the copied file are filled in (default true).', [true, false]),
          owner: described('The copied file\'s owner, `user:group`.'),
          name: described('A name shown in the deployment log (current docs).')
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// .rack-check.yml

/** The levels; `false` is how YAML 1.1 (Psych, and rack-check's reader) reads a bare `off`, which means off (src/engine/config.ts). */
const LEVELS = ['off', 'notice', 'warning', 'error', false]

function configSchema() {
  const rules = {}
  for (const r of RULES) rules[r.id] = { description: `${r.summary} (docs/rules/${r.id}.md; default: ${r.severity})`, enum: LEVELS }
  return {
    $schema: DRAFT,
    $id: BASE + 'config.schema.json',
    title: 'rack-check configuration (.rack-check.yml)',
    description: 'Read from --config PATH (the action\'s `config` input), else .rack-check.yml in the app folder, else at the repository root. Command-line options and action inputs win over it; it wins over the defaults. Any unknown key or rule id, a wrong type or a YAML error stops rack-check with exit 2 and the file, line and column.',
    $comment: 'Generated by scripts/schemas.mjs; the rule ids are src/rules/index.ts RULES.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      rules: {
        description: 'A rule\'s severity, or off (its findings are dropped). Keys are rule ids (docs/rules/README.md).',
        type: ['object', 'null'],
        propertyNames: { enum: RULES.map((r) => r.id) },
        properties: rules
      },
      'fail-on': {
        description: 'As --fail-on (the action\'s `fail-on` input): the lowest severity that fails the run, or never.',
        enum: ['error', 'warning', 'notice', 'never']
      },
      filter: {
        description: 'As --filter (the action\'s `filter` input): `changed` fails only on findings in apps whose deployment files, server config or server gem the pull request changed; `all` on every finding.',
        enum: ['changed', 'all']
      },
      baseline: {
        description: 'The baseline file written by --write-baseline, relative to the configuration file: findings recorded there do not count.',
        type: 'string',
        minLength: 1
      },
      'process-manager': {
        description: 'As --process-manager: systemd (servers built since June 2020) or bluepill.',
        enum: ['systemd', 'bluepill']
      },
      environment: {
        description: 'As --environment: the manifest environment and RACK_ENV/RAILS_ENV of the prediction.',
        type: 'string',
        pattern: '^[A-Za-z0-9_-]+$'
      },
      apps: {
        description: 'The app folders to check, relative to the file\'s folder (a monorepo); without it the checked folder is the app, or --recursive finds them.',
        type: 'array',
        items: { type: 'string', minLength: 1, not: { pattern: '(^/|(^|/)\\.\\.(/|$))' } }
      },
      ignore: {
        description: 'Folders --recursive never enters: globs (`*`, `**`, `?`); a pattern without `/` matches a folder of that name at any depth.',
        type: 'array',
        items: { type: 'string', minLength: 1 }
      }
    }
  }
}

const outputs = {
  'manifest.schema.json': manifestSchema(),
  'deploy-hooks.schema.json': hooksSchema(),
  'config.schema.json': configSchema()
}

const check = process.argv.includes('--check')
const stale = []
for (const [name, schema] of Object.entries(outputs)) {
  const path = join(root, 'schemas', name)
  const text = JSON.stringify(schema, null, 2) + '\n'
  let old = null
  try {
    old = readFileSync(path, 'utf8')
  } catch {
    // a schema not written yet
  }
  if (old === text) continue
  if (check) stale.push(`schemas/${name}`)
  else writeFileSync(path, text)
}
if (stale.length) {
  process.stderr.write(`${stale.join(', ')} not what scripts/schemas.mjs writes: run npm run schemas\n`)
  process.exit(1)
}

"use strict";
exports.id = 81;
exports.ids = [81];
exports.modules = {

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rackup: () => (/* reexport */ rackup),
  rails: () => (/* reexport */ rails)
});

// EXTERNAL MODULE: ./src/servers/common.ts
var common = __webpack_require__(23);
// EXTERNAL MODULE: ./src/servers/environment.ts
var environment = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/servers/optparse.ts
var optparse = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/servers/version.ts
var servers_version = __webpack_require__(1856);
// EXTERNAL MODULE: ./src/servers/puma-dsl.ts
var puma_dsl = __webpack_require__(621);
// EXTERNAL MODULE: ./src/servers/signals.ts
var signals = __webpack_require__(8005);
;// CONCATENATED MODULE: ./src/servers/rack-handler.ts




function handlerListener(handler, host, port, portText, at, origin, pumaVersion) {
    const unixPrefix = handler === 'puma' && (host.startsWith('/') || host.startsWith('.') || (host.startsWith('@') && pumaVersion !== null && (0,servers_version/* atLeast */.jZ)(pumaVersion, '6.5.0')));
    if (unixPrefix || (handler === 'thin' && host.includes('/')))
        return { kind: 'unix', path: host, text: host, at, origin };
    return (0,common/* tcpListener */.A1)(`${host}:${portText}`, host, port, at, origin);
}
/** The handler Rack would choose; null when it cannot be known (no lockfile, unknown env). */
function defaultHandler(ctx, rack3) {
    const envName = rack3 ? ['RACKUP_HANDLER', 'RACK_HANDLER'] : ['RACK_HANDLER'];
    for (const n of envName) {
        if (ctx.command.unknownEnv.has(n))
            return null;
        const v = ctx.command.env.get(n);
        if (v)
            return named(v);
    }
    if (!ctx.lockfile)
        return null;
    const order = rack3 ? ['puma', 'falcon', 'webrick'] : ['puma', 'thin', 'falcon', 'webrick'];
    for (const g of order)
        if (ctx.lockfile.gems.has(g))
            return g;
    // WEBrick shipped with Ruby before 3.0; it is the last resort either way
    return 'webrick';
}
function named(name) {
    const n = name.toLowerCase();
    return n === 'puma' || n === 'thin' || n === 'falcon' || n === 'webrick' ? n : 'other';
}
function pumaHandlerConfig(ctx, base, environment) {
    const prefix = base ? base + '/' : '';
    const path = [`config/puma/${environment}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f));
    if (!path)
        return null;
    const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
    // with no locked Puma the current behaviour (5+) is modelled; `daemonize` then makes boots unknown below
    const file = (0,puma_dsl/* pumaFileLevel */.Gg)(ctx, [path], pumaVersion ?? '7.0.0');
    if (pumaVersion === null && file.problems.some((p) => p.kind === 'config-removed-daemon')) {
        file.mayFail ??= { at: file.problems[0].at, why: '`daemonize` fails on Puma 5.0 and later, and no Puma version is locked' };
        file.problems = file.problems.filter((p) => p.kind !== 'config-removed-daemon');
    }
    const s = file.settings.get('pidfile');
    const pid = !s ? null : !s.known ? (0,common/* undecided */.oo)('config-value', s.at, { why: s.why }) : typeof s.value === 'string' ? (0,common/* pidFromPath */.P9)(s.value, s.at, ctx.command.cwd) : null;
    return { path, file, pid };
}
/**
 * What Puma's config file changes under a launcher (rackup, rails server): the files it loads,
 * whether they can be followed, the PID file (the launcher's or the config's) and whether it
 * starts. The caller stops first on `config.file.problems`.
 */
function underHandler(ctx, config, launcherPid) {
    const blind = config ? (0,common/* unfollowable */.bm)(config.file, ctx.commandSpan, config.path) : null;
    const pidFile = launcherPid.value !== true && blind ? blind : config && !blind ? eitherPid(launcherPid, config.pid) : launcherPid;
    return { configFiles: config ? [config.path] : [], blind, pidFile, boots: blind || config?.file.mayFail ? null : true };
}
/** The launcher's PID file and the config's together: either may be /tmp/web_server.pid. */
function eitherPid(launcher, config) {
    if (!config || launcher.value === true)
        return launcher;
    if (config.value === true)
        return config;
    return config.value === null ? config : launcher;
}
/**
 * The settings a launcher's signal effects depend on: which handler runs, whether Puma's config
 * redirects output (HUP), and where the socket comes from (a Puma restart re-executes the
 * launcher without its arguments).
 */
function handlerSettings(handler, config, blind, socketFromCommandLine, pumaVersion) {
    const none = { value: false, at: null, origin: 'default' };
    let redirectsOutput = none;
    if (blind)
        redirectsOutput = { value: null, at: null, origin: 'config', why: `\`${config?.path}\` cannot be followed` };
    else {
        const r = config?.file.settings.get('redirect');
        if (r)
            redirectsOutput = r.known ? { value: true, at: r.at, origin: 'config' } : { value: null, at: r.at, origin: 'config', why: r.why };
    }
    const w = blind ? undefined : config?.file.settings.get('workers');
    const workers = !w ? { value: 0, at: null, origin: 'default' } : w.known && typeof w.value === 'number' ? { value: w.value, at: w.at, origin: 'config' } : { value: null, at: w.at, origin: 'config', why: w.known ? '`workers` is not a number' : w.why };
    return {
        handler: { value: handler, at: null, origin: 'default' },
        redirectsOutput,
        workers,
        socketFromCommandLine: { value: socketFromCommandLine, at: null, origin: 'command-line' },
        pumaVersion: { value: pumaVersion, at: null, origin: 'default' }
    };
}
/**
 * What a signal does to `rackup -s puma` or `rails server` running Puma: Puma's launcher runs, so
 * Puma's own handlers apply (measured with Debian's rack 2.2.22, Rails 6.1 and Puma 5.6.5:
 * __tests__/conformance/cases/live-rackup-puma-signals, live-rackup-puma-redirect-signals,
 * live-rails-puma-signals). USR1/USR2 are Puma's hot restart, which re-executes the launcher
 * *without its arguments* (Puma 5.6's Rack handler builds its Launcher with no argv): rackup
 * comes back on its defaults (tcp://0.0.0.0:9292) and no longer serves a socket given by `-o`.
 * `rails server` gives Puma a restart command with its original options (`bin/rails server …
 * --restart`, railties' server_command.rb), so there USR2 is Puma's hot restart (measured: same
 * PID, socket inherited, no failed probe; `bin/rails` must be executable).
 */
function launcherSignal(launcher) {
    return (signal, facts) => {
        const s = facts.settings ?? {};
        if (s.handler?.value !== 'puma')
            return (0,signals/* notStudied */.wY)(launcher === 'rackup' ? 'rackup with this server' : '`rails server` with this server');
        const pumaVersion = typeof s.pumaVersion?.value === 'string' ? s.pumaVersion.value : null;
        const measured = pumaVersion !== null && (0,servers_version/* atLeast */.jZ)(pumaVersion, '5.0.0') && !(0,servers_version/* atLeast */.jZ)(pumaVersion, '6.0.0');
        switch (signal) {
            case 'hup': {
                const r = s.redirectsOutput;
                if (!r || r.value === null)
                    return { effect: 'unknown', does: 'depends on `stdout_redirect` in the Puma config, which rack-check cannot know', dropsRequests: null, why: r?.why ?? '`stdout_redirect` is not known' };
                return r.value === true
                    ? { effect: 'reopen-logs', does: `reopens its log files (Puma's config redirects output) and keeps serving the same code`, dropsRequests: false, cause: { setting: 'stdout_redirect', at: r.at, text: 'stdout_redirect' } }
                    : (0,signals/* stopped */.ce)(signal, true, `runs Puma's launcher, which treats HUP like INT and stops because its output is not redirected (HUP only reopens logs with \`stdout_redirect\` in config/puma.rb)`);
            }
            case 'usr1':
            case 'usr2':
                if (launcher === 'rails') {
                    const hot = { effect: 'hot-restart', does: 're-executes `bin/rails server` with its options in place (same PID, the socket is kept, all threads restart together)', dropsRequests: false };
                    if (signal === 'usr2')
                        return hot;
                    const workers = s.workers;
                    if (workers?.value === 0)
                        return { ...hot, does: `cannot do a phased restart in single mode, so it ${hot.does}`, fallback: 'single-mode', cause: { setting: 'workers', at: null, text: 'workers' } };
                    return { effect: 'unknown', does: 'depends on `workers` in the Puma config (a phased restart under `rails server` was not measured)', dropsRequests: null, why: workers?.why ?? 'a phased restart under `rails server` was not measured' };
                }
                if (launcher === 'rackup' && measured && s.socketFromCommandLine?.value === true) {
                    return {
                        effect: 'stop',
                        does: `hot-restarts Puma by re-executing rackup without its arguments, so it comes back with rackup's defaults on tcp://0.0.0.0:9292 and no longer serves /tmp/web_server.sock`,
                        dropsRequests: true,
                        graceful: false
                    };
                }
                return { effect: 'unknown', does: 're-executes rackup through Puma\'s hot restart, without its arguments (measured with `-o` and Puma 5.6 only)', dropsRequests: null, why: 'what rackup does when Puma re-executes it was measured only with `-o` and Puma 5.6' };
            case 'term':
            case 'int':
                return (0,signals/* stopped */.ce)(signal, true);
            case 'quit':
            case 'kill':
                return (0,signals/* stopped */.ce)(signal, false);
            default:
                return (0,signals/* untrapped */.S$)(signal);
        }
    };
}

// EXTERNAL MODULE: ./src/servers/types.ts
var types = __webpack_require__(6549);
;// CONCATENATED MODULE: ./src/servers/rackup.ts
/**
 * rackup (servers.md §4): Rack 2.2 `Rack::Server` and rackup 2.x for Rack 3. `-o`/`-p` reach
 * the handler as user options (Puma then ignores `config/puma.rb` binds); `-P` is written by
 * rackup with the server's own PID; `-D` daemonizes (Rack 2.2 also changes directory to `/`,
 * so Puma no longer finds `config/puma.rb`); `-e` evaluates Ruby, `-b` is a builder line,
 * `-d` is `$DEBUG`.
 */






function options(rack3) {
    const specs = [
        { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
        { key: 'builder', short: ['b'], long: ['builder'], arg: 'required' },
        { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
        { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
        { key: 'quiet', short: ['q'], long: ['quiet'], arg: 'none' },
        { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
        { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
        { key: 'server', short: ['s'], long: ['server'], arg: 'required' },
        { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
        { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
        { key: 'option', short: ['O'], long: ['option'], arg: 'required' },
        { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
        { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
        { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
        { key: 'heap', long: ['heap'], arg: 'required' },
        { key: 'profile', long: ['profile'], arg: 'required' },
        { key: 'profile-mode', long: ['profile-mode'], arg: 'required' },
        { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
        { key: 'version', long: ['version'], arg: 'none' }
    ];
    if (rack3)
        specs.push({ key: 'daemonize-noclose', long: ['daemonize-noclose'], arg: 'none' });
    return specs;
}
const rackup = {
    name: 'rackup',
    gem: 'rack',
    signal: launcherSignal('rackup'),
    bands: [
        { version: '2.2.22', from: '0' },
        { version: '3.0.0', from: '3.0' }
    ],
    analyze(ctx) {
        const rack3 = ctx.version !== null && (0,servers_version/* atLeast */.jZ)(ctx.version, '3.0.0');
        const parsed = (0,optparse/* parseOptions */.Ac)(ctx.command.argv.slice(1), options(rack3));
        if (parsed.error)
            return (0,common/* notStarted */.DY)(ctx, [(0,common/* optionProblem */.DA)(ctx, parsed.error)]);
        const flagNotes = [];
        for (const o of parsed.options) {
            const kind = o.spec.key === 'builder' ? 'rackup-builder' : o.spec.key === 'eval' ? 'rackup-eval' : o.spec.key === 'debug' ? 'rackup-debug' : null;
            if (kind)
                flagNotes.push({ at: (0,common/* optionSpan */.M1)(ctx, o), kind, data: { option: o.written, value: o.value?.text ?? '' } });
        }
        const unsure = (0,common/* uncertainOption */.FS)(ctx, parsed);
        if (unsure)
            return (0,common/* allUnknown */.SH)('unknown-value', unsure.at, unsure.data, flagNotes);
        const cwd = ctx.command.cwd;
        // a word left over after the options is the rackup file: one that does not exist stops rackup
        // with "configuration … not found" (measured on rack 2.2.22: live-var-rackup-p-first)
        const configWord = parsed.positional[0];
        if (configWord && !configWord.unknown && cwd !== null) {
            const rel = (0,environment/* appRelative */.UH)((0,paths/* resolvePath */.o)(cwd, configWord.text));
            if (rel !== null && !ctx.exists(rel))
                return (0,common/* notStarted */.DY)(ctx, [{ at: (0,common/* wordSpan */.BW)(ctx, configWord), kind: 'extra-argument', data: { text: configWord.text, what: 'the rackup file, and there is no such file' } }], flagNotes);
        }
        const serverOpt = (0,optparse/* lastOption */.gt)(parsed, 'server');
        const handler = serverOpt?.value ? (serverOpt.value.unknown ? null : named(serverOpt.value.text)) : defaultHandler(ctx, rack3);
        const daemon = (0,optparse/* lastOption */.gt)(parsed, 'daemonize') ?? (0,optparse/* lastOption */.gt)(parsed, 'daemonize-noclose');
        const daemonizes = daemon ? (0,types/* verdict */.WJ)(true, 'flag', (0,common/* optionSpan */.M1)(ctx, daemon), { option: daemon.written }) : (0,types/* verdict */.WJ)(false, 'foreground', ctx.commandSpan);
        // rackup writes -P itself, after daemonizing, with the server's PID
        const pidOpt = (0,optparse/* lastOption */.gt)(parsed, 'pid');
        const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
        // Rack 2.2's Process.daemon changes directory to "/": Puma then finds no config/puma.rb
        const base = cwd === null ? null : (0,environment/* appRelative */.UH)(cwd);
        const pumaConfig = handler === 'puma' && !(daemon && !rack3) && base !== null ? pumaHandlerConfig(ctx, base, ctx.environment) : null;
        if (pumaConfig?.file.problems.length)
            return (0,common/* notStarted */.DY)(ctx, pumaConfig.file.problems, flagNotes);
        const { configFiles, pidFile, boots } = underHandler(ctx, pumaConfig, pidOpt?.value?.unknown ? (0,common/* undecided */.oo)('unknown-value', (0,common/* optionSpan */.M1)(ctx, pidOpt), { text: pidOpt.value.text }) : (0,common/* pidFromPath */.P9)(pidOpt?.value?.text ?? null, pidOpt ? (0,common/* optionSpan */.M1)(ctx, pidOpt) : ctx.commandSpan, cwd));
        if (handler === null) {
            const at = serverOpt ? (0,common/* optionSpan */.M1)(ctx, serverOpt) : ctx.commandSpan;
            return { boots: null, bootProblems: [], socket: (0,common/* undecided */.oo)('unknown-server', at, { handler: serverOpt?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles };
        }
        const host = (0,optparse/* lastOption */.gt)(parsed, 'host');
        const port = (0,optparse/* lastOption */.gt)(parsed, 'port');
        if (host?.value?.unknown) {
            return { boots, bootProblems: [], socket: (0,common/* undecided */.oo)('unknown-value', (0,common/* optionSpan */.M1)(ctx, host), { text: host.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles };
        }
        const hostText = host?.value?.text ?? (ctx.environment === 'development' ? 'localhost' : '0.0.0.0');
        const portNum = port?.value ? (0,common/* parsePort */.pz)(port.value) : 9292;
        const at = host ? (0,common/* optionSpan */.M1)(ctx, host) : port ? (0,common/* optionSpan */.M1)(ctx, port) : ctx.commandSpan;
        const listeners = [handlerListener(handler, hostText, portNum, port?.value?.text ?? '9292', at, host || port ? 'command-line' : 'default', pumaVersion)];
        let socket = (0,common/* socketFromListeners */.dA)(listeners, ctx.commandSpan, cwd);
        if (handler === 'other' || handler === 'falcon')
            socket = (0,common/* undecided */.oo)('unknown-server', serverOpt ? (0,common/* optionSpan */.M1)(ctx, serverOpt) : ctx.commandSpan, { handler: serverOpt?.value?.text ?? handler });
        return {
            boots: handler === 'other' || handler === 'falcon' ? null : boots,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners: socket.value === null ? null : listeners,
            flagNotes,
            configFiles,
            settings: handlerSettings(handler, pumaConfig, configFiles.length > 0 && boots === null, host !== undefined && socket.value === true, pumaVersion)
        };
    }
};

;// CONCATENATED MODULE: ./src/servers/rails.ts
/**
 * `rails server` / `rails s` (servers.md §5): Thor options, Rack/Rackup server underneath. A
 * `-b` starting with `/` is a Unix socket through the Puma (or Thin) handler; `unix://…` is read
 * as a TCP host name. Host and port given by the user (flag or PORT/BINDING/HOST) replace Puma's
 * config-file binds; defaults do not. Rails < 7.2 writes `tmp/pids/server.pid` by default.
 */






const OPTIONS = [
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'binding', short: ['b'], long: ['binding'], arg: 'required' },
    { key: 'config', short: ['c'], long: ['config'], arg: 'required' },
    { key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' },
    { key: 'using', short: ['u'], long: ['using'], arg: 'required' },
    { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
    { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
    { key: 'dev-caching', short: ['C'], long: ['dev-caching'], arg: 'none', negatable: true },
    { key: 'early-hints', long: ['early-hints'], arg: 'none' },
    { key: 'log-to-stdout', long: ['log-to-stdout'], arg: 'none' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
];
const rails = {
    name: 'rails',
    gem: 'railties',
    signal: launcherSignal('rails'),
    bands: [
        { version: '7.1.0', from: '0' },
        { version: '7.2.0', from: '7.2' }
    ],
    analyze(ctx) {
        // argv: rails server [server-name] [options]
        const args = ctx.command.argv.slice(2);
        const parsed = (0,optparse/* parseOptions */.Ac)(args, OPTIONS, { abbreviations: false, thor: true });
        if (parsed.error) {
            // measured with Debian's Rails 6.1 and Thor 1.2.1 (__tests__/conformance/cases/live-var-rails-*):
            // an unknown option is an extra argument, and `rails server` takes none, so Thor stops with
            // 'ERROR: "rails server" was called with arguments ["-E", "production"]'; a value-taking
            // option followed by a `-` word or nothing stops with "No value provided for option"
            const e = parsed.error;
            const at = ctx.file.span(e.start, e.end);
            if (e.kind === 'invalid') {
                const suggest = e.written === '-E' ? '`-e` (`--environment`)' : e.written === '-D' ? 'nothing: under systemd the server must stay in the foreground' : 'an option `rails server --help` lists';
                return (0,common/* notStarted */.DY)(ctx, [{ at, kind: 'thor-extra-argument', data: { option: e.written, suggest } }]);
            }
            if (e.kind === 'missing-argument')
                return (0,common/* notStarted */.DY)(ctx, [{ at, kind: 'missing-argument', data: { option: e.written } }]);
            return (0,common/* notStarted */.DY)(ctx, [{ at, kind: 'invalid-option', data: { option: e.written } }]);
        }
        // Thor's numeric options: `--port ""` stops with "Expected numeric value for '--port'"
        const portOpt = (0,optparse/* lastOption */.gt)(parsed, 'port');
        if (portOpt?.value && !portOpt.value.unknown && !/^[+-]?\d+(\.\d+)?$/.test(portOpt.value.text)) {
            return (0,common/* notStarted */.DY)(ctx, [{ at: (0,common/* optionSpan */.M1)(ctx, portOpt), kind: 'invalid-value', data: { option: portOpt.written, value: portOpt.value.text, why: 'Thor expects a number' } }]);
        }
        const flagNotes = [];
        const cfg = (0,optparse/* lastOption */.gt)(parsed, 'config');
        if (cfg?.value && /puma|unicorn|thin/.test(cfg.value.text))
            flagNotes.push({ at: (0,common/* optionSpan */.M1)(ctx, cfg), kind: 'rails-config', data: { option: cfg.written, value: cfg.value.text } });
        const cwd = ctx.command.cwd;
        const env = ctx.command.env;
        const version = ctx.version ?? '7.2.0';
        const using = (0,optparse/* lastOption */.gt)(parsed, 'using');
        const positionalServer = parsed.positional[0];
        const rackVersion = ctx.lockfile?.gems.get('rack')?.version;
        const rack3 = rackVersion !== undefined && (0,servers_version/* atLeast */.jZ)(rackVersion, '3.0.0');
        const handler = using?.value ? named(using.value.text) : positionalServer ? named(positionalServer.text) : defaultHandler(ctx, rack3);
        const daemon = (0,optparse/* lastOption */.gt)(parsed, 'daemon');
        const daemonizes = daemon ? (0,types/* verdict */.WJ)(true, 'flag', (0,common/* optionSpan */.M1)(ctx, daemon), { option: daemon.written }) : (0,types/* verdict */.WJ)(false, 'foreground', ctx.commandSpan);
        const pidOpt = (0,optparse/* lastOption */.gt)(parsed, 'pid');
        const envName = (0,optparse/* lastOption */.gt)(parsed, 'environment')?.value?.text ?? ctx.environment;
        let pidFile;
        if (pidOpt?.value?.unknown)
            pidFile = (0,common/* undecided */.oo)('unknown-value', (0,common/* optionSpan */.M1)(ctx, pidOpt), { text: pidOpt.value.text });
        else if (pidOpt?.value)
            pidFile = (0,common/* pidFromPath */.P9)(pidOpt.value.text, (0,common/* optionSpan */.M1)(ctx, pidOpt), cwd);
        else if (env.get('PIDFILE'))
            pidFile = (0,common/* pidFromPath */.P9)(env.get('PIDFILE'), ctx.commandSpan, cwd);
        else if (!(0,servers_version/* atLeast */.jZ)(version, '7.2.0') || envName === 'development')
            pidFile = (0,common/* pidFromPath */.P9)('tmp/pids/server.pid', ctx.commandSpan, cwd);
        else
            pidFile = (0,common/* pidFromPath */.P9)(null, ctx.commandSpan, cwd);
        if (handler === null || handler === 'other' || handler === 'falcon') {
            const at = using ? (0,common/* optionSpan */.M1)(ctx, using) : ctx.commandSpan;
            // the server Rails runs is unknown: if it is Puma, its config's `pidfile` is written too
            const base = cwd === null ? null : (0,environment/* appRelative */.UH)(cwd);
            const prefix = base ? base + '/' : '';
            const pumaConfig = [`config/puma/${envName}.rb`, 'config/puma.rb'].find((f) => base !== null && ctx.exists(prefix + f));
            if (handler === null && pidFile.value !== true && pumaConfig) {
                pidFile = (0,common/* undecided */.oo)('config-value', ctx.commandSpan, { why: `with no Gemfile.lock it cannot tell which server \`rails server\` runs; under Puma, \`${pumaConfig}\` may set the PID file` });
            }
            return { boots: null, bootProblems: [], socket: (0,common/* undecided */.oo)('unknown-server', at, { handler: using?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const bind = (0,optparse/* lastOption */.gt)(parsed, 'binding');
        const port = (0,optparse/* lastOption */.gt)(parsed, 'port');
        if (bind?.value?.unknown || port?.value?.unknown) {
            const o = bind?.value?.unknown ? bind : port;
            return { boots: true, bootProblems: [], socket: (0,common/* undecided */.oo)('unknown-value', (0,common/* optionSpan */.M1)(ctx, o), { text: o.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const userHost = bind?.value?.text ?? env.get('BINDING') ?? env.get('HOST');
        const userPort = port?.value?.text ?? env.get('PORT');
        const base = cwd === null ? null : (0,environment/* appRelative */.UH)(cwd);
        const pumaConfig = handler === 'puma' && base !== null ? pumaHandlerConfig(ctx, base, envName) : null;
        if (pumaConfig?.file.problems.length)
            return (0,common/* notStarted */.DY)(ctx, pumaConfig.file.problems, flagNotes);
        // Rails writes its own PID file; Puma also writes the config's `pidfile`
        const applied = underHandler(ctx, pumaConfig, pidFile);
        const { configFiles, blind, boots } = applied;
        pidFile = applied.pidFile;
        // host and port the user did not give go to Puma's default level, where config-file binds win
        if (pumaConfig && userHost === undefined && userPort === undefined) {
            const binds = pumaConfig.file.binds;
            if (blind || (binds && !binds.known)) {
                const why = blind ?? (0,common/* undecided */.oo)('config-value', binds.at, { why: binds && !binds.known ? binds.why : '' });
                return { boots, bootProblems: [], socket: why, pidFile, daemonizes, listeners: null, flagNotes, configFiles, settings: handlerSettings(handler, pumaConfig, blind !== null, false, ctx.lockfile?.gems.get('puma')?.version ?? null) };
            }
            if (binds?.known) {
                return { boots, bootProblems: [], socket: (0,common/* socketFromListeners */.dA)(binds.value, ctx.commandSpan, cwd), pidFile, daemonizes, listeners: binds.value, flagNotes, configFiles, settings: handlerSettings(handler, pumaConfig, false, false, ctx.lockfile?.gems.get('puma')?.version ?? null) };
            }
        }
        const host = userHost ?? (envName === 'development' ? 'localhost' : '0.0.0.0');
        const portText = userPort ?? '3000';
        const at = bind ? (0,common/* optionSpan */.M1)(ctx, bind) : port ? (0,common/* optionSpan */.M1)(ctx, port) : ctx.commandSpan;
        const listener = handlerListener(handler, host, port?.value ? (0,common/* parsePort */.pz)(port.value) : /^\d+$/.test(portText) ? Number(portText) : null, portText, at, bind || port ? 'command-line' : 'default', ctx.lockfile?.gems.get('puma')?.version ?? null);
        let socket = (0,common/* socketFromListeners */.dA)([listener], ctx.commandSpan, cwd);
        if (listener.kind === 'tcp' && /^unix:/.test(host))
            socket = (0,types/* verdict */.WJ)(false, 'host-not-socket', at, { text: host });
        return {
            boots: listener.kind === 'tcp' && /[/:]/.test(host) ? null : boots,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners: [listener],
            flagNotes,
            configFiles,
            settings: handlerSettings(handler, pumaConfig, blind !== null, bind !== undefined && socket.value === true, ctx.lockfile?.gems.get('puma')?.version ?? null)
        };
    }
};

;// CONCATENATED MODULE: ./src/servers/rack-servers.ts
/**
 * `rails server` and `rackup` run a server through Rack's handler (rack-handler.ts): one chunk for
 * the two, so that the handler's model is stored once in dist/ (servers/index.ts loads it).
 */




/***/ })

};
;
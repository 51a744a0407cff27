"use strict";
exports.id = 328;
exports.ids = [328];
exports.modules = {

/***/ 8328:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
// EXTERNAL MODULE: ./src/output.ts
var output = __webpack_require__(6202);
// EXTERNAL MODULE: ./src/quiet-wasi.ts
var quiet_wasi = __webpack_require__(5116);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/check.ts + 7 modules
var check = __webpack_require__(5689);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/reporters/github.ts
var github = __webpack_require__(47);
// EXTERNAL MODULE: ./src/reporters/json.ts
var json = __webpack_require__(4310);
// EXTERNAL MODULE: ./src/guidance.ts
var guidance = __webpack_require__(5805);
;// CONCATENATED MODULE: ./src/reporters/text.ts

const COLORS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1' };
function paint(on, code, s) {
    return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}
/**
 * Text from the checked files must not reach the terminal as anything but text: C0 and C1 control
 * characters (ESC starts ANSI sequences; a line break would start a line that looks like a
 * finding) are shown as `\\xNN`, and the invisible format characters that reorder or hide text
 * (bidi overrides and isolates, zero-width characters; Unicode TR #36 §2.4) as `\\u{NNNN}`.
 * Only a tab is kept. Every value in the text output passes through here.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
function visible(s) {
    return s.replace(UNSAFE, (c) => {
        const n = c.charCodeAt(0);
        return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
    });
}
function excerpt(f, text, color) {
    if (text === undefined)
        return '';
    const lines = text.split('\n');
    const line = lines[f.line - 1];
    if (line === undefined)
        return '';
    const src = visible(line.replace(/\r$/, ''));
    const num = String(f.line);
    const pad = ' '.repeat(num.length);
    const end = f.endLine === f.line ? f.endColumn : line.length;
    const width = Math.max(1, Math.min(end, src.length) - f.column + 1);
    const marker = ' '.repeat(Math.max(0, f.column - 1)) + '^'.repeat(width);
    return ` ${paint(color, COLORS.dim, num + ' |')} ${src}\n ${paint(color, COLORS.dim, pad + ' |')} ${paint(color, COLORS[f.severity], marker)}\n`;
}
function yesNo(v) {
    return v === null ? 'unknown' : v ? 'yes' : 'no';
}
function predictionLine(p) {
    const ports = p.tcpPorts === null ? 'unknown' : p.tcpPorts.length ? p.tcpPorts.join(', ') : 'none';
    return `boots: ${yesNo(p.boots)}, serves /tmp/web_server.sock: ${yesNo(p.servesSocket)}, writes /tmp/web_server.pid: ${yesNo(p.writesPidFile)}, daemonizes: ${yesNo(p.daemonizes)}, TCP ports: ${ports}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function counted(findings) {
    const n = (sev) => findings.filter((f) => f.severity === sev).length;
    return [n('error') && plural(n('error'), 'error'), n('warning') && plural(n('warning'), 'warning'), n('notice') && plural(n('notice'), 'notice')].filter(Boolean).join(', ');
}
/**
 * Findings, each group of one line led by the corrected line when rack-check has verified one;
 * then the web server and, in two lines, what the next deploy's restart does. The prediction and
 * the restart details (zero-downtime advice, signal, environment variables, stop) with `verbose`.
 */
function formatText(result, opts) {
    const { report } = result;
    let out = '';
    const corrections = new Map((opts.corrections ?? []).map((c) => [`${c.file}:${c.line}`, c]));
    const listed = report.findings.filter((f) => !f.suppressed);
    for (const f of listed) {
        const c = corrections.get(`${f.file}:${f.line}`);
        if (c) {
            corrections.delete(`${f.file}:${f.line}`);
            out += `${paint(opts.color, COLORS.bold, `${visible(c.file)}:${c.line}`)} should read (fixes ${counted(c.fixes)}):\n    ${visible(c.after)}\n`;
        }
        const where = paint(opts.color, COLORS.bold, `${visible(f.file)}:${f.line}:${f.column}`);
        out += `${where}: ${paint(opts.color, COLORS[f.severity], f.severity)}: ${visible(f.message)} ${paint(opts.color, COLORS.dim, `[${visible(f.rule)}]`)}\n`;
        out += excerpt(f, opts.source(f.file), opts.color);
    }
    if (listed.length)
        out += '\n';
    if (report.apps.length === 0)
        out += 'No Cloud 66 deployment files (Procfile, .cloud66/manifest.yml, .cloud66/deploy_hooks.yml) found.\n';
    report.apps.forEach((app, i) => {
        const label = app.root === '.' ? '' : ` (${visible(app.root)})`;
        if (app.webServer) {
            const w = app.webServer;
            // the version is the lockfile's text
            out += `Web server${label}: ${w.server}${w.version ? ' ' + visible(w.version) : ''} from custom_web in ${visible(w.file)}:${w.line}\n`;
            if (opts.verbose)
                out += `  ${predictionLine(w.prediction)}\n`;
            const a = result.analyses[i];
            const plan = a?.restart;
            if (plan) {
                const g = (0,guidance/* restartGuidance */._)(plan, { version: a.web?.version ?? null, settings: (a.web?.ifStarted ?? a.web?.facts)?.settings });
                const later = plan.boots === false;
                out += `Restart on deploy${label}: ${visible(plan.effect.effect)}${later ? ', once the server starts' : ''}${opts.verbose ? '' : ' (--verbose for more)'}\n`;
                if (!later || opts.verbose)
                    out += `  ${visible([g.summary, ...g.notes.filter((n) => !n.startsWith('As written'))].join(' '))}\n`;
                if (opts.verbose) {
                    const more = [g.zeroDowntime && `Zero downtime: ${g.zeroDowntime.text}`, g.caveat, `Signal: ${g.signal}`, `Environment variables: ${g.environment}`, `Stop: ${g.stop}`];
                    for (const line of more)
                        if (line)
                            out += `  ${visible(line)}\n`;
                }
            }
        }
        else {
            out += `Web server${label}: Passenger (no custom_web entry)\n`;
        }
        const t = app.transition;
        // a switch to or from Passenger is explained by its finding (passenger-transition)
        if (t && t.from !== t.to)
            out += `Web server change since the base${label}: ${visible(t.from)} → ${visible(t.to)}${t.passengerImmutable ? '' : ' (applied on redeploy)'}\n`;
    });
    const s = report.summary;
    out += `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''}\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
class UsageError extends Error {
}
const USAGE = `Usage: rack-check [DIR…] [options]

Checks a Ruby/Rack app's Cloud 66 deployment setup (Procfile, .cloud66/, server configs,
Gemfile.lock) and predicts what the custom_web server will do. Several folders (or --recursive)
are checked in one run and reported together.

Options:
  --format text|json|github|sarif   output format (default: text)
  --recursive                       also every folder below DIR with a Procfile or .cloud66/
  --config PATH                     the configuration file (default: .rack-check.yml in the
                                    app folder, else at the repository root)
  --fix                             apply the findings' mechanical fixes, then report
  --fix-dry-run                     print the fixes as a unified diff; change nothing
  -v, --verbose                     the prediction and restart details in text output
  --base REF                        git ref to compare with (Passenger transition checks)
  --sarif-category NAME             SARIF run category (default: rack-check/ and the folder)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is at or above this level (default: error)
  --process-manager systemd|bluepill
                                    Cloud 66 process manager (default: systemd)
  --environment NAME                manifest environment and RACK_ENV (default: production)
  --no-color                        no colours in text output
  -h, --help                        show this help
  -V, --version                     show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or failure.
`;
const CHOICES = {
    format: ['text', 'json', 'github', 'sarif'],
    'fail-on': ['error', 'warning', 'notice', 'never'],
    'process-manager': ['systemd', 'bluepill']
};
function parseArgs(argv) {
    const o = { dir: '.', dirs: [], recursive: false, config: null, fix: null, verbose: false, given: new Set(), format: 'text', base: null, sarifCategory: null, failOn: 'error', processManager: 'systemd', environment: 'production', color: null, help: false, version: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const eq = a.startsWith('--') ? a.indexOf('=') : -1;
        const name = eq > 0 ? a.slice(0, eq) : a;
        const value = () => {
            if (eq > 0)
                return a.slice(eq + 1);
            const v = argv[++i];
            if (v === undefined)
                throw new UsageError(`${name} needs a value`);
            return v;
        };
        const choice = (key) => {
            const v = value();
            if (!CHOICES[key].includes(v))
                throw new UsageError(`--${key} must be one of ${CHOICES[key].join(', ')}, not "${v}"`);
            return v;
        };
        switch (name) {
            case '--format':
                o.format = choice('format');
                break;
            case '--fail-on':
                o.failOn = choice('fail-on');
                break;
            case '--process-manager':
                o.processManager = choice('process-manager');
                o.given.add('processManager');
                break;
            case '--environment': {
                const v = value();
                if (!/^[A-Za-z0-9_.-]+$/.test(v))
                    throw new UsageError(`--environment must be a plain name, not "${v}"`);
                o.environment = v;
                o.given.add('environment');
                break;
            }
            case '--recursive':
                o.recursive = true;
                break;
            case '--config':
                o.config = value();
                if (o.config === '')
                    throw new UsageError('--config needs a path');
                break;
            case '--fix':
            case '--fix-dry-run':
                if (o.fix !== null && o.fix !== (name === '--fix' ? 'write' : 'dry-run'))
                    throw new UsageError('--fix and --fix-dry-run cannot be used together');
                o.fix = name === '--fix' ? 'write' : 'dry-run';
                break;
            case '-v':
            case '--verbose':
                o.verbose = true;
                break;
            case '--base':
                o.base = value();
                if (o.base === '' || o.base.startsWith('-'))
                    throw new UsageError('--base needs a git ref');
                break;
            case '--sarif-category': {
                const v = value();
                // GitHub's category: printable, no leading `-`; `/` separates its parts
                if (!/^[A-Za-z0-9_.@:+][A-Za-z0-9_.@:+/-]*$/.test(v))
                    throw new UsageError(`--sarif-category must be letters, digits and _ . @ : + - /, not "${v}"`);
                o.sarifCategory = v;
                break;
            }
            case '--no-color':
                o.color = false;
                break;
            case '--color':
                o.color = true;
                break;
            case '-h':
            case '--help':
                o.help = true;
                break;
            case '-V':
            case '--version':
                o.version = true;
                break;
            default:
                if (a.startsWith('-') && a !== '-')
                    throw new UsageError(`unknown option ${a}`);
                o.dirs.push(a);
        }
    }
    if (o.dirs.length === 0)
        o.dirs.push('.');
    o.dir = o.dirs[0];
    if (o.fix !== null && o.base !== null)
        throw new UsageError('--fix and --base cannot be used together');
    return o;
}

// EXTERNAL MODULE: ./src/cli/apps.ts
var apps = __webpack_require__(7240);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/cli/config-file.ts
var config_file = __webpack_require__(6309);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
;// CONCATENATED MODULE: ./src/cli/main.ts














/** The command line: returns the exit status (contract §1). */
async function run(argv, io) {
    let opts;
    try {
        opts = parseArgs(argv);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`rack-check: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        throw e;
    }
    if (opts.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (opts.version) {
        io.stdout(`rack-check ${check/* TOOL_VERSION */.wr}\n`);
        return 0;
    }
    try {
        const cwd = io.cwd ?? (0,external_node_path_.resolve)('.');
        // DIR is relative to the current directory (io.cwd when given)
        const dirs = opts.dirs.map((d) => ({ given: d, path: (0,external_node_path_.resolve)(cwd, d) }));
        for (const d of dirs) {
            let isDir = false;
            try {
                isDir = (0,external_node_fs_.statSync)(d.path).isDirectory();
            }
            catch {
                isDir = false;
            }
            if (!isDir) {
                io.stderr(`rack-check: ${d.given} is not a folder\n`);
                return 2;
            }
        }
        const repo = (0,paths/* findRepository */.W1)(dirs[0].path, cwd);
        // the folders to check: those given, those below them (--recursive), or the configuration's `apps`
        const explicitConfig = opts.config === null ? null : await (0,config_file/* loadConfig */.Z9)((0,external_node_path_.resolve)(cwd, opts.config), opts.config);
        let folders = dirs.map((d) => d.path);
        const first = explicitConfig ?? (await (0,config_file/* findConfig */.u0)(dirs[0].path, repo.root));
        if (opts.recursive) {
            const ignore = (first?.config.ignore ?? []).map(config/* globMatcher */.fU);
            folders = [];
            for (const d of dirs) {
                const found = (0,apps/* findApps */.S)(d.path, (rel) => ignore.some((m) => m(slashes((0,external_node_path_.relative)(repo.root, (0,external_node_path_.join)(d.path, rel))))));
                if (found.truncated)
                    io.stderr(`rack-check: --recursive looked at ${apps/* MAX_FOLDERS */.j} folders under ${d.given} and stopped there\n`);
                folders.push(...found.apps.map((rel) => (0,external_node_path_.join)(d.path, rel)));
            }
            if (folders.length === 0)
                folders = dirs.map((d) => d.path);
        }
        else if (opts.dirs.length === 1 && opts.dirs[0] === '.' && first?.config.apps?.length) {
            folders = first.config.apps.map((a) => (0,external_node_path_.resolve)(first.folder, a));
        }
        folders = [...new Set(folders)];
        const merged = { analyses: [], report: { schemaVersion: 1, tool: { name: 'rack-check', version: check/* TOOL_VERSION */.wr }, apps: [], findings: [], summary: { errors: 0, warnings: 0, notices: 0 } } };
        const corrections = [];
        let diff = '';
        const sources = [];
        for (const folder of folders) {
            const config = explicitConfig ?? (await (0,config_file/* findConfig */.u0)(folder, repo.root));
            // command line > .rack-check.yml > defaults
            const options = {
                environment: opts.given.has('environment') ? opts.environment : (config?.config.environment ?? opts.environment),
                processManager: opts.given.has('processManager') ? opts.processManager : (config?.config.processManager ?? opts.processManager),
                rules: config?.config.rules
            };
            const prefix = (0,paths/* findRepository */.W1)(folder, cwd).prefix;
            let base = null;
            if (opts.base !== null) {
                const baseCheck = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 5333));
                try {
                    base = (await baseCheck.checkBase(await baseCheck.gitBaseSource(folder, opts.base), options)).report;
                }
                catch (e) {
                    if (!(e instanceof baseCheck.BaseError))
                        throw e;
                    io.stderr(`rack-check: --base: ${e.message}\n`);
                    return 2;
                }
            }
            if (opts.fix !== null) {
                const { fixDirectory } = await __webpack_require__.e(/* import() */ 600).then(__webpack_require__.bind(__webpack_require__, 2600));
                const fixed = await fixDirectory(folder, options, opts.fix === 'write');
                diff += rootedDiff(fixed.diff, prefix);
                if (opts.fix === 'write' && fixed.applied.length)
                    io.stderr(`rack-check: applied ${fixed.applied.length} fix(es) in ${fixed.files.size} file(s)${prefix ? ` of ${prefix}` : ''}\n`);
            }
            const result = await (0,check/* checkDirectory */.W3)(folder, { ...options, base });
            if (opts.format === 'text')
                for (const c of await (0,check/* corrections */.SX)(result, { ...options, base }))
                    corrections.push({ ...c, file: (0,paths/* inRepository */.yJ)(prefix, c.file) });
            // every format names files relative to the repository root (contract §5)
            const report = (0,paths/* rootedReport */.Mw)(result.report, prefix);
            merged.analyses.push(...result.analyses);
            merged.report.apps.push(...report.apps);
            merged.report.findings.push(...report.findings);
            sources.push({ prefix, ws: new workspace/* Workspace */.a(folder) });
        }
        // nothing is parsed after this: Prism's worker ends while the output is written
        await (0,check/* releaseParsers */.w2)();
        merged.report.findings.sort(finding/* compareFindings */.E);
        merged.report.summary = (0,check/* summarize */.eh)(merged.report.findings);
        const report = merged.report;
        // the checked files, by their repository paths, read as safely as the engine reads
        const source = (p) => {
            for (const { prefix, ws } of sources) {
                const inside = (0,paths/* inFolder */._z)(prefix, p);
                const r = inside === null ? null : ws.read(inside);
                if (r?.ok)
                    return r.file.text;
            }
            return undefined;
        };
        if (opts.fix === 'dry-run') {
            // the diff alone on stdout, as `diff -u` prints it; the exit status is the check's as the files are
            io.stdout(diff);
            return (0,check/* failsAt */.ZN)(report.findings, opts.failOn) ? 1 : 0;
        }
        switch (opts.format) {
            case 'json':
                io.stdout((0,json/* formatJson */.I)(report));
                break;
            case 'github':
                io.stdout((0,github/* formatGithub */.vX)(report.findings));
                break;
            case 'sarif': {
                // loaded only here: the rule pages and node:crypto cost start-up time for every other format
                const { defaultCategory, formatSarif } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 5242));
                const revision = repo.gitDir ? (0,paths/* readRevision */.M7)(repo.gitDir) : null;
                io.stdout(formatSarif(report, { source, category: opts.sarifCategory ?? defaultCategory(folders.length === 1 ? sources[0].prefix : repo.prefix), rootUri: (0,external_node_url_.pathToFileURL)(repo.root + '/').href, revision }));
                break;
            }
            default: {
                // asked only for text: finding out whether stdout is a terminal builds Node's stream classes
                const color = opts.color ?? (!io.env.NO_COLOR && io.env.TERM !== 'dumb' && io.isTTY());
                io.stdout(formatText(merged, { color, source, corrections, verbose: opts.verbose }));
            }
        }
        return (0,check/* failsAt */.ZN)(report.findings, opts.failOn) ? 1 : 0;
    }
    catch (e) {
        if (e instanceof config/* ConfigError */.xL) {
            io.stderr(`rack-check: ${e.message}\n`);
            return 2;
        }
        const err = e;
        io.stderr(`rack-check: internal error: ${err.message}\n`);
        if (io.env.RACK_CHECK_DEBUG === '1')
            io.stderr(`${err.stack ?? ''}\n`);
        else
            io.stderr('Run again with RACK_CHECK_DEBUG=1 for details, and please report it.\n');
        return 2;
    }
}
function slashes(p) {
    return p.split(external_node_path_.sep).join('/');
}
/** A diff of an app folder's files, with their repository paths. */
function rootedDiff(diff, prefix) {
    if (!prefix)
        return diff;
    return diff.replace(/^(---|\+\+\+) ([ab])\//gm, (_m, mark, side) => `${mark} ${side}/${prefix}/`);
}

;// CONCATENATED MODULE: ./src/cli/index.ts




(0,quiet_wasi/* silenceWasiWarning */.e)();
// The shell: only this file touches process.
run(process.argv.slice(2), {
    // straight to the descriptors: process.stdout would build its streams (start-up time)
    stdout: (s) => (0,output/* writeFd */.M)(1, s),
    stderr: (s) => (0,output/* writeFd */.M)(2, s),
    // the descriptor, not process.stdout.isTTY: that would build the stream (start-up time)
    isTTY: () => (0,external_node_tty_.isatty)(1),
    env: process.env
}).then((code) => {
    process.exitCode = code;
}, (e) => {
    (0,output/* writeFd */.M)(2, `rack-check: ${e.message}\n`);
    process.exitCode = 2;
});


/***/ })

};
;
#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/finding.ts
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/files/source-file.ts
/**
 * The text of one file with a line index. Offsets are JavaScript string indices (UTF-16 code
 * units), which is also what the `yaml` package reports; columns count the same units.
 */
class SourceFile {
    path;
    text;
    hadBom;
    lineStarts;
    constructor(path, text, 
    /** the file began with a UTF-8 byte order mark, which was removed from `text` */
    hadBom = false) {
        this.path = path;
        this.text = text;
        this.hadBom = hadBom;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                starts.push(i + 1);
        }
        this.lineStarts = starts;
    }
    get lineCount() {
        const n = this.lineStarts.length;
        // a final newline does not open another line
        return n > 1 && this.lineStarts[n - 1] === this.text.length ? n - 1 : n;
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
    }
    /** Span from `start` to `end` (exclusive offset); an empty range covers one column. */
    span(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end - 1));
        return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** Span of a whole line (without its line break). */
    lineSpan(line) {
        const text = this.lineText(line);
        return { file: this.path, line, column: 1, endLine: line, endColumn: Math.max(1, text.length) };
    }
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        let end = next === undefined ? this.text.length : next - 1;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    /** Offsets (end exclusive) of a span of this file: the inverse of `span`. */
    offsets(span) {
        return [this.lineOffset(span.line) + span.column - 1, this.lineOffset(span.endLine) + span.endColumn];
    }
    /** The text a span covers (within this file). */
    textAt(span) {
        return this.text.slice(...this.offsets(span));
    }
    /** Offset of the first character of a 1-based line. */
    lineOffset(line) {
        return this.lineStarts[line - 1] ?? this.text.length;
    }
}

;// CONCATENATED MODULE: ./src/files/workspace.ts



/** Files larger than this are not read: deployment files are small, anything bigger is not one. */
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Read-only access to the checked folder. Paths are relative and "/" separated. Nothing outside
 * the folder is read: a symlink that leads out of it is reported, never followed.
 */
class Workspace {
    root;
    realRoot;
    cache = new Map();
    constructor(root) {
        this.root = root;
        this.realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    }
    /** Where a relative path really leads, or a problem when that is outside the folder. */
    resolve(rel) {
        if ((0,external_node_path_namespaceObject.isAbsolute)(rel) || rel.split('/').includes('..'))
            return { problem: 'is outside the checked folder' };
        const full = (0,external_node_path_namespaceObject.join)(this.root, ...rel.split('/'));
        try {
            (0,external_node_fs_namespaceObject.lstatSync)(full);
        }
        catch {
            return { missing: true };
        }
        let real;
        try {
            real = (0,external_node_fs_namespaceObject.realpathSync)(full);
        }
        catch {
            return { problem: 'is a broken symbolic link' };
        }
        const within = (0,external_node_path_namespaceObject.relative)(this.realRoot, real);
        if (within.startsWith('..' + external_node_path_namespaceObject.sep) || within === '..' || (0,external_node_path_namespaceObject.isAbsolute)(within)) {
            return { problem: 'is a symbolic link that leads outside the checked folder; it was not followed' };
        }
        return { path: real };
    }
    exists(rel) {
        const r = this.resolve(rel);
        if (!('path' in r))
            return 'problem' in r;
        try {
            return (0,external_node_fs_namespaceObject.statSync)(r.path).isFile();
        }
        catch {
            return false;
        }
    }
    isDirectory(rel) {
        const r = this.resolve(rel);
        if (!('path' in r))
            return false;
        try {
            return (0,external_node_fs_namespaceObject.statSync)(r.path).isDirectory();
        }
        catch {
            return false;
        }
    }
    /** Names of the entries of a folder (empty when it is missing or not readable). */
    list(relDir) {
        const r = this.resolve(relDir === '' ? '.' : relDir);
        if (!('path' in r))
            return [];
        try {
            return (0,external_node_fs_namespaceObject.readdirSync)(r.path).sort();
        }
        catch {
            return [];
        }
    }
    read(rel) {
        const hit = this.cache.get(rel);
        if (hit)
            return hit;
        const result = this.readUncached(rel);
        this.cache.set(rel, result);
        return result;
    }
    readUncached(rel) {
        const r = this.resolve(rel);
        if ('missing' in r)
            return { ok: false, missing: true };
        if ('problem' in r)
            return { ok: false, missing: false, problem: r.problem };
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(r.path, 'r');
        }
        catch (e) {
            return { ok: false, missing: false, problem: `cannot be read (${e.code ?? 'error'})` };
        }
        try {
            const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (st.isDirectory())
                return { ok: false, missing: false, problem: 'is a folder, not a file' };
            if (!st.isFile())
                return { ok: false, missing: false, problem: 'is not a regular file' };
            if (st.size > MAX_FILE_BYTES) {
                return { ok: false, missing: false, problem: `is ${st.size} bytes, more than the ${MAX_FILE_BYTES} bytes rack-check reads` };
            }
            const buf = Buffer.alloc(st.size);
            let got = 0;
            while (got < st.size) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, got, st.size - got, got);
                if (n === 0)
                    break;
                got += n;
            }
            const bytes = buf.subarray(0, got);
            if (bytes.includes(0))
                return { ok: false, missing: false, problem: 'is a binary file (it contains NUL bytes)' };
            let text;
            try {
                text = decoder.decode(bytes);
            }
            catch {
                return { ok: false, missing: false, problem: 'is not valid UTF-8 text' };
            }
            const hadBom = text.charCodeAt(0) === 0xfeff;
            return { ok: true, file: new SourceFile(rel, hadBom ? text.slice(1) : text, hadBom) };
        }
        catch (e) {
            return { ok: false, missing: false, problem: `cannot be read (${e.code ?? 'error'})` };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}

;// CONCATENATED MODULE: ./src/model/gemfile-lock.ts
/** Server-relevant gems: their locked versions decide version-dependent behaviour. */
const SERVER_GEMS = (/* unused pure expression or super */ null && (['puma', 'thin', 'unicorn', 'passenger', 'rack', 'rackup', 'railties', 'falcon', 'webrick']));
/**
 * Reads the `specs:` entries of a Gemfile.lock (`GEM`, `GIT` and `PATH` sections): four spaces,
 * `name (version)`. Platform-specific variants share one version.
 */
function parseLockfile(file) {
    const gems = new Map();
    let inSpecs = false;
    let sawSpecs = false;
    for (let line = 1; line <= file.lineCount; line++) {
        const text = file.lineText(line);
        if (/^\S/.test(text)) {
            inSpecs = false;
            continue;
        }
        if (/^ {2}specs:\s*$/.test(text)) {
            inSpecs = true;
            sawSpecs = true;
            continue;
        }
        if (/^ {2}\S/.test(text)) {
            inSpecs = false;
            continue;
        }
        if (!inSpecs)
            continue;
        const m = /^ {4}([^\s(]+) \(([^)\s]+)\)\s*$/.exec(text);
        if (!m)
            continue;
        const version = m[2].replace(/-[A-Za-z_].*$/, '');
        if (!gems.has(m[1])) {
            const start = file.lineOffset(line) + 4;
            gems.set(m[1], { name: m[1], version, line, start, end: start + m[1].length + m[2].length + 3 });
        }
    }
    return { file, gems, valid: sawSpecs };
}

;// CONCATENATED MODULE: ./src/model/procfile.ts
const NAME = /^[A-Za-z0-9_-]+$/;
/**
 * Reads a Procfile the way Heroku and foreman do (`^([A-Za-z0-9_-]+):\s*(.+)$` per line), and also
 * keeps what those readers drop silently so that it can be reported: indented entries, lines
 * without a colon, bad names, empty commands and commented-out entries.
 */
function parseProcfile(file) {
    const entries = [];
    const invalid = [];
    const commentedEntries = [];
    const crlfLines = [];
    const text = file.text;
    for (let line = 1; line <= file.lineCount; line++) {
        const start = file.lineOffset(line);
        const raw = file.lineText(line);
        const rawEnd = start + raw.length;
        if (text.charCodeAt(rawEnd) === 13)
            crlfLines.push(line);
        const trimmedEnd = raw.replace(/[ \t]+$/, '');
        if (trimmedEnd.trim() === '')
            continue;
        const indent = trimmedEnd.length - trimmedEnd.trimStart().length;
        const body = trimmedEnd.slice(indent);
        if (body.startsWith('#')) {
            const m = /^#+[ \t]*([A-Za-z0-9_-]+)[ \t]*:/.exec(body);
            if (m)
                commentedEntries.push({ line, start: start + indent, end: start + trimmedEnd.length, name: m[1] });
            continue;
        }
        const colon = body.indexOf(':');
        if (colon < 0) {
            invalid.push({ line, start: start + indent, end: start + trimmedEnd.length, reason: 'no-colon' });
            continue;
        }
        const name = body.slice(0, colon);
        if (!NAME.test(name)) {
            invalid.push({ line, start: start + indent, end: start + indent + Math.max(colon, 1), reason: 'bad-name' });
            continue;
        }
        if (indent > 0) {
            invalid.push({ line, start, end: start + trimmedEnd.length, reason: 'indented', name });
            continue;
        }
        const afterColon = body.slice(colon + 1);
        const lead = afterColon.length - afterColon.trimStart().length;
        const command = afterColon.slice(lead);
        if (command === '') {
            invalid.push({ line, start, end: start + trimmedEnd.length, reason: 'empty-command', name });
            continue;
        }
        const commandStart = start + colon + 1 + lead;
        entries.push({
            name,
            line,
            nameStart: start,
            nameEnd: start + colon,
            command,
            commandStart,
            commandEnd: commandStart + command.length
        });
    }
    // A reader that keeps entries in a map by name (Heroku, foreman's `[]`) keeps the last one.
    const duplicates = [];
    const last = new Map();
    for (const e of entries) {
        const prev = last.get(e.name);
        if (prev)
            duplicates.push([prev, e]);
        last.set(e.name, e);
    }
    return { file, entries, invalid, commentedEntries, crlfLines, duplicates };
}
/** The entry that wins for a name (the last one), if any. */
function procfileEntry(p, name) {
    for (let i = p.entries.length - 1; i >= 0; i--)
        if (p.entries[i].name === name)
            return p.entries[i];
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/app.ts


const LOCKFILES = ['Gemfile.lock', 'gems.locked'];
function join(root, p) {
    return root === '' ? p : `${root}/${p}`;
}
/** Is there anything Cloud 66 deploys from in this folder? */
function hasDeploymentFiles(ws, root) {
    if (ws.exists(join(root, 'Procfile')))
        return true;
    if (ws.list(root).some((n) => n.startsWith('Procfile_')))
        return true;
    return ws.exists(join(root, '.cloud66/manifest.yml')) || ws.exists(join(root, '.cloud66/deploy_hooks.yml'));
}
function loadApp(ws, root, environment) {
    const unreadable = [];
    const read = (rel) => {
        const r = ws.read(join(root, rel));
        if (r.ok)
            return r.file;
        if (!r.missing)
            unreadable.push({ path: join(root, rel), problem: r.problem });
        return null;
    };
    const procfiles = [];
    for (const name of ['Procfile', `Procfile_${environment}`]) {
        const f = read(name);
        if (f)
            procfiles.push(parseProcfile(f));
    }
    // Procfile_<environment> is the more specific file: its custom_web applies when it has one
    let web = null;
    for (const p of procfiles) {
        const entry = procfileEntry(p, 'custom_web');
        if (entry)
            web = { procfile: p, entry };
    }
    let lockfile = null;
    let lockPath = null;
    for (const name of LOCKFILES) {
        const f = read(name);
        if (f) {
            lockfile = parseLockfile(f);
            lockPath = f.path;
            break;
        }
    }
    const existing = (rel) => (ws.exists(join(root, rel)) ? join(root, rel) : null);
    return {
        root,
        workspace: ws,
        environment,
        procfiles,
        web,
        lockfile,
        unreadable,
        present: {
            procfile: web?.procfile.file.path ?? procfiles[0]?.file.path ?? null,
            manifest: existing('.cloud66/manifest.yml'),
            deployHooks: existing('.cloud66/deploy_hooks.yml'),
            lockfile: lockPath
        }
    };
}

;// CONCATENATED MODULE: ./src/rules/define-rule.ts
function defineRule(rule) {
    return rule;
}
function docsPath(id) {
    return `docs/rules/${id}.md`;
}
/** Fills `{name}` placeholders; an unfilled one is a bug in the rule. */
function formatMessage(template, data) {
    return template.replace(/\{(\w+)\}/g, (_whole, key) => {
        if (!(key in data))
            throw new Error(`message placeholder {${key}} has no value in ${JSON.stringify(template)}`);
        return String(data[key]);
    });
}

;// CONCATENATED MODULE: ./src/rules/custom-web-daemonizes.ts

/* harmony default export */ const custom_web_daemonizes = (defineRule({
    id: 'custom-web-daemonizes',
    severity: 'error',
    summary: 'The `custom_web` server daemonizes, which systemd (Cloud 66 servers since June 2020) does not support.',
    messages: {
        flag: '`{option}` makes `{program}` daemonize: the process systemd started exits and Cloud 66\'s systemd unit treats the web server as gone; remove `{option}` (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.ifStarted || ctx.options.processManager === 'bluepill')
            return;
        const d = web.ifStarted.daemonizes;
        if (d.value === true)
            ctx.report(d.at, 'flag', { option: d.data.option ?? 'daemonize', program: web.program });
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-extra-tcp-listener.ts

/* harmony default export */ const custom_web_extra_tcp_listener = (defineRule({
    id: 'custom-web-extra-tcp-listener',
    severity: 'notice',
    summary: 'The `custom_web` server also listens on a TCP port that Nginx does not use.',
    messages: {
        extra: '`{program}` also listens on {port} (`{text}`) besides /tmp/web_server.sock; Nginx only uses the socket, so the port is unused and may be reachable from outside; remove it unless something else needs it.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        const facts = web?.ifStarted;
        if (!web || !facts || facts.socket.value !== true || !facts.listeners)
            return;
        for (const l of facts.listeners) {
            if (l.kind === 'tcp' && l.origin !== 'default')
                ctx.report(l.at, 'extra', { program: web.program, port: l.port != null ? `TCP port ${l.port}` : 'a TCP port', text: web.procfile.textAt(l.at) });
        }
    }
}));

;// CONCATENATED MODULE: ./src/servers/environment.ts
/**
 * Where the prediction places the app (contract §4: STACK_PATH = the app root). The path is the
 * one Cloud 66 uses for a Rack app's current release.
 */
const APP_ROOT = '/var/deploy/app/web_head/current';
/** The prediction environment of contract §4, plus variables set on the command line. */
function predictionEnvironment(environment) {
    return new Map([
        ['RACK_ENV', environment],
        ['RAILS_ENV', environment],
        ['STACK_PATH', APP_ROOT],
        ['RAILS_STACK_PATH', APP_ROOT],
        ['CUSTOM_WEB_SOCKET_FILE', '/tmp/web_server.sock'],
        ['CUSTOM_WEB_PID_FILE', '/tmp/web_server.pid']
    ]);
}
/**
 * A bare `$NAME` that the prediction environment does not set is an application variable that
 * rack-check cannot see (Cloud 66 substitutes the app's own variables): its value is unknown.
 * `${NAME:-default}` takes the default, as the shell does when NAME is unset.
 */
function shellEnvironment(vars) {
    return { get: (n) => vars.get(n), unsetBare: 'unknown' };
}
/** Resolves a path as a process whose working directory is `cwd` (absolute) would. */
function resolvePath(cwd, p) {
    const parts = (p.startsWith('/') ? p : cwd + '/' + p).split('/');
    const out = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return '/' + out.join('/');
}
/** The app-relative form of an absolute path under the app root, or null when outside it. */
function appRelative(abs) {
    if (abs === APP_ROOT)
        return '';
    return abs.startsWith(APP_ROOT + '/') ? abs.slice(APP_ROOT.length + 1) : null;
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts

/** What to write to serve the socket, per server. */
function socketFix(server, program) {
    switch (server) {
        case 'puma':
            return '`-b unix:///tmp/web_server.sock`';
        case 'thin':
        case 'passenger':
            return '`--socket /tmp/web_server.sock`';
        case 'unicorn':
            return program === 'unicorn_rails' ? '`-l /tmp/web_server.sock` (or `listen "/tmp/web_server.sock"` in the config file)' : '`-l /tmp/web_server.sock`';
        case 'rackup':
            return '`-o /tmp/web_server.sock`';
        case 'rails':
            return '`-b /tmp/web_server.sock`';
        default:
            return 'a listener on the Unix socket /tmp/web_server.sock';
    }
}
/** What to write to get the PID file, per server. */
function pidFix(server, program) {
    switch (server) {
        case 'puma':
            return '`--pidfile /tmp/web_server.pid`';
        case 'thin':
            return '`--pid /tmp/web_server.pid` (Thin writes it only when daemonized)';
        case 'unicorn':
            return program === 'unicorn_rails' ? '`pid "/tmp/web_server.pid"` in the config file' : '`pid "/tmp/web_server.pid"` in the config file (or `-P /tmp/web_server.pid`)';
        case 'rackup':
        case 'rails':
            return '`-P /tmp/web_server.pid`';
        case 'passenger':
            return '`--pid-file /tmp/web_server.pid`';
        default:
            return 'a PID file at /tmp/web_server.pid';
    }
}
function serverLabel(web) {
    return web.version ? `${web.program} ${web.version}` : web.program;
}
/** An absolute path as the user knows it: app-relative when it is inside the app folder. */
function displayPath(abs) {
    const rel = appRelative(abs);
    return rel === null ? '`' + abs + '`' : rel === '' ? 'the app folder' : '`' + rel + '` in the app folder';
}

;// CONCATENATED MODULE: ./src/rules/custom-web-fails-to-boot.ts


/* harmony default export */ const custom_web_fails_to_boot = (defineRule({
    id: 'custom-web-fails-to-boot',
    severity: 'error',
    summary: 'The `custom_web` server exits at start.',
    messages: {
        invalidOption: '{server} rejects `{option}` (invalid option) and exits at start{versions}; remove it.',
        invalidBind: 'Puma cannot bind `{option}`: a bind is a `unix://`, `tcp://` or `ssl://` URI, so Puma exits at start; write `unix:///tmp/web_server.sock`.',
        ambiguousOption: '`{option}` is ambiguous for {server} ({candidates}), so it exits at start{versions}; spell the option out.',
        missingArgument: '`{option}` needs a value, so {server} exits at start{versions}; give it one.',
        needlessArgument: '`{option}` takes no value, so {server} exits at start{versions}; remove the value.',
        removedDaemon: 'Puma 5.0 removed daemon mode, so `{option}` makes {server} exit at start{versions}; remove `{option}` (systemd keeps Puma in the foreground).',
        thinNoCommand: 'Thin needs a command word and exits with "Command required"; add `start`.',
        thinOtherCommand: '`thin {command}` does not start a server; use `thin start`.',
        missingConfig: '`{path}` does not exist, so {server} exits at start; fix the path or add the file.',
        evalWord: '`{option} {value}` is `--eval` for {server}: it runs `{value}` as Ruby, which raises NameError at start; use `{fix}` for the environment.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        const ids = {
            'invalid-option': 'invalidOption',
            'ambiguous-option': 'ambiguousOption',
            'missing-argument': 'missingArgument',
            'needless-argument': 'needlessArgument',
            'removed-daemon': 'removedDaemon',
            'thin-no-command': 'thinNoCommand',
            'thin-other-command': 'thinOtherCommand',
            'missing-config': 'missingConfig',
            'eval-word': 'evalWord'
        };
        for (const p of web.facts.bootProblems) {
            if (p.kind === 'not-bundled')
                continue; // server-gem-not-locked reports it
            const id = p.kind === 'invalid-option' && p.data.bind ? 'invalidBind' : ids[p.kind];
            const versions = p.versions ? ` on ${web.program} ${p.versions} (no version of the gem is locked in Gemfile.lock)` : '';
            ctx.report(p.at, id, { server: serverLabel(web), versions, option: '', candidates: '', command: '', path: '', value: '', fix: '', ...p.data }, p.versions ? { severity: 'warning' } : undefined);
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-misleading-flag.ts

/* harmony default export */ const custom_web_misleading_flag = (defineRule({
    id: 'custom-web-misleading-flag',
    severity: 'warning',
    summary: 'A server flag does something other than what it looks like.',
    messages: {
        unicornDebug: 'For `{program}`, `-d` is `--debug` (Ruby\'s $DEBUG), not daemonize; remove it.',
        unicornEval: 'For `{program}`, `-e` is `--eval` (it runs Ruby code), not the environment; use `-E` for the environment.',
        thinDebug: 'For Thin, `-D` is `--debug`, not daemonize; remove it.',
        thinChdir: 'For Thin, `-c` is `--chdir`, and `{value}` looks like a config file, which is `-C`; write `-C {value}`.',
        rackupBuilder: 'For rackup, `-b` is `--builder` (a Rack::Builder line), not a bind address; use `-o` for the host or socket.',
        rackupEval: 'For rackup, `-e` is `--eval` (it runs Ruby code), not the environment; use `-E` for the environment.',
        rackupDebug: 'For rackup, `-d` is `--debug`, not daemonize; remove it.',
        railsConfig: 'For `rails server`, `-c` names the rackup file (config.ru), not a server config file; drop it and let the server load its own config.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        const ids = {
            'unicorn-debug': 'unicornDebug',
            'unicorn-eval': 'unicornEval',
            'thin-debug': 'thinDebug',
            'thin-chdir': 'thinChdir',
            'rackup-builder': 'rackupBuilder',
            'rackup-eval': 'rackupEval',
            'rackup-debug': 'rackupDebug',
            'rails-config': 'railsConfig'
        };
        for (const n of web.facts.flagNotes) {
            if (n.kind === 'puma-state' || n.kind === 'env-default')
                continue; // custom-web-no-socket explains -S
            ctx.report(n.at, ids[n.kind], { program: web.program, value: '', ...n.data });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-no-pid-file.ts


/* harmony default export */ const custom_web_no_pid_file = (defineRule({
    id: 'custom-web-no-pid-file',
    severity: 'error',
    summary: 'The `custom_web` server does not write its PID to /tmp/web_server.pid, which Cloud 66 uses to signal and check it.',
    messages: {
        none: 'Nothing writes /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; add {fix}.',
        otherPath: '`{text}` writes the PID to {path}, not to /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; use {fix}.',
        railsP: 'For `unicorn_rails`, `-P` is the deprecated `--path` (it mounts the app at `{text}`) and no PID file is written; set `pid "/tmp/web_server.pid"` in the config file (`-c`).',
        thinBluepill: 'Thin writes its PID file only when it daemonizes, so /tmp/web_server.pid is never written; add `-d` (under Bluepill the web server is expected to daemonize).',
        clusterRenamed: 'With several servers Thin numbers its PID files (`{path}`, …), so /tmp/web_server.pid never exists; run one server.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        // a line that exits at start is also judged as if the words that stop it were removed
        const facts = web?.ifStarted;
        if (!web || !facts || facts.pidFile.value !== false)
            return;
        const p = facts.pidFile;
        const data = { fix: pidFix(web.server, web.program), text: '', path: '', ...p.data };
        switch (p.reason) {
            case 'none':
                return ctx.report(p.at, 'none', data);
            case 'other-path':
                return ctx.report(p.at, 'otherPath', { ...data, text: web.procfile.textAt(p.at), path: displayPath(data.path) });
            case 'unicorn-rails-p-is-path':
                return ctx.report(p.at, 'railsP', data);
            case 'cluster-renamed':
                return ctx.report(p.at, 'clusterRenamed', data);
            case 'thin-needs-daemon':
                // under systemd this is the conflict the thin-pid-needs-daemon rule explains
                if (ctx.options.processManager === 'bluepill')
                    ctx.report(p.at, 'thinBluepill', data);
                return;
            default:
                return ctx.report(p.at, 'none', data);
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-no-socket.ts


/* harmony default export */ const custom_web_no_socket = (defineRule({
    id: 'custom-web-no-socket',
    severity: 'error',
    summary: 'The `custom_web` server does not serve HTTP on /tmp/web_server.sock, where Nginx sends the traffic.',
    messages: {
        noListener: '`{program}` is given no listener, so it listens on {default} and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; add {fix}.',
        tcpOnly: '`{text}` is a TCP listener and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; add {fix}.',
        relativeUnix: '`{text}` is the relative path `{path}` under the app folder, not /tmp/web_server.sock; write {fix}.',
        otherUnix: '`{text}` serves a socket at `{path}`, but Nginx sends the traffic to /tmp/web_server.sock; use {fix}.',
        stateFile: "`-S` is Puma's state file, not a socket: Puma writes a YAML file at `{text}` and listens on its default TCP port; use `-b unix:///tmp/web_server.sock`.",
        clusterRenamed: '`{text}` starts {count} servers, which number their sockets (`{path}`, …), so /tmp/web_server.sock never exists; run one server.',
        hostNotSocket: '`rails server` reads `-b {text}` as a host name, not a socket; write `-b /tmp/web_server.sock`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        // a line that exits at start is also judged as if the words that stop it were removed
        const facts = web?.ifStarted;
        if (!web || !facts || facts.socket.value !== false)
            return;
        const s = facts.socket;
        const fix = socketFix(web.server, web.program);
        const base = { program: web.program, fix, text: '', ...s.data };
        switch (s.reason) {
            case 'no-listener':
                return ctx.report(s.at, 'noListener', { default: s.data.default ?? 'its default port', ...base });
            case 'relative-unix':
                return ctx.report(s.at, 'relativeUnix', base);
            case 'other-unix':
                return ctx.report(s.at, 'otherUnix', base);
            case 'state-file':
                return ctx.report(s.at, 'stateFile', base);
            case 'cluster-renamed':
                return ctx.report(s.at, 'clusterRenamed', base);
            case 'host-not-socket':
                return ctx.report(s.at, 'hostNotSocket', base);
            default: // 'tcp-only'
                return ctx.report(s.at, 'tcpOnly', { ...base, text: web.procfile.textAt(s.at) });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-undecided.ts

/* harmony default export */ const custom_web_undecided = (defineRule({
    id: 'custom-web-undecided',
    severity: 'notice',
    summary: 'rack-check cannot tell from the files alone what the `custom_web` server will do.',
    messages: {
        notFollowable: 'rack-check does not follow {what} in a `custom_web` command, so it does not predict what starts; keep the command a plain server command.',
        unknownValue: 'This command uses {variables}, which Cloud 66 fills from the app\'s environment variables and rack-check cannot see, so it cannot tell whether the server {what}.',
        version: 'Whether the server {what} depends on its version ({versions}); lock the gem in Gemfile.lock to get one answer.',
        configFile: 'Whether the server {what} depends on `{files}`, which rack-check could not evaluate.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || web.server === 'unknown' && web.command.argv)
            return;
        const f = web.facts;
        const open = [
            ['serves /tmp/web_server.sock', f.socket],
            ['writes /tmp/web_server.pid', f.pidFile],
            ['daemonizes', f.daemonizes]
        ];
        const seen = new Set();
        for (const [what, v] of open) {
            if (v.value !== null)
                continue;
            const key = `${v.reason}@${v.at.line}:${v.at.column}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const d = { what, text: v.data.text ?? v.data.word ?? '', variables: v.data.variables || 'a variable', versions: v.data.versions ?? '', files: v.data.files ?? '', ...v.data };
            if (v.reason === 'not-followable')
                return ctx.report(v.at, 'notFollowable', d);
            if (v.reason === 'unknown-value')
                ctx.report(v.at, 'unknownValue', { ...d, variables: variablesOf(web.command.unknownWords, d.variables) });
            else if (v.reason === 'version')
                ctx.report(v.at, 'version', d);
            else if (v.reason === 'config-file')
                ctx.report(v.at, 'configFile', d);
        }
    }
}));
function variablesOf(words, fallback) {
    const vars = [...new Set(words.flatMap((w) => w.unknownVars))];
    return vars.length ? vars.map((v) => '`$' + v + '`').join(', ') : fallback;
}

;// CONCATENATED MODULE: ./src/rules/custom-web-unknown-server.ts

/* harmony default export */ const custom_web_unknown_server = (defineRule({
    id: 'custom-web-unknown-server',
    severity: 'warning',
    summary: 'The `custom_web` command runs a server rack-check does not model.',
    messages: {
        unknown: 'rack-check does not know `{program}`, so it cannot tell whether it serves /tmp/web_server.sock and writes /tmp/web_server.pid; make sure it does (Cloud 66 documents Puma, Unicorn and Thin).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (web && web.command.argv && web.server === 'unknown')
            ctx.report(web.facts.socket.at, 'unknown', { program: web.command.program?.text ?? web.program });
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-without-bundle-exec.ts

/* harmony default export */ const custom_web_without_bundle_exec = (defineRule({
    id: 'custom-web-without-bundle-exec',
    severity: 'warning',
    summary: 'The `custom_web` server runs without `bundle exec` or a binstub.',
    messages: {
        bare: '`{program}` runs without `bundle exec`, so the version installed system-wide runs, not the one in Gemfile.lock; write `bundle exec {program}`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.command.program || web.command.bundleExec || web.command.binstub || web.server === 'unknown')
            return;
        ctx.report(web.procfile.span(web.command.program.start, web.command.program.end), 'bare', { program: web.command.program.text });
    }
}));

;// CONCATENATED MODULE: ./src/rules/file-unreadable.ts

/* harmony default export */ const file_unreadable = (defineRule({
    id: 'file-unreadable',
    severity: 'error',
    summary: 'A deployment file exists but cannot be read as text.',
    messages: {
        unreadable: '`{path}` {problem}, so it cannot be checked; Cloud 66 reads these files as UTF-8 text.',
        outside: '`{path}` {problem}; rack-check reads only inside the checked folder, so it was not checked.'
    },
    check(ctx) {
        for (const u of ctx.analysis.app.unreadable) {
            const at = { file: u.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
            if (u.problem.includes('symbolic link'))
                ctx.report(at, 'outside', { path: u.path, problem: u.problem }, { severity: 'warning' });
            else
                ctx.report(at, 'unreadable', { path: u.path, problem: u.problem });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-commented-custom-web.ts

/* harmony default export */ const procfile_commented_custom_web = (defineRule({
    id: 'procfile-commented-custom-web',
    severity: 'notice',
    summary: 'The only `custom_web` entry is commented out, so Passenger serves the app.',
    messages: {
        commented: 'This `custom_web` entry is commented out, so Cloud 66 serves the app with Passenger; remove the `#` to run this server instead (before the app is first built: a later switch from Passenger is not applied).'
    },
    check(ctx) {
        if (ctx.analysis.app.web)
            return;
        for (const p of ctx.analysis.app.procfiles) {
            for (const c of p.commentedEntries)
                if (c.name === 'custom_web')
                    ctx.report(p.file.span(c.start, c.end), 'commented');
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-crlf.ts

/* harmony default export */ const procfile_crlf = (defineRule({
    id: 'procfile-crlf',
    severity: 'warning',
    summary: 'The Procfile has Windows (CR LF) line endings.',
    messages: {
        crlf: 'This Procfile has CR LF line endings on {count} line(s); a reader that splits on LF keeps the carriage return in the last argument (for example the PID file name); save the file with LF line endings.'
    },
    check(ctx) {
        for (const p of ctx.analysis.app.procfiles) {
            if (p.crlfLines.length > 0)
                ctx.report(p.file.lineSpan(p.crlfLines[0]), 'crlf', { count: p.crlfLines.length });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-duplicate-process.ts

/* harmony default export */ const procfile_duplicate_process = (defineRule({
    id: 'procfile-duplicate-process',
    severity: 'error',
    summary: 'Two Procfile entries have the same name, so one of them is lost.',
    messages: {
        lost: '`{name}` is defined again on line {line}; Procfile readers keep one entry per name (the last), so this one is lost; give each process its own name.'
    },
    check(ctx) {
        for (const p of ctx.analysis.app.procfiles) {
            for (const [lost, kept] of p.duplicates)
                ctx.report(p.file.span(lost.nameStart, lost.nameEnd), 'lost', { name: lost.name, line: kept.line });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-environment-override.ts


/* harmony default export */ const procfile_environment_override = (defineRule({
    id: 'procfile-environment-override',
    severity: 'notice',
    summary: '`Procfile` and `Procfile_<environment>` both define `custom_web`.',
    messages: {
        both: '`{file}` and `{other}` both define `custom_web`; Cloud 66 does not document which one wins, and rack-check checks the one in `{file}`; keep `custom_web` in one file.'
    },
    check(ctx) {
        const { procfiles, web } = ctx.analysis.app;
        if (!web || procfiles.length < 2)
            return;
        const other = procfiles.find((p) => p !== web.procfile && procfileEntry(p, 'custom_web'));
        if (!other)
            return;
        ctx.report(web.procfile.file.span(web.entry.nameStart, web.entry.nameEnd), 'both', { file: web.procfile.file.path, other: other.file.path });
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-invalid-line.ts

/* harmony default export */ const procfile_invalid_line = (defineRule({
    id: 'procfile-invalid-line',
    severity: 'error',
    summary: 'A Procfile line is not a `name: command` entry, so Procfile readers skip it.',
    messages: {
        noColon: 'This line is not a `name: command` entry and Procfile readers skip it; write `name: command`, or start the line with `#` to make it a comment.',
        badName: 'A process name may hold only letters, digits, `_` and `-`, so Procfile readers skip this line; rename the process.',
        indented: 'The `{name}` entry is indented, and Procfile readers only match entries at the start of a line, so this process is never started; remove the leading whitespace.',
        emptyCommand: 'The `{name}` entry has no command, so it starts nothing; add the command or remove the line.'
    },
    check(ctx) {
        const ids = { 'no-colon': 'noColon', 'bad-name': 'badName', indented: 'indented', 'empty-command': 'emptyCommand' };
        for (const p of ctx.analysis.app.procfiles) {
            for (const bad of p.invalid)
                ctx.report(p.file.span(bad.start, bad.end), ids[bad.reason], { name: bad.name ?? '' });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/server-gem-not-locked.ts

/* harmony default export */ const server_gem_not_locked = (defineRule({
    id: 'server-gem-not-locked',
    severity: 'error',
    summary: 'The `custom_web` server runs through Bundler, but Gemfile.lock does not lock its gem.',
    messages: {
        missing: '`{program}` runs through Bundler, but Gemfile.lock does not lock the `{gem}` gem, so Bundler refuses to start it; add `gem "{gem}"` to the Gemfile and run `bundle install`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        const p = web?.facts.bootProblems.find((b) => b.kind === 'not-bundled');
        if (p)
            ctx.report(p.at, 'missing', { program: p.data.program, gem: p.data.gem });
    }
}));

;// CONCATENATED MODULE: ./src/rules/thin-pid-needs-daemon.ts

/* harmony default export */ const thin_pid_needs_daemon = (defineRule({
    id: 'thin-pid-needs-daemon',
    severity: 'warning',
    summary: 'Thin writes its PID file only when it daemonizes, which systemd does not allow.',
    messages: {
        conflict: 'Thin writes its PID file only when it daemonizes, so without `-d` /tmp/web_server.pid is never written, and with `-d` systemd loses track of the server; Cloud 66\'s documented Thin line has this conflict, so consider Puma or Unicorn, or confirm with Cloud 66 how your server tracks Thin.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.ifStarted || ctx.options.processManager !== 'systemd')
            return;
        if (web.ifStarted.pidFile.reason === 'thin-needs-daemon')
            ctx.report(web.ifStarted.pidFile.at, 'conflict');
    }
}));

;// CONCATENATED MODULE: ./src/rules/web-competes-with-custom-web.ts

/* harmony default export */ const web_competes_with_custom_web = (defineRule({
    id: 'web-competes-with-custom-web',
    severity: 'error',
    summary: '`web:` and `custom_web:` would both use the socket or the PID file.',
    messages: {
        compete: '`web:` and `custom_web:` both {what}; two servers cannot share them, and whichever starts second fails or overwrites the first; remove the `web:` entry (Cloud 66 runs `custom_web`) or give it its own port and PID file.'
    },
    check(ctx) {
        const { web, herokuWeb } = ctx.analysis;
        if (!web || !herokuWeb)
            return;
        // with no locked version a line may claim the socket on some versions only: that still competes
        const claims = (v) => v.value === true || (v.reason === 'version' && v.data.someVersions === 'true');
        const shared = [];
        const a = web.ifStarted ?? web.facts;
        const b = herokuWeb.ifStarted ?? herokuWeb.facts;
        if (claims(a.socket) && claims(b.socket))
            shared.push('serve /tmp/web_server.sock');
        if (claims(a.pidFile) && claims(b.pidFile))
            shared.push('write /tmp/web_server.pid');
        if (shared.length === 0)
            return;
        ctx.report(herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd), 'compete', { what: shared.join(' and ') });
    }
}));

;// CONCATENATED MODULE: ./src/rules/web-without-custom-web.ts

/* harmony default export */ const web_without_custom_web = (defineRule({
    id: 'web-without-custom-web',
    severity: 'warning',
    summary: 'A `web:` entry with no `custom_web` entry: Cloud 66 ignores `web:` on Rack apps.',
    messages: {
        ignored: 'Cloud 66 ignores `web:` on Rack apps and serves them with Passenger, so this command does not run; to use it as the web server, name it `custom_web` (before the app is first built: a later switch from Passenger is not applied).',
        rightCommandWrongName: 'This `web:` command serves /tmp/web_server.sock, but Cloud 66 ignores `web:` on Rack apps and serves them with Passenger; rename the entry to `custom_web` (before the app is first built: a later switch from Passenger is not applied).'
    },
    check(ctx) {
        const { app, herokuWeb } = ctx.analysis;
        if (app.web || !herokuWeb)
            return;
        const at = herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd);
        ctx.report(at, herokuWeb.facts.socket.value === true ? 'rightCommandWrongName' : 'ignored');
    }
}));

;// CONCATENATED MODULE: ./src/rules/index.ts



















/** Every rule, by id. One id = one file = one docs page = one fixture folder. */
const RULES = [
    custom_web_daemonizes,
    custom_web_extra_tcp_listener,
    custom_web_fails_to_boot,
    custom_web_misleading_flag,
    custom_web_no_pid_file,
    custom_web_no_socket,
    custom_web_undecided,
    custom_web_unknown_server,
    custom_web_without_bundle_exec,
    file_unreadable,
    procfile_commented_custom_web,
    procfile_crlf,
    procfile_duplicate_process,
    procfile_environment_override,
    procfile_invalid_line,
    server_gem_not_locked,
    thin_pid_needs_daemon,
    web_competes_with_custom_web,
    web_without_custom_web
];

;// CONCATENATED MODULE: ./src/model/shell.ts
/**
 * POSIX shell word splitting for one Procfile command, with the source offset of every character.
 *
 * Supported: blanks, single and double quotes, backslashes, `$NAME`, `${NAME}`,
 * `${NAME:-word}` and the other default/alternative forms, field splitting of unquoted expansions,
 * leading `NAME=value` assignments, `&&` and `;` lists, redirections and `#` comments.
 * Anything else that changes what runs (pipes, `||`, `&`, subshells, command substitution,
 * `$'…'`, other parameter operators) makes the command "not followable": the caller must not
 * guess what it runs.
 */
class Unsupported extends Error {
    start;
    end;
    what;
    constructor(start, end, what) {
        super(what);
        this.start = start;
        this.end = end;
        this.what = what;
    }
}
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const BLANK = new Set([' ', '\t']);
const IFS = new Set([' ', '\t', '\n']);
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
function parseShell(src, base, env) {
    const p = new Parser(src, base, env);
    try {
        p.run();
        return { commands: p.commands, unsupported: null };
    }
    catch (e) {
        if (e instanceof Unsupported)
            return { commands: p.commands, unsupported: { start: e.start, end: e.end, what: e.what } };
        throw e;
    }
}
class Parser {
    src;
    base;
    env;
    i = 0;
    commands = [];
    vars = new Map();
    constructor(src, base, env) {
        this.src = src;
        this.base = base;
        this.env = env;
    }
    at(i = this.i) {
        return this.src[i] ?? '';
    }
    off(i) {
        return this.base + i;
    }
    lookup(name) {
        return this.vars.has(name) ? this.vars.get(name) : this.env.get(name);
    }
    run() {
        let rawWords = [];
        let cmdStart = -1;
        const finish = (end) => {
            if (rawWords.length > 0)
                this.commands.push(this.build(rawWords, cmdStart, end));
            rawWords = [];
            cmdStart = -1;
        };
        while (this.i < this.src.length) {
            const c = this.at();
            if (BLANK.has(c)) {
                this.i++;
                continue;
            }
            if (c === '#')
                break; // a comment runs to the end of the line
            if (c === '\n') {
                finish(this.i);
                this.i++;
                continue;
            }
            if (c === ';') {
                if (this.at(this.i + 1) === ';')
                    throw new Unsupported(this.off(this.i), this.off(this.i + 2), '`;;`');
                finish(this.i);
                this.i++;
                continue;
            }
            if (c === '&' && this.at(this.i + 1) === '&') {
                if (rawWords.length === 0)
                    throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a `&&` with no command before it');
                finish(this.i);
                this.i += 2;
                continue;
            }
            if (c === '|') {
                const two = this.at(this.i + 1) === '|';
                throw new Unsupported(this.off(this.i), this.off(this.i + (two ? 2 : 1)), two ? 'an `||` list' : 'a pipe');
            }
            if (c === '&' && this.at(this.i + 1) !== '>')
                throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a background `&`');
            if (c === '(' || c === ')')
                throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a subshell');
            if (this.redirection())
                continue;
            if (cmdStart < 0)
                cmdStart = this.i;
            const word = this.word(false);
            if (word.length === 1 && !word[0].quoted && !word[0].expanded && (word[0].text === '{' || word[0].text === '}') && rawWords.length === 0) {
                throw new Unsupported(word[0].srcStart, word[0].srcEnd, 'a `{ …; }` group');
            }
            rawWords.push(word);
        }
        finish(this.i);
    }
    /** Skips a redirection (`>file`, `2>&1`, `>> log`, `< in`, `&> all`); true when one was read. */
    redirection() {
        const m = /^(\d*)(>>|>&|>\||<&|<>|<<|>|<|&>>|&>)/.exec(this.src.slice(this.i));
        if (!m)
            return false;
        if (m[2] === '<<')
            throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a here-document');
        const start = this.i;
        this.i += m[0].length;
        while (BLANK.has(this.at()))
            this.i++;
        if ((m[2] === '>&' || m[2] === '<&') && /^(\d+|-)/.test(this.src.slice(this.i))) {
            this.i += /^(\d+|-)/.exec(this.src.slice(this.i))[0].length;
            return true;
        }
        if (this.i >= this.src.length || /[;&|<>()\n]/.test(this.at())) {
            throw new Unsupported(this.off(start), this.off(this.i), 'a redirection without a target');
        }
        this.word(false);
        return true;
    }
    /**
     * Reads one word as pieces. `inBrace` stops at an unquoted `}` (the word of `${X:-word}`),
     * where blanks are part of the word.
     */
    word(inBrace) {
        const pieces = [];
        let lit = null;
        const literal = (ch, at, quoted) => {
            if (!lit || lit.quoted !== quoted) {
                lit = { text: '', offsets: [], quoted, expanded: false, unknown: false, vars: [], unknownVars: [], srcStart: this.off(at), srcEnd: this.off(at) };
                pieces.push(lit);
            }
            lit.text += ch;
            lit.offsets.push(this.off(at));
            lit.srcEnd = this.off(at + 1);
        };
        const quotedEmpty = (at, end) => {
            pieces.push({ text: '', offsets: [], quoted: true, expanded: false, unknown: false, vars: [], unknownVars: [], srcStart: this.off(at), srcEnd: this.off(end) });
            lit = null;
        };
        while (this.i < this.src.length) {
            const c = this.at();
            if (inBrace) {
                if (c === '}')
                    break;
            }
            else if (BLANK.has(c) || c === '\n' || /[;&|()<>]/.test(c)) {
                break;
            }
            if (c === '\\') {
                const n = this.at(this.i + 1);
                if (n === '') {
                    literal('\\', this.i, false);
                    this.i++;
                }
                else if (n === '\n') {
                    this.i += 2;
                }
                else {
                    literal(n, this.i + 1, true);
                    this.i += 2;
                }
                continue;
            }
            if (c === "'") {
                const close = this.src.indexOf("'", this.i + 1);
                if (close < 0)
                    throw new Unsupported(this.off(this.i), this.off(this.src.length), 'an unterminated single quote');
                const before = pieces.length;
                if (close === this.i + 1)
                    quotedEmpty(this.i, close + 1);
                for (let k = this.i + 1; k < close; k++)
                    literal(this.src[k], k, true);
                this.cover(pieces, before, this.i, close + 1);
                this.i = close + 1;
                lit = null;
                continue;
            }
            if (c === '"') {
                const open = this.i;
                const before = pieces.length;
                this.i++;
                let any = false;
                while (this.i < this.src.length && this.at() !== '"') {
                    const d = this.at();
                    if (d === '\\' && /[$`"\\\n]/.test(this.at(this.i + 1))) {
                        if (this.at(this.i + 1) !== '\n')
                            literal(this.at(this.i + 1), this.i + 1, true);
                        this.i += 2;
                        any = true;
                        continue;
                    }
                    if (d === '`')
                        throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a command substitution');
                    if (d === '$') {
                        const exp = this.dollar(true);
                        if (exp) {
                            pieces.push(...exp);
                            lit = null;
                            any = true;
                            continue;
                        }
                    }
                    literal(d, this.i, true);
                    this.i++;
                    any = true;
                }
                if (this.at() !== '"')
                    throw new Unsupported(this.off(open), this.off(this.src.length), 'an unterminated double quote');
                if (!any)
                    quotedEmpty(open, this.i + 1);
                this.cover(pieces, before, open, this.i + 1);
                this.i++;
                lit = null;
                continue;
            }
            if (c === '`')
                throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a command substitution');
            if (c === '$') {
                const exp = this.dollar(false);
                if (exp) {
                    pieces.push(...exp);
                    lit = null;
                    continue;
                }
            }
            literal(c, this.i, false);
            this.i++;
        }
        return pieces;
    }
    /** Makes the pieces read inside quotes cover the quotes too (a word's span is as written). */
    cover(pieces, from, open, close) {
        if (pieces.length <= from)
            return;
        pieces[from].srcStart = Math.min(pieces[from].srcStart, this.off(open));
        const last = pieces[pieces.length - 1];
        last.srcEnd = Math.max(last.srcEnd, this.off(close));
    }
    /** Reads an expansion at `$`; null when the `$` is a literal dollar sign. */
    dollar(quoted) {
        const start = this.i;
        const n = this.at(start + 1);
        if (n === '(')
            throw new Unsupported(this.off(start), this.off(start + 2), n + this.at(start + 2) === '((' ? 'an arithmetic expansion' : 'a command substitution');
        if (n === "'" && !quoted)
            throw new Unsupported(this.off(start), this.off(start + 2), "a `$'…'` string");
        if (n === '"' && !quoted)
            throw new Unsupported(this.off(start), this.off(start + 2), 'a `$"…"` string');
        if (SPECIAL_PARAMS.has(n))
            throw new Unsupported(this.off(start), this.off(start + 2), `the special parameter \`$${n}\``);
        if (NAME_START.test(n)) {
            let j = start + 1;
            while (NAME_CHAR.test(this.at(j)))
                j++;
            const name = this.src.slice(start + 1, j);
            this.i = j;
            return [this.valuePiece(name, this.lookup(name), quoted, start, j, true)];
        }
        if (n !== '{')
            return null;
        let j = start + 2;
        if (!NAME_START.test(this.at(j)))
            throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow');
        while (NAME_CHAR.test(this.at(j)))
            j++;
        const name = this.src.slice(start + 2, j);
        if (this.at(j) === '}') {
            this.i = j + 1;
            return [this.valuePiece(name, this.lookup(name), quoted, start, j + 1, true)];
        }
        const op = /^(:?[-=+?])/.exec(this.src.slice(j));
        if (!op)
            throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow');
        if (op[1].endsWith('?'))
            throw new Unsupported(this.off(start), this.off(j + op[1].length), 'a `${NAME?…}` form');
        this.i = j + op[1].length;
        const inner = this.word(true);
        if (this.at() !== '}')
            throw new Unsupported(this.off(start), this.off(this.src.length), 'an unterminated `${`');
        this.i++;
        const end = this.i;
        const value = this.lookup(name);
        const colon = op[1].startsWith(':');
        const isSet = value !== undefined && (!colon || value !== '');
        const kind = op[1].slice(-1);
        let useWord;
        if (kind === '+')
            useWord = isSet;
        else
            useWord = !isSet;
        if (kind === '=' && useWord)
            this.vars.set(name, inner.map((q) => q.text).join(''));
        if (!useWord) {
            if (kind === '+')
                return [this.emptyPiece(quoted, start, end)];
            return [this.valuePiece(name, value, quoted, start, end, false)];
        }
        // the word of `${X:-word}`: inside double quotes it is not split; its own quotes still count
        return inner.map((q) => ({ ...q, quoted: q.quoted || quoted, expanded: true, srcStart: Math.min(q.srcStart, this.off(start)), srcEnd: this.off(end) }));
    }
    emptyPiece(quoted, start, end) {
        return { text: '', offsets: [], quoted, expanded: true, unknown: false, vars: [], unknownVars: [], srcStart: this.off(start), srcEnd: this.off(end) };
    }
    valuePiece(name, value, quoted, start, end, bare) {
        if (value === undefined && bare && this.env.unsetBare === 'unknown') {
            const text = this.src.slice(start, end);
            return {
                text,
                offsets: Array.from(text, (_, k) => this.off(start + k)),
                quoted: true, // an unknown value is kept as one word
                expanded: true,
                unknown: true,
                vars: [name],
                unknownVars: [name],
                srcStart: this.off(start),
                srcEnd: this.off(end)
            };
        }
        const text = value ?? '';
        return {
            text,
            offsets: Array.from(text, () => this.off(start)),
            quoted,
            expanded: true,
            unknown: false,
            vars: [name],
            unknownVars: [],
            srcStart: this.off(start),
            srcEnd: this.off(end)
        };
    }
    /** Turns raw words into a simple command: assignments first, then fields after splitting. */
    build(rawWords, start, end) {
        const assignments = [];
        const words = [];
        let k = 0;
        for (; k < rawWords.length; k++) {
            const w = rawWords[k];
            const first = w[0];
            const m = first && !first.quoted && !first.expanded ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text) : null;
            if (!m)
                break;
            const rest = [{ ...first, text: first.text.slice(m[0].length), offsets: first.offsets.slice(m[0].length) }, ...w.slice(1)];
            const value = joinPieces(rest, first.srcStart + m[0].length, w[w.length - 1].srcEnd);
            assignments.push({ name: m[1], value, start: first.srcStart, end: w[w.length - 1].srcEnd });
        }
        for (; k < rawWords.length; k++)
            words.push(...splitFields(rawWords[k]));
        // an assignment-only command sets shell variables for what follows
        if (words.length === 0)
            for (const a of assignments)
                if (!a.value.unknown)
                    this.vars.set(a.name, a.value.text);
        return { assignments, words, start: this.off(start), end: this.off(end) };
    }
}
function newWord(at) {
    return { text: '', offsets: [], start: at, end: at, unknown: false, unknownVars: [], vars: [] };
}
function addPiece(w, p, text, offsets) {
    if (w.text === '' && w.offsets.length === 0 && w.start === w.end)
        w.start = p.srcStart;
    w.start = Math.min(w.start, p.srcStart);
    w.end = Math.max(w.end, p.srcEnd);
    w.text += text;
    w.offsets.push(...offsets);
    if (p.unknown)
        w.unknown = true;
    for (const v of p.unknownVars)
        if (!w.unknownVars.includes(v))
            w.unknownVars.push(v);
    for (const v of p.vars)
        if (!w.vars.includes(v))
            w.vars.push(v);
}
function joinPieces(pieces, start, end) {
    const w = newWord(start);
    w.end = end;
    for (const p of pieces)
        addPiece(w, p, p.text, p.offsets);
    w.start = start;
    return w;
}
/** Field splitting: unquoted expansion results split on blanks; an empty unquoted result vanishes. */
function splitFields(pieces) {
    const out = [];
    let cur = null;
    for (const p of pieces) {
        if (p.expanded && !p.quoted) {
            for (let k = 0; k < p.text.length; k++) {
                const ch = p.text[k];
                if (IFS.has(ch)) {
                    if (cur)
                        out.push(cur);
                    cur = null;
                }
                else {
                    cur ??= newWord(p.srcStart);
                    addPiece(cur, p, ch, [p.offsets[k]]);
                }
            }
            if (cur)
                addPiece(cur, p, '', []);
        }
        else {
            cur ??= newWord(p.srcStart);
            addPiece(cur, p, p.text, p.offsets);
        }
    }
    if (cur)
        out.push(cur);
    return out;
}

;// CONCATENATED MODULE: ./src/servers/command.ts


const WRAPPERS_WITHOUT_ARGS = new Set(['exec', 'nohup']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh']);
function basename(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? p : p.slice(i + 1);
}
/** Maps a word parsed from inside another word's text back to the file. */
function remap(inner, outer) {
    const at = (k) => outer.offsets[Math.min(Math.max(k, 0), outer.offsets.length - 1)] ?? outer.start;
    return {
        ...inner,
        offsets: inner.offsets.map(at),
        start: at(inner.start),
        end: at(inner.end - 1) + 1,
        unknown: inner.unknown || outer.unknown
    };
}
function analyzeCommand(file, command, commandStart, environment) {
    const env = predictionEnvironment(environment);
    const result = {
        argv: null,
        unsupported: null,
        program: null,
        programName: '',
        bundleExec: false,
        binstub: false,
        cwd: APP_ROOT,
        env,
        unknownEnv: new Set(),
        unknownWords: []
    };
    const follow = (parse, map, depth) => {
        const span = (s, e) => file.span(s, e);
        if (parse.unsupported) {
            const u = parse.unsupported;
            const w = map({ text: '', offsets: [], start: u.start, end: u.end, unknown: false, unknownVars: [], vars: [] });
            result.unsupported = { at: span(w.start, w.end), what: u.what };
            return;
        }
        if (parse.commands.length === 0) {
            result.unsupported = { at: file.span(commandStart, commandStart + command.length), what: 'an empty command' };
            return;
        }
        // earlier commands of a `&&`/`;` list may change directory or export variables
        for (const c of parse.commands.slice(0, -1)) {
            const words = c.words.map(map);
            const name = words[0]?.text;
            if (name === 'cd') {
                const dir = words[1];
                if (!dir || dir.unknown)
                    result.cwd = null;
                else if (result.cwd !== null)
                    result.cwd = resolvePath(result.cwd, dir.text);
            }
            else if (name === 'export') {
                for (const w of words.slice(1)) {
                    const eq = w.text.indexOf('=');
                    if (eq > 0)
                        setVar(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1));
                }
            }
            else if (words.length === 0) {
                for (const a of c.assignments)
                    if (a.value.unknown)
                        result.unknownEnv.add(a.name);
            }
        }
        const last = parse.commands[parse.commands.length - 1];
        for (const a of last.assignments)
            setVar(a.name, a.value.unknown ? null : a.value.text);
        let words = last.words.map(map);
        // strip wrappers in front of the program
        for (;;) {
            const head = words[0]?.text;
            if (head === undefined)
                break;
            if (WRAPPERS_WITHOUT_ARGS.has(head)) {
                words = words.slice(1);
                continue;
            }
            if (head === 'env') {
                let k = 1;
                while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k].text)) {
                    const w = words[k];
                    const eq = w.text.indexOf('=');
                    setVar(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1));
                    k++;
                }
                if (words[k]?.text.startsWith('-')) {
                    result.unsupported = { at: span(words[k].start, words[k].end), what: '`env` with options' };
                    return;
                }
                words = words.slice(k);
                continue;
            }
            if ((head === 'bundle' || head === 'bundler') && words[1]?.text === 'exec') {
                result.bundleExec = true;
                let k = 2;
                while (k < words.length && words[k].text.startsWith('--'))
                    k++;
                words = words.slice(k);
                continue;
            }
            if (SHELLS.has(basename(head)) && words[1]?.text === '-c' && words[2] && depth < 3) {
                const inner = words[2];
                if (inner.unknown) {
                    result.unsupported = { at: span(inner.start, inner.end), what: 'a `sh -c` script built from an unknown variable' };
                    return;
                }
                const innerParse = parseShell(inner.text, 0, shellEnvironment(result.env));
                follow(innerParse, (w) => remap(w, inner), depth + 1);
                return;
            }
            if (head === 'ruby' && words[1] && !words[1].text.startsWith('-')) {
                words = words.slice(1);
                continue;
            }
            break;
        }
        if (words.length === 0) {
            result.unsupported = { at: file.span(commandStart, commandStart + command.length), what: 'a command with no program' };
            return;
        }
        result.argv = words;
        result.program = words[0];
        result.programName = basename(words[0].text);
        result.binstub = /^(\.\/)?bin\//.test(words[0].text);
        result.unknownWords = words.filter((w) => w.unknown);
    };
    const setVar = (name, value) => {
        if (value === null) {
            result.unknownEnv.add(name);
            result.env.delete(name);
        }
        else {
            result.unknownEnv.delete(name);
            result.env.set(name, value);
        }
    };
    const parse = parseShell(command, commandStart, shellEnvironment(env));
    follow(parse, (w) => w, 0);
    return result;
}

;// CONCATENATED MODULE: ./src/servers/types.ts
const SOCKET_PATH = '/tmp/web_server.sock';
const PID_PATH = '/tmp/web_server.pid';
function verdict(value, reason, at, data = {}) {
    return { value, reason, at, data };
}

;// CONCATENATED MODULE: ./src/servers/common.ts


function spanOf(ctx, start, end) {
    return ctx.file.span(start, end);
}
/** The option with its value, as written. */
function optionSpan(ctx, o) {
    return ctx.file.span(o.start, Math.max(o.end, o.value?.end ?? o.end));
}
function valueSpan(ctx, v) {
    return ctx.file.span(v.start, v.end);
}
function wordSpan(ctx, w) {
    return ctx.file.span(w.start, w.end);
}
function optionProblem(ctx, e) {
    const kind = { invalid: 'invalid-option', ambiguous: 'ambiguous-option', 'missing-argument': 'missing-argument', 'needless-argument': 'needless-argument' }[e.kind];
    return {
        at: ctx.file.span(e.start, e.end),
        kind,
        data: { option: e.written, candidates: (e.candidates ?? []).join(', ') }
    };
}
/** Facts for a server that exits at start: nothing is served, nothing written. */
function notStarted(ctx, problems, flagNotes = []) {
    const at = problems[0]?.at ?? ctx.commandSpan;
    return {
        boots: false,
        bootProblems: problems,
        socket: verdict(false, 'not-started', at),
        pidFile: verdict(false, 'not-started', at),
        daemonizes: verdict(false, 'not-started', at),
        listeners: [],
        flagNotes,
        configFiles: []
    };
}
/** Facts that depend on something unknown (`$OPTS`, a command rack-check cannot follow). */
function undecided(reason, at, data = {}) {
    return verdict(null, reason, at, data);
}
function allUnknown(reason, at, data = {}, flagNotes = []) {
    return {
        boots: null,
        bootProblems: [],
        socket: undecided(reason, at, data),
        pidFile: undecided(reason, at, data),
        daemonizes: undecided(reason, at, data),
        listeners: null,
        flagNotes,
        configFiles: []
    };
}
/** The first word whose value cannot be known and that may be an option. */
function uncertainOption(ctx, p) {
    const w = p.uncertain[0];
    if (!w)
        return null;
    return { at: wordSpan(ctx, w), data: { word: w.text, variables: w.unknownVars.map((v) => '$' + v).join(', ') } };
}
function absolute(ctx, p) {
    return resolvePath(ctx.command.cwd ?? '/', p);
}
/** Socket verdict from a complete list of listeners. */
function socketFromListeners(listeners, fallbackAt, cwd) {
    const unix = listeners.filter((l) => l.kind === 'unix');
    for (const l of unix) {
        if (l.path === undefined)
            continue;
        if (!l.path.startsWith('/') && cwd === null)
            return undecided('unknown-value', l.at, { text: l.text });
        if (resolvePath(cwd ?? '/', l.path) === SOCKET_PATH)
            return verdict(true, 'serves', l.at, { text: l.text });
    }
    const relative = unix.find((l) => l.path !== undefined && !l.path.startsWith('/') && !l.path.startsWith('@'));
    if (relative)
        return verdict(false, 'relative-unix', relative.at, { text: relative.text, path: relative.path });
    if (unix.length > 0)
        return verdict(false, 'other-unix', unix[0].at, { text: unix[0].text, path: unix[0].path ?? '' });
    const given = listeners.filter((l) => l.origin !== 'default');
    if (given.length > 0)
        return verdict(false, 'tcp-only', given[0].at, { text: given[0].text });
    const dflt = listeners[0];
    return verdict(false, 'no-listener', fallbackAt, { default: dflt ? dflt.text : 'none' });
}
function pidFromPath(path, at, cwd, text = path ?? '') {
    if (path === null)
        return verdict(false, 'none', at);
    if (!path.startsWith('/') && cwd === null)
        return undecided('unknown-value', at, { text });
    const abs = resolvePath(cwd ?? '/', path);
    return abs === PID_PATH ? verdict(true, 'writes', at, { text }) : verdict(false, 'other-path', at, { text, path: abs });
}
function tcpListener(text, host, port, at, origin) {
    return { kind: 'tcp', host, port, text, at, origin };
}
function parsePort(v) {
    if (v.unknown)
        return null;
    return /^\d+$/.test(v.text) ? Number(v.text) : null;
}

;// CONCATENATED MODULE: ./src/servers/optparse.ts
const OFFICIOUS = [
    { key: 'help', long: ['help'], arg: 'none' },
    { key: 'version', long: ['version'], arg: 'none' }
];
function completionPattern(key, icase) {
    const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp('^' + quoted.replace(/\w+\b/g, '$&\\w*'), icase ? 'i' : '');
}
function longNames(specs) {
    const out = [];
    for (const s of specs) {
        for (const l of s.long ?? []) {
            out.push({ name: l, spec: s, negated: false });
            if (s.negatable)
                out.push({ name: 'no-' + l, spec: s, negated: true });
        }
    }
    return out;
}
/** OptionParser#complete for long names over one list. */
function completeIn(names, key, icase) {
    const exact = names.find((n) => n.name === key);
    if (exact)
        return { hit: exact };
    const pat = completionPattern(key, icase);
    const cands = names.filter((n) => pat.test(n.name)).sort((a, b) => a.name.length - b.name.length);
    if (cands.length === 0)
        return null;
    let best = cands[0];
    for (const c of cands.slice(1)) {
        if (c.spec === best.spec)
            continue;
        if (best.name.startsWith(c.name)) {
            best = c;
            continue;
        }
        if (c.name.startsWith(best.name))
            continue;
        return { ambiguous: cands.map((x) => '--' + x.name) };
    }
    return { hit: best };
}
function completeLong(specs, key, icase) {
    // the program's own options are searched before OptionParser's officious --help/--version
    return completeIn(longNames(specs), key, icase) ?? completeIn(longNames(OFFICIOUS), key, icase);
}
function exactLong(specs, key) {
    const hit = longNames(specs).find((n) => n.name === key);
    return hit ? { hit } : null;
}
function slice(word, from, to = word.text.length) {
    const text = word.text.slice(from, to);
    const offs = word.offsets.slice(from, to);
    const start = offs.length ? Math.min(...offs) : word.end;
    const end = offs.length ? Math.max(...offs) + 1 : word.end;
    return { text, unknown: word.unknown, start: Math.max(start, word.start), end: Math.min(Math.max(end, start + 1), word.end), word };
}
function whole(word) {
    return { text: word.text, unknown: word.unknown, start: word.start, end: word.end, word };
}
function parseOptions(words, specs, settings = {}) {
    const mode = settings.mode ?? 'permute';
    const abbreviations = settings.abbreviations ?? true;
    const options = [];
    const positional = [];
    const uncertain = [];
    const shorts = new Map();
    for (const s of specs)
        for (const c of s.short ?? [])
            shorts.set(c, s);
    const queue = [...words];
    let i = 0;
    const fail = (kind, w, written, candidates) => ({
        options,
        positional,
        uncertain,
        error: { kind, written, start: w.start, end: w.end, candidates }
    });
    const takeNext = () => {
        if (i >= queue.length)
            return null;
        return whole(queue[i++]);
    };
    while (i < queue.length) {
        const w = queue[i++];
        const t = w.text;
        if (w.unknown && (t.startsWith('$') || !t.startsWith('-'))) {
            // `$OPTS` could be an option or several: nothing after it can be trusted
            if (t.startsWith('$'))
                uncertain.push(w);
            positional.push(w);
            if (mode === 'order')
                break;
            continue;
        }
        if (t === '--') {
            positional.push(...queue.slice(i));
            break;
        }
        if (t.startsWith('--')) {
            const eq = t.indexOf('=');
            const rawName = eq < 0 ? t.slice(2) : t.slice(2, eq);
            const name = rawName.replace(/_/g, '-');
            const c = abbreviations ? completeLong(specs, name, true) : exactLong(specs, name);
            if (!c)
                return fail('invalid', w, t);
            if ('ambiguous' in c)
                return fail('ambiguous', w, t, c.ambiguous);
            const { spec, negated } = c.hit;
            let value = null;
            if (eq >= 0) {
                if (spec.arg === 'none')
                    return fail('needless-argument', w, t);
                value = slice(w, eq + 1);
            }
            else if (spec.arg === 'required') {
                value = takeNext();
                if (!value)
                    return fail('missing-argument', w, t);
            }
            options.push({
                spec,
                written: eq < 0 ? t : t.slice(0, eq),
                start: w.start,
                end: eq < 0 ? w.end : slice(w, 0, eq).end,
                value,
                negated,
                completedFrom: c.hit.name !== name ? c.hit.name : undefined
            });
            continue;
        }
        if (t.startsWith('-') && t.length > 1) {
            // a run of short options: `-qv`, `-bVALUE`
            let k = 1;
            while (k < t.length) {
                const ch = t[k];
                const spec = shorts.get(ch);
                const flagEnd = slice(w, 0, k + 1).end;
                if (!spec) {
                    // not a short option: OptionParser completes it against the long options
                    const c = abbreviations ? completeLong(specs, ch, false) : null;
                    if (!c)
                        return fail('invalid', w, '-' + ch);
                    if ('ambiguous' in c)
                        return fail('ambiguous', w, '-' + ch, c.ambiguous);
                    const rest = t.slice(k + 1);
                    let value = null;
                    if (c.hit.spec.arg !== 'none') {
                        value = rest ? slice(w, k + 1) : c.hit.spec.arg === 'required' ? takeNext() : null;
                        if (c.hit.spec.arg === 'required' && !value)
                            return fail('missing-argument', w, '-' + ch);
                    }
                    else if (rest) {
                        return fail('needless-argument', w, t);
                    }
                    options.push({ spec: c.hit.spec, written: '-' + ch, start: w.start, end: flagEnd, value, negated: c.hit.negated, completedFrom: c.hit.name });
                    break;
                }
                const rest = t.slice(k + 1);
                if (spec.arg === 'none') {
                    options.push({ spec, written: '-' + ch, start: w.start, end: flagEnd, value: null, negated: false });
                    k++;
                    continue;
                }
                let value;
                if (rest)
                    value = slice(w, k + 1);
                else if (spec.arg === 'required') {
                    value = takeNext();
                    if (!value)
                        return fail('missing-argument', w, '-' + ch);
                }
                else
                    value = null;
                options.push({ spec, written: '-' + ch, start: w.start, end: flagEnd, value, negated: false });
                break;
            }
            continue;
        }
        positional.push(w);
        if (mode === 'order') {
            positional.push(...queue.slice(i));
            break;
        }
    }
    return { options, positional, uncertain, error: null };
}
/** The last occurrence of an option (later ones win in every server studied). */
function lastOption(p, key) {
    for (let k = p.options.length - 1; k >= 0; k--)
        if (p.options[k].spec.key === key)
            return p.options[k];
    return undefined;
}
function allOptions(p, key) {
    return p.options.filter((o) => o.spec.key === key);
}

;// CONCATENATED MODULE: ./src/servers/passenger.ts
/**
 * `passenger start` (Passenger Standalone 6, servers.md §6): `--socket`, `--pid-file` (the
 * watchdog's PID), `-d`. `Passengerfile.json` in the app folder is read automatically and sits
 * below the command line. Passenger's full option list was not modelled, so an option rack-check
 * does not know makes the prediction unknown rather than a boot failure.
 */




const OPTIONS = [
    { key: 'address', short: ['a'], long: ['address'], arg: 'required' },
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'socket', short: ['S'], long: ['socket'], arg: 'required' },
    { key: 'socket-backlog', long: ['socket-backlog'], arg: 'required' },
    { key: 'daemonize', short: ['d'], long: ['daemonize'], arg: 'none' },
    { key: 'pid-file', long: ['pid-file'], arg: 'required' },
    { key: 'log-file', long: ['log-file'], arg: 'required' },
    { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
    { key: 'engine', long: ['engine'], arg: 'required' },
    { key: 'max-pool-size', long: ['max-pool-size'], arg: 'required' },
    { key: 'min-instances', long: ['min-instances'], arg: 'required' },
    { key: 'user', long: ['user'], arg: 'required' },
    { key: 'instance-registry-dir', long: ['instance-registry-dir'], arg: 'required' },
    { key: 'rackup', short: ['R'], long: ['rackup'], arg: 'required' },
    { key: 'spawn-method', long: ['spawn-method'], arg: 'required' },
    { key: 'nginx-version', long: ['nginx-version'], arg: 'required' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
];
const passenger = {
    name: 'passenger',
    gem: 'passenger',
    analyze(ctx) {
        const parsed = parseOptions(ctx.command.argv.slice(2), OPTIONS);
        if (parsed.error) {
            const at = ctx.file.span(parsed.error.start, parsed.error.end);
            return allUnknown('unknown-value', at, { word: parsed.error.written });
        }
        const cwd = ctx.command.cwd;
        const base = cwd === null ? null : appRelative(cwd);
        const configFile = base === null ? null : ['Passengerfile.json', 'passenger-standalone.json'].map((f) => (base ? base + '/' : '') + f).find((f) => ctx.exists(f));
        const configFiles = configFile ? [configFile] : [];
        const fromConfig = (r) => undecided(r, ctx.commandSpan, { files: configFiles.join(', ') });
        const daemon = lastOption(parsed, 'daemonize');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : configFile ? fromConfig('config-file') : verdict(false, 'foreground', ctx.commandSpan);
        const sock = lastOption(parsed, 'socket');
        const port = lastOption(parsed, 'port');
        const address = lastOption(parsed, 'address');
        let socket;
        let listeners;
        if (sock?.value?.unknown) {
            socket = undecided('unknown-value', optionSpan(ctx, sock), { text: sock.value.text });
            listeners = null;
        }
        else if (sock?.value) {
            listeners = [{ kind: 'unix', path: sock.value.text, text: sock.value.text, at: optionSpan(ctx, sock), origin: 'command-line' }];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else if (configFile) {
            socket = fromConfig('config-file');
            listeners = null;
        }
        else {
            const host = address?.value?.text ?? '0.0.0.0';
            listeners = [tcpListener(`${host}:${port?.value?.text ?? 3000}`, host, port?.value ? parsePort(port.value) : 3000, port ? optionSpan(ctx, port) : ctx.commandSpan, port ? 'command-line' : 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const pidOpt = lastOption(parsed, 'pid-file');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
                : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
            : configFile
                ? fromConfig('config-file')
                : verdict(false, 'other-path', ctx.commandSpan, { text: 'tmp/pids/passenger.<port>.pid', path: 'tmp/pids/passenger.<port>.pid' });
        return { boots: configFile ? null : true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes: [], configFiles };
    }
};

;// CONCATENATED MODULE: ./src/servers/version.ts
/** RubyGems-style versions: "5.6.5", "6.0.0.pre1", "4.3.12-java" (platform suffix ignored). */
function parseVersion(v) {
    const base = v.split('-')[0];
    return base.split('.').flatMap((seg) => {
        // "0pre1" → 0, "pre", 1 as RubyGems splits digits from letters
        return seg.match(/\d+|[A-Za-z]+/g)?.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) ?? [];
    });
}
/** Negative when a < b, as Gem::Version#<=> (a letter segment makes a pre-release). */
function compareVersions(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    const n = Math.max(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const p = x[i] ?? 0;
        const q = y[i] ?? 0;
        if (p === q)
            continue;
        if (typeof p === 'number' && typeof q === 'number')
            return p - q;
        if (typeof p === 'string' && typeof q === 'string')
            return p < q ? -1 : 1;
        return typeof p === 'string' ? -1 : 1;
    }
    return 0;
}
function atLeast(version, min) {
    return compareVersions(version, min) >= 0;
}
/** Names a run of consecutive bands: "< 5.0", "5.0 to < 7.0", ">= 7.0". */
function bandLabel(bands, first, last) {
    const lo = first === 0 ? null : bands[first].from;
    const hi = last === bands.length - 1 ? null : bands[last + 1].from;
    if (lo === null && hi === null)
        return 'every version';
    if (lo === null)
        return `< ${hi}`;
    if (hi === null)
        return `>= ${lo}`;
    return `${lo} to < ${hi}`;
}

;// CONCATENATED MODULE: ./src/servers/puma.ts
/**
 * Puma 3–8 (servers.md §1): `lib/puma/cli.rb` options by version, `Configuration#config_files`
 * for automatic loading, `UserFileDefaultOptions` precedence (a command-line `-b`/`-p` replaces
 * every config-file bind), and `Binder` paths (`unix://` path = host + path).
 */





const PUMA_BANDS = [
    { version: '3.12.6', from: '3.0' },
    { version: '4.3.12', from: '4.0' },
    { version: '5.0.0', from: '5.0' },
    { version: '5.1.0', from: '5.1' },
    { version: '5.5.0', from: '5.5' },
    { version: '5.6.5', from: '5.6' },
    { version: '6.4.0', from: '6.4' },
    { version: '6.5.0', from: '6.5' },
    { version: '7.0.0', from: '7.0' }
];
function pumaOptions(version) {
    const v5 = atLeast(version, '5.0.0');
    const specs = [
        { key: 'bind', short: ['b'], long: ['bind'], arg: 'required' },
        { key: 'config', short: ['C'], long: ['config'], arg: 'required' },
        { key: 'control-token', long: ['control-token'], arg: 'required' },
        { key: 'debug', long: ['debug'], arg: 'none' },
        { key: 'dir', long: ['dir'], arg: 'required' },
        { key: 'early-hints', long: ['early-hints'], arg: 'none' },
        { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
        { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
        { key: 'log-requests', short: ['v'], long: ['log-requests'], arg: 'none' },
        { key: 'pidfile', long: ['pidfile'], arg: 'required' },
        { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
        { key: 'preload', long: ['preload'], arg: 'none' },
        { key: 'prune-bundler', long: ['prune-bundler'], arg: 'none' },
        { key: 'quiet', short: ['q'], long: ['quiet'], arg: 'none' },
        { key: 'redirect-append', long: ['redirect-append'], arg: 'none', negatable: true },
        { key: 'redirect-stderr', long: ['redirect-stderr'], arg: 'required' },
        { key: 'redirect-stdout', long: ['redirect-stdout'], arg: 'required' },
        { key: 'restart-cmd', short: ['R'], long: ['restart-cmd'], arg: 'required' },
        { key: 'state', short: ['S'], long: ['state'], arg: 'required' },
        { key: 'tag', long: ['tag'], arg: 'required' },
        { key: 'threads', short: ['t'], long: ['threads'], arg: 'required' },
        { key: 'version', short: ['V'], long: ['version'], arg: 'none' },
        { key: 'workers', short: ['w'], long: ['workers'], arg: 'required' },
        { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
    ];
    if (atLeast(version, '3.12.0'))
        specs.push({ key: 'control-url', long: ['control-url'], arg: 'required' });
    if (!v5) {
        specs.push({ key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' });
        specs.push({ key: 'control-url', long: ['control'], arg: 'required' });
        specs.push({ key: 'tcp-mode', long: ['tcp-mode'], arg: 'none' });
    }
    if (atLeast(version, '4.0.0'))
        specs.push({ key: 'extra-runtime-dependencies', long: ['extra-runtime-dependencies'], arg: 'required' });
    if (v5)
        specs.push({ key: 'fork-worker', short: ['f'], long: ['fork-worker'], arg: 'optional' });
    if (atLeast(version, '5.1.0'))
        specs.push({ key: 'bind-to-activated-sockets', long: ['bind-to-activated-sockets'], arg: 'optional' });
    if (atLeast(version, '5.5.0'))
        specs.push({ key: 'no-config', long: ['no-config'], arg: 'none' });
    if (atLeast(version, '5.6.0'))
        specs.push({ key: 'silent', short: ['s'], long: ['silent'], arg: 'none' });
    if (atLeast(version, '6.4.0'))
        specs.push({ key: 'idle-timeout', long: ['idle-timeout'], arg: 'required' });
    if (atLeast(version, '6.5.0'))
        specs.push({ key: 'plugin', long: ['plugin'], arg: 'required' });
    return specs;
}
/** A bind URI as Puma's binder reads it; null when Puma rejects it. */
function pumaBind(text, at, origin) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
    if (!m)
        return null;
    const scheme = m[1].toLowerCase();
    const rest = m[2].replace(/\?.*$/, '');
    if (scheme === 'unix') {
        // URI("unix://tmp/x.sock"): host "tmp", path "/x.sock" → "tmp/x.sock" (relative)
        const path = rest.startsWith('//') ? rest.slice(2) : rest;
        return { kind: 'unix', path, text, at, origin };
    }
    if (scheme === 'tcp' || scheme === 'ssl') {
        const hp = /^\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(rest);
        if (!hp)
            return null;
        return tcpListener(text, hp[1], hp[2] ? Number(hp[2]) : null, at, origin);
    }
    return null;
}
/** The app environment Puma uses to pick `config/puma/<env>.rb`. */
function pumaEnv(ctx, version, cliEnv) {
    if (cliEnv)
        return cliEnv.unknown ? null : cliEnv.text;
    const names = atLeast(version, '5.0.0') ? ['APP_ENV', 'RACK_ENV', 'RAILS_ENV'] : ['RACK_ENV'];
    for (const n of names) {
        if (ctx.command.unknownEnv.has(n))
            return null;
        const v = ctx.command.env.get(n);
        if (v)
            return v;
    }
    return 'development';
}
const puma = {
    name: 'puma',
    gem: 'puma',
    bands: PUMA_BANDS,
    analyze(ctx) {
        const version = ctx.version ?? PUMA_BANDS[PUMA_BANDS.length - 1].version;
        const argv = ctx.command.argv.slice(1);
        const parsed = parseOptions(argv, pumaOptions(version));
        const v5 = atLeast(version, '5.0.0');
        const flagNotes = [];
        if (parsed.error) {
            const p = optionProblem(ctx, parsed.error);
            const daemonFlag = /^-d$|^--dae/.test(parsed.error.written) || (parsed.error.kind === 'ambiguous' && parsed.error.written === '-d');
            if (v5 && daemonFlag)
                p.kind = 'removed-daemon';
            return notStarted(ctx, [p]);
        }
        const unsure = uncertainOption(ctx, parsed);
        if (unsure)
            return allUnknown('unknown-value', unsure.at, unsure.data);
        const problems = [];
        const cwd = ctx.command.cwd;
        // listeners given on the command line (all one key: they replace the config file's)
        const cliListeners = [];
        let unknownListener = null;
        for (const o of parsed.options) {
            if (o.spec.key === 'bind' && o.value) {
                const at = optionSpan(ctx, o);
                if (o.value.unknown) {
                    unknownListener ??= { at, text: o.value.text };
                    continue;
                }
                const l = pumaBind(o.value.text, at, 'command-line');
                if (!l)
                    problems.push({ at: valueSpan(ctx, o.value), kind: 'invalid-option', data: { option: o.value.text, bind: 'true' } });
                else
                    cliListeners.push(l);
            }
            else if (o.spec.key === 'port' && o.value) {
                cliListeners.push(tcpListener(o.value.text, '0.0.0.0', parsePort(o.value), optionSpan(ctx, o), 'command-line'));
            }
        }
        if (problems.length)
            return notStarted(ctx, problems);
        const state = lastOption(parsed, 'state');
        if (state?.value && !state.value.unknown && absolute(ctx, state.value.text) === SOCKET_PATH) {
            flagNotes.push({ at: optionSpan(ctx, state), kind: 'puma-state', data: { text: state.value.text } });
        }
        // which config files Puma loads (Configuration#config_files)
        const configOpts = allOptions(parsed, 'config');
        const noConfig = lastOption(parsed, 'no-config') !== undefined || configOpts.some((o) => o.value?.text === '-');
        let configFiles = [];
        let configUnknown = null;
        if (noConfig)
            configFiles = [];
        else if (configOpts.length > 0) {
            for (const o of configOpts) {
                if (!o.value || o.value.unknown || cwd === null) {
                    configUnknown = optionSpan(ctx, o);
                    continue;
                }
                const rel = appRelative(absolute(ctx, o.value.text));
                if (rel === null || !ctx.exists(rel)) {
                    if (rel !== null)
                        problems.push({ at: optionSpan(ctx, o), kind: 'missing-config', data: { path: o.value.text } });
                    else
                        configUnknown = optionSpan(ctx, o);
                    continue;
                }
                configFiles.push(rel);
            }
        }
        else {
            const env = pumaEnv(ctx, version, lastOption(parsed, 'environment')?.value ?? undefined);
            const base = cwd === null ? null : appRelative(cwd);
            if (env === null || base === null)
                configUnknown = ctx.commandSpan;
            else {
                const prefix = base === '' ? '' : base + '/';
                const found = [`config/puma/${env}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f));
                if (found)
                    configFiles = [found];
            }
        }
        if (problems.length)
            return notStarted(ctx, problems);
        const configMatters = configFiles.length > 0 || configUnknown !== null;
        const configAt = configUnknown ?? ctx.commandSpan;
        const configData = { files: configFiles.join(', ') };
        // daemonizing: -d/--daemon on 3–4 (5+ rejected the option above)
        const daemonOpt = lastOption(parsed, 'daemon');
        const daemonizes = daemonOpt
            ? verdict(true, 'flag', optionSpan(ctx, daemonOpt), { option: daemonOpt.written })
            : configMatters
                ? undecided('config-file', configAt, configData)
                : verdict(false, 'foreground', ctx.commandSpan);
        // listeners
        let listeners;
        let socket;
        if (unknownListener) {
            listeners = null;
            socket = undecided('unknown-value', unknownListener.at, { text: unknownListener.text });
        }
        else if (cliListeners.length > 0) {
            listeners = cliListeners;
            socket = socketFromListeners(cliListeners, ctx.commandSpan, cwd);
        }
        else if (configMatters) {
            listeners = null;
            socket = undecided('config-file', configAt, configData);
        }
        else {
            listeners = [tcpListener('tcp://0.0.0.0:9292', '0.0.0.0', 9292, ctx.commandSpan, 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        if (socket.value === false && flagNotes.some((n) => n.kind === 'puma-state')) {
            const note = flagNotes.find((n) => n.kind === 'puma-state');
            socket = verdict(false, 'state-file', note.at, note.data);
        }
        const pidOpt = lastOption(parsed, 'pidfile');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
                : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
            : configMatters
                ? undecided('config-file', configAt, configData)
                : pidFromPath(null, ctx.commandSpan, cwd);
        return {
            // a config file can still stop Puma (e.g. `daemonize` on 5+): the next layer decides
            boots: configMatters ? null : true,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners,
            flagNotes,
            configFiles
        };
    }
};

;// CONCATENATED MODULE: ./src/servers/rack-handler.ts


function handlerListener(handler, host, port, portText, at, origin, pumaVersion) {
    const unixPrefix = handler === 'puma' && (host.startsWith('/') || host.startsWith('.') || (host.startsWith('@') && pumaVersion !== null && atLeast(pumaVersion, '6.5.0')));
    if (unixPrefix || (handler === 'thin' && host.includes('/')))
        return { kind: 'unix', path: host, text: host, at, origin };
    return tcpListener(`${host}:${portText}`, host, port, at, origin);
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
    bands: [
        { version: '2.2.22', from: '0' },
        { version: '3.0.0', from: '3.0' }
    ],
    analyze(ctx) {
        const rack3 = ctx.version !== null && atLeast(ctx.version, '3.0.0');
        const parsed = parseOptions(ctx.command.argv.slice(1), options(rack3));
        if (parsed.error)
            return notStarted(ctx, [optionProblem(ctx, parsed.error)]);
        const flagNotes = [];
        for (const o of parsed.options) {
            const kind = o.spec.key === 'builder' ? 'rackup-builder' : o.spec.key === 'eval' ? 'rackup-eval' : o.spec.key === 'debug' ? 'rackup-debug' : null;
            if (kind)
                flagNotes.push({ at: optionSpan(ctx, o), kind, data: { option: o.written, value: o.value?.text ?? '' } });
        }
        const unsure = uncertainOption(ctx, parsed);
        if (unsure)
            return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes);
        const cwd = ctx.command.cwd;
        const serverOpt = lastOption(parsed, 'server');
        const handler = serverOpt?.value ? (serverOpt.value.unknown ? null : named(serverOpt.value.text)) : defaultHandler(ctx, rack3);
        const daemon = lastOption(parsed, 'daemonize') ?? lastOption(parsed, 'daemonize-noclose');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
        // rackup writes -P itself, after daemonizing, with the server's PID
        const pidOpt = lastOption(parsed, 'pid');
        const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
        // Rack 2.2's Process.daemon changes directory to "/": Puma then finds no config/puma.rb
        const base = cwd === null ? null : appRelative(cwd);
        const pumaConfig = handler === 'puma' && !(daemon && !rack3) && base !== null
            ? [`config/puma/${ctx.environment}.rb`, 'config/puma.rb'].map((f) => (base ? base + '/' : '') + f).find((f) => ctx.exists(f))
            : undefined;
        let pidFile;
        if (pidOpt?.value?.unknown)
            pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
        else if (pidOpt?.value)
            pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd);
        else if (pumaConfig)
            pidFile = undecided('config-file', ctx.commandSpan, { files: pumaConfig });
        else
            pidFile = pidFromPath(null, ctx.commandSpan, cwd);
        if (handler === null) {
            const at = serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan;
            return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: serverOpt?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const host = lastOption(parsed, 'host');
        const port = lastOption(parsed, 'port');
        if (host?.value?.unknown) {
            return { boots: true, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, host), { text: host.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: pumaConfig ? [pumaConfig] : [] };
        }
        const hostText = host?.value?.text ?? (ctx.environment === 'development' ? 'localhost' : '0.0.0.0');
        const portNum = port?.value ? parsePort(port.value) : 9292;
        const at = host ? optionSpan(ctx, host) : port ? optionSpan(ctx, port) : ctx.commandSpan;
        const listeners = [handlerListener(handler, hostText, portNum, port?.value?.text ?? '9292', at, host || port ? 'command-line' : 'default', pumaVersion)];
        let socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        if (handler === 'other' || handler === 'falcon')
            socket = undecided('unknown-server', serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan, { handler: serverOpt?.value?.text ?? handler });
        return {
            boots: handler === 'other' || handler === 'falcon' ? null : pumaConfig ? null : true,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners: socket.value === null ? null : listeners,
            flagNotes,
            configFiles: pumaConfig ? [pumaConfig] : []
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






const rails_OPTIONS = [
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
    bands: [
        { version: '7.1.0', from: '0' },
        { version: '7.2.0', from: '7.2' }
    ],
    analyze(ctx) {
        // argv: rails server [server-name] [options]
        const args = ctx.command.argv.slice(2);
        const parsed = parseOptions(args, rails_OPTIONS, { abbreviations: false });
        if (parsed.error) {
            // Thor's handling of unknown options was not studied: do not claim a boot failure
            const at = ctx.file.span(parsed.error.start, parsed.error.end);
            return allUnknown('unknown-value', at, { word: parsed.error.written });
        }
        const flagNotes = [];
        const cfg = lastOption(parsed, 'config');
        if (cfg?.value && /puma|unicorn|thin/.test(cfg.value.text))
            flagNotes.push({ at: optionSpan(ctx, cfg), kind: 'rails-config', data: { option: cfg.written, value: cfg.value.text } });
        const cwd = ctx.command.cwd;
        const env = ctx.command.env;
        const version = ctx.version ?? '7.2.0';
        const using = lastOption(parsed, 'using');
        const positionalServer = parsed.positional[0];
        const rackVersion = ctx.lockfile?.gems.get('rack')?.version;
        const rack3 = rackVersion !== undefined && atLeast(rackVersion, '3.0.0');
        const handler = using?.value ? named(using.value.text) : positionalServer ? named(positionalServer.text) : defaultHandler(ctx, rack3);
        const daemon = lastOption(parsed, 'daemon');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
        const pidOpt = lastOption(parsed, 'pid');
        const envName = lastOption(parsed, 'environment')?.value?.text ?? ctx.environment;
        let pidFile;
        if (pidOpt?.value?.unknown)
            pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
        else if (pidOpt?.value)
            pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd);
        else if (env.get('PIDFILE'))
            pidFile = pidFromPath(env.get('PIDFILE'), ctx.commandSpan, cwd);
        else if (!atLeast(version, '7.2.0') || envName === 'development')
            pidFile = pidFromPath('tmp/pids/server.pid', ctx.commandSpan, cwd);
        else
            pidFile = pidFromPath(null, ctx.commandSpan, cwd);
        if (handler === null || handler === 'other' || handler === 'falcon') {
            const at = using ? optionSpan(ctx, using) : ctx.commandSpan;
            return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: using?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const bind = lastOption(parsed, 'binding');
        const port = lastOption(parsed, 'port');
        if (bind?.value?.unknown || port?.value?.unknown) {
            const o = bind?.value?.unknown ? bind : port;
            return { boots: true, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, o), { text: o.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const userHost = bind?.value?.text ?? env.get('BINDING') ?? env.get('HOST');
        const userPort = port?.value?.text ?? env.get('PORT');
        const base = cwd === null ? null : appRelative(cwd);
        const pumaConfig = handler === 'puma' && base !== null ? [`config/puma/${envName}.rb`, 'config/puma.rb'].map((f) => (base ? base + '/' : '') + f).find((f) => ctx.exists(f)) : undefined;
        // defaults go to Puma's default level, where config-file binds win over them
        if (pumaConfig && userHost === undefined && userPort === undefined) {
            return { boots: null, bootProblems: [], socket: undecided('config-file', ctx.commandSpan, { files: pumaConfig }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [pumaConfig] };
        }
        const host = userHost ?? (envName === 'development' ? 'localhost' : '0.0.0.0');
        const portText = userPort ?? '3000';
        const at = bind ? optionSpan(ctx, bind) : port ? optionSpan(ctx, port) : ctx.commandSpan;
        const listener = handlerListener(handler, host, port?.value ? parsePort(port.value) : /^\d+$/.test(portText) ? Number(portText) : null, portText, at, bind || port ? 'command-line' : 'default', ctx.lockfile?.gems.get('puma')?.version ?? null);
        let socket = socketFromListeners([listener], ctx.commandSpan, cwd);
        if (listener.kind === 'tcp' && /^unix:/.test(host))
            socket = verdict(false, 'host-not-socket', at, { text: host });
        return {
            boots: pumaConfig || listener.kind === 'tcp' && /[/:]/.test(host) ? null : true,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners: [listener],
            flagNotes,
            configFiles: pumaConfig ? [pumaConfig] : []
        };
    }
};

;// CONCATENATED MODULE: ./src/servers/thin.ts
/**
 * Thin 1.x/2.x (servers.md §2): `lib/thin/runner.rb`. A command word is required; `-S` or an
 * `-a` containing `/` is a Unix socket; the PID file is written only when daemonizing; `-s N`
 * renames the socket and PID file per server; a `-C` YAML file overrides the command line.
 */




const req = (key, short, long) => ({ key, short: short ? [short] : [], long: [long], arg: 'required' });
const flag = (key, short, long) => ({ key, short: short ? [short] : [], long: [long], arg: 'none' });
const THIN_OPTIONS = [
    req('address', 'a', 'address'),
    req('port', 'p', 'port'),
    req('socket', 'S', 'socket'),
    { key: 'swiftiply', short: ['y'], long: ['swiftiply'], arg: 'optional' },
    req('adapter', 'A', 'adapter'),
    req('rackup', 'R', 'rackup'),
    req('chdir', 'c', 'chdir'),
    req('stats', null, 'stats'),
    req('environment', 'e', 'environment'),
    req('prefix', null, 'prefix'),
    flag('ssl', null, 'ssl'),
    req('ssl-key-file', null, 'ssl-key-file'),
    req('ssl-cert-file', null, 'ssl-cert-file'),
    flag('ssl-disable-verify', null, 'ssl-disable-verify'),
    req('ssl-version', null, 'ssl-version'),
    req('ssl-cipher-list', null, 'ssl-cipher-list'),
    flag('daemonize', 'd', 'daemonize'),
    req('log', 'l', 'log'),
    req('pid', 'P', 'pid'),
    req('user', 'u', 'user'),
    req('group', 'g', 'group'),
    req('tag', null, 'tag'),
    req('servers', 's', 'servers'),
    req('only', 'o', 'only'),
    req('config', 'C', 'config'),
    { key: 'all', long: ['all'], arg: 'optional' },
    flag('onebyone', 'O', 'onebyone'),
    req('wait', 'w', 'wait'),
    req('backend', 'b', 'backend'),
    req('timeout', 't', 'timeout'),
    flag('force', 'f', 'force'),
    req('max-conns', null, 'max-conns'),
    req('max-persistent-conns', null, 'max-persistent-conns'),
    flag('threaded', null, 'threaded'),
    req('threadpool-size', null, 'threadpool-size'),
    flag('no-epoll', null, 'no-epoll'),
    req('require', 'r', 'require'),
    flag('quiet', 'q', 'quiet'),
    flag('debug', 'D', 'debug'),
    flag('trace', 'V', 'trace'),
    flag('help', 'h', 'help'),
    flag('version', 'v', 'version')
];
const COMMANDS = new Set(['start', 'stop', 'restart', 'config', 'install']);
/** Thin's per-server name: `/tmp/web_server.sock` → `/tmp/web_server.0.sock` (include_server_number). */
function thinNumbered(path, n) {
    const dot = path.lastIndexOf('.');
    const slash = path.lastIndexOf('/');
    return dot > slash ? `${path.slice(0, dot)}.${n}${path.slice(dot)}` : `${path}.${n}`;
}
const thin = {
    name: 'thin',
    gem: 'thin',
    analyze(ctx) {
        const parsed = parseOptions(ctx.command.argv.slice(1), THIN_OPTIONS);
        if (parsed.error)
            return notStarted(ctx, [optionProblem(ctx, parsed.error)]);
        const flagNotes = [];
        for (const o of parsed.options) {
            if (o.spec.key === 'debug')
                flagNotes.push({ at: optionSpan(ctx, o), kind: 'thin-debug', data: { option: o.written } });
            if (o.spec.key === 'chdir' && o.value && /\.(ya?ml|rb)$/.test(o.value.text)) {
                flagNotes.push({ at: optionSpan(ctx, o), kind: 'thin-chdir', data: { option: o.written, value: o.value.text } });
            }
        }
        const unsure = uncertainOption(ctx, parsed);
        if (unsure)
            return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes);
        const command = parsed.positional[0];
        if (!command)
            return notStarted(ctx, [{ at: ctx.commandSpan, kind: 'thin-no-command', data: {} }], flagNotes);
        if (command.unknown)
            return allUnknown('unknown-value', wordSpan(ctx, command), { word: command.text }, flagNotes);
        if (command.text !== 'start') {
            const kind = COMMANDS.has(command.text) ? 'thin-other-command' : 'invalid-option';
            return notStarted(ctx, [{ at: wordSpan(ctx, command), kind, data: { command: command.text, option: command.text } }], flagNotes);
        }
        const chdir = lastOption(parsed, 'chdir');
        let cwd = ctx.command.cwd;
        if (chdir?.value)
            cwd = chdir.value.unknown || cwd === null ? null : resolvePath(cwd, chdir.value.text);
        const config = lastOption(parsed, 'config');
        const daemonOpt = lastOption(parsed, 'daemonize');
        const servers = lastOption(parsed, 'servers');
        const serverCount = servers?.value && !servers.value.unknown ? Number(servers.value.text) : servers ? null : 0;
        // the YAML file (-C) assigns its keys after the command line: it may change everything
        if (config?.value) {
            const at = optionSpan(ctx, config);
            const data = { files: config.value.text };
            return {
                boots: null,
                bootProblems: [],
                socket: undecided('config-file', at, data),
                pidFile: undecided('config-file', at, data),
                daemonizes: undecided('config-file', at, data),
                listeners: null,
                flagNotes,
                configFiles: [config.value.text]
            };
        }
        // listeners: --socket wins over address/port; an address with "/" is a socket
        const socketOpt = lastOption(parsed, 'socket');
        const address = lastOption(parsed, 'address');
        const port = lastOption(parsed, 'port');
        let listeners;
        let socket;
        if (socketOpt?.value?.unknown || (!socketOpt && address?.value?.unknown)) {
            const o = socketOpt ?? address;
            listeners = null;
            socket = undecided('unknown-value', optionSpan(ctx, o), { text: o.value.text });
        }
        else if (socketOpt?.value || address?.value?.text.includes('/')) {
            const o = socketOpt ?? address;
            listeners = [{ kind: 'unix', path: o.value.text, text: o.value.text, at: optionSpan(ctx, o), origin: 'command-line' }];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else {
            const host = address?.value?.text ?? '0.0.0.0';
            const p = port?.value ? parsePort(port.value) : 3000;
            const at = port ? optionSpan(ctx, port) : address ? optionSpan(ctx, address) : ctx.commandSpan;
            listeners = [tcpListener(`${host}:${port?.value?.text ?? 3000}`, host, p, at, port || address ? 'command-line' : 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const daemonizes = daemonOpt ? verdict(true, 'flag', optionSpan(ctx, daemonOpt), { option: daemonOpt.written }) : verdict(false, 'foreground', ctx.commandSpan);
        const pidOpt = lastOption(parsed, 'pid');
        let pidFile;
        if (!daemonOpt) {
            pidFile = verdict(false, 'thin-needs-daemon', pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, { option: pidOpt?.written ?? '' });
        }
        else if (pidOpt?.value?.unknown) {
            pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
        }
        else {
            pidFile = pidFromPath(pidOpt?.value?.text ?? 'tmp/pids/thin.pid', pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, cwd);
        }
        // a cluster renames the socket and PID file of every server
        if (servers && serverCount !== 0) {
            const at = optionSpan(ctx, servers);
            if (serverCount === null) {
                socket = undecided('unknown-value', at, { text: servers.value?.text ?? '' });
                pidFile = undecided('unknown-value', at, { text: servers.value?.text ?? '' });
                listeners = null;
            }
            else {
                if (listeners && socket.value === true) {
                    const path = absolute(ctx, listeners[0].path);
                    socket = verdict(false, 'cluster-renamed', at, { path: thinNumbered(path, 0), count: String(serverCount), text: `${servers.written} ${servers.value?.text ?? ''}` });
                    listeners = listeners.map((l) => ({ ...l, path: thinNumbered(l.path, 0) }));
                }
                else if (listeners && listeners[0].kind === 'tcp' && listeners[0].port != null) {
                    const first = listeners[0];
                    listeners = Array.from({ length: serverCount }, (_, k) => ({ ...first, port: first.port + k }));
                }
                if (pidFile.value === true)
                    pidFile = verdict(false, 'cluster-renamed', at, { path: thinNumbered('/tmp/web_server.pid', 0) });
            }
        }
        return { boots: true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles: [] };
    }
};

;// CONCATENATED MODULE: ./src/servers/unicorn.ts
/**
 * Unicorn and unicorn_rails 4–6 (servers.md §3): `bin/unicorn`, `bin/unicorn_rails`,
 * `Unicorn::Configurator`. Listeners from `-l`, `-o`/`-p` and the config file add up; the
 * config file's `pid` beats `-P`; `-d` is `$DEBUG` and `-e` evaluates Ruby; `unicorn_rails -P`
 * is the deprecated `--path`.
 */




function unicorn_options(rails) {
    const specs = [
        { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
        { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
        { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
        { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
        { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
        { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
        { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
        { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
        { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
        { key: 'config', short: ['c'], long: ['config-file'], arg: 'required' },
        { key: 'listen', short: ['l'], long: ['listen'], arg: 'required' },
        { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
        { key: 'version', short: ['v'], long: ['version'], arg: 'none' }
    ];
    if (rails) {
        specs.push({ key: 'path', short: ['P'], arg: 'required' }, { key: 'path', long: ['path'], arg: 'required' });
    }
    else {
        specs.push({ key: 'pid', short: ['P'], long: ['pid'], arg: 'required' }, { key: 'no-default-middleware', short: ['N'], long: ['no-default-middleware'], arg: 'none' }, { key: 'server', short: ['s'], long: ['server'], arg: 'required' });
    }
    return specs;
}
/** `Unicorn::Configurator#expand_addr`: a path (or `unix:` path), `HOST:PORT` or a port. */
function unicornListen(text, at, origin) {
    if (text.startsWith('unix:'))
        return { kind: 'unix', path: text.slice(5).replace(/^\/+/, '/'), text, at, origin };
    if (text.startsWith('/') || text.startsWith('~'))
        return { kind: 'unix', path: text, text, at, origin };
    let m = /^(?:\*:)?(\d+)$/.exec(text);
    if (m)
        return tcpListener(text, '0.0.0.0', Number(m[1]), at, origin);
    m = /^(.*):(\d+)$/.exec(text);
    if (m)
        return tcpListener(text, m[1], Number(m[2]), at, origin);
    return null;
}
/** A word that Ruby reads as a plain name: `eval` of it raises NameError. */
const BARE_NAME = /^[a-z_][A-Za-z0-9_]*$/;
const RUBY_KEYWORDS = new Set(['nil', 'true', 'false', 'self', '__FILE__', '__LINE__', 'p', 'puts', 'exit', 'abort']);
function model(name) {
    const rails = name === 'unicorn_rails';
    return {
        name: 'unicorn',
        gem: 'unicorn',
        analyze(ctx) {
            const parsed = parseOptions(ctx.command.argv.slice(1), unicorn_options(rails));
            if (parsed.error)
                return notStarted(ctx, [optionProblem(ctx, parsed.error)]);
            const flagNotes = [];
            const problems = [];
            for (const o of parsed.options) {
                if (o.spec.key === 'debug')
                    flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-debug', data: { option: o.written, program: name } });
                if (o.spec.key === 'eval' && o.value) {
                    if (!o.value.unknown && BARE_NAME.test(o.value.text) && !RUBY_KEYWORDS.has(o.value.text)) {
                        problems.push({ at: optionSpan(ctx, o), kind: 'eval-word', data: { option: o.written, value: o.value.text, program: name, fix: '-E ' + o.value.text } });
                    }
                    else
                        flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-eval', data: { option: o.written, program: name } });
                }
            }
            if (problems.length)
                return notStarted(ctx, problems, flagNotes);
            const unsure = uncertainOption(ctx, parsed);
            if (unsure)
                return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes);
            const cwd = ctx.command.cwd;
            const cli = [];
            let unknownAt = null;
            for (const o of allOptions(parsed, 'listen')) {
                if (!o.value)
                    continue;
                if (o.value.unknown) {
                    unknownAt ??= { at: optionSpan(ctx, o), text: o.value.text };
                    continue;
                }
                const l = unicornListen(o.value.text, optionSpan(ctx, o), 'command-line');
                if (l)
                    cli.push(l);
                else
                    unknownAt ??= { at: valueSpan(ctx, o.value), text: o.value.text };
            }
            const host = lastOption(parsed, 'host');
            const port = lastOption(parsed, 'port');
            if (host || port) {
                // rackup compatibility: one HOST:PORT listener
                const h = host?.value?.text ?? '0.0.0.0';
                const p = port?.value ? (port.value.unknown ? null : Number(port.value.text)) : 8080;
                const at = optionSpan(ctx, (port ?? host));
                if (host?.value?.unknown)
                    unknownAt ??= { at, text: host.value.text };
                else if (h.startsWith('/'))
                    cli.push({ kind: 'unix', path: h, text: h, at, origin: 'command-line' });
                else
                    cli.push(tcpListener(`${h}:${port?.value?.text ?? 8080}`, h, p, at, 'command-line'));
            }
            const config = lastOption(parsed, 'config');
            const configFiles = [];
            let configAt = null;
            if (config?.value) {
                configAt = optionSpan(ctx, config);
                if (config.value.unknown || cwd === null)
                    configFiles.push(config.value.text);
                else {
                    const rel = appRelative(absolute(ctx, config.value.text));
                    if (rel !== null && !ctx.exists(rel)) {
                        return notStarted(ctx, [{ at: configAt, kind: 'missing-config', data: { path: config.value.text } }], flagNotes);
                    }
                    configFiles.push(rel ?? config.value.text);
                }
            }
            const configData = { files: configFiles.join(', ') };
            let listeners;
            let socket;
            const cliSocket = socketFromListeners(cli, ctx.commandSpan, cwd);
            if (unknownAt) {
                listeners = null;
                socket = undecided('unknown-value', unknownAt.at, { text: unknownAt.text });
            }
            else if (cliSocket.value === true) {
                // listeners add up: the socket is served whatever the config file adds
                listeners = configAt ? null : cli;
                socket = cliSocket;
            }
            else if (configAt) {
                listeners = null;
                socket = undecided('config-file', configAt, configData);
            }
            else {
                listeners = cli.length ? cli : [tcpListener('0.0.0.0:8080', '0.0.0.0', 8080, ctx.commandSpan, 'default')];
                socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
            }
            const daemon = lastOption(parsed, 'daemonize');
            const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
            let pidFile;
            const pidOpt = lastOption(parsed, 'pid');
            const pathOpt = parsed.options.find((o) => o.spec.key === 'path' && o.written === '-P');
            if (configAt)
                pidFile = undecided('config-file', configAt, configData);
            else if (pidOpt?.value?.unknown)
                pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
            else if (pidOpt?.value)
                pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd);
            else if (rails && daemon)
                pidFile = pidFromPath('tmp/pids/unicorn.pid', optionSpan(ctx, daemon), cwd, '-D');
            else
                pidFile = pidFromPath(null, ctx.commandSpan, cwd);
            if (pathOpt && pidFile.value === false) {
                pidFile = verdict(false, 'unicorn-rails-p-is-path', optionSpan(ctx, pathOpt), { text: pathOpt.value?.text ?? '' });
            }
            return { boots: configAt ? null : true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles };
        }
    };
}
const unicorn = model('unicorn');
const unicornRails = model('unicorn_rails');

;// CONCATENATED MODULE: ./src/servers/index.ts









function identify(command) {
    const argv = command.argv;
    if (!argv)
        return null;
    switch (command.programName) {
        case 'puma':
            return puma;
        case 'thin':
            return thin;
        case 'unicorn':
            return unicorn;
        case 'unicorn_rails':
            return unicornRails;
        case 'rackup':
            return rackup;
        case 'rails':
            return argv[1] && (argv[1].text === 'server' || argv[1].text === 's') ? rails : null;
        case 'passenger':
            return argv[1]?.text === 'start' ? passenger : null;
        default:
            return null;
    }
}
function analyzeWebServer(input) {
    const { procfile, entry } = input;
    const command = analyzeCommand(procfile, entry.command, entry.commandStart, input.environment);
    const commandSpan = procfile.span(entry.commandStart, entry.commandEnd);
    const model = identify(command);
    const locked = model?.gem ? (input.lockfile?.gems.get(model.gem) ?? null) : null;
    const version = locked?.version ?? null;
    const ctx = {
        file: procfile,
        command,
        commandSpan,
        version,
        lockfile: input.lockfile,
        exists: input.exists,
        environment: input.environment
    };
    let facts;
    let ifStarted = null;
    if (command.argv === null) {
        const at = command.unsupported?.at ?? commandSpan;
        facts = unknownFacts('not-followable', at, { what: command.unsupported?.what ?? '' });
    }
    else if (!model) {
        facts = unknownFacts('unknown-server', command.program ? wordSpan(ctx, command.program) : commandSpan, { program: command.programName });
    }
    else {
        const analyze = (c) => (model.bands && version === null ? acrossBands(model, c) : model.analyze(c));
        facts = analyze(ctx);
        if (facts.boots !== false)
            ifStarted = facts;
        // a missing config file would be fixed, not removed: then nothing can be said about it
        else if (!facts.bootProblems.some((p) => p.kind === 'missing-config')) {
            // drop the words the boot problems point at and look again
            const spans = facts.bootProblems.map((p) => procfile.offsets(p.at));
            const kept = command.argv.filter((w, i) => i === 0 || !spans.some(([a, b]) => w.start < b && w.end > a));
            if (kept.length < command.argv.length) {
                const again = analyze({ ...ctx, command: { ...command, argv: kept } });
                if (again.boots !== false)
                    ifStarted = again;
            }
        }
        // `bundle exec puma` with a lockfile that does not lock puma: Bundler refuses to run it
        const needsGem = command.bundleExec || command.binstub;
        if (needsGem && input.lockfile?.valid && model.gem && !locked && !(model.gem === 'rack' && input.lockfile.gems.has('rackup'))) {
            const problem = { at: wordSpan(ctx, command.program), kind: 'not-bundled', data: { gem: model.gem, program: command.programName } };
            facts = { ...facts, boots: false, bootProblems: [problem, ...facts.bootProblems] };
        }
    }
    return {
        entry,
        procfile,
        command,
        commandSpan,
        server: model?.name ?? 'unknown',
        program: command.programName,
        model,
        version,
        facts,
        ifStarted,
        prediction: predict(facts)
    };
}
function unknownFacts(reason, at, data) {
    return {
        boots: null,
        bootProblems: [],
        socket: undecided(reason, at, data),
        pidFile: undecided(reason, at, data),
        daemonizes: undecided(reason, at, data),
        listeners: null,
        flagNotes: [],
        configFiles: []
    };
}
/** With no locked version: model each band and keep only what they all agree on. */
function acrossBands(model, ctx) {
    const bands = model.bands;
    const results = bands.map((b) => model.analyze({ ...ctx, version: b.version }));
    const same = (get) => results.every((r) => JSON.stringify(get(r)) === JSON.stringify(get(results[0])));
    const describe = (get, show) => {
        const parts = [];
        let start = 0;
        for (let k = 1; k <= results.length; k++) {
            if (k === results.length || JSON.stringify(get(results[k])) !== JSON.stringify(get(results[start]))) {
                parts.push(`${show(get(results[start]))} on ${model.name} ${bandLabel(bands, start, k - 1)}`);
                start = k;
            }
        }
        return parts.join(', ');
    };
    const merge = (get) => {
        if (same((f) => get(f).value))
            return get(results[0]);
        const at = results.map(get).find((v) => v.value !== true)?.at ?? get(results[0]).at;
        // someVersions: true on some bands, so a line can still claim the socket or PID file
        const someVersions = String(results.some((r) => get(r).value === true));
        return undecided('version', at, { versions: describe((f) => get(f).value, (v) => (v === true ? 'yes' : v === false ? 'no' : 'unknown')), someVersions });
    };
    // boot problems that happen on some bands only are kept with the bands they happen on
    const problems = [];
    const keyOf = (p) => `${p.kind}@${p.at.line}:${p.at.column}`;
    const seen = new Set();
    for (const r of results) {
        for (const p of r.bootProblems) {
            const key = keyOf(p);
            if (seen.has(key))
                continue;
            seen.add(key);
            const on = results.map((x) => x.bootProblems.some((q) => keyOf(q) === key));
            const first = on.indexOf(true);
            const last = on.lastIndexOf(true);
            const contiguous = on.slice(first, last + 1).every(Boolean);
            const all = on.every(Boolean);
            problems.push(all ? p : { ...p, versions: contiguous ? bandLabel(bands, first, last) : 'some versions' });
        }
    }
    const bootsSame = same((f) => f.boots);
    const flagNotes = results.flatMap((r) => r.flagNotes).filter((n, i, all) => all.findIndex((m) => m.kind === n.kind && m.at.column === n.at.column) === i);
    return {
        boots: bootsSame ? results[0].boots : null,
        bootProblems: problems,
        socket: merge((f) => f.socket),
        pidFile: merge((f) => f.pidFile),
        daemonizes: merge((f) => f.daemonizes),
        listeners: same((f) => f.listeners) ? results[0].listeners : null,
        flagNotes,
        configFiles: results[0].configFiles
    };
}
function predict(f) {
    if (f.boots === false)
        return { boots: false, servesSocket: false, writesPidFile: false, daemonizes: false, tcpPorts: [] };
    const tcp = f.listeners?.filter((l) => l.kind === 'tcp');
    const ports = tcp && tcp.every((l) => typeof l.port === 'number') ? [...new Set(tcp.map((l) => l.port))].sort((a, b) => a - b) : null;
    // a server that may not start cannot be promised to serve
    const gate = (v) => (f.boots === null && v === true ? null : v);
    return {
        boots: f.boots,
        servesSocket: gate(f.socket.value),
        writesPidFile: gate(f.pidFile.value),
        daemonizes: gate(f.daemonizes.value),
        tcpPorts: f.boots === null ? null : ports
    };
}

;// CONCATENATED MODULE: ./src/check.ts
/**
 * The engine: files → model → servers → rules → sorted findings and the JSON report
 * (contract §2). Shared by the CLI and the action; touches no `process` and no network.
 */







const TOOL_VERSION = '0.1.0';
function analyzeApp(ws, root, options) {
    const app = loadApp(ws, root, options.environment);
    const prefix = root === '' ? '' : root + '/';
    const exists = (p) => ws.exists(prefix + p);
    const analyze = (procfile, name) => {
        const entry = procfileEntry(procfile, name);
        return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists }) : null;
    };
    const web = app.web ? analyze(app.web.procfile, 'custom_web') : null;
    const herokuProcfile = app.web?.procfile ?? app.procfiles.find((p) => procfileEntry(p, 'web')) ?? null;
    const herokuWeb = herokuProcfile ? analyze(herokuProcfile, 'web') : null;
    return { app, web, herokuWeb };
}
function runRules(analysis, options, rules = RULES) {
    const findings = [];
    for (const rule of rules) {
        rule.check({
            analysis,
            options,
            report(at, message, data = {}, override) {
                const template = rule.messages[message];
                if (template === undefined)
                    throw new Error(`rule ${rule.id} has no message ${message}`);
                findings.push({
                    rule: rule.id,
                    severity: override?.severity ?? rule.severity,
                    ...at,
                    message: formatMessage(template, data),
                    docs: docsPath(rule.id)
                });
            }
        });
    }
    return findings;
}
function appReport(a) {
    const web = a.web;
    return {
        root: a.app.root === '' ? '.' : a.app.root,
        files: {
            procfile: a.app.present.procfile,
            manifest: a.app.present.manifest,
            deployHooks: a.app.present.deployHooks,
            serverConfig: web ? web.facts.configFiles.map((f) => (a.app.root ? `${a.app.root}/${f}` : f)) : [],
            lockfile: a.app.present.lockfile
        },
        webServer: web
            ? {
                process: 'custom_web',
                file: web.procfile.path,
                line: web.entry.line,
                server: web.server,
                version: web.version,
                prediction: web.prediction
            }
            : null,
        restart: null,
        transition: null
    };
}
function summarize(findings) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return { errors: count('error'), warnings: count('warning'), notices: count('notice') };
}
/** Checks one folder (the app root). */
function checkDirectory(dir, options) {
    const ws = new Workspace(dir);
    const analyses = hasDeploymentFiles(ws, '') ? [analyzeApp(ws, '', options)] : [];
    const findings = analyses.flatMap((a) => runRules(a, options)).sort(compareFindings);
    return {
        analyses,
        report: {
            schemaVersion: 1,
            tool: { name: 'rack-check', version: TOOL_VERSION },
            apps: analyses.map(appReport),
            findings,
            summary: summarize(findings)
        }
    };
}

;// CONCATENATED MODULE: ./src/model/span.ts
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function compareSpans(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
function spanText(s) {
    return `${s.file}:${s.line}:${s.column}`;
}

;// CONCATENATED MODULE: ./src/reporters/github.ts
/** Workflow-command escaping, as `@actions/core` does it (toolkit `command.ts`). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
/** Path of a finding as GitHub wants it: repository-relative, `/`, no `./`. */
function annotationPath(prefix, file) {
    const p = prefix.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
    return p ? `${p}/${file}` : file;
}
/** One `::error file=…::message` line per finding (columns only on one-line spans). */
function formatGithub(findings, pathPrefix = '') {
    return findings
        .map((f) => {
        const props = [`file=${escapeProperty(annotationPath(pathPrefix, f.file))}`, `line=${f.line}`, `endLine=${f.endLine}`];
        if (f.line === f.endLine)
            props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
        props.push(`title=${escapeProperty(f.rule)}`);
        return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/reporters/json.ts
function formatJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const REPOSITORY_URL = 'https://github.com/c66/rack-check';
/** SARIF 2.1.0. SARIF regions end one column past the last character, hence the +1. */
function formatSarif(report, pathPrefix = '') {
    const prefix = pathPrefix.replace(/^\.\/?/, '').replace(/\/+$/, '');
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'rack-check',
                        version: report.tool.version,
                        informationUri: REPOSITORY_URL,
                        rules: RULES.map((r) => ({
                            id: r.id,
                            shortDescription: { text: r.summary },
                            helpUri: `${REPOSITORY_URL}/blob/main/docs/rules/${r.id}.md`,
                            defaultConfiguration: { level: LEVEL[r.severity] }
                        }))
                    }
                },
                results: report.findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: RULES.findIndex((r) => r.id === f.rule),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: prefix ? `${prefix}/${f.file}` : f.file },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn + 1 }
                            }
                        }
                    ]
                }))
            }
        ]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/text.ts
const COLORS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1' };
function paint(on, code, s) {
    return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}
/** Control characters from the checked files must not reach the terminal as escapes. */
function visible(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
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
function formatText(result, opts) {
    const { report } = result;
    let out = '';
    for (const f of report.findings) {
        const where = paint(opts.color, COLORS.bold, `${f.file}:${f.line}:${f.column}`);
        out += `${where}: ${paint(opts.color, COLORS[f.severity], f.severity)}: ${visible(f.message)} ${paint(opts.color, COLORS.dim, `[${f.rule}]`)}\n`;
        out += excerpt(f, opts.source(f.file), opts.color);
    }
    if (report.findings.length)
        out += '\n';
    if (report.apps.length === 0)
        out += 'No Cloud 66 deployment files (Procfile, .cloud66/manifest.yml, .cloud66/deploy_hooks.yml) found.\n';
    for (const app of report.apps) {
        const label = app.root === '.' ? '' : ` (${app.root})`;
        if (app.webServer) {
            const w = app.webServer;
            out += `Web server${label}: ${w.server}${w.version ? ' ' + w.version : ''} from custom_web in ${w.file}:${w.line}\n`;
            out += `  ${predictionLine(w.prediction)}\n`;
        }
        else {
            out += `Web server${label}: Passenger (no custom_web entry)\n`;
        }
    }
    const s = report.summary;
    out += `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
class UsageError extends Error {
}
const USAGE = `Usage: rack-check [DIR] [options]

Checks a Ruby/Rack app's Cloud 66 deployment setup (Procfile, .cloud66/, server configs,
Gemfile.lock) and predicts what the custom_web server will do.

Options:
  --format text|json|github|sarif   output format (default: text)
  --base REF                        git ref to compare with (Passenger transition checks)
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
    const o = { dir: '.', format: 'text', base: null, failOn: 'error', processManager: 'systemd', environment: 'production', color: null, help: false, version: false };
    let dirSet = false;
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
                break;
            case '--environment': {
                const v = value();
                if (!/^[A-Za-z0-9_.-]+$/.test(v))
                    throw new UsageError(`--environment must be a plain name, not "${v}"`);
                o.environment = v;
                break;
            }
            case '--base':
                o.base = value();
                if (o.base === '' || o.base.startsWith('-'))
                    throw new UsageError('--base needs a git ref');
                break;
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
                if (dirSet)
                    throw new UsageError(`only one folder may be checked (got "${o.dir}" and "${a}")`);
                o.dir = a;
                dirSet = true;
        }
    }
    return o;
}

;// CONCATENATED MODULE: ./src/cli/main.ts








function exitCode(result, failOn) {
    if (failOn === 'never')
        return 0;
    const min = SEVERITY_RANK[failOn];
    return result.report.findings.some((f) => SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}
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
        io.stdout(`rack-check ${TOOL_VERSION}\n`);
        return 0;
    }
    try {
        let isDir = false;
        try {
            isDir = (0,external_node_fs_namespaceObject.statSync)(opts.dir).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir) {
            io.stderr(`rack-check: ${opts.dir} is not a folder\n`);
            return 2;
        }
        if (opts.base !== null) {
            io.stderr('rack-check: --base is not supported by this version yet; run without it\n');
            return 2;
        }
        const result = checkDirectory(opts.dir, { environment: opts.environment, processManager: opts.processManager });
        const color = opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
        switch (opts.format) {
            case 'json':
                io.stdout(formatJson(result.report));
                break;
            case 'github':
                io.stdout(formatGithub(result.report.findings));
                break;
            case 'sarif':
                io.stdout(formatSarif(result.report));
                break;
            default: {
                const sources = new Map();
                for (const a of result.analyses)
                    for (const p of a.app.procfiles)
                        sources.set(p.file.path, p.file.text);
                io.stdout(formatText(result, { color, source: (p) => sources.get(p) }));
            }
        }
        return exitCode(result, opts.failOn);
    }
    catch (e) {
        const err = e;
        io.stderr(`rack-check: internal error: ${err.message}\n`);
        if (io.env.RACK_CHECK_DEBUG === '1')
            io.stderr(`${err.stack ?? ''}\n`);
        else
            io.stderr('Run again with RACK_CHECK_DEBUG=1 for details, and please report it.\n');
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts

// The shell: only this file touches process.
run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env
}).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`rack-check: ${e.message}\n`);
    process.exitCode = 2;
});


"use strict";
exports.id = 863;
exports.ids = [863];
exports.modules = {

/***/ 5689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wr: () => (/* reexport */ docs_url/* TOOL_VERSION */.wr),
  _L: () => (/* binding */ analyzeApp),
  W3: () => (/* binding */ checkDirectory),
  SX: () => (/* binding */ corrections),
  ZN: () => (/* binding */ failsAt),
  Yz: () => (/* binding */ loadNeeded),
  y5: () => (/* binding */ noParsers),
  w2: () => (/* binding */ releaseParsers),
  xG: () => (/* binding */ runRules),
  eh: () => (/* binding */ summarize)
});

// UNUSED EXPORTS: appReport

// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/model/app.ts + 1 modules
var model_app = __webpack_require__(6081);
// EXTERNAL MODULE: ./src/model/procfile.ts
var model_procfile = __webpack_require__(5559);
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

// EXTERNAL MODULE: ./src/model/yaml-tree.ts
var yaml_tree = __webpack_require__(4195);
// EXTERNAL MODULE: ./src/rules/define-rule.ts
var define_rule = __webpack_require__(8963);
// EXTERNAL MODULE: ./src/rules/index.ts + 42 modules
var src_rules = __webpack_require__(4992);
// EXTERNAL MODULE: ./src/rules/suppression-unused.ts
var suppression_unused = __webpack_require__(7735);
;// CONCATENATED MODULE: ./src/suppressions.ts
const PREFIX = /^#+\s*rack-check\s*:/;
/** The directives among a file's comments, and the comments that start like one but are not. */
function parseDirectives(file, comments) {
    const directives = [];
    const malformed = [];
    for (const c of comments) {
        const text = file.text.slice(c.start, c.end);
        const head = PREFIX.exec(text);
        if (!head)
            continue;
        const body = text.slice(head[0].length);
        const m = /^\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?:--\s*(.*?))?\s*$/.exec(body);
        const at = file.span(c.start, c.end);
        if (!m) {
            malformed.push({ at, text: text.trim() });
            continue;
        }
        const rules = [];
        const listStart = c.start + head[0].length + body.indexOf(m[2]);
        for (const piece of m[2].matchAll(/[A-Za-z0-9_-]+/g)) {
            const s = listStart + piece.index;
            rules.push({ id: piece[0], at: file.span(s, s + piece[0].length) });
        }
        const lineStart = file.lineOffset(at.line);
        const alone = file.text.slice(lineStart, c.start).trim() === '';
        directives.push({ at, scope: m[1] === 'disable-file' ? 'file' : 'line', line: alone ? at.line + 1 : at.line, rules, reason: m[3] ?? '' });
    }
    return { directives, malformed };
}
/**
 * Marks the findings the directives of their files suppress (the findings are changed in place:
 * `suppressed` is added) and returns what is wrong with the directives themselves.
 */
function applyDirectives(findings, byFile, knownRules) {
    const problems = [];
    const used = new Set();
    const key = (d, id) => `${d.at.file}:${d.at.line}:${d.at.column}:${id}`;
    for (const f of findings) {
        const entry = byFile.get(f.file);
        if (!entry)
            continue;
        for (const d of entry.directives) {
            if (d.scope === 'line' && d.line !== f.line)
                continue;
            const hit = d.rules.find((r) => r.id === f.rule);
            if (!hit)
                continue;
            used.add(key(d, hit.id));
            f.suppressed ??= { kind: 'inSource', reason: d.reason };
        }
    }
    for (const [, entry] of byFile) {
        for (const m of entry.malformed)
            problems.push({ kind: 'malformed', at: m.at, data: { text: m.text } });
        for (const d of entry.directives) {
            for (const r of d.rules) {
                if (!knownRules.has(r.id))
                    problems.push({ kind: 'unknown-rule', at: r.at, data: { id: r.id } });
                else if (!used.has(key(d, r.id)))
                    problems.push({ kind: 'unused', at: r.at, data: { id: r.id, where: d.scope === 'file' ? 'in this file' : `on line ${d.line}` } });
            }
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/model/shell.ts
var shell = __webpack_require__(843);
;// CONCATENATED MODULE: ./src/model/comments.ts


/** Procfile: lines that start with `#`, and a shell comment after an entry's command. */
function procfileComments(procfile) {
    const { file } = procfile;
    const out = [];
    for (let line = 1; line <= file.lineCount; line++) {
        const text = file.lineText(line);
        const indent = text.length - text.trimStart().length;
        if (text.trimStart().startsWith('#'))
            out.push({ start: file.lineOffset(line) + indent, end: file.lineOffset(line) + text.length });
    }
    for (const e of procfile.entries) {
        // the command as sh reads it: `#` starts a comment only at the start of a word
        const parse = (0,shell/* parseShell */.aV)(e.command, e.commandStart, { get: () => undefined, unsetBare: 'empty' });
        if (parse.comment !== null)
            out.push({ start: parse.comment, end: e.commandEnd });
    }
    return out.sort((a, b) => a.start - b.start);
}
/** YAML: the comment tokens of the `yaml` package's concrete syntax tree. */
function yamlComments(file, yaml) {
    const out = [];
    // the parser recurses once per level and in its error recovery: not for text the YAML reader refuses (docs/robustness.md)
    if ((0,yaml_tree/* yamlNestingEstimate */.se)(file.text) > yaml_tree/* MAX_TEXT_NESTING */.A3)
        return out;
    const walk = (t, depth) => {
        // the CST nests one level per collection; the YAML reader already stops deep documents
        if (!t || typeof t !== 'object' || depth > 400)
            return;
        if (Array.isArray(t)) {
            for (const x of t)
                walk(x, depth + 1);
            return;
        }
        const token = t;
        if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
            out.push({ start: token.offset, end: token.offset + token.source.length });
            return;
        }
        for (const [k, v] of Object.entries(t))
            if (k !== 'source')
                walk(v, depth + 1);
    };
    try {
        for (const token of new yaml.Parser().parse(file.text))
            walk(token, 0);
    }
    catch (e) {
        // its stack ran out anyway: the YAML reader reports the file (check-incomplete)
        if (e.name !== 'RangeError')
            throw e;
    }
    return out.sort((a, b) => a.start - b.start);
}

// EXTERNAL MODULE: ./src/rules/check-incomplete.ts
var check_incomplete = __webpack_require__(792);
// EXTERNAL MODULE: ./src/servers/environment.ts
var servers_environment = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
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
/**
 * `unset`: what a bare `$NAME` of a variable the prediction environment does not set gives —
 * 'empty' as written (the prediction), 'unknown' to ask what the line would do if the app
 * defined it (to report the line's other problems when it fails as written).
 */
function analyzeCommand(file, command, commandStart, environment, unset = 'empty') {
    const env = (0,servers_environment/* predictionEnvironment */.PH)(environment);
    const result = {
        argv: null,
        unsupported: null,
        program: null,
        programName: '',
        bundleExec: false,
        binstub: false,
        cwd: servers_environment/* APP_ROOT */.V2,
        env,
        unknownEnv: new Set(),
        unknownWords: [],
        unsetVariables: []
    };
    const follow = (parse, map, depth) => {
        const span = (s, e) => file.span(s, e);
        for (const u of parse.unset) {
            const w = map({ text: '', offsets: [], start: u.start, end: u.end, unknown: false, unknownVars: [], vars: [] });
            result.unsetVariables.push({ name: u.name, at: span(w.start, w.end), start: w.start, end: w.end });
        }
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
                    result.cwd = (0,paths/* resolvePath */.o)(result.cwd, dir.text);
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
                const innerParse = (0,shell/* parseShell */.aV)(inner.text, 0, (0,servers_environment/* shellEnvironment */.en)(result.env, unset));
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
    const parse = (0,shell/* parseShell */.aV)(command, commandStart, (0,servers_environment/* shellEnvironment */.en)(env, unset));
    follow(parse, (w) => w, 0);
    return result;
}

// EXTERNAL MODULE: ./src/servers/common.ts
var common = __webpack_require__(23);
// EXTERNAL MODULE: ./src/servers/puma.ts
var puma = __webpack_require__(6155);
// EXTERNAL MODULE: ./src/servers/version.ts
var version = __webpack_require__(1856);
;// CONCATENATED MODULE: ./src/servers/index.ts





async function loadModel(name) {
    switch (name) {
        case 'thin':
            return (await __webpack_require__.e(/* import() */ 657).then(__webpack_require__.bind(__webpack_require__, 2657))).thin;
        case 'unicorn':
            return (await __webpack_require__.e(/* import() */ 640).then(__webpack_require__.bind(__webpack_require__, 6640))).unicorn;
        case 'unicorn_rails':
            return (await __webpack_require__.e(/* import() */ 640).then(__webpack_require__.bind(__webpack_require__, 6640))).unicornRails;
        case 'rackup':
            return (await __webpack_require__.e(/* import() */ 81).then(__webpack_require__.bind(__webpack_require__, 81))).rackup;
        case 'rails':
            return (await __webpack_require__.e(/* import() */ 81).then(__webpack_require__.bind(__webpack_require__, 81))).rails;
        case 'passenger':
            return (await __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 5700))).passenger;
    }
}
/** Which model a command runs: `puma`, one to load, or null (not a server rack-check models). */
function identify(command) {
    const argv = command.argv;
    if (!argv)
        return null;
    switch (command.programName) {
        case 'puma':
        case 'thin':
        case 'unicorn':
        case 'unicorn_rails':
        case 'rackup':
            return command.programName;
        case 'rails':
            return argv[1] && (argv[1].text === 'server' || argv[1].text === 's') ? 'rails' : null;
        case 'passenger':
            return argv[1]?.text === 'start' ? 'passenger' : null;
        default:
            return null;
    }
}
/** The analysis of a web process; null when its server's model is not loaded yet (then `pending` was told which). */
function analyzeWebServer(input) {
    const { procfile, entry } = input;
    const command = analyzeCommand(procfile, entry.command, entry.commandStart, input.environment);
    const commandSpan = procfile.span(entry.commandStart, entry.commandEnd);
    const name = identify(command);
    const model = name === 'puma' ? puma/* puma */.yy : name ? (input.models[name] ?? null) : null;
    if (name && !model) {
        input.pending(name);
        return null;
    }
    const locked = model?.gem ? (input.lockfile?.gems.get(model.gem) ?? null) : null;
    const version = locked?.version ?? null;
    const ctx = {
        file: procfile,
        command,
        commandSpan,
        version,
        lockfile: input.lockfile,
        exists: input.exists,
        isFolder: input.isFolder,
        config: input.config,
        environment: input.environment
    };
    let facts;
    let ifStarted = null;
    if (command.argv === null) {
        const at = command.unsupported?.at ?? commandSpan;
        facts = unknownFacts('not-followable', at, { what: command.unsupported?.what ?? '' });
    }
    else if (!model) {
        facts = unknownFacts('unknown-server', command.program ? (0,common/* wordSpan */.BW)(ctx, command.program) : commandSpan, { program: command.programName });
    }
    else {
        const analyze = (c) => (model.bands && version === null ? acrossBands(model, c) : model.analyze(c));
        facts = analyze(ctx);
        if (facts.boots !== false)
            ifStarted = facts;
        else if (facts.bootProblems.some((p) => p.kind === 'missing-config')) {
            // a missing config file would be added, not removed: judge the line as if the file were
            // there with contents rack-check cannot know, so that what the command line alone decides
            // (a `-D`, a relative socket) is reported at once
            const missing = new Set(facts.bootProblems.filter((p) => p.kind === 'missing-config').map((p) => (0,servers_environment/* appRelative */.UH)((0,paths/* resolvePath */.o)(command.cwd ?? servers_environment/* APP_ROOT */.V2, p.data.path))));
            const blind = (appPath, read) => missing.has(appPath) ? { status: 'unreadable', problem: 'it does not exist yet' } : read(appPath);
            const again = analyze({
                ...ctx,
                exists: (p) => missing.has(p) || input.exists(p),
                config: {
                    ruby: (p, env) => blind(p, (q) => input.config.ruby(q, env)),
                    yaml: (p) => blind(p, (q) => input.config.yaml(q))
                }
            });
            if (again.boots !== false)
                ifStarted = again;
        }
        else {
            // a line that fails because an unset variable vanished is judged again as if the app
            // defined it (its value unknown), so that its other problems show at once
            const ifSet = command.unsetVariables.length ? analyzeCommand(procfile, entry.command, entry.commandStart, input.environment, 'unknown') : null;
            const base = ifSet?.argv ? { ...ctx, command: ifSet } : ctx;
            const first = ifSet?.argv ? analyze(base) : facts;
            if (first.boots !== false)
                ifStarted = first;
            else {
                // drop the words the boot problems point at and look again
                const argv = base.command.argv;
                // spans by start, words in source order: one pass (quadratic in the words before)
                const spans = first.bootProblems.map((p) => procfile.offsets(p.at)).sort((x, y) => x[0] - y[0]);
                let next = 0;
                let reach = -Infinity; // the furthest end of the spans that start before the word ends
                const kept = argv.filter((w, i) => {
                    while (next < spans.length && spans[next][0] < w.end)
                        reach = Math.max(reach, spans[next++][1]);
                    return i === 0 || reach <= w.start;
                });
                if (kept.length < argv.length) {
                    const again = analyze({ ...base, command: { ...base.command, argv: kept } });
                    if (again.boots !== false)
                        ifStarted = again;
                }
            }
        }
        // `bundle exec puma` with a lockfile that does not lock puma: Bundler refuses to run it
        const needsGem = command.bundleExec || command.binstub;
        if (needsGem && input.lockfile?.valid && model.gem && !locked && !(model.gem === 'rack' && input.lockfile.gems.has('rackup'))) {
            const problem = { at: (0,common/* wordSpan */.BW)(ctx, command.program), kind: 'not-bundled', data: { gem: model.gem, program: command.programName } };
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
        socket: (0,common/* undecided */.oo)(reason, at, data),
        pidFile: (0,common/* undecided */.oo)(reason, at, data),
        daemonizes: (0,common/* undecided */.oo)(reason, at, data),
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
                parts.push(`${show(get(results[start]))} on ${model.name} ${(0,version/* bandLabel */.IB)(bands, start, k - 1)}`);
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
        return (0,common/* undecided */.oo)('version', at, { versions: describe((f) => get(f).value, (v) => (v === true ? 'yes' : v === false ? 'no' : 'unknown')), someVersions });
    };
    // boot problems that happen on some bands only are kept with the bands they happen on
    const problems = [];
    const keyOf = (p) => `${p.kind}@${p.at.line}:${p.at.column}`;
    const seen = new Set();
    // each band's problem keys once: looking them up per problem was quadratic in a line's words
    const keysOf = results.map((x) => new Set(x.bootProblems.map(keyOf)));
    for (const r of results) {
        for (const p of r.bootProblems) {
            const key = keyOf(p);
            if (seen.has(key))
                continue;
            seen.add(key);
            const on = keysOf.map((k) => k.has(key));
            const first = on.indexOf(true);
            const last = on.lastIndexOf(true);
            const contiguous = on.slice(first, last + 1).every(Boolean);
            const all = on.every(Boolean);
            problems.push(all ? p : { ...p, versions: contiguous ? (0,version/* bandLabel */.IB)(bands, first, last) : 'some versions' });
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
        configFiles: results[0].configFiles,
        bootUnknown: results.find((r) => r.bootUnknown)?.bootUnknown,
        settings: mergeSettings(results, (get) => describe(get, (v) => JSON.stringify(v))),
        everyBand: everyBandFails(model, results)
    };
}
/**
 * How each band breaks the contract, when every band does: e.g. Puma's `-d` daemonizes below 5.0
 * (systemd loses the server) and is refused from 5.0 on. Undefined when some band keeps it.
 * Daemonizing counts here; the rule ignores it under Bluepill. When every band breaks it the
 * same way, the findings without a version range already say so: undefined then too.
 */
function everyBandFails(model, results) {
    const perBand = results.map(contractFailures);
    if (perBand.some((f) => f.length === 0))
        return undefined;
    const bands = model.bands;
    const out = [];
    let start = 0;
    const key = (f) => f.map((x) => x.what).join('\n');
    for (let k = 1; k <= perBand.length; k++) {
        if (k === perBand.length || key(perBand[k]) !== key(perBand[start])) {
            out.push({ versions: (0,version/* bandLabel */.IB)(bands, start, k - 1), failures: perBand[start] });
            start = k;
        }
    }
    return out.length > 1 ? out : undefined;
}
/** The definite ways one band's facts break Cloud 66's contract. */
function contractFailures(f) {
    if (f.boots === false)
        return f.bootProblems.filter((p) => p.kind !== 'not-bundled').map((p) => ({ kind: 'boot', at: p.at, what: bootClause(p) }));
    const out = [];
    if (f.daemonizes.value === true)
        out.push({ kind: 'daemonizes', at: f.daemonizes.at, what: `\`${f.daemonizes.data.option ?? 'daemonize'}\` daemonizes it, and systemd then loses the server` });
    if (f.socket.value === false)
        out.push({ kind: 'no-socket', at: f.socket.at, what: 'it does not serve /tmp/web_server.sock' });
    if (f.pidFile.value === false)
        out.push({ kind: 'no-pid', at: f.pidFile.at, what: 'it writes no /tmp/web_server.pid' });
    return out;
}
function bootClause(p) {
    const d = p.data;
    switch (p.kind) {
        case 'removed-daemon':
            return `\`${d.option}\` makes it exit at start (daemon mode was removed in 5.0)`;
        case 'ambiguous-option':
            return `\`${d.option}\` is ambiguous (${d.candidates}), so it exits at start`;
        case 'invalid-option':
            return `it rejects \`${d.option}\` and exits at start`;
        case 'missing-argument':
            return `\`${d.option}\` has no value, so it exits at start`;
        case 'needless-argument':
            return `\`${d.option}\` takes no value, so it exits at start`;
        case 'missing-config':
            return `it exits at start because \`${d.path}\` does not exist`;
        case 'config-removed-daemon':
            return `\`daemonize\` in \`${d.path}\` raises NameError, so it exits at start`;
        case 'config-syntax':
            return `\`${d.path}\` is not valid Ruby, so it exits at start`;
        case 'config-raises':
            return `loading \`${d.path}\` raises, so it exits at start`;
        case 'invalid-value':
            return `it cannot use ${d.value ? '`' + d.value + '`' : 'an empty word'} as the value of \`${d.option}\` and exits at start`;
        case 'no-app':
            return `it takes \`${d.text}\` for the rackup file, finds none and exits at start`;
        default:
            return 'it exits at start';
    }
}
/** A setting the bands disagree on becomes unknown, saying on which versions it is what. */
function mergeSettings(results, describe) {
    const first = results[0].settings;
    if (!first)
        return undefined;
    const out = {};
    for (const key of Object.keys(first)) {
        const same = results.every((r) => JSON.stringify(r.settings?.[key]?.value) === JSON.stringify(first[key].value));
        out[key] = same ? first[key] : { value: null, at: first[key].at, origin: first[key].origin, why: `it depends on the version: ${describe((f) => f.settings?.[key]?.value ?? null)}` };
    }
    return out;
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

// EXTERNAL MODULE: ./src/model/manifest.ts
var model_manifest = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/model/signals.ts
var signals = __webpack_require__(9196);
// EXTERNAL MODULE: ./src/servers/signals.ts
var servers_signals = __webpack_require__(8005);
;// CONCATENATED MODULE: ./src/restart.ts



/** Default restart signal (cloud66.md §5.2 for systemd; §5.3: Bluepill sends `usr2` to every web server). */
function defaultRestartSignal(server, pm) {
    if (pm === 'bluepill')
        return 'usr2';
    return server === 'puma' || server === 'unicorn' ? 'usr2' : 'hup';
}
/** Default stop sequence of the web process (cloud66.md §5.1–5.3). */
function defaultStopSequence(server, pm) {
    if (pm === 'bluepill')
        return 'quit, 30, term, 11, kill';
    if (server === 'unicorn')
        return 'quit, 75, term, 15, kill';
    if (server === 'thin')
        return 'quit, 75, int, 15, kill';
    return 'term, 90, kill';
}
function signalEffect(web, signal) {
    const model = web.model;
    if (!model?.signal)
        return (0,servers_signals/* notStudied */.wY)(web.program || 'this server');
    // a server that cannot start is judged as it would run once fixed
    return model.signal(signal, web.ifStarted ?? web.facts, web.version);
}
function manifestValue(manifest, key) {
    const s = manifest ? (0,model_manifest/* webSetting */.bU)(manifest, key) : null;
    if (!s || s.pair.value?.kind !== 'scalar')
        return null;
    return { at: s.pair.value.at, scalar: s.pair.value, process: s.process, environment: s.block.environment };
}
function planRestart(app, web, pm) {
    if (!web)
        return null;
    const server = web.server;
    const defaultSignal = defaultRestartSignal(server, pm);
    const manifest = app.manifest;
    const set = manifestValue(manifest, 'restart_signal');
    let signal = defaultSignal;
    let effect;
    if (set && set.scalar.value !== null) {
        const text = String(set.scalar.value);
        const word = (0,signals/* readSignal */.Lb)(text, set.at);
        signal = word.name ?? text.toLowerCase();
        effect = set.scalar.erb
            ? { effect: 'unknown', does: 'depends on an ERB tag in the manifest', dropsRequests: null, why: 'the value is an ERB tag' }
            : word.name
                ? signalEffect(web, word.name)
                : { effect: 'unknown', does: `\`${text}\` is not a signal name`, dropsRequests: null, why: `\`${text}\` is not a signal name` };
    }
    else
        effect = signalEffect(web, defaultSignal);
    const stopSet = manifestValue(manifest, 'stop_sequence');
    let stop;
    if (stopSet && manifest && typeof stopSet.scalar.value === 'string' && !stopSet.scalar.erb) {
        const sequence = (0,signals/* parseStopSequence */.Df)(manifest.file, stopSet.scalar);
        const firstSignal = sequence.steps[0]?.signal?.name;
        stop = { text: stopSet.scalar.value, setBy: stopSet, sequence, first: firstSignal ? signalEffect(web, firstSignal) : null };
    }
    else if (stopSet) {
        stop = { text: String(stopSet.scalar.value), setBy: stopSet, sequence: null, first: null };
    }
    else {
        const text = defaultStopSequence(server, pm);
        stop = { text, setBy: null, sequence: null, first: signalEffect(web, text.split(',')[0].trim()) };
    }
    const rod = manifestValue(manifest, 'restart_on_deploy');
    const restartOnDeploy = rod && typeof rod.scalar.value === 'boolean' && !rod.scalar.quoted ? { value: rod.scalar.value, setBy: rod } : null;
    return { server, boots: web.prediction.boots, signal, source: set && set.scalar.value !== null ? 'manifest' : 'default', setBy: set && set.scalar.value !== null ? set : null, effect, defaultSignal, processManager: pm, stop, restartOnDeploy };
}

;// CONCATENATED MODULE: ./src/transition.ts
/** `passenger` means the built-in Passenger: no `custom_web` entry. */
function serverOf(app) {
    if (!app || !app.webServer)
        return { name: 'passenger', builtin: true };
    return { name: app.webServer.server, builtin: false };
}
function compareServers(head, base) {
    const from = serverOf(base);
    const to = serverOf(head);
    const direction = from.builtin === to.builtin ? 'none' : to.builtin ? 'to-passenger' : 'to-custom';
    return { transition: { from: from.name, to: to.name, passengerImmutable: direction !== 'none' }, direction };
}

// EXTERNAL MODULE: ./src/docs-url.ts
var docs_url = __webpack_require__(7592);
;// CONCATENATED MODULE: ./src/check.ts
/**
 * The engine: files → model → servers → rules → sorted findings and the JSON report
 * (contract §2). Shared by the CLI and the action; touches no `process` and no network.
 */

















/**
 * The verified corrected `custom_web` line of each app (fixes/corrected-line.ts). Only a finding
 * with a fix can give one, so without such a finding that code is not loaded (start-up time).
 */
async function corrections(result, options) {
    if (!result.report.findings.some((f) => f.fix && !f.suppressed))
        return [];
    return (await __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 3823))).verifiedCorrections(result, options);
}
/** Set once Prism has been loaded in this process (its worker thread may be running). */
let rubyLoaded = false;
/**
 * Ends what a run no longer needs (Prism's worker thread) once nothing more will be parsed: the
 * thread then shuts down while the shell writes its output instead of at exit.
 */
async function releaseParsers() {
    if (rubyLoaded)
        (await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 1069))).stopRubyParser();
}
/** Starts loading Prism (and its worker) without waiting: loadNeeded then finds it under way. */
function prefetchRuby() {
    rubyLoaded = true;
    __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 1069)).then(({ loadRubyParser }) => loadRubyParser().catch(() => { }), // its failure is loadNeeded's to report
    () => { });
}
function noParsers() {
    return { ruby: null, yaml: null, models: {} };
}
/**
 * Loads what `needs` asks for and `parsers` lacks (yaml, Prism and the models at once); false
 * when there was nothing to load, so the analysis that asked is final. `wrap` sees each Ruby
 * parse (the engine notes the files Prism gave up on).
 */
async function loadNeeded(needs, parsers, wrap = (p) => p) {
    const ruby = needs.ruby && !parsers.ruby;
    const yaml = needs.yaml && !parsers.yaml;
    const models = needs.models.filter((m) => !parsers.models[m]);
    if (!ruby && !yaml && models.length === 0)
        return false;
    await Promise.all([
        ruby &&
            // one chunk: the evaluator carries the parser's loader
            __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 1069)).then(async ({ loadRubyParser, evaluateRubyConfig }) => {
                rubyLoaded = true;
                parsers.ruby ??= { parse: wrap(await loadRubyParser()), evaluate: evaluateRubyConfig };
            }),
        yaml &&
            (0,yaml_tree/* loadYaml */.yv)().then((y) => {
                parsers.yaml ??= y;
            }),
        ...models.map((m) => loadModel(m).then((model) => {
            parsers.models[m] = model;
        }))
    ]);
    return true;
}
/**
 * Analyses one app. What is not loaded yet (see `Parsers`) is noted in `needs`: the caller
 * loads it (`loadNeeded`) and analyses again.
 */
function analyzeApp(ws, root, options, parsers) {
    const { ruby, yaml } = parsers;
    const app = (0,model_app/* loadApp */.AT)(ws, root, options.environment, yaml);
    const prefix = root === '' ? '' : root + '/';
    // a file a deploy hook copies into place is read from where it is copied from
    const actual = (p) => prefix + (app.replaced.get(p)?.source ?? p);
    const exists = (p) => ws.exists(actual(p));
    const isFolder = (p) => ws.isFolder(prefix + p);
    const needs = { ruby: false, yaml: app.needsYaml, models: [] };
    const parsed = new Map();
    // the config files read, for their `# rack-check:` comments
    const yamlConfigs = new Map();
    const rubyConfigs = new Map();
    const evaluated = new Map();
    const read = (appPath) => {
        const r = (0,model_app/* readNoting */.gs)(ws, actual(appPath), app.unreadable);
        if (r.ok)
            return { status: 'ok', value: r.file };
        return r.missing ? { status: 'missing' } : { status: 'unreadable', problem: r.problem };
    };
    const config = {
        yaml(appPath) {
            const r = read(appPath);
            if (r.status !== 'ok')
                return r;
            if (!yaml) {
                needs.yaml = true;
                return { status: 'pending' };
            }
            yamlConfigs.set(r.value.path, r.value);
            return { status: 'ok', value: { file: r.value, yaml } };
        },
        ruby(appPath, env) {
            const r = read(appPath);
            if (r.status !== 'ok')
                return r;
            if (!ruby) {
                // Prism's worker thread takes longer to start than the rest of this pass: it starts now
                if (!needs.ruby)
                    prefetchRuby();
                needs.ruby = true;
                return { status: 'pending' };
            }
            let p = parsed.get(appPath);
            if (!p)
                parsed.set(appPath, (p = ruby.parse(r.value)));
            // rack-check's own parser gave up (docs/robustness.md): what the server does with the file is not known
            if (p.failure)
                return { status: 'unreadable', problem: p.failure };
            rubyConfigs.set(r.value.path, { file: r.value, parse: p });
            // evaluated once per file and environment: the version bands ask again with the same one
            const byEnv = evaluated.get(appPath) ?? new Map();
            evaluated.set(appPath, byEnv);
            let c = byEnv.get(env);
            if (!c)
                byEnv.set(env, (c = ruby.evaluate(r.value, p, env)));
            return { status: 'ok', value: c };
        }
    };
    const analyze = (procfile, name) => {
        const entry = (0,model_procfile/* procfileEntry */.P)(procfile, name);
        const pending = (m) => void (needs.models.includes(m) || needs.models.push(m));
        return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists, isFolder, config, models: parsers.models, pending }) : null;
    };
    const web = app.web ? analyze(app.web.procfile, 'custom_web') : null;
    const herokuProcfile = app.web?.procfile ?? app.procfiles.find((p) => (0,model_procfile/* procfileEntry */.P)(p, 'web')) ?? null;
    const herokuWeb = herokuProcfile ? analyze(herokuProcfile, 'web') : null;
    const textAt = (at) => {
        const r = ws.read(at.file);
        return r.ok ? r.file.textAt(at) : '';
    };
    // a process run through Bundler proves a Gemfile as well as the file itself does
    const bundled = app.procfiles.some((p) => p.entries.some((e) => /^(bundle|bundler)\s+exec\s/.test(e.command.trimStart())));
    const rack = RACK_FILES.some((f) => ws.exists(prefix + f)) || web?.model != null || herokuWeb?.model != null || bundled || manifestNamesRack(app.manifest);
    // Cloud 66 reads `.cloud66/` at the repository root only (cloud66.md §3.1, §7.1)
    const misplacedCloud66 = ws.isFolder(prefix + '.cloud66') ? [] : OTHER_CLOUD66.map((f) => prefix + f).filter((f) => ws.exists(f));
    const license = prefix + '.cloud66/passenger-enterprise-license';
    // the comments of the files that mention rack-check at all: no second YAML parse on the usual run
    const mentions = (f) => f.text.includes('rack-check');
    const commented = app.procfiles.filter((p) => mentions(p.file)).map((p) => ({ file: p.file, comments: procfileComments(p) }));
    if (yaml)
        for (const f of [app.manifest?.file, app.deployHooks?.file, ...yamlConfigs.values()])
            if (f && mentions(f))
                commented.push({ file: f, comments: yamlComments(f, yaml) });
    for (const { file, parse } of rubyConfigs.values())
        if (mentions(file))
            commented.push({ file, comments: parse.comments });
    return {
        app,
        web,
        herokuWeb,
        restart: planRestart(app, web, options.processManager),
        change: null,
        textAt,
        needs,
        rack,
        misplacedCloud66,
        enterpriseLicense: ws.exists(license) ? license : null,
        commented
    };
}
/** A manifest with a `rails:` or `rack:` section (at the top or under an environment) is a Rack app's. */
function manifestNamesRack(manifest) {
    const root = manifest?.tree.root;
    if (root?.kind !== 'map')
        return false;
    const named = (m) => m?.kind === 'map' && m.pairs.some((p) => p.key === 'rails' || p.key === 'rack');
    return named(root) || manifest.environments.some((e) => named(e.value));
}
/** Files that make a folder a Ruby (Rack) app for Cloud 66. */
const RACK_FILES = ['Gemfile', 'gems.rb', 'Gemfile.lock', 'gems.locked', 'config.ru'];
/** Where real repositories keep Cloud 66's files outside `.cloud66/` (Discourse, diaspora, errbit). */
const OTHER_CLOUD66 = ['config/cloud/cloud66/manifest.yml', 'config/cloud/cloud66/deploy_hooks.yml', 'config/cloud/cloud66/files/Procfile', 'cloud66/manifest.yml', 'cloud66/deploy_hooks.yml'];
function runRules(analysis, options, rules = src_rules/* RULES */.y) {
    const findings = [];
    for (const rule of rules) {
        if (rule.rack && !analysis.rack)
            continue;
        rule.check({
            analysis,
            options,
            report(at, message, data = {}, override) {
                const template = rule.messages[message];
                if (template === undefined)
                    throw new Error(`rule ${rule.id} has no message ${message}`);
                const finding = {
                    rule: rule.id,
                    severity: override?.severity ?? rule.severity,
                    ...at,
                    message: (0,define_rule/* formatMessage */.hw)(template, data),
                    docs: (0,define_rule/* docsPath */.P$)(rule.id)
                };
                if (override?.fix)
                    finding.fix = fixOf(override.fix);
                findings.push(finding);
            }
        });
    }
    return findings;
}
/** A rule's edits (offsets) as the report's line and column ranges (end exclusive). */
function fixOf(spec) {
    return {
        description: spec.description,
        edits: spec.edits.map((e) => {
            const a = e.file.position(e.start);
            const b = e.file.position(e.end);
            return { file: e.file.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: e.text };
        })
    };
}
function appReport(a) {
    const web = a.web;
    const r = a.restart;
    const inApp = (f) => {
        const p = a.app.replaced.get(f)?.source ?? f;
        return a.app.root ? `${a.app.root}/${p}` : p;
    };
    return {
        root: a.app.root === '' ? '.' : a.app.root,
        files: {
            procfile: a.app.present.procfile,
            manifest: a.app.present.manifest,
            deployHooks: a.app.present.deployHooks,
            serverConfig: web ? web.facts.configFiles.map(inApp) : [],
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
        restart: r
            ? { signal: r.signal, source: r.source, file: r.setBy?.at.file ?? null, line: r.setBy?.at.line ?? null, effect: r.effect.effect }
            : null,
        transition: a.change?.transition ?? null
    };
}
/** Whether a finding is at or above `failOn` (the CLI's exit status 1, the action's failure). */
function failsAt(findings, failOn) {
    if (failOn === 'never')
        return false;
    const min = SEVERITY_RANK[failOn];
    return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min);
}
/** Suppressed findings count nowhere; the number of them is said when there are any. */
function summarize(findings) {
    const count = (s) => findings.filter((f) => f.severity === s && !f.suppressed).length;
    const suppressed = findings.filter((f) => f.suppressed).length;
    return { errors: count('error'), warnings: count('warning'), notices: count('notice'), ...(suppressed ? { suppressed } : {}) };
}
/** `.rack-check.yml`'s `rules`: a level replaces the rule's severity, `off` drops its findings. */
function withConfigLevels(findings, options) {
    const levels = options.rules;
    if (!levels?.size)
        return findings;
    return findings.flatMap((f) => {
        const level = levels.get(f.rule);
        return level === 'off' ? [] : level ? [{ ...f, severity: level }] : [f];
    });
}
/**
 * Applies the `# rack-check:` directives of every file read (src/suppressions.ts) and returns the
 * `suppression-unused` findings about the directives themselves.
 */
function suppress(analyses, findings, options) {
    const byFile = new Map();
    for (const a of analyses) {
        for (const { file, comments } of a.commented) {
            if (byFile.has(file.path) || !comments.some((c) => file.text.slice(c.start, c.end).includes('rack-check')))
                continue;
            byFile.set(file.path, parseDirectives(file, comments));
        }
    }
    if (byFile.size === 0)
        return [];
    const problems = applyDirectives(findings, byFile, new Set(src_rules/* RULES */.y.map((r) => r.id)));
    const level = options.rules?.get(suppression_unused/* default */.A.id);
    if (level === 'off')
        return [];
    const ids = { 'unknown-rule': 'unknownRule', unused: 'unused', malformed: 'malformed' };
    return problems.map((p) => ({
        rule: suppression_unused/* default */.A.id,
        severity: level ?? suppression_unused/* default */.A.severity,
        ...p.at,
        message: (0,define_rule/* formatMessage */.hw)(suppression_unused/* default */.A.messages[ids[p.kind]], { id: '', where: '', text: '', ...p.data }),
        docs: (0,define_rule/* docsPath */.P$)(suppression_unused/* default */.A.id)
    }));
}
/** Checks one folder (the app root). Prism and yaml are loaded only when a file needs them. */
async function checkDirectory(dir, options) {
    const ws = new workspace/* Workspace */.a(dir);
    const analyses = [];
    if ((0,model_app/* hasDeploymentFiles */.LI)(ws, ''))
        analyses.push(await guardedAnalysis(ws, '', options));
    // with a base, each app is compared with the base's app at the same root
    if (options.base) {
        for (const a of analyses) {
            const head = appReport(a);
            a.change = compareServers(head, options.base.apps.find((b) => b.root === head.root));
        }
    }
    // a block merged in by a YAML alias is checked where it is used and where it is anchored: one finding
    const findings = withConfigLevels(analyses.flatMap((a) => guardedRules(a, options)), options)
        .sort(finding/* compareFindings */.E)
        .filter((f, i, all) => i === 0 || (0,finding/* compareFindings */.E)(f, all[i - 1]) !== 0 || f.message !== all[i - 1].message);
    findings.push(...suppress(analyses, findings, options));
    findings.sort(finding/* compareFindings */.E);
    return {
        analyses,
        report: {
            schemaVersion: 1,
            tool: { name: 'rack-check', version: docs_url/* TOOL_VERSION */.wr },
            apps: analyses.map(appReport),
            findings,
            summary: summarize(findings)
        }
    };
}
/**
 * One app's analysis with its parsers loaded as needed. Whatever still goes wrong in it (a bug,
 * an input no limit foresaw) becomes a `check-incomplete` finding on this app, with the app's
 * files as far as they are known, and the run goes on (docs/robustness.md).
 */
async function guardedAnalysis(ws, root, options) {
    const parsers = noParsers();
    // a file rack-check's Ruby parser gave up on: noted on the app (check-incomplete)
    const parserFailures = new Map();
    const noting = (parse) => (file) => {
        const p = parse(file);
        if (p.failure)
            parserFailures.set(file.path, p.failure);
        return p;
    };
    try {
        let analysis = analyzeApp(ws, root, options, parsers);
        // each pass loads at least one more parser or model, so this ends; a YAML file read in the
        // second pass (a deploy hook's copy) may name a Ruby file the first did not
        while (await loadNeeded(analysis.needs, parsers, noting))
            analysis = analyzeApp(ws, root, options, parsers);
        for (const [path, why] of parserFailures)
            if (!analysis.app.failures.some((f) => f.path === path))
                analysis.app.failures.push({ path, why });
        return analysis;
    }
    catch (e) {
        return failedAnalysis(ws, root, options, e);
    }
}
function failure(e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // one line, and no longer than a finding needs: the message may quote the repository
    const why = (err.message.split('\n')[0] || err.name).slice(0, 200);
    return { path: null, why, stack: err.stack };
}
function failedAnalysis(ws, root, options, e) {
    let app;
    try {
        // the files as far as they can be read, without parsers (what failed may have been one)
        app = (0,model_app/* loadApp */.AT)(ws, root, options.environment, null);
        app.failures.push(failure(e));
    }
    catch {
        app = (0,model_app/* emptyApp */.TZ)(ws, root, options.environment, failure(e));
    }
    return { app, web: null, herokuWeb: null, restart: null, change: null, textAt: () => '', rack: true, misplacedCloud66: [], enterpriseLicense: null, commented: [] };
}
/** The rules on one app; a rule that throws leaves that app with its failure and the rules that did not. */
function guardedRules(analysis, options) {
    const rules = src_rules/* RULES */.y.some((r) => r.id === check_incomplete/* default */.A.id) ? src_rules/* RULES */.y : [...src_rules/* RULES */.y, check_incomplete/* default */.A];
    const findings = [];
    for (const rule of rules) {
        if (rule === check_incomplete/* default */.A)
            continue;
        try {
            findings.push(...runRules(analysis, options, [rule]));
        }
        catch (e) {
            const f = failure(e);
            analysis.app.failures.push({ ...f, why: `rule ${rule.id}: ${f.why}` });
        }
    }
    findings.push(...runRules(analysis, options, [rules.find((r) => r.id === check_incomplete/* default */.A.id) ?? check_incomplete/* default */.A]));
    return findings;
}


/***/ }),

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ findApps),
/* harmony export */   j: () => (/* binding */ MAX_FOLDERS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The folders of a monorepo (`--recursive`, the action's `working-directory: auto`): every folder
 * under the given one that has a Procfile, a `Procfile_<env>` or a `.cloud66/` folder. Links are
 * never followed, and `.git`, `node_modules`, `vendor` and the configuration's `ignore` globs are
 * never entered; the walk is bounded so that a huge tree cannot stall the run.
 */


const SKIP = new Set(['.git', 'node_modules', 'vendor', '.cloud66', '.bundle']);
/** folders looked at, at the most (a repository with more is cut, and the caller says so) */
const MAX_FOLDERS = 20_000;
const MAX_DEPTH = 32;
/** `ignored(rel)` tells whether a folder (relative to `root`, "/" separated) is left out. */
function findApps(root, ignored = () => false) {
    const apps = [];
    let seen = 0;
    let truncated = false;
    const visit = (rel, depth) => {
        if (truncated)
            return;
        if (++seen > MAX_FOLDERS) {
            truncated = true;
            return;
        }
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel) : root, { withFileTypes: true });
        }
        catch {
            return;
        }
        const isApp = entries.some((e) => (e.isFile() && (e.name === 'Procfile' || e.name.startsWith('Procfile_'))) || (e.isDirectory() && e.name === '.cloud66'));
        if (isApp)
            apps.push(rel);
        if (depth >= MAX_DEPTH)
            return;
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            // isDirectory() is false for a link to a folder: links are not followed
            if (!e.isDirectory() || SKIP.has(e.name))
                continue;
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (!ignored(child))
                visit(child, depth + 1);
        }
    };
    visit('', 0);
    return { apps, truncated };
}


/***/ }),

/***/ 6309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ configFromText),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   u0: () => (/* binding */ findConfig)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2973);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9622);
/* harmony import */ var _model_yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4195);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4992);
/**
 * Finding and reading `.rack-check.yml` for the shells (CLI and action): `--config PATH` (the
 * `config` input), else the file in the app folder, else at the repository root. Read through the
 * Workspace (no links out, bounded, regular files only); a file that cannot be read or parsed is a
 * ConfigError — exit 2 — never a silent default.
 */





/** Reads a configuration file; a file that cannot be read is a ConfigError (exit 2), never a silent default. */
async function loadConfig(path, shown) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path);
    const ws = new _files_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .Workspace */ .a(folder);
    const r = ws.read((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(folder, path));
    if (!r.ok)
        throw new _config_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${shown}: ${r.missing ? 'no such file' : r.problem}`);
    return { folder, config: (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(shown, r.file.text, await (0,_model_yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYaml */ .yv)(), new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.map((x) => x.id))) };
}
/** `.rack-check.yml` in the app folder, else at the repository root; null when there is none. */
async function findConfig(folder, root) {
    for (const dir of [folder, root]) {
        const ws = new _files_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .Workspace */ .a(dir);
        if (ws.exists(_config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2))
            return loadConfig((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, _config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2), slashes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, _config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2))) || _config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2);
        if (dir === root)
            break;
    }
    return null;
}
/** A configuration's text (read elsewhere, e.g. through the GitHub API). */
async function configFromText(shown, folder, text) {
    return { folder, config: (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(shown, text, await (0,_model_yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYaml */ .yv)(), new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.map((x) => x.id))) };
}
function slashes(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ withConfig),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _files_source_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5133);
/* harmony import */ var _model_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4195);
/**
 * The repository's configuration, `.rack-check.yml` (docs/config.md, schema docs/config.schema.json):
 *
 *     rules:                       # a rule's severity, or off
 *       custom-web-extra-tcp-listener: off
 *       hooks-not-a-list: error
 *     process-manager: systemd     # as --process-manager
 *     environment: production      # as --environment
 *     apps: [apps/web, apps/api]   # the app folders to check (relative to the config file)
 *     ignore: ["vendor/**"]        # folders --recursive never enters
 *
 * A bad configuration is never replaced by a silent default: an unknown key, an unknown rule id,
 * a wrong type or a YAML error is a ConfigError that names the file, line and column (the shells
 * exit 2 with it). Touches no `process`: the shells read the file and pass its text.
 */


const CONFIG_FILE = '.rack-check.yml';
class ConfigError extends Error {
}
const KEYS = ['rules', 'process-manager', 'environment', 'apps', 'ignore'];
const LEVELS = ['off', 'notice', 'warning', 'error'];
/** Reads a configuration's text; `ruleIds` are the rules that exist. */
function parseConfig(path, text, yaml, ruleIds) {
    const file = new _files_source_file_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceFile */ .s(path, text.replace(/^\uFEFF/, ''));
    const tree = (0,_model_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlTree */ .NL)(file, yaml);
    const fail = (at, message) => {
        throw new ConfigError(`${path}:${at.line}:${at.column}: ${message}`);
    };
    if (tree.error)
        fail(tree.error.at, `not valid YAML: ${tree.error.message}`);
    if (tree.limit)
        fail({ line: 1, column: 1 }, tree.limit);
    for (const d of tree.duplicates)
        fail(d.kept, `\`${d.key}\` is set twice (also on line ${d.lost.line})`);
    const config = { path, rules: new Map() };
    const root = tree.root;
    if (root === null)
        return config;
    if (root.kind !== 'map')
        fail(root.at, 'the configuration must be a mapping of settings (rules, process-manager, environment, apps, ignore)');
    const strings = (node, key, at) => {
        if (node?.kind !== 'seq')
            return fail(node?.at ?? at, `\`${key}\` must be a list of folders or patterns`);
        return node.items.map((item) => (item?.kind === 'scalar' && typeof item.value === 'string' && item.value !== '' ? item.value : fail(item?.at ?? node.at, `each item of \`${key}\` must be a non-empty string`)));
    };
    for (const pair of root.pairs) {
        const value = pair.value;
        switch (pair.key) {
            case 'rules': {
                if (value === null)
                    break;
                if (value.kind !== 'map')
                    fail(value.at, '`rules` must map rule ids to `off`, `notice`, `warning` or `error`');
                for (const r of value.pairs) {
                    if (!ruleIds.has(r.key))
                        fail(r.keyAt, `\`${r.key}\` is not a rack-check rule (the rules are listed in docs/rules/README.md)`);
                    const level = r.value?.kind === 'scalar' ? r.value.value : undefined;
                    // YAML 1.1 reads a bare `off` as false
                    const name = level === false ? 'off' : level;
                    if (typeof name !== 'string' || !LEVELS.includes(name))
                        fail(r.value?.at ?? r.keyAt, `\`${r.key}\` must be \`off\`, \`notice\`, \`warning\` or \`error\``);
                    config.rules.set(r.key, name);
                }
                break;
            }
            case 'process-manager':
                if (value?.kind !== 'scalar' || (value.value !== 'systemd' && value.value !== 'bluepill'))
                    fail(value?.at ?? pair.keyAt, '`process-manager` must be `systemd` or `bluepill`');
                config.processManager = value.value;
                break;
            case 'environment':
                if (value?.kind !== 'scalar' || typeof value.value !== 'string' || !/^[A-Za-z0-9_-]+$/.test(value.value))
                    fail(value?.at ?? pair.keyAt, '`environment` must be an environment name such as `production`');
                config.environment = value.value;
                break;
            case 'apps':
                config.apps = strings(value, 'apps', pair.keyAt);
                for (const [k, a] of config.apps.entries())
                    if (a.startsWith('/') || a.split('/').includes('..'))
                        fail(value.items[k].at, `\`${a}\` must be a folder inside the repository`);
                break;
            case 'ignore':
                config.ignore = strings(value, 'ignore', pair.keyAt);
                break;
            default:
                fail(pair.keyAt, `\`${pair.key}\` is not a setting of ${CONFIG_FILE} (the settings are ${KEYS.map((k) => '`' + k + '`').join(', ')})`);
        }
    }
    return config;
}
/**
 * A glob of `ignore` as a test of a repository-relative folder path: `*` is any run of characters
 * but `/`, `**` any number of folders, `?` one character; a pattern without `/` matches a folder
 * of that name at any depth (as .gitignore does).
 */
function globMatcher(pattern) {
    const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*' && p[i + 1] === '*') {
            re += '.*';
            i++;
            if (p[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    const anchored = new RegExp(`^${re}(/.*)?$`);
    const anywhere = new RegExp(`(^|/)${re}(/.*)?$`);
    return (path) => (p.includes('/') ? anchored : anywhere).test(path);
}
/**
 * The check's options from the command line or inputs, the configuration and the defaults, in
 * that order of precedence: a setting given explicitly wins over the file, the file over the
 * default.
 */
function withConfig(given, explicit, config) {
    if (!config)
        return given;
    return {
        ...given,
        environment: explicit.has('environment') ? given.environment : (config.environment ?? given.environment),
        processManager: explicit.has('processManager') ? given.processManager : (config.processManager ?? given.processManager),
        rules: config.rules
    };
}


/***/ }),

/***/ 7592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ ruleUrl),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/**
 * The one place that builds links to rack-check's documentation (comment, SARIF `helpUri`, text
 * output, JSON). Links are pinned to the release tag of this version, `v<version>`, as ESLint
 * pins its rule links: a comment written by 1.2.0 keeps pointing at the page that explains 1.2.0's
 * rule. The release process (docs/releasing.md) creates that tag.
 */
const TOOL_VERSION = '0.1.0';
const REPOSITORY_URL = 'https://github.com/c66/rack-check';
/** A file of this repository at this version's tag, e.g. `docs/restart.md`. */
function docsUrl(path) {
    return `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/${path.replace(/^\/+/, '')}`;
}
/** The page of a rule. */
function ruleUrl(ruleId) {
    return docsUrl(`docs/rules/${ruleId}.md`);
}


/***/ }),

/***/ 5133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ SourceFile)
/* harmony export */ });
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


/***/ }),

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ Workspace),
/* harmony export */   g: () => (/* binding */ MAX_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _source_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5133);



/** Files larger than this are not read: deployment files are small, anything bigger is not one. */
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * O_NONBLOCK: opening a FIFO for reading blocks until a writer comes, unless it is set (open(2));
 * O_NOFOLLOW: the path is already resolved, so a link appearing there since is refused (ELOOP).
 * Both are 0 where the platform has no such flag.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
const LOOKUP_DENIED = 'is behind a folder that is not readable (permission denied, EACCES)';
/** The kind of a file system entry that is neither a file nor a folder, as a finding says it. */
function oddKind(st) {
    if (st.isFIFO())
        return 'a named pipe, a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'a special file';
}
function code(e) {
    return e.code ?? 'error';
}
/** A problem for an error of lstat/realpath/open: permission is its own finding, not "missing". */
function errorProblem(e) {
    const c = code(e);
    if (c === 'EACCES' || c === 'EPERM')
        return 'is not readable: permission denied (EACCES)';
    if (c === 'ELOOP')
        return 'is a symbolic link loop';
    return `cannot be read (${c})`;
}
/**
 * Read-only access to the checked folder. Paths are relative and "/" separated. Nothing outside
 * the folder is read: a symlink that leads out of it is reported, never followed. Only regular
 * files are opened, never anything that could block (a FIFO, a socket, a device).
 */
class Workspace {
    root;
    realRoot;
    cache = new Map();
    /** what each path resolved to: one run asks about the same paths many times (lstat and realpath were ~10% of a corpus run) */
    resolved = new Map();
    constructor(root) {
        this.root = root;
        this.realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    /** Where a relative path really leads and what is there, or why it cannot be used (asked once per path). */
    resolve(rel) {
        let r = this.resolved.get(rel);
        if (!r)
            this.resolved.set(rel, (r = this.resolveUncached(rel)));
        return r;
    }
    resolveUncached(rel) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) || rel.split('/').includes('..'))
            return { problem: 'is outside the checked folder' };
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ...rel.split('/'));
        let own;
        try {
            // most probes are for files that are not there: no exception for those (they cost time)
            own = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full, { throwIfNoEntry: false });
        }
        catch (e) {
            // ENOTDIR: a part of the path is a file, so the path is not there
            if (code(e) === 'ENOTDIR')
                return { missing: true };
            // a folder on the way cannot be searched: whether the file is there is not known
            if (code(e) === 'EACCES' || code(e) === 'EPERM')
                return { problem: LOOKUP_DENIED };
            return { problem: errorProblem(e) };
        }
        if (!own)
            return { missing: true };
        let real;
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full);
        }
        catch (e) {
            const c = code(e);
            if (c === 'ENOENT' || c === 'ENOTDIR')
                return { problem: 'is a broken symbolic link' };
            return { problem: errorProblem(e) };
        }
        const within = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.realRoot, real);
        if (within.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || within === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(within)) {
            return { problem: 'is a symbolic link that leads outside the checked folder; it was not followed' };
        }
        // a folder on the way may be a link too: `real` has none left, so lstat is the target's own entry
        if (!own.isSymbolicLink() && real === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.realRoot, ...rel.split('/')))
            return { path: real, stats: own };
        try {
            return { path: real, stats: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real) };
        }
        catch (e) {
            return { problem: errorProblem(e) };
        }
    }
    /** a folder inside the checked folder (not followed out of it) */
    isFolder(rel) {
        if (rel === '')
            return true;
        const r = this.resolve(rel);
        return 'path' in r && r.stats.isDirectory();
    }
    /**
     * There is an entry that is not a folder: a file, or something in its place that `read`
     * reports (a FIFO, a socket, a link out of the folder, an entry that cannot be read). Behind a
     * folder that cannot be searched it may or may not be there: true, so that the caller reads it
     * and reports it unreadable rather than predicting from its absence ("does not exist, so puma
     * exits") — a file that only matters by its presence may then be taken as present.
     */
    exists(rel) {
        const r = this.resolve(rel);
        if ('problem' in r)
            return true;
        return 'path' in r && !r.stats.isDirectory();
    }
    /** Names of the entries of a folder (empty when it is missing or not readable). */
    list(relDir) {
        const r = this.resolve(relDir === '' ? '.' : relDir);
        if (!('path' in r) || !r.stats.isDirectory())
            return [];
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(r.path).sort();
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
        if (r.stats.isDirectory())
            return { ok: false, missing: false, problem: 'is a folder, not a file' };
        // never opened: opening a FIFO or a device can block or have effects
        if (!r.stats.isFile())
            return { ok: false, missing: false, problem: `is not a regular file (it is ${oddKind(r.stats)})` };
        if (r.stats.size > MAX_FILE_BYTES)
            return { ok: false, missing: false, problem: `is ${r.stats.size} bytes, more than the ${MAX_FILE_BYTES} bytes rack-check reads` };
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(r.path, OPEN_FLAGS);
        }
        catch (e) {
            return { ok: false, missing: false, problem: errorProblem(e) };
        }
        try {
            // the entry may have been replaced between lstat and open: check what was opened
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!st.isFile())
                return { ok: false, missing: false, problem: `is not a regular file (it is ${st.isDirectory() ? 'a folder' : oddKind(st)})` };
            // at most one byte more than the cap, whatever the size said (a file can grow while read)
            const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES) + 1);
            let got = 0;
            while (got < buf.length) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, buf.length - got, got);
                if (n === 0)
                    break;
                got += n;
            }
            if (got > MAX_FILE_BYTES)
                return { ok: false, missing: false, problem: `grew past the ${MAX_FILE_BYTES} bytes rack-check reads while it was read` };
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
            return { ok: true, file: new _source_file_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceFile */ .s(rel, hadBom ? text.slice(1) : text, hadBom) };
        }
        catch (e) {
            return { ok: false, missing: false, problem: errorProblem(e) };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
}


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings)
/* harmony export */ });
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ restartGuidance)
/* harmony export */ });
/* harmony import */ var _servers_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1856);

const SERVER_LABEL = {
    puma: 'Puma',
    unicorn: 'Unicorn',
    thin: 'Thin',
    passenger: 'Passenger',
    rails: '`rails server`',
    rackup: '`rackup`',
    unknown: 'the server'
};
function where(plan) {
    const s = plan.setBy;
    if (!s)
        return `the default for ${SERVER_LABEL[plan.server]} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}`;
    return `${s.at.file}:${s.at.line}`;
}
function requests(plan) {
    const e = plan.effect;
    if (e.effect === 'stop' || e.effect === 'suspend')
        return 'Every request fails from then on: the server is not restarted, and Cloud 66\'s deploy check fails.';
    if (e.dropsRequests === true)
        return 'Some requests fail while it restarts (measured with Thin: 1 or 2 of 30 probes in 6 seconds).';
    if (e.dropsRequests === false) {
        if (e.effect === 'hot-restart')
            return 'No request fails (the socket is kept), but requests wait while the app boots again.';
        if (e.effect === 'reopen-logs' || e.effect === 'none')
            return 'No request fails, and the new code is not loaded: the deploy does not take effect.';
        return 'No request fails (measured).';
    }
    return 'Whether requests fail is not known.';
}
const known = (s) => !!s && s.value !== null;
/**
 * Puma's phased restart needs USR1, cluster mode and no preloaded app (or `fork_worker`)
 * (servers.md §1.6; `Cluster#phased_restart`): the steps this app has not taken yet.
 */
function pumaAdvice(plan, server) {
    const e = plan.effect;
    // a phased restart already, or USR1 that falls back: the finding on `restart_signal` says what to change
    if (e.effect === 'phased-restart' || (plan.signal === 'usr1' && e.fallback))
        return null;
    if (plan.signal !== 'usr2' && plan.signal !== 'usr1')
        return null;
    const s = server.settings ?? {};
    const steps = [];
    const recommends = [];
    if (plan.signal !== 'usr1') {
        steps.push('set `restart_signal: usr1` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`');
        recommends.push({ setting: 'restart_signal', value: 'usr1' });
    }
    const workers = s.workers;
    const cluster = known(workers) && typeof workers.value === 'number' && workers.value >= 2;
    if (!cluster) {
        steps.push(known(workers) ? 'run Puma in cluster mode (`workers 2` or more in the config file)' : 'run Puma in cluster mode (`workers 2` or more), if the config does not already');
        recommends.push({ setting: 'workers', value: 2 });
    }
    if (s.forkWorker?.value !== true) {
        const preload = s.preload;
        const puma7 = server.version !== null && (0,_servers_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(server.version, '7.0.0');
        if (preload?.value === true && preload.origin !== 'default') {
            steps.push(preload.origin === 'environment' ? 'write `preload_app! false` in the config file (`WEB_CONCURRENCY` above 1 turns preloading on)' : 'remove `preload_app!`');
            recommends.push({ setting: 'preload', value: false });
        }
        else if (s.pruneBundler?.value !== true && (puma7 || server.version === null || preload?.value === true) && preload?.origin === 'default') {
            // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md)
            steps.push(`${puma7 ? '' : 'on Puma 7 and later, '}add \`prune_bundler\` to the config file (in cluster mode Puma 7 and later preload the app unless it is set)`);
            recommends.push({ setting: 'prune_bundler', value: true });
        }
        else if (preload?.value === null) {
            steps.push('make sure the app is not preloaded (`preload_app!`)');
        }
    }
    if (!steps.length)
        return null;
    const sentence = steps.length === 1 ? steps[0] : `${steps.slice(0, -1).join(', ')} and ${steps[steps.length - 1]}`;
    return { text: `For a rolling (phased) restart, where the other workers keep serving while each one is replaced: ${sentence}.`, recommends };
}
function advice(plan, server) {
    switch (plan.server) {
        case 'puma':
            return pumaAdvice(plan, server);
        case 'unicorn':
            if (plan.signal === 'usr2')
                return null;
            return { text: 'USR2 is Unicorn\'s zero-downtime restart (a new master boots beside the old one): set `restart_signal: usr2` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`, or leave it out (USR2 is the default).', recommends: [{ setting: 'restart_signal', value: 'usr2' }] };
        case 'thin':
            return { text: 'A single Thin has no zero-downtime restart. For zero-downtime deploys use Puma (phased restarts) or Unicorn (USR2).', recommends: [] };
        default:
            return null;
    }
}
function caveat(plan) {
    const e = plan.effect;
    if (plan.server === 'puma' && e.effect === 'phased-restart')
        return 'A phased restart does not upgrade Puma itself or re-read the config file: after changing either, deploy once with `usr2` or restart the server.';
    if (plan.server === 'unicorn' && e.effect === 'new-master')
        return 'Unless the config file\'s `before_fork` sends QUIT to the old master (its PID is in `/tmp/web_server.pid.oldbin`), as in Cloud 66\'s Unicorn sample, two masters keep serving old and new code.';
    if (plan.server === 'passenger')
        return 'How Cloud 66 restarts a `passenger start` custom server is not documented.';
    if (e.effect === 'unknown' || plan.server === 'unknown' || plan.server === 'rackup')
        return `rack-check has no measurements of how ${SERVER_LABEL[plan.server]} restarts here. Puma and Unicorn are the servers Cloud 66 documents for zero-downtime restarts.`;
    return null;
}
function restartGuidance(plan, server = { version: null, settings: undefined }) {
    const name = plan.signal.toUpperCase();
    const notes = [];
    if (plan.boots === false)
        notes.push('As written the server does not start (see the errors); this is what a restart does once it does.');
    if (plan.restartOnDeploy?.value === false)
        notes.push(`\`restart_on_deploy: false\` (${plan.restartOnDeploy.setBy.at.file}:${plan.restartOnDeploy.setBy.at.line}): Cloud 66 does not restart the web server on deploy, so new code runs only after a manual restart.`);
    const s = plan.setBy;
    const block = s ? (s.environment === null ? 'procfile_metadata' : `${s.environment}.procfile_metadata`) : '';
    return {
        summary: `On every deploy Cloud 66 sends ${name} (${where(plan)}): ${SERVER_LABEL[plan.server]} ${plan.effect.does}. ${requests(plan)}`,
        zeroDowntime: advice(plan, server),
        caveat: caveat(plan),
        signal: s ? `\`${block}.${s.process}.restart_signal\` at ${s.at.file}:${s.at.line} sets the signal; without it Cloud 66 would send ${plan.defaultSignal.toUpperCase()}.` : `${name} is the default for ${SERVER_LABEL[plan.server]} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}; \`restart_signal\` under \`procfile_metadata\` → \`web\` in \`.cloud66/manifest.yml\` changes it.`,
        stop: `To stop the server Cloud 66 sends \`${plan.stop.text}\`${plan.stop.setBy ? ` (stop_sequence at ${plan.stop.setBy.at.file}:${plan.stop.setBy.at.line})` : ' (the default)'}.`,
        environment: 'Changes to environment variables need a hard restart whatever the signal: a re-executed or phased process keeps the environment it was started with. Restart the web server from the Cloud 66 dashboard (or `sudo systemctl restart cloud66_web_server`) after changing them.',
        notes
    };
}


/***/ }),

/***/ 6081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ni: () => (/* binding */ DEPLOY_HOOKS),
  e0: () => (/* binding */ MANIFEST),
  TZ: () => (/* binding */ emptyApp),
  LI: () => (/* binding */ hasDeploymentFiles),
  AT: () => (/* binding */ loadApp),
  gs: () => (/* binding */ readNoting)
});

// EXTERNAL MODULE: ./src/model/deploy-hooks.ts
var deploy_hooks = __webpack_require__(8363);
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

// EXTERNAL MODULE: ./src/model/manifest.ts
var model_manifest = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/model/procfile.ts
var procfile = __webpack_require__(5559);
;// CONCATENATED MODULE: ./src/model/app.ts




/** Reads a file of the workspace; one that exists but cannot be used is noted in `unreadable` (once). */
function readNoting(ws, path, unreadable) {
    const r = ws.read(path);
    if (!r.ok && !r.missing && !unreadable.some((u) => u.path === path))
        unreadable.push({ path, problem: r.problem });
    return r;
}
const LOCKFILES = ['Gemfile.lock', 'gems.locked'];
const MANIFEST = '.cloud66/manifest.yml';
const DEPLOY_HOOKS = '.cloud66/deploy_hooks.yml';
function join(root, p) {
    return root === '' ? p : `${root}/${p}`;
}
/** Is there anything Cloud 66 deploys from in this folder? */
function hasDeploymentFiles(ws, root) {
    if (ws.exists(join(root, 'Procfile')))
        return true;
    if (ws.list(root).some((n) => n.startsWith('Procfile_')))
        return true;
    return ws.exists(join(root, MANIFEST)) || ws.exists(join(root, DEPLOY_HOOKS));
}
/** Reads an app's deployment files; `yaml` null means not loaded yet (then `needsYaml` may be set). */
function loadApp(ws, root, environment, yaml) {
    const unreadable = [];
    const read = (rel) => {
        const r = readNoting(ws, join(root, rel), unreadable);
        return r.ok ? r.file : null;
    };
    const manifestFile = read(MANIFEST);
    const hooksFile = read(DEPLOY_HOOKS);
    const needsYaml = !yaml && (manifestFile !== null || hooksFile !== null);
    const deployHooks = hooksFile && yaml ? (0,deploy_hooks/* parseDeployHooks */.d)(hooksFile, environment, yaml) : null;
    const replaced = new Map();
    for (const c of deployHooks?.copies ?? [])
        if (!c.buildOnly && c.source !== null && ws.exists(join(root, c.source)))
            replaced.set(c.destination, c);
    const procfiles = [];
    for (const name of ['Procfile', `Procfile_${environment}`]) {
        const f = read(replaced.get(name)?.source ?? name);
        if (f)
            procfiles.push((0,procfile/* parseProcfile */.g)(f));
    }
    // Procfile_<environment> is the more specific file: its custom_web applies when it has one
    let web = null;
    for (const p of procfiles) {
        const entry = (0,procfile/* procfileEntry */.P)(p, 'custom_web');
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
    const manifest = manifestFile && yaml ? (0,model_manifest/* parseManifest */.Ng)(manifestFile, environment, yaml) : null;
    // a YAML file rack-check stopped reading at one of its limits (check-incomplete)
    const failures = [];
    for (const tree of [manifest?.tree, deployHooks?.tree])
        if (tree?.limit)
            failures.push({ path: tree.file.path, why: tree.limit });
    return {
        root,
        workspace: ws,
        environment,
        procfiles,
        web,
        lockfile,
        manifest,
        deployHooks,
        replaced,
        unreadable,
        failures,
        present: {
            procfile: web?.procfile.file.path ?? procfiles[0]?.file.path ?? null,
            manifest: existing(MANIFEST),
            deployHooks: existing(DEPLOY_HOOKS),
            lockfile: lockPath
        },
        needsYaml
    };
}
/** An app of which nothing could be read: what a failed analysis reports on (with its failure). */
function emptyApp(ws, root, environment, failure) {
    const existing = (rel) => {
        try {
            return ws.exists(join(root, rel)) ? join(root, rel) : null;
        }
        catch {
            return null;
        }
    };
    return {
        root,
        workspace: ws,
        environment,
        procfiles: [],
        web: null,
        lockfile: null,
        manifest: null,
        deployHooks: null,
        replaced: new Map(),
        unreadable: [],
        failures: [failure],
        present: { procfile: existing('Procfile'), manifest: existing(MANIFEST), deployHooks: existing(DEPLOY_HOOKS), lockfile: null },
        needsYaml: false
    };
}


/***/ }),

/***/ 1667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ firstUnknown),
/* harmony export */   c: () => (/* binding */ conditionWhy)
/* harmony export */ });
/** Why a call's effect is unknown because of the condition it sits under. */
function conditionWhy(call) {
    return `\`${call.name}\` on line ${call.at.line} runs only under the condition on line ${call.condition.line}, which rack-check cannot evaluate`;
}
/** The first argument whose value is unknown. */
function firstUnknown(call) {
    return call.args.find((a) => !a.known);
}


/***/ }),

/***/ 8363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ programWords),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   d: () => (/* binding */ parseDeployHooks),
/* harmony export */   iO: () => (/* binding */ hookCommands),
/* harmony export */   wL: () => (/* binding */ HOOK_POINTS)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(843);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4195);



const ENGINES = ['redis', 'mysql', 'postgresql', 'mongodb', 'elasticsearch', 'rabbitmq', 'glusterfs', 'influxdb'];
const REPLICATION = ['glusterfs_config', 'redis_replication', 'mongodb_replication', 'mysql_replication', 'postgresql_replication'];
const FRAMEWORKS = ['rails', 'rack', 'sinatra', 'padrino'];
const PAIRED = ['agent', ...ENGINES, ...REPLICATION, 'data_mount', 'haproxy', 'node', 'nginx', 'docker', 'processes', ...FRAMEWORKS];
/** The union of the 2022 and current hook-point lists, x, y and z expanded (cloud66.md §7.4). */
const HOOK_POINTS = new Set([
    'first_thing',
    ...PAIRED.flatMap((p) => [`before_${p}`, `after_${p}`]),
    'custom_server',
    'after_checkout',
    'after_bundle',
    'after_symlink',
    'before_restart',
    'last_thing'
]);
function parseDeployHooks(file, environment, yaml) {
    const tree = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlTree */ .NL)(file, yaml);
    const out = { file, tree, points: [], hooks: [], applying: [], copies: [] };
    if (tree.root?.kind !== 'map')
        return out;
    for (const top of tree.root.pairs) {
        // a top-level hook point, or a list (a hook point under any name), means "no environment level";
        // an empty environment (`production:` and nothing under it) holds no hooks
        const empty = top.value === null || (top.value.kind === 'scalar' && top.value.value === null);
        if (HOOK_POINTS.has(top.key) || (top.value?.kind !== 'map' && !empty))
            out.points.push({ environment: null, name: top.key, keyAt: top.keyAt, value: top.value });
        else if (top.value?.kind === 'map')
            for (const p of top.value.pairs)
                out.points.push({ environment: top.key, name: p.key, keyAt: p.keyAt, value: p.value });
    }
    for (const point of out.points) {
        if (point.value?.kind !== 'seq')
            continue;
        for (const item of point.value.items)
            if (item?.kind === 'map')
                out.hooks.push({ point, map: item });
    }
    out.applying = out.hooks.filter((h) => h.point.environment === null || h.point.environment === environment);
    out.copies = out.applying.flatMap((h) => copiesOf(h));
    return out;
}
/** A hook's string field, with its position. */
function field(hook, key) {
    const p = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(hook.map, key);
    const v = p?.value;
    return v?.kind === 'scalar' && v.value !== null ? { text: String(v.value), at: v.at, erb: v.erb } : null;
}
const STACK = '/$STACK_PATH';
const STACK_ERB = /^<%=\s*ENV\[\s*['"](?:RAILS_)?STACK_PATH['"]\s*\]\s*%>/;
/** An absolute path under the stack path, as an app path; null when it is elsewhere. */
function inStack(path) {
    const p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)('/', path);
    return p === STACK ? '' : p.startsWith(STACK + '/') ? p.slice(STACK.length + 1) : null;
}
function copiesOf(hook) {
    const buildOnly = field(hook, 'apply_during')?.text === 'build_only';
    const source = field(hook, 'source');
    const destination = field(hook, 'destination');
    if (source && destination) {
        // `source:` paths start at the repository root; `destination:` usually names the stack path through ERB
        const dest = destination.text.replace(STACK_ERB, STACK);
        const to = inStack(dest);
        if (to === null || to === '')
            return [];
        const from = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)('/', source.text).slice(1);
        return [{ hook, at: destination.at, destination: to, source: from, buildOnly }];
    }
    const command = field(hook, 'command');
    if (!command)
        return [];
    return shellCopies(command.text).map((c) => ({ hook, at: command.at, destination: c.to, source: c.from, buildOnly }));
}
/** The simple commands of a hook command; constructs the shell model does not follow are skipped. */
function hookCommands(text) {
    const env = { get: (n) => (n === 'STACK_PATH' || n === 'RAILS_STACK_PATH' ? STACK : undefined), unsetBare: 'unknown' };
    const out = [];
    let rest = text;
    for (let guard = 0; rest.trim() !== '' && guard < 100; guard++) {
        const p = (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(rest, 0, env);
        if (!p.unsupported) {
            out.push(...p.commands);
            break;
        }
        // what comes before an unsupported construct (`|| true`, a pipe) still runs; go on after it
        out.push(...(0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(rest.slice(0, p.unsupported.start), 0, env).commands);
        rest = rest.slice(Math.max(p.unsupported.end, p.unsupported.start + 1));
    }
    return out;
}
/** The words of a command after `sudo`, `bundle exec` and similar prefixes. */
function programWords(c) {
    const words = c.words.map((w) => w.text);
    while (words.length) {
        if (words[0] === 'sudo' || words[0] === 'nohup' || words[0] === 'exec' || words[0] === 'env')
            words.shift();
        else if (words[0] === 'bundle' && words[1] === 'exec')
            words.splice(0, 2);
        else if (words[0].includes('=') && !words[0].startsWith('-'))
            words.shift();
        else
            break;
    }
    return words;
}
function shellCopies(text) {
    // hook commands start in /tmp/deploy_hooks (cloud66.md §7.2)
    let cwd = '/tmp/deploy_hooks';
    const out = [];
    const abs = (p) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)(cwd, p);
    for (const c of hookCommands(text)) {
        const words = programWords(c);
        const args = words.slice(1).filter((w) => !w.startsWith('-'));
        if (words[0] === 'cd' && args.length === 1)
            cwd = abs(args[0]);
        if ((words[0] !== 'cp' && words[0] !== 'mv') || args.length !== 2 || c.words.some((w) => w.unknown))
            continue;
        const src = abs(args[0]);
        let dst = inStack(abs(args[1]));
        if (dst === null)
            continue;
        if (args[1].endsWith('/') || dst === '' || dst === 'config')
            dst = (dst ? dst + '/' : '') + src.split('/').pop();
        out.push({ from: inStack(src), to: dst });
    }
    return out;
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   bU: () => (/* binding */ webSetting)
/* harmony export */ });
/* unused harmony exports COMPONENT_KEYS, processSettings, WEB_KEYS, effectiveBlock */
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4195);

/** Keys that mean "no environment level" when they are at the top (cloud66.md §3.4, corpus §7.2). */
const COMPONENT_KEYS = new Set([
    'rails',
    'rack',
    'sinatra',
    'padrino',
    'docker',
    'elasticsearch',
    'gateway',
    'glusterfs',
    'load_balancer',
    'loadbalancer',
    'memcached',
    'mongodb',
    'mysql',
    'nginx',
    'postgis',
    'postgresql',
    'redis',
    'haproxy',
    'environment_variables',
    'procfile_metadata',
    'experiments',
    'extra_packages',
    'databases',
    'node'
]);
function parseManifest(file, environment, yaml) {
    const tree = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlTree */ .NL)(file, yaml);
    const out = { file, tree, environments: [], metadata: [], applying: [] };
    const root = tree.root;
    if (root?.kind !== 'map')
        return out;
    for (const pair of root.pairs) {
        if (pair.key === 'procfile_metadata')
            out.metadata.push({ environment: null, keyAt: pair.keyAt, value: pair.value });
        else if (!COMPONENT_KEYS.has(pair.key) && pair.value?.kind === 'map') {
            out.environments.push(pair);
            const m = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(pair.value, 'procfile_metadata');
            if (m)
                out.metadata.push({ environment: pair.key, keyAt: m.keyAt, value: m.value });
        }
    }
    out.applying = out.metadata.filter((b) => b.environment === null || b.environment === environment);
    return out;
}
/** A process's settings under one block, when the block maps it to a mapping. */
function processSettings(block, process) {
    const p = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(block.value, process);
    return p && p.value?.kind === 'map' ? { keyAt: p.keyAt, map: p.value } : null;
}
/** The key under which a block names the custom web process (`web` or `custom_web`). */
const WEB_KEYS = ['custom_web', 'web'];
/**
 * The block that decides for the selected environment: the environment's own block when it has
 * one, else the top level (whether Cloud 66 merges the two is unconfirmed; cloud66.md §3.7 says
 * to use the environment's block and to say so).
 */
function effectiveBlock(manifest) {
    return manifest.applying.find((b) => b.environment !== null) ?? manifest.applying[0] ?? null;
}
/**
 * One setting of the custom web process as it applies; `custom_web` wins over `web` within the
 * block (a guess; both present gets a notice).
 */
function webSetting(manifest, key) {
    const block = effectiveBlock(manifest);
    if (!block)
        return null;
    for (const process of WEB_KEYS) {
        const s = processSettings(block, process);
        const pair = s ? (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(s.map, key) : undefined;
        if (pair)
            return { pair, block, process };
    }
    return null;
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ resolvePath)
/* harmony export */ });
/** Resolves a path as a process whose working directory is `cwd` (absolute) would: `.`, `..` and repeated `/` folded. */
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


/***/ }),

/***/ 5559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ procfileEntry),
/* harmony export */   g: () => (/* binding */ parseProcfile)
/* harmony export */ });
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


/***/ }),

/***/ 843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aV: () => (/* binding */ parseShell)
/* harmony export */ });
/* unused harmony exports MAX_EXPANSION_DEPTH, MAX_COMMANDS */
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
/**
 * Limits of the input rack-check follows (docs/robustness.md): past them the command is "not
 * followable" (a notice), never a stack overflow. sh itself has no such limit; no real Procfile
 * comes near them.
 */
const MAX_EXPANSION_DEPTH = 64;
/** simple commands in one line (`cd a && cd b && …`): each `cd` makes a longer path, so more would cost time quadratically */
const MAX_COMMANDS = 256;
// sticky: matched at `lastIndex` without copying the rest of the line (a 1 MB line stays linear)
const REDIRECTION = /(\d*)(>>|>&|>\||<&|<>|<<|>|<|&>>|&>)/y;
const DUP_TARGET = /(\d+|-)/y;
const EXPANSION_OP = /(:?[-=+?])/y;
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
function parseShell(src, base, env) {
    const p = new Parser(src, base, env);
    try {
        p.run();
        return { commands: p.commands, unsupported: null, unset: p.unset, comment: p.comment };
    }
    catch (e) {
        if (e instanceof Unsupported)
            return { commands: p.commands, unsupported: { start: e.start, end: e.end, what: e.what }, unset: p.unset, comment: p.comment };
        throw e;
    }
}
class Parser {
    src;
    base;
    env;
    i = 0;
    commands = [];
    /** how many `${NAME:-…}` words are open around the one being read */
    depth = 0;
    unset = [];
    comment = null;
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
            if (rawWords.length > 0 && this.commands.length >= MAX_COMMANDS) {
                throw new Unsupported(this.off(cmdStart), this.off(end), `more than ${MAX_COMMANDS} commands in one line`);
            }
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
            if (c === '#') {
                // a comment runs to the end of the line
                this.comment = this.off(this.i);
                break;
            }
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
        const m = stickyAt(REDIRECTION, this.src, this.i);
        if (!m)
            return false;
        if (m[2] === '<<')
            throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a here-document');
        const start = this.i;
        this.i += m[0].length;
        while (BLANK.has(this.at()))
            this.i++;
        const dup = m[2] === '>&' || m[2] === '<&' ? stickyAt(DUP_TARGET, this.src, this.i) : null;
        if (dup) {
            this.i += dup[0].length;
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
                            for (const e of exp)
                                pieces.push(e);
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
                    for (const e of exp)
                        pieces.push(e);
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
        const op = stickyAt(EXPANSION_OP, this.src, j);
        if (!op)
            throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow');
        if (op[1].endsWith('?'))
            throw new Unsupported(this.off(start), this.off(j + op[1].length), 'a `${NAME?…}` form');
        this.i = j + op[1].length;
        if (++this.depth > MAX_EXPANSION_DEPTH)
            throw new Unsupported(this.off(start), this.off(j + op[1].length), `parameter expansions nested more than ${MAX_EXPANSION_DEPTH} deep`);
        const inner = this.word(true);
        this.depth--;
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
        if (value === undefined && bare)
            this.unset.push({ name, start: this.off(start), end: this.off(end) });
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
            for (const w of splitFields(rawWords[k]))
                words.push(w);
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
    // one by one: spreading a long word's offsets would pass more arguments than the stack holds
    for (const o of offsets)
        w.offsets.push(o);
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
/** A sticky pattern's match at `at`, or null. */
function stickyAt(re, src, at) {
    re.lastIndex = at;
    return re.exec(src);
}


/***/ }),

/***/ 9196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ parseStopSequence),
/* harmony export */   Lb: () => (/* binding */ readSignal)
/* harmony export */ });
/* unused harmony export SIGNAL_NAMES */
/** Linux signal names (signal(7)), lower case, without `SIG`. */
const SIGNAL_NAMES = new Set([
    'hup', 'int', 'quit', 'ill', 'trap', 'abrt', 'iot', 'bus', 'fpe', 'kill', 'usr1', 'segv', 'usr2', 'pipe', 'alrm', 'term',
    'stkflt', 'chld', 'cont', 'stop', 'tstp', 'ttin', 'ttou', 'urg', 'xcpu', 'xfsz', 'vtalrm', 'prof', 'winch', 'io', 'poll', 'pwr', 'sys'
]);
function readSignal(text, at) {
    const spelling = [];
    let t = text;
    if (t.startsWith(':')) {
        spelling.push('symbol');
        t = t.slice(1);
    }
    if (t !== t.toLowerCase())
        spelling.push('upper-case');
    t = t.toLowerCase();
    if (t.startsWith('sig') && SIGNAL_NAMES.has(t.slice(3))) {
        spelling.push('sig-prefix');
        t = t.slice(3);
    }
    return SIGNAL_NAMES.has(t) ? { text, at, name: t, spelling } : { text, at, name: null, spelling: [] };
}
/** Where each character of a scalar's value sits in the file, when it can be known exactly. */
function valueOffset(file, s) {
    const [start, end] = file.offsets(s.at);
    const raw = file.text.slice(start, end);
    const value = String(s.value);
    if (raw === value)
        return start;
    if (s.quoted && raw.length >= 2 && raw.slice(1, -1) === value)
        return start + 1;
    return null;
}
/** `term, 90, kill` → signal, seconds, signal; each with its own position when it can be found. */
function parseStopSequence(file, s) {
    const value = String(s.value);
    const base = valueOffset(file, s);
    const steps = [];
    let problem = null;
    let from = 0;
    const parts = value.split(',');
    parts.forEach((part, i) => {
        const lead = part.length - part.trimStart().length;
        const word = part.trim();
        const start = from + lead;
        from += part.length + 1;
        const at = base === null ? s.at : file.span(base + start, base + start + Math.max(word.length, 1));
        const wantSignal = i % 2 === 0;
        if (word === '') {
            problem ??= { at, kind: 'empty-step' };
            steps.push({ kind: 'other', word, at });
            return;
        }
        if (/^\d+$/.test(word)) {
            steps.push({ kind: 'seconds', word, at });
            if (wantSignal)
                problem ??= { at, kind: 'expected-signal' };
            return;
        }
        const signal = readSignal(word, at);
        steps.push({ kind: signal.name ? 'signal' : 'other', word, at, signal });
        if (!wantSignal)
            problem ??= { at, kind: 'expected-seconds' };
    });
    const last = steps[steps.length - 1];
    if (last && last.kind === 'seconds' && !problem)
        problem = { at: last.at, kind: 'ends-with-seconds' };
    return { steps, problem };
}


/***/ }),

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ MAX_TEXT_NESTING),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   NL: () => (/* binding */ parseYamlTree),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   se: () => (/* binding */ yamlNestingEstimate),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/** Levels of the tree rack-check keeps; deeper values are left out, and `limit` says so. */
const MAX_DEPTH = 64;
/** aliases copy whole subtrees; past this many nodes the file is an alias bomb, not a manifest */
const MAX_NODES = 100_000;
/**
 * Text estimated to nest deeper than this is not given to the YAML parser at all. The `yaml`
 * package recurses once per level: about 880 levels overflow Node's stack (measured with a flow
 * sequence), and some 20,000 make V8 abort the process while it compiles a regular expression
 * near the stack's end — a crash no `catch` sees.
 */
const MAX_TEXT_NESTING = 200;
/**
 * An upper bound of how deeply a YAML text nests, without parsing it: open flow brackets (`[`,
 * `{`, wherever they are, in quotes and comments too: counting more is safe), plus the block
 * levels of the line (one per deeper indentation still open, one per `- `, `? ` or `: ` indicator
 * that starts the line's content, one per `: ` after it).
 */
function yamlNestingEstimate(text) {
    let flow = 0;
    let max = 0;
    const indents = [];
    let i = 0;
    while (i < text.length) {
        // the start of a line: its indentation and leading indicators
        let col = 0;
        while (text.charCodeAt(i) === 32) {
            i++;
            col++;
        }
        const c = text.charCodeAt(i);
        const blank = i >= text.length || c === 10 || c === 13 || c === 35;
        if (!blank && flow === 0) {
            while (indents.length > 0 && indents[indents.length - 1] >= col)
                indents.pop();
            indents.push(col);
        }
        let block = indents.length;
        for (;;) {
            const d = text[i];
            if ((d === '-' || d === '?' || d === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
                block++;
                i += 2;
                while (text[i] === ' ' || text[i] === '\t')
                    i++;
            }
            else
                break;
        }
        max = Math.max(max, block + flow);
        // the rest of the line
        while (i < text.length && text.charCodeAt(i) !== 10) {
            const d = text.charCodeAt(i);
            if (d === 91 || d === 123) {
                flow++;
                if (block + flow > max)
                    max = block + flow;
            }
            else if ((d === 93 || d === 125) && flow > 0)
                flow--;
            else if (d === 58 && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
                // `a: b: c: …` is not YAML, but the parser opens a level for each key before it says so
                block++;
                if (block + flow > max)
                    max = block + flow;
            }
            i++;
        }
        i++;
    }
    return max;
}
/**
 * ERB control tags (`<% if … %>`) are blanked out before parsing, keeping every offset; output
 * tags (`<%= … %>`) stay in the text and mark the scalar that holds them as unknown.
 */
function blankErbControlTags(text) {
    return text.replace(/<%(?!=)[\s\S]*?%>/g, (tag) => tag.replace(/[^\n]/g, ' '));
}
let loading = null;
/**
 * Loads the `yaml` package, only when a YAML file is to be read: evaluating it is a large part of
 * the start-up of a run that has no YAML to read (bench/startup.mjs).
 */
function loadYaml() {
    return (loading ??= __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)));
}
function parseYamlTree(file, yaml) {
    const tree = { file, root: null, error: null, duplicates: [], limit: null };
    if (yamlNestingEstimate(file.text) > MAX_TEXT_NESTING) {
        tree.limit = `is nested more than ${MAX_TEXT_NESTING} levels deep (as rack-check estimates it); rack-check reads YAML up to that depth only`;
        return tree;
    }
    let doc;
    try {
        doc = yaml.parseDocument(blankErbControlTags(file.text), { version: '1.1', uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    }
    catch (e) {
        // the parser recurses in its error recovery too (thousands of misindented keys, found by
        // fuzzing), where the estimate does not see it; by name: the error may be another realm's
        if (e.name !== 'RangeError')
            throw e;
        tree.limit = 'is too deeply nested or has too many errors for rack-check\'s YAML parser (its stack ran out)';
        return tree;
    }
    const first = doc.errors[0];
    // the parser's own recursion ran out of stack: rack-check's limit, not a YAML error
    if (first && /call stack/i.test(first.message)) {
        tree.limit = 'is too deeply nested or has too many errors for rack-check\'s YAML parser (its stack ran out)';
        return tree;
    }
    if (first) {
        tree.error = { at: file.span(first.pos[0], first.pos[1]), message: first.message.replace(/\s+at line \d+, column \d+:?\s*$/s, '') };
        return tree;
    }
    const root = convert(yaml, doc, doc.contents, tree, 0, new Set(), { nodes: 0 });
    if (!tree.error)
        tree.root = root;
    return tree;
}
function convert(Y, doc, node, tree, depth, resolving, count) {
    if (!node || tree.error)
        return null;
    if (depth > MAX_DEPTH) {
        tree.limit ??= `is nested more than ${MAX_DEPTH} levels deep; rack-check reads values up to that depth only (deeper ones were left out)`;
        return null;
    }
    if (++count.nodes > MAX_NODES) {
        tree.error = { at: span(tree.file, node), message: `its aliases expand to more than ${MAX_NODES} values` };
        return null;
    }
    if (Y.isAlias(node)) {
        const target = node.resolve(doc);
        // Psych refuses an alias to an anchor that is not defined before it ("Unknown alias")
        if (!target) {
            tree.error ??= { at: span(tree.file, node), message: `Unknown alias \`*${node.source}\`` };
            return null;
        }
        // a cycle (`a: &x [*x]`): nothing usable
        if (resolving.has(target))
            return null;
        resolving.add(target);
        const out = convert(Y, doc, target, tree, depth + 1, resolving, count);
        resolving.delete(target);
        return out;
    }
    const at = span(tree.file, node);
    if (Y.isScalar(node))
        return scalar(node, at);
    if (Y.isSeq(node))
        return { kind: 'seq', at, items: node.items.map((i) => convert(Y, doc, i, tree, depth + 1, resolving, count)) };
    if (Y.isMap(node)) {
        const pairs = [];
        const put = (p) => {
            const i = pairs.findIndex((q) => q.key === p.key);
            if (i >= 0) {
                if (!p.merged && !pairs[i].merged)
                    tree.duplicates.push({ key: p.key, lost: pairs[i].keyAt, kept: p.keyAt });
                pairs.splice(i, 1);
            }
            pairs.push(p);
        };
        for (const pair of node.items) {
            const k = pair.key;
            if (Y.isScalar(k) && typeof k.value === 'symbol') {
                // `<<: *anchor` or `<<: [*a, *b]`: Psych merges the hash(es) here, in order
                const v = convert(Y, doc, pair.value, tree, depth + 1, resolving, count);
                const sources = v?.kind === 'map' ? [v] : v?.kind === 'seq' ? v.items.filter((i) => i?.kind === 'map') : [];
                for (const m of sources)
                    for (const p of m.pairs)
                        put({ ...p, merged: true });
                continue;
            }
            const key = keyText(Y, doc, k);
            if (key === null)
                continue;
            put({ key, keyAt: k ? span(tree.file, k) : at, value: convert(Y, doc, pair.value, tree, depth + 1, resolving, count), merged: false });
        }
        return { kind: 'map', at, pairs };
    }
    return null;
}
function keyText(Y, doc, k) {
    if (!k)
        return '';
    const n = Y.isAlias(k) ? k.resolve(doc) : k;
    if (Y.isScalar(n))
        return n.value === null ? '' : String(n.value);
    return null;
}
function scalar(node, at) {
    const v = node.value;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'bigint' ? Number(v) : v === null || v === undefined ? null : String(v);
    const quoted = node.type !== undefined && node.type !== 'PLAIN';
    return { kind: 'scalar', at, value, quoted, erb: typeof v === 'string' && v.includes('<%=') };
}
function span(file, node) {
    const [start, end] = node.range ?? [0, 0];
    // a block value's range ends after its last line break; point at its text only
    let e = end;
    while (e > start && /\s/.test(file.text[e - 1]))
        e--;
    return file.span(start, Math.max(e, start + 1));
}
/** The value of a key in a mapping, if the node is one. */
function get(node, key) {
    return node?.kind === 'map' ? node.pairs.find((p) => p.key === key) : undefined;
}
/** How a node is shown in a message: a scalar's text, else its kind. */
function shown(node) {
    if (!node)
        return 'nothing';
    if (node.kind === 'scalar')
        return node.value === null ? 'nothing' : String(node.value);
    return node.kind === 'map' ? 'a mapping' : 'a list';
}


/***/ }),

/***/ 6202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ writeFd)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** something to wait on for a millisecond, without spinning */
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Writes text to a file descriptor (1 or 2) synchronously. The two shells write this way rather
 * than through `process.stdout`/`process.stderr`, whose stream classes cost about a tenth of the
 * start-up under Node 24 (bench/startup.mjs). EAGAIN (a non-blocking pipe that is full) is
 * retried after a millisecond; EPIPE (the reader has gone) drops the rest, as there is no one to
 * tell.
 */
function writeFd(fd, text) {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) {
        try {
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done);
        }
        catch (e) {
            const code = e.code;
            if (code === 'EPIPE')
                return;
            if (code !== 'EAGAIN')
                throw e;
            Atomics.wait(pause, 0, 0, 1);
        }
    }
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ readRevision),
/* harmony export */   Mw: () => (/* binding */ rootedReport),
/* harmony export */   N3: () => (/* binding */ httpsUrl),
/* harmony export */   W1: () => (/* binding */ findRepository),
/* harmony export */   _9: () => (/* binding */ normalPrefix),
/* harmony export */   _z: () => (/* binding */ inFolder),
/* harmony export */   xR: () => (/* binding */ realpathOr),
/* harmony export */   yJ: () => (/* binding */ inRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where the checked folder is in its repository. Every output names a file relative to the
 * repository root, as ESLint and actionlint do, so that GitHub annotates (and code scanning files)
 * the right file: `examples/puma-misconfigured/Procfile`, not `Procfile`. The root is the git
 * top-level of the checked folder, found by walking up for a `.git` entry as git does
 * (gitrepository-layout(5): a `.git` folder, or a `.git` file `gitdir: …` for worktrees and
 * submodules) — no `git` process is started, which would cost start-up time; outside any git
 * repository it is the current directory. Nothing here reads outside `.git` and its refs.
 */


/** A `.git` entry in `folder`: the git folder it is or points at, else null. */
function gitDirIn(folder) {
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, '.git');
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dotGit);
    }
    catch {
        return null;
    }
    try {
        if (st.isDirectory())
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dotGit, 'HEAD')).isFile() ? dotGit : null;
        if (st.isFile() && st.size < 4096) {
            const m = /^gitdir: (.+?)\s*$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(dotGit, 'utf8'));
            return m ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder, m[1]) : null;
        }
    }
    catch {
        return null;
    }
    return null;
}
/**
 * The repository of `dir`: the nearest folder at or above it with a `.git` entry, else `fallback`
 * (the current directory). `stopAt` (the action's workspace) is the highest folder looked at.
 */
function findRepository(dir, fallback, stopAt) {
    const real = realpathOr((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir));
    const top = stopAt ? realpathOr((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(stopAt)) : null;
    for (let folder = real;; folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder)) {
        const gitDir = gitDirIn(folder);
        if (gitDir)
            return { root: folder, gitDir, prefix: slashes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, real)) };
        if (folder === top || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) === folder)
            break;
    }
    const root = realpathOr((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(fallback));
    return { root, gitDir: null, prefix: slashes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, real)) };
}
/** The real path, or the path as given when it does not exist (yet). */
function realpathOr(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return p;
    }
}
function slashes(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** A folder given by a user (`working-directory`), as a prefix: "/" separated, no `./`, no trailing `/`. */
function normalPrefix(p) {
    return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\.$/, '').replace(/\/+$/, '');
}
/** A path relative to the checked folder, made relative to the repository root. */
function inRepository(prefix, file) {
    const p = normalPrefix(prefix);
    return p ? `${p}/${file}` : file;
}
/** The path back inside the checked folder, or null when `file` is not under `prefix`. */
function inFolder(prefix, file) {
    const p = normalPrefix(prefix);
    if (!p)
        return file;
    return file.startsWith(p + '/') ? file.slice(p.length + 1) : null;
}
/**
 * The report with every path relative to the repository root (contract §5): `apps[].root` says
 * where each app is, and `files`, `webServer.file`, `restart.file` and each finding's `file` name
 * files as the repository has them. The engine's report (relative to the checked folder) is left as
 * it is; the shells call this before any output.
 */
function rootedReport(report, prefix) {
    const p = normalPrefix(prefix);
    if (!p)
        return report;
    const at = (f) => inRepository(p, f);
    const atOrNull = (f) => (f === null ? null : at(f));
    return {
        ...report,
        apps: report.apps.map((a) => ({
            ...a,
            root: a.root === '.' ? p : at(a.root),
            files: {
                procfile: atOrNull(a.files.procfile),
                manifest: atOrNull(a.files.manifest),
                deployHooks: atOrNull(a.files.deployHooks),
                serverConfig: a.files.serverConfig.map(at),
                lockfile: atOrNull(a.files.lockfile)
            },
            webServer: a.webServer ? { ...a.webServer, file: at(a.webServer.file) } : null,
            restart: a.restart ? { ...a.restart, file: atOrNull(a.restart.file) } : null
        })),
        findings: report.findings.map((f) => ({ ...f, file: at(f.file) }))
    };
}
/**
 * The commit and branch of `HEAD` and the `origin` URL, read from the git folder's plain files
 * (HEAD, the loose ref or packed-refs, config; gitrepository-layout(5)). Anything unusual (a
 * reftable, an unreadable file) gives nulls rather than a guess.
 */
function readRevision(gitDir) {
    const read = (p) => {
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
            return st.isFile() && st.size < 1024 * 1024 ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8') : null;
        }
        catch {
            return null;
        }
    };
    // a worktree's refs and config are in the common folder
    const commonRel = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'commondir'))?.trim();
    const common = commonRel ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(gitDir, commonRel) : gitDir;
    const head = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'HEAD'))?.trim() ?? '';
    let revisionId = null;
    let branch = null;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head);
    if (ref) {
        branch = ref[1].replace(/^refs\/heads\//, '');
        const loose = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, ...ref[1].split('/')))?.trim() ?? read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(common, ...ref[1].split('/')))?.trim();
        if (loose && /^[0-9a-f]{40,64}$/.test(loose))
            revisionId = loose;
        else {
            for (const line of (read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(common, 'packed-refs')) ?? '').split('\n')) {
                const [sha, name] = line.split(' ');
                if (name === ref[1] && /^[0-9a-f]{40,64}$/.test(sha))
                    revisionId = sha;
            }
        }
    }
    else if (/^[0-9a-f]{40,64}$/.test(head))
        revisionId = head;
    return { repositoryUri: originUrl(read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(common, 'config')) ?? ''), revisionId, branch };
}
/** The `url` of `[remote "origin"]` in a git config, as an https URL without user or password. */
function originUrl(config) {
    let inOrigin = false;
    for (const raw of config.split('\n')) {
        const line = raw.trim();
        if (line.startsWith('['))
            inOrigin = /^\[remote\s+"origin"\]$/.test(line);
        else if (inOrigin) {
            const m = /^url\s*=\s*(.+)$/.exec(line);
            if (m)
                return httpsUrl(m[1].trim());
        }
    }
    return null;
}
function httpsUrl(url) {
    // scp-like syntax: git@github.com:owner/repo.git
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(url);
    let u;
    try {
        u = new URL(scp ? `https://${scp[1]}/${scp[2]}` : url.replace(/^(ssh|git):\/\/(?:[^@/]+@)?/, 'https://'));
    }
    catch {
        return null;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return null;
    // a token or password in the URL must never reach a report
    u.username = '';
    u.password = '';
    u.port = '';
    return `https://${u.host}${u.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '')}`;
}


/***/ }),

/***/ 5116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ silenceWasiWarning)
/* harmony export */ });
/**
 * Node prints "ExperimentalWarning: WASI is an experimental feature" when Prism's WebAssembly is
 * loaded; it is not the user's concern. Only the two shells call this (it touches `process`).
 */
function silenceWasiWarning() {
    const emit = process.emitWarning.bind(process);
    process.emitWarning = ((warning, ...rest) => {
        const text = typeof warning === 'string' ? warning : warning.message;
        if (/WASI/.test(text))
            return;
        return emit(warning, ...rest);
    });
}


/***/ }),

/***/ 47:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ workflowCommand),
/* harmony export */   vX: () => (/* binding */ formatGithub)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, annotationPath */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);

/** Workflow-command escaping, as `@actions/core` does it (toolkit `command.ts`). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
/** Path of a finding as GitHub wants it: repository-relative, `/`, no `./` (paths.ts, shared with the CLI). */
function annotationPath(prefix, file) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .inRepository */ .yJ)(prefix, file);
}
/**
 * One workflow command, `::command k=v,k=v::message`, escaped, without its line ending;
 * properties without a value are left out (as `@actions/core` writes them).
 */
function workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${command}${props.length > 0 ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}
/** One `::error file=…::message` line per finding (columns only on one-line spans). */
function formatGithub(findings, pathPrefix = '') {
    // a suppressed finding is not annotated (it stays in the JSON report and the SARIF)
    return findings
        .filter((f) => !f.suppressed)
        .map((f) => {
        const oneLine = f.line === f.endLine;
        const props = { file: annotationPath(pathPrefix, f.file), line: f.line, endLine: f.endLine, col: oneLine ? f.column : undefined, endColumn: oneLine ? f.endColumn : undefined, title: f.rule };
        return workflowCommand(COMMAND[f.severity], props, f.message) + '\n';
    })
        .join('');
}


/***/ }),

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatJson)
/* harmony export */ });
/* harmony import */ var _docs_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7592);

/**
 * The JSON report (contract §2). Each finding also carries `docsUrl`, the rule's page at this
 * version's tag (contract §5), so that a script can link it without knowing the repository.
 */
function formatJson(report) {
    const findings = report.findings.map((f) => ({ ...f, docsUrl: (0,_docs_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleUrl */ .QB)(f.rule) }));
    return JSON.stringify({ ...report, findings }, null, 2) + '\n';
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8963);

/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'check-incomplete',
    severity: 'error',
    summary: "rack-check could not finish checking part of the app: its Ruby parser gave up on a config file (nested too deeply, out of time), or the app's analysis stopped on an internal error.",
    messages: {
        parser: '`{path}` {why}, so rack-check could not check all of it; Cloud 66 and the server may read it fine. Simplify the nesting, or check this file by hand.',
        internal: 'rack-check stopped checking this app on an internal error ({why}), so its findings for this app are incomplete. Run again with RACK_CHECK_DEBUG=1 for details, and please report it.'
    },
    check(ctx) {
        const app = ctx.analysis.app;
        for (const f of app.failures) {
            if (f.path !== null) {
                // a limit of rack-check's, not a mistake in the repository
                ctx.report({ file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'parser', { path: f.path, why: f.why }, { severity: 'warning' });
            }
            else {
                const file = app.present.procfile ?? app.present.manifest ?? app.present.deployHooks ?? (app.root ? `${app.root}/Procfile` : 'Procfile');
                ctx.report({ file, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'internal', { why: f.why });
            }
        }
    }
}));


/***/ }),

/***/ 8963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   P$: () => (/* binding */ docsPath),
/* harmony export */   hw: () => (/* binding */ formatMessage)
/* harmony export */ });
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


/***/ }),

/***/ 4992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/rules/define-rule.ts
var define_rule = __webpack_require__(8963);
;// CONCATENATED MODULE: ./src/rules/app-not-rack.ts

/**
 * rack-check's rules are about Cloud 66's Rack stack (custom_web, Passenger, the Ruby servers).
 * A Node.js or static app with a Procfile gets one notice instead of Rack advice that does not
 * apply to it (a `web:` line is what Cloud 66 runs for Node apps).
 */
/* harmony default export */ const app_not_rack = ((0,define_rule/* defineRule */.Km)({
    id: 'app-not-rack',
    severity: 'notice',
    summary: 'The folder is not a Rack app (no Gemfile, lockfile or config.ru, and no Ruby server in the Procfile), so the Rack rules are skipped.',
    messages: {
        notRack: 'This folder has no Gemfile, Gemfile.lock or config.ru and its Procfile runs no Ruby web server, so it is not a Rack app; rack-check checks the Cloud 66 setup of Rack apps and skips its Rack rules here.'
    },
    check(ctx) {
        const a = ctx.analysis;
        if (a.rack)
            return;
        const file = a.app.procfiles[0]?.file ?? a.app.manifest?.file ?? a.app.deployHooks?.file;
        if (file)
            ctx.report(file.lineSpan(1), 'notRack');
    }
}));

// EXTERNAL MODULE: ./src/rules/check-incomplete.ts
var check_incomplete = __webpack_require__(792);
;// CONCATENATED MODULE: ./src/rules/cloud66-folder-misplaced.ts

/**
 * Cloud 66 reads its files from `.cloud66/` at the repository root (cloud66.md §3.1, §7.1).
 * Discourse-derived repositories keep them in `config/cloud/cloud66/` and link `.cloud66` to it;
 * without that link Cloud 66 never sees them.
 */
/* harmony default export */ const cloud66_folder_misplaced = ((0,define_rule/* defineRule */.Km)({
    id: 'cloud66-folder-misplaced',
    severity: 'notice',
    summary: 'Cloud 66 files are kept in another folder (such as `config/cloud/cloud66/`) and there is no `.cloud66/` at the root.',
    messages: {
        misplaced: 'Cloud 66 reads `.cloud66/manifest.yml` and `.cloud66/deploy_hooks.yml` only from the `.cloud66/` folder at the repository root, which this repository does not have, so `{path}` is not used; move the folder to `.cloud66/` or add a `.cloud66` symlink to `{folder}` (as Discourse-style repositories do).'
    },
    check(ctx) {
        const [first] = ctx.analysis.misplacedCloud66;
        if (!first)
            return;
        const folder = first.slice(0, first.lastIndexOf('/'));
        ctx.report({ file: first, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'misplaced', { path: first, folder: folder.endsWith('/files') ? folder.slice(0, -'/files'.length) : folder });
    }
}));

// EXTERNAL MODULE: ./src/servers/environment.ts
var environment = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/model/shell.ts
var shell = __webpack_require__(843);
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
/** What to write in the server's own config file to serve the socket. */
function configSocketFix(server) {
    switch (server) {
        case 'unicorn':
            return '`listen "/tmp/web_server.sock"`';
        case 'thin':
            return '`socket: /tmp/web_server.sock`';
        default:
            return '`bind "unix:///tmp/web_server.sock"`';
    }
}
/** What to write in the server's own config file for the PID file. */
function configPidFix(server) {
    switch (server) {
        case 'unicorn':
            return '`pid "/tmp/web_server.pid"`';
        case 'thin':
            return '`pid: /tmp/web_server.pid`';
        default:
            return '`pidfile "/tmp/web_server.pid"`';
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
    const rel = (0,environment/* appRelative */.UH)(abs);
    return rel === null ? '`' + abs + '`' : rel === '' ? 'the app folder' : '`' + rel + '` in the app folder';
}
/** Edit distance, for did-you-mean hints. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest known name, when it is close enough to be a typo. */
function didYouMean(word, known) {
    let best = null;
    let bestD = Infinity;
    const w = word.toLowerCase();
    for (const k of known) {
        const d = distance(w, k);
        if (d < bestD)
            [best, bestD] = [k, d];
    }
    return best !== null && bestD <= Math.max(2, Math.floor(best.length / 4)) ? best : null;
}
/** A manifest's procfile_metadata entries: each block, process and setting, with positions. */
function* metadataSettings(manifest) {
    for (const block of manifest?.metadata ?? []) {
        if (block.value?.kind !== 'map')
            continue;
        for (const process of block.value.pairs) {
            if (process.value?.kind !== 'map')
                continue;
            for (const setting of process.value.pairs)
                yield { block, process, setting };
        }
    }
}
/** Where a block is, for messages: `procfile_metadata` or `production.procfile_metadata`. */
function blockName(block) {
    return block.environment === null ? 'procfile_metadata' : `${block.environment}.procfile_metadata`;
}
/**
 * With no locked version, how the line breaks Cloud 66's contract on every version band — or null
 * when some version keeps it. Under Bluepill daemonizing is allowed, so it does not count.
 */
function failsOnEveryVersion(web, processManager) {
    const groups = web.facts.everyBand;
    if (!groups)
        return null;
    const counted = groups.map((g) => ({ ...g, failures: g.failures.filter((f) => processManager === 'systemd' || f.kind !== 'daemonizes') }));
    return counted.every((g) => g.failures.length > 0) ? counted : null;
}
/** Replaces what a span covers. */
function replaceSpan(file, at, text) {
    const [start, end] = file.offsets(at);
    return { file, start, end, text };
}
/** Deletes the words a span covers on a command line, with the blank before them. */
function deleteWords(file, at) {
    let [start, end] = file.offsets(at);
    while (start > 0 && (file.text[start - 1] === ' ' || file.text[start - 1] === '\t'))
        start--;
    if (start === file.lineOffset(at.line))
        while (file.text[end] === ' ' || file.text[end] === '\t')
            end++;
    return { file, start, end, text: '' };
}
/** Appends words to the `custom_web` command (before a trailing comment). */
function appendToCommand(web, words) {
    const entry = web.entry;
    const comment = (0,shell/* parseShell */.aV)(entry.command, entry.commandStart, { get: () => undefined, unsetBare: 'empty' }).comment;
    let at = comment ?? entry.commandEnd;
    while (at > entry.commandStart && /[ \t]/.test(web.procfile.text[at - 1]))
        at--;
    return { file: web.procfile, start: at, end: at, text: ' ' + words };
}
/** The first code span of a fix text: "`-b unix:///tmp/web_server.sock` (…)" → `-b unix:///tmp/web_server.sock`. */
function codeOf(fixText) {
    return /`([^`]+)`/.exec(fixText)?.[1] ?? null;
}
/** An option word as written, split from its value: `--pidfile=x` → `--pidfile=`, `-b x` → `-b `. */
function optionPrefix(written) {
    const m = /^(--?[A-Za-z][\w-]*)(=|[ \t]+)/.exec(written);
    return m ? m[1] + m[2] : null;
}
/**
 * Text from the repository quoted in a message, at most `max` characters ("…" when cut, a
 * surrogate pair never split): a word of 100,000 characters quoted in each of thousands of
 * findings would make the report quadratic in the line (found by the fuzz suite, seed 20261201).
 */
function quoted(text, max = 120) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
    return text.slice(0, end) + '…';
}

;// CONCATENATED MODULE: ./src/rules/custom-web-daemonizes.ts


/* harmony default export */ const custom_web_daemonizes = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-daemonizes',
    severity: 'error',
    rack: true,
    summary: 'The `custom_web` server daemonizes, which systemd (Cloud 66 servers since June 2020) does not support.',
    messages: {
        flag: '`{option}` makes `{program}` daemonize: the process systemd started exits and Cloud 66\'s systemd unit treats the web server as gone; remove `{option}` (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).',
        thinFlag: '`{option}` makes `{program}` daemonize: the process systemd started exits and Cloud 66\'s systemd unit treats the web server as gone; removing `{option}` keeps Thin in the foreground, but then Thin writes no PID file at all (see thin-pid-needs-daemon), so consider Puma or Unicorn (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).',
        config: '`{option}` in `{file}` makes `{program}` daemonize: the process systemd started exits and Cloud 66\'s systemd unit treats the web server as gone; remove it (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.ifStarted || ctx.options.processManager === 'bluepill')
            return;
        const d = web.ifStarted.daemonizes;
        if (d.value !== true)
            return;
        // a flag of its own on the command line is removed; a config line or a grouped flag is left to the user
        const lone = d.reason !== 'config' && d.at.file === web.procfile.path && ctx.analysis.textAt(d.at) === d.data.option;
        const fix = lone ? { description: `remove \`${d.data.option}\``, edits: [deleteWords(web.procfile, d.at)] } : null;
        if (d.reason === 'config')
            ctx.report(d.at, 'config', { option: ctx.analysis.textAt(d.at), file: d.at.file, program: web.program });
        // Thin writes its PID file only when daemonized (servers.md §2): removing `-d` costs the PID file
        else if (web.server === 'thin')
            ctx.report(d.at, 'thinFlag', { option: d.data.option ?? 'daemonize', program: web.program });
        else
            ctx.report(d.at, 'flag', { option: d.data.option ?? 'daemonize', program: web.program }, { fix });
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-extra-tcp-listener.ts

/* harmony default export */ const custom_web_extra_tcp_listener = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-extra-tcp-listener',
    severity: 'notice',
    rack: true,
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
                ctx.report(l.at, 'extra', { program: web.program, port: l.port != null ? `TCP port ${l.port}` : 'a TCP port', text: ctx.analysis.textAt(l.at) });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-fails-on-every-version.ts


/**
 * With no version locked, each version band is modelled (servers/index.ts). When every band breaks
 * the contract — in different ways, such as Puma's `-d`, which daemonizes below 5.0 and is refused
 * from 5.0 on — the line is wrong whatever Bundler installs: an error, not a per-version warning.
 */
/* harmony default export */ const custom_web_fails_on_every_version = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-fails-on-every-version',
    severity: 'error',
    rack: true,
    summary: 'With no version locked, the `custom_web` line breaks Cloud 66\'s contract on every version of the server, in different ways.',
    messages: {
        sameWord: 'This line fails on Cloud 66 whatever version of {program} Bundler installs (Gemfile.lock locks none): {bands}; remove `{word}`.',
        different: 'This line fails on Cloud 66 whatever version of {program} Bundler installs (Gemfile.lock locks none): {bands}; fix each of these, and lock the version you deploy in Gemfile.lock.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        const groups = failsOnEveryVersion(web, ctx.options.processManager);
        if (!groups)
            return;
        const bands = groups.map((g) => `on ${web.program} ${g.versions} ${g.failures.map((f) => f.what).join(' and ')}`).join('; ');
        const spans = groups.flatMap((g) => g.failures.map((f) => f.at));
        const first = spans[0];
        const same = spans.every((s) => s.line === first.line && s.column === first.column && s.endColumn === first.endColumn && s.file === first.file);
        const word = ctx.analysis.textAt(first);
        if (same && word.startsWith('-'))
            ctx.report(first, 'sameWord', { program: web.program, bands, word }, first.file === web.procfile.path ? { fix: { description: `remove \`${word}\``, edits: [deleteWords(web.procfile, first)] } } : undefined);
        else
            ctx.report(first, 'different', { program: web.program, bands });
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-fails-to-boot.ts


/* harmony default export */ const custom_web_fails_to_boot = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-fails-to-boot',
    severity: 'error',
    rack: true,
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
        configRemovedDaemon: 'Puma 5.0 removed `daemonize` from the config DSL, so loading `{path}` raises NameError and {server} exits at start{versions}; remove the line (systemd keeps Puma in the foreground).',
        configSyntax: '`{path}` is not valid Ruby ({message}), so {server} exits at start while loading it; fix the syntax.',
        configInvalidBind: '{server} cannot listen on `{option}` (not an address it understands), so it exits at start while loading `{path}`; write {fix}.',
        missingFolder: '`{text}` makes {server} change to the folder `{path}` before starting, and no such folder exists (Thin does not expand shell variables in its YAML), so it exits at start; write the path, e.g. `chdir: /var/deploy/app/web_head/current`, or drop the key.',
        thinSocketNotPath: 'Thin makes a Unix socket only from a name that contains `/`, so it takes `{path}` (from `{text}`) for a TCP host name, cannot listen on it and exits at start; write `/tmp/web_server.sock`.',
        evalWord: '`{option} {value}` is `--eval` for {server}: it runs `{value}` as Ruby, which raises NameError at start; use `{fix}` for the environment.',
        configRaises: 'While {server} loads `{path}`, {why}, so it exits at start{versions}; give the value a default (e.g. `ENV.fetch("PORT", 3000)`) or define what the file needs.',
        invalidValue: '{server} cannot use {shown} as the value of `{option}` ({why}), so it exits at start{versions}; give `{option}` a valid value or remove it.',
        noApp: '{server} takes `{text}` for the rackup file to run (a word left over after the options), and there is no such file, so it exits with "No application configured, nothing to run"{versions}; remove the word, or give the option before it a value.',
        extraArgument: '{server} takes `{text}` for {what} (a word left over after the options), so it exits at start{versions}; remove the word, or give the option before it a value.',
        thorExtraArgument: '`{option}` is not an option of `rails server`, so Thor takes it for an extra argument and stops with `"rails server" was called with arguments`: it exits at start; use {suggest}.'
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
            'missing-folder': 'missingFolder',
            'thin-socket-not-path': 'thinSocketNotPath',
            'config-removed-daemon': 'configRemovedDaemon',
            'config-syntax': 'configSyntax',
            'config-invalid-bind': 'configInvalidBind',
            'eval-word': 'evalWord',
            'invalid-value': 'invalidValue',
            'config-raises': 'configRaises',
            'no-app': 'noApp',
            'extra-argument': 'extraArgument',
            'thor-extra-argument': 'thorExtraArgument'
        };
        // a problem of some versions, when every version fails: custom-web-fails-on-every-version says it all
        const everyVersion = failsOnEveryVersion(web, ctx.options.processManager) !== null;
        for (const p of web.facts.bootProblems) {
            if (p.kind === 'not-bundled')
                continue; // server-gem-not-locked reports it
            if (p.versions && everyVersion)
                continue;
            const id = p.kind === 'invalid-option' && p.data.bind ? 'invalidBind' : ids[p.kind];
            const versions = p.versions ? ` on ${web.program} ${p.versions} (no version of the gem is locked in Gemfile.lock)` : '';
            const shown = p.data.value === undefined ? '' : p.data.value === '' ? 'an empty word' : '`' + p.data.value + '`';
            // Puma 5+'s refused `-d` is removed (systemd keeps the server in the foreground)
            const dropD = id === 'removedDaemon' && p.at.file === web.procfile.path && ctx.analysis.textAt(p.at) === p.data.option && !p.versions;
            const fix = dropD ? { description: `remove \`${p.data.option}\``, edits: [deleteWords(web.procfile, p.at)] } : null;
            ctx.report(p.at, id, { server: serverLabel(web), versions, option: '', candidates: '', command: '', path: '', value: '', fix: configSocketFix(web.server), message: '', shown, text: '', what: '', why: '', suggest: '', ...p.data }, p.versions ? { severity: 'warning' } : { fix });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-misleading-flag.ts

/* harmony default export */ const custom_web_misleading_flag = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-misleading-flag',
    severity: 'warning',
    rack: true,
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
            if (n.kind === 'puma-state' || n.kind === 'env-default' || n.kind === 'thin-yaml-variable')
                continue; // custom-web-no-socket explains -S
            ctx.report(n.at, ids[n.kind], { program: web.program, value: '', ...n.data });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-no-pid-file.ts


/* harmony default export */ const custom_web_no_pid_file = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-no-pid-file',
    severity: 'error',
    rack: true,
    summary: 'The `custom_web` server does not write its PID to /tmp/web_server.pid, which Cloud 66 uses to signal and check it.',
    messages: {
        none: 'Nothing writes /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; add {fix}.',
        otherPath: '`{text}` writes the PID to {path}, not to /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; use {fix}.',
        railsP: 'For `unicorn_rails`, `-P` is the deprecated `--path` (it mounts the app at `{text}`) and no PID file is written; set `pid "/tmp/web_server.pid"` in the config file (`-c`).',
        thinBluepill: 'Thin writes its PID file only when it daemonizes, so /tmp/web_server.pid is never written; add `-d` (under Bluepill the web server is expected to daemonize).',
        configOtherPath: '`{text}` in `{file}` makes {program} write its PID to {path}, not to /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; write {fix} there.',
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
        // the command-line option that writes it, for the servers that have one (Unicorn and Thin need their config or -d)
        const option = ['puma', 'rackup', 'rails', 'passenger'].includes(web.server) ? codeOf(data.fix) : null;
        const add = option ? { description: `add \`${option}\``, edits: [appendToCommand(web, option)] } : null;
        switch (p.reason) {
            case 'none':
                return ctx.report(p.at, 'none', data, { fix: add });
            case 'other-path':
                {
                    const prefix = p.at.file === web.procfile.path ? optionPrefix(ctx.analysis.textAt(p.at)) : null;
                    if (prefix && option)
                        return ctx.report(p.at, 'otherPath', { ...data, text: ctx.analysis.textAt(p.at), path: displayPath(data.path) }, { fix: { description: 'write /tmp/web_server.pid', edits: [replaceSpan(web.procfile, p.at, prefix + '/tmp/web_server.pid')] } });
                }
                if (p.at.file !== web.procfile.path)
                    return ctx.report(p.at, 'configOtherPath', { ...data, program: web.program, file: p.at.file, text: ctx.analysis.textAt(p.at), path: displayPath(data.path), fix: configPidFix(web.server) });
                return ctx.report(p.at, 'otherPath', { ...data, text: ctx.analysis.textAt(p.at), path: displayPath(data.path) });
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
                return ctx.report(p.at, 'none', data, { fix: add });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-no-socket.ts


/* harmony default export */ const custom_web_no_socket = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-no-socket',
    severity: 'error',
    rack: true,
    summary: 'The `custom_web` server does not serve HTTP on /tmp/web_server.sock, where Nginx sends the traffic.',
    messages: {
        noListener: '`{program}` is given no listener, so it listens on {default} and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; add {fix}.',
        tcpOnly: '`{text}` is a TCP listener and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; add {fix}.',
        relativeUnix: '`{text}` is the relative path `{path}` under the app folder, not /tmp/web_server.sock; write {fix}.',
        otherUnix: '`{text}` serves a socket at {where}, but Nginx sends the traffic to /tmp/web_server.sock; use {fix}.',
        stateFile: "`-S` is Puma's state file, not a socket: Puma writes a YAML file at `{text}` and listens on its default TCP port; use `-b unix:///tmp/web_server.sock`.",
        clusterRenamed: '`{text}` starts {count} servers, which number their sockets (`{path}`, …), so /tmp/web_server.sock never exists; run one server.',
        overridden: '`{text}` on the command line replaces every listener of the config file, so `{overrides} is dropped and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; remove `{text}` (the config file binds the socket) or add {fix}.',
        configTcpOnly: '`{text}` in `{file}` leaves {program} with TCP listeners only, and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; write {configFix} in `{file}` instead (or {fix} on the command line).',
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
        const inConfig = s.at.file !== web.procfile.path;
        const base = { program: web.program, fix: inConfig ? configSocketFix(web.server) : fix, text: '', ...s.data };
        // on the command line: the socket option is added, or a wrong socket path rewritten in place
        const option = codeOf(fix);
        const add = option && web.server !== 'unknown' ? { description: `add \`${option}\``, edits: [appendToCommand(web, option)] } : null;
        const written = inConfig ? null : ctx.analysis.textAt(s.at);
        const prefix = written ? optionPrefix(written) : null;
        const socketValue = option?.split(/\s+/)[1];
        // the span is the option with its value, or the value alone
        const replacement = socketValue && written ? (prefix ? prefix + socketValue : written.startsWith('-') ? null : socketValue) : null;
        const rewrite = replacement ? { description: `write \`${replacement}\``, edits: [replaceSpan(web.procfile, s.at, replacement)] } : null;
        switch (s.reason) {
            case 'no-listener':
                return ctx.report(s.at, 'noListener', { default: s.data.default ?? 'its default port', ...base }, { fix: add });
            case 'relative-unix':
                return ctx.report(s.at, 'relativeUnix', base, { fix: rewrite });
            case 'other-unix':
                // the line as written, and the path as the user knows it (app-relative inside the app folder)
                return ctx.report(s.at, 'otherUnix', { ...base, text: inConfig ? ctx.analysis.textAt(s.at) : base.text, where: s.data.path?.startsWith('/') ? displayPath(s.data.path) : '`' + (s.data.path ?? '') + '`' }, { fix: rewrite });
            case 'state-file':
                return ctx.report(s.at, 'stateFile', base);
            case 'cluster-renamed':
                return ctx.report(s.at, 'clusterRenamed', base);
            case 'host-not-socket':
                return ctx.report(s.at, 'hostNotSocket', base);
            default: // 'tcp-only'
                if (s.data.overrides)
                    return ctx.report(s.at, 'overridden', { ...base, fix, text: ctx.analysis.textAt(s.at) });
                if (inConfig)
                    return ctx.report(s.at, 'configTcpOnly', { ...base, fix, configFix: configSocketFix(web.server), file: s.at.file, text: ctx.analysis.textAt(s.at) });
                return ctx.report(s.at, 'tcpOnly', { ...base, text: ctx.analysis.textAt(s.at) }, { fix: add });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-undecided.ts


/* harmony default export */ const custom_web_undecided = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-undecided',
    severity: 'notice',
    rack: true,
    summary: 'rack-check cannot tell from the files alone what the `custom_web` server will do.',
    messages: {
        notFollowable: 'rack-check does not follow {what} in a `custom_web` command, so it does not predict what starts; keep the command a plain server command.',
        unknownValue: 'This command uses {variables}, which Cloud 66 fills from the app\'s environment variables and rack-check cannot see, so it cannot tell whether the server {what}.',
        version: 'Whether the server {what} depends on its version ({versions}); lock the gem in Gemfile.lock to get one answer.',
        configValue: 'rack-check cannot tell whether the server {what}: {why}.',
        configFile: 'Whether the server {what} depends on `{files}`, which rack-check could not evaluate.',
        unknownOption: '`{word}` is not an option of `{program}`, and what it does with an unknown option was not measured, so rack-check does not predict what starts; use {suggest}.'
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
        // when every version fails, custom-web-fails-on-every-version already says what each one does
        const everyVersion = failsOnEveryVersion(web, ctx.options.processManager) !== null;
        if (f.bootUnknown)
            ctx.report(f.bootUnknown.at, 'configValue', { what: 'starts', why: f.bootUnknown.why });
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
            if (v.reason === 'unknown-option')
                return ctx.report(v.at, 'unknownOption', { ...d, program: v.data.program ?? web.program, suggest: v.data.suggest ?? 'a documented option' });
            if (v.reason === 'unknown-value')
                ctx.report(v.at, 'unknownValue', { ...d, variables: variablesOf(web.command.unknownWords, d.variables) });
            else if (v.reason === 'version') {
                if (!everyVersion)
                    ctx.report(v.at, 'version', d);
            }
            else if (v.reason === 'config-file')
                ctx.report(v.at, 'configFile', d);
            else if (v.reason === 'config-value')
                ctx.report(v.at, 'configValue', { ...d, why: v.data.why ?? '' });
        }
    }
}));
function variablesOf(words, fallback) {
    const vars = [...new Set(words.flatMap((w) => w.unknownVars))];
    return vars.length ? vars.map((v) => '`$' + v + '`').join(', ') : fallback;
}

;// CONCATENATED MODULE: ./src/rules/custom-web-unset-variable.ts



/**
 * Contract §4: the prediction environment sets only a few variables. A `$PORT` on the line is
 * empty as written, so the shell drops the unquoted word and the server's option parser sees what
 * remains (a required argument takes the next word, whatever it is). Cloud 66 does substitute the
 * app's own environment variables (cloud66.md §2.5), so the message says in one clause what
 * changes when the app defines the variable; the prediction stays the one of the line as written.
 */
/* harmony default export */ const custom_web_unset_variable = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-unset-variable',
    severity: 'warning',
    rack: true,
    summary: 'The `custom_web` line uses a variable that Cloud 66 does not set for it, so as written it expands to nothing.',
    messages: {
        dropped: '`${name}` is not set when Cloud 66 starts `custom_web` (it sets {known}), so as written the shell drops the word and {program} reads {reads}; if {name} is one of the app\'s environment variables, Cloud 66 puts its value here instead.',
        emptied: '`${name}` is not set when Cloud 66 starts `custom_web` (it sets {known}), so as written `{written}` becomes {value}; if {name} is one of the app\'s environment variables, Cloud 66 puts its value here instead.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web?.command.argv)
            return;
        const argv = web.command.argv;
        const known = environment/* PREDICTION_VARIABLES */._z.map((v) => '`' + v + '`').join(', ');
        const seen = new Set();
        for (const u of web.command.unsetVariables) {
            const key = `${u.name}@${u.start}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            // the words are in source order and do not overlap: found by bisection (a line may hold thousands)
            const i = lastStartingBefore(argv, u.start + 1);
            const word = i >= 0 && argv[i].end >= u.end ? argv[i] : undefined;
            if (word) {
                // one finding for a variable in a word, however often the word repeats it
                const inWord = `${u.name}@word${word.start}`;
                if (seen.has(inWord))
                    continue;
                seen.add(inWord);
                const written = quoted(web.procfile.text.slice(word.start, word.end));
                ctx.report(u.at, 'emptied', { name: u.name, known, written, value: word.text === '' ? 'an empty word' : '`' + quoted(word.text) + '`' });
                continue;
            }
            const prev = i >= 0 ? (argv[i].end <= u.start ? argv[i] : argv[i - 1]) : undefined;
            const next = argv[lastStartingBefore(argv, u.end) + 1];
            const program = prev === argv[0];
            const reads = prev && next ? (program ? `\`${quoted(next.text)}\` as its first argument` : `\`${quoted(prev.text)} ${quoted(next.text)}\``) : prev ? (program ? 'no arguments at all' : `\`${quoted(prev.text)}\` at the end of the line`) : 'nothing there';
            // `-p $PORT`: behind Nginx the port is not used (the socket is), so the option goes
            const port = prev && prev !== argv[0] && (prev.text === '-p' || prev.text === '--port');
            const fix = port ? { description: `remove \`${web.procfile.text.slice(prev.start, u.end)}\` (Nginx uses the socket)`, edits: [deleteWords(web.procfile, web.procfile.span(prev.start, u.end))] } : null;
            ctx.report(u.at, 'dropped', { name: u.name, known, program: web.program || 'the command', reads }, { fix });
        }
    }
}));
/** The index of the last word that starts before `offset` (-1 when none does). */
function lastStartingBefore(argv, offset) {
    let lo = 0;
    let hi = argv.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (argv[mid].start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

;// CONCATENATED MODULE: ./src/rules/custom-web-unknown-server.ts

/* harmony default export */ const custom_web_unknown_server = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-unknown-server',
    severity: 'warning',
    rack: true,
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

/* harmony default export */ const custom_web_without_bundle_exec = ((0,define_rule/* defineRule */.Km)({
    id: 'custom-web-without-bundle-exec',
    severity: 'warning',
    rack: true,
    summary: 'The `custom_web` server runs without `bundle exec` or a binstub.',
    messages: {
        bare: '`{program}` runs without `bundle exec`, so the version installed system-wide runs, not the one in Gemfile.lock; write `bundle exec {program}`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.command.program || web.command.bundleExec || web.command.binstub || web.server === 'unknown')
            return;
        const at = web.command.program.start;
        ctx.report(web.procfile.span(at, web.command.program.end), 'bare', { program: web.command.program.text }, { fix: { description: 'add `bundle exec`', edits: [{ file: web.procfile, start: at, end: at, text: 'bundle exec ' }] } });
    }
}));

;// CONCATENATED MODULE: ./src/rules/file-unreadable.ts

/* harmony default export */ const file_unreadable = ((0,define_rule/* defineRule */.Km)({
    id: 'file-unreadable',
    severity: 'error',
    summary: 'A deployment file exists but cannot be read as text: binary, not UTF-8, over 1 MiB, not a regular file, not readable, or a link that leads outside the checked folder or nowhere.',
    messages: {
        unreadable: '`{path}` {problem}, so it cannot be checked; Cloud 66 reads these files as UTF-8 text.',
        outside: '`{path}` {problem}; rack-check reads only inside the checked folder, so it was not checked.',
        link: '`{path}` {problem}, so it cannot be checked; replace the link with the file itself.',
        notRegular: '`{path}` {problem}; rack-check never opens one (opening a named pipe or a device can block), so it was not checked. Cloud 66 needs a regular file here.',
        permission: '`{path}` {problem}, so it was not checked; make it readable (rack-check tells this apart from a missing file).'
    },
    check(ctx) {
        for (const u of ctx.analysis.app.unreadable) {
            const at = { file: u.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
            const data = { path: u.path, problem: u.problem };
            if (u.problem.includes('outside the checked folder'))
                ctx.report(at, 'outside', data, { severity: 'warning' });
            else if (u.problem.includes('symbolic link'))
                ctx.report(at, 'link', data, { severity: 'warning' });
            else if (u.problem.includes('not a regular file'))
                ctx.report(at, 'notRegular', data);
            else if (u.problem.includes('permission denied'))
                ctx.report(at, 'permission', data);
            else
                ctx.report(at, 'unreadable', data);
        }
    }
}));

// EXTERNAL MODULE: ./src/model/deploy-hooks.ts
var deploy_hooks = __webpack_require__(8363);
;// CONCATENATED MODULE: ./src/rules/hooks-bluepill-under-systemd.ts


/* harmony default export */ const hooks_bluepill_under_systemd = ((0,define_rule/* defineRule */.Km)({
    id: 'hooks-bluepill-under-systemd',
    severity: 'warning',
    rack: true,
    summary: 'A deploy hook runs `bluepill`, which servers built since June 2020 (systemd) do not have.',
    messages: {
        bluepill: 'This hook runs `bluepill`, but Cloud 66 servers built since June 2020 manage processes with systemd and have no Bluepill, so the command fails (and with `halt_on_error`, the default, so does the deploy); use `sudo systemctl {verb} cloud66_web_server` or `restart_signal`, or pass `--process-manager bluepill` for an older server.'
    },
    check(ctx) {
        if (ctx.options.processManager !== 'systemd')
            return;
        for (const hook of ctx.analysis.app.deployHooks?.hooks ?? []) {
            const command = (0,deploy_hooks/* field */.ZZ)(hook, 'command');
            if (!command)
                continue;
            const c = (0,deploy_hooks/* hookCommands */.iO)(command.text).find((c) => (0,deploy_hooks/* programWords */.Os)(c)[0]?.split('/').pop() === 'bluepill');
            if (!c)
                continue;
            const words = (0,deploy_hooks/* programWords */.Os)(c);
            const verb = words.includes('stop') ? 'stop' : words.includes('start') ? 'start' : 'restart';
            ctx.report(command.at, 'bluepill', { verb });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-copied-deploy-file.ts

/* harmony default export */ const hooks_copied_deploy_file = ((0,define_rule/* defineRule */.Km)({
    id: 'hooks-copied-deploy-file',
    severity: 'notice',
    summary: 'A deploy hook copies a Procfile or a web server config into the stack path: that copy is what the server uses.',
    messages: {
        checked: 'This {point} hook puts `{source}` in place of `{destination}`, so that is the file Cloud 66 uses; rack-check checks `{source}` as `{destination}`.',
        notInRepo: 'This {point} hook puts a file from outside the repository in place of `{destination}`, so the `{destination}` in the repository may not be the one Cloud 66 uses; rack-check can only check the repository\'s.',
        buildOnly: 'This {point} hook puts `{source}` in place of `{destination}` only while the app is built (`apply_during: build_only`); later deploys use the repository\'s `{destination}`, which is the one rack-check checks.'
    },
    check(ctx) {
        const { app, web } = ctx.analysis;
        const relevant = new Set(['Procfile', `Procfile_${app.environment}`, ...(web?.facts.configFiles ?? []), 'config/puma.rb', `config/puma/${app.environment}.rb`, 'config/unicorn.rb', 'config/thin.yml']);
        for (const copy of app.deployHooks?.copies ?? []) {
            if (!relevant.has(copy.destination))
                continue;
            const data = { point: '`' + copy.hook.point.name + '`', source: copy.source ?? '', destination: copy.destination };
            if (copy.buildOnly)
                ctx.report(copy.at, 'buildOnly', data);
            else if (copy.source !== null && app.replaced.get(copy.destination)?.source === copy.source)
                ctx.report(copy.at, 'checked', data);
            else
                ctx.report(copy.at, 'notInRepo', data);
        }
    }
}));

// EXTERNAL MODULE: ./src/model/yaml-tree.ts
var yaml_tree = __webpack_require__(4195);
;// CONCATENATED MODULE: ./src/rules/hooks-not-a-list.ts


/* harmony default export */ const hooks_not_a_list = ((0,define_rule/* defineRule */.Km)({
    id: 'hooks-not-a-list',
    severity: 'warning', // not an error: Cloud 66 documents only the list form, but its own sample repositories (AbleTech/postgis-sample, babakgh/rails-psql-postgis) use a single mapping, and no source says it is rejected
    summary: 'A deploy hook point holds a single mapping or value instead of the documented list of hooks.',
    messages: {
        mapping: '`{name}` holds a single mapping; Cloud 66 documents a hook point as a list of hooks (`{name}:` then `- command: …` with its `target:` below), and whether it runs a lone mapping is not documented; start the hook with `- `.',
        value: '`{name}` holds {value}, but a hook point takes a list of hooks (`- command: …`, `target: …`).'
    },
    check(ctx) {
        for (const point of ctx.analysis.app.deployHooks?.points ?? []) {
            const v = point.value;
            if (!v || v.kind === 'seq' || (v.kind === 'scalar' && v.value === null))
                continue;
            if (v.kind === 'map')
                ctx.report(point.keyAt, 'mapping', { name: point.name });
            else
                ctx.report(v.at, 'value', { name: point.name, value: '`' + (0,yaml_tree/* shown */.SP)(v) + '`' });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-pumactl-restart.ts


/* harmony default export */ const hooks_pumactl_restart = ((0,define_rule/* defineRule */.Km)({
    id: 'hooks-pumactl-restart',
    severity: 'notice',
    rack: true,
    summary: 'A deploy hook restarts Puma with `pumactl … restart`: obsolete advice; Cloud 66 restarts the web server itself.',
    messages: {
        pumactl: 'This hook runs `pumactl {command}`, the 2017–2019 advice for when Puma ignored Cloud 66\'s restart; today Cloud 66 sends the restart signal itself ({signal}), so this restarts Puma a second time; remove the hook and set `restart_signal` under `procfile_metadata` if you need another signal.'
    },
    check(ctx) {
        const { app, restart } = ctx.analysis;
        for (const hook of app.deployHooks?.hooks ?? []) {
            const command = (0,deploy_hooks/* field */.ZZ)(hook, 'command');
            if (!command)
                continue;
            for (const c of (0,deploy_hooks/* hookCommands */.iO)(command.text)) {
                const words = (0,deploy_hooks/* programWords */.Os)(c);
                if (!words[0] || words[0].split('/').pop() !== 'pumactl')
                    continue;
                const verb = words.find((w) => w === 'restart' || w === 'phased-restart');
                if (verb)
                    ctx.report(command.at, 'pumactl', { command: verb, signal: restart ? restart.signal.toUpperCase() : 'USR2 by default' });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-unknown-hook-point.ts



/* harmony default export */ const hooks_unknown_hook_point = ((0,define_rule/* defineRule */.Km)({
    id: 'hooks-unknown-hook-point',
    severity: 'warning',
    summary: 'A deploy hook point that Cloud 66 does not document, so its hooks never run.',
    messages: {
        unknown: '`{name}` is not a Cloud 66 hook point, so these hooks never run; use one of the documented points (e.g. `after_checkout`, `after_bundle`, `before_restart`, `after_rails`, `last_thing`).',
        typo: '`{name}` is not a Cloud 66 hook point, so these hooks never run; did you mean `{suggestion}`?'
    },
    check(ctx) {
        for (const point of ctx.analysis.app.deployHooks?.points ?? []) {
            if (deploy_hooks/* HOOK_POINTS */.wL.has(point.name))
                continue;
            // a top-level key whose value is not a mapping is a hook point with no environment; an
            // environment-level key is always a hook point
            const suggestion = didYouMean(point.name, deploy_hooks/* HOOK_POINTS */.wL);
            const file = ctx.analysis.app.deployHooks.file;
            if (suggestion)
                ctx.report(point.keyAt, 'typo', { name: point.name, suggestion }, { fix: { description: `rename to \`${suggestion}\``, edits: [replaceSpan(file, point.keyAt, suggestion)] } });
            else
                ctx.report(point.keyAt, 'unknown', { name: point.name });
        }
    }
}));

// EXTERNAL MODULE: ./src/model/signals.ts
var signals = __webpack_require__(9196);
;// CONCATENATED MODULE: ./src/rules/metadata-invalid-value.ts




/* harmony default export */ const metadata_invalid_value = ((0,define_rule/* defineRule */.Km)({
    id: 'metadata-invalid-value',
    severity: 'error',
    summary: 'A `procfile_metadata` value Cloud 66 cannot use: not a mapping, not a signal, a malformed `stop_sequence`, a `restart_on_deploy` that is not a boolean.',
    messages: {
        notMapping: '`{where}` must map each process name to its settings, but it holds {value}; write e.g. `web:` then `restart_signal: usr1` indented under it.',
        processNotMapping: '`{process}` must hold settings (`restart_signal`, `stop_sequence`, `restart_on_deploy`), but it holds {value}; e.g. `{process}:` then `  restart_signal: usr1`.',
        notSignal: '`{text}` is not a signal name; `restart_signal` takes one signal, written like `usr1`, `usr2` or `hup`.',
        sequenceNumber: '`stop_sequence` is the number {text}; it must list signals and waits in seconds, e.g. `term, 90, kill`.',
        sequenceNotString: '`stop_sequence` must be a string of signals and waits in seconds, e.g. `term, 90, kill`, but it holds {value}.',
        sequenceWord: '`{text}` in `stop_sequence` is not a signal name; the sequence alternates signals and waits in seconds, e.g. `term, 90, kill`.',
        sequenceOrder: '`stop_sequence` must alternate signal, seconds, signal, … and end with a signal (e.g. `term, 90, kill`); {problem}.',
        loneKill: '`stop_sequence: kill` kills the process at once, with no time to finish its work; start with a signal it stops gracefully on, e.g. `term, 90, kill`.',
        notBoolean: '`restart_on_deploy` must be `true` or `false`, but it is {value}.',
        quotedBoolean: '`restart_on_deploy` is the string "{text}", not the boolean; how Cloud 66 reads a quoted value is not documented; write it without quotes.'
    },
    check(ctx) {
        const manifest = ctx.analysis.app.manifest;
        if (!manifest)
            return;
        for (const block of manifest.metadata) {
            if (block.value === null || (block.value.kind === 'scalar' && block.value.value === null))
                continue;
            if (block.value.kind !== 'map') {
                ctx.report(block.value.at, 'notMapping', { where: blockName(block), value: (0,yaml_tree/* shown */.SP)(block.value) });
                continue;
            }
            for (const p of block.value.pairs) {
                if (p.value && p.value.kind !== 'map' && !(p.value.kind === 'scalar' && p.value.value === null))
                    ctx.report(p.value.at, 'processNotMapping', { process: p.key, value: describe(p.value) });
            }
        }
        for (const { setting } of metadataSettings(manifest)) {
            const v = setting.value;
            if (!v || (v.kind === 'scalar' && (v.value === null || v.erb)))
                continue;
            if (setting.key === 'restart_signal') {
                if (v.kind !== 'scalar')
                    ctx.report(v.at, 'notSignal', { text: (0,yaml_tree/* shown */.SP)(v) });
                else if (!(0,signals/* readSignal */.Lb)(String(v.value).trim(), v.at).name)
                    ctx.report(v.at, 'notSignal', { text: String(v.value) });
            }
            else if (setting.key === 'stop_sequence' || setting.key === 'web_server_stop_signals') {
                if (v.kind !== 'scalar')
                    ctx.report(v.at, 'sequenceNotString', { value: (0,yaml_tree/* shown */.SP)(v) });
                else if (typeof v.value === 'number' && !v.quoted)
                    ctx.report(v.at, 'sequenceNumber', { text: String(v.value) });
                else if (typeof v.value !== 'string')
                    ctx.report(v.at, 'sequenceNotString', { value: String(v.value) });
                else {
                    const seq = (0,signals/* parseStopSequence */.Df)(manifest.file, v);
                    const bad = seq.steps.find((s) => s.kind === 'other' && s.word !== '');
                    if (bad)
                        ctx.report(bad.at, 'sequenceWord', { text: bad.word });
                    else if (seq.problem)
                        ctx.report(seq.problem.at, 'sequenceOrder', { problem: ORDER[seq.problem.kind] });
                    else if (seq.steps.length === 1 && seq.steps[0].signal?.name === 'kill')
                        ctx.report(seq.steps[0].at, 'loneKill', {}, { severity: 'notice' });
                }
            }
            else if (setting.key === 'restart_on_deploy') {
                if (v.kind === 'scalar' && typeof v.value === 'boolean' && !v.quoted)
                    continue;
                if (v.kind === 'scalar' && v.quoted && (v.value === 'true' || v.value === 'false'))
                    ctx.report(v.at, 'quotedBoolean', { text: v.value }, { severity: 'warning' });
                else
                    ctx.report(v.at, 'notBoolean', { value: v.kind === 'scalar' ? '`' + String(v.value) + '`' : (0,yaml_tree/* shown */.SP)(v) });
            }
        }
    }
}));
const ORDER = {
    'empty-step': 'a step is empty (two commas in a row, or a trailing comma)',
    'expected-signal': 'a number stands where a signal belongs',
    'expected-seconds': 'two signals follow each other with no wait between them',
    'ends-with-seconds': 'it ends with a wait instead of a signal'
};
function describe(v) {
    return v.kind === 'seq' ? 'a list' : 'a single value';
}

;// CONCATENATED MODULE: ./src/rules/metadata-placement.ts



/* harmony default export */ const metadata_placement = ((0,define_rule/* defineRule */.Km)({
    id: 'metadata-placement',
    severity: 'warning',
    summary: '`procfile_metadata` at the top level and under an environment: whether Cloud 66 merges them is not documented.',
    messages: {
        conflict: '`{block}.{process}.{key}` is `{value}` here and `{other}` at the top level (line {line}); Cloud 66\'s docs do not say which one wins (rack-check uses the environment\'s); keep one `procfile_metadata`.',
        both: '`procfile_metadata` is set at the top level (line {line}) and under `{environment}`; Cloud 66\'s docs do not say whether the two are merged (rack-check uses the environment\'s block for it); keep one.'
    },
    check(ctx) {
        const manifest = ctx.analysis.app.manifest;
        const top = manifest?.metadata.find((b) => b.environment === null);
        if (!manifest || !top)
            return;
        for (const block of manifest.metadata) {
            if (block === top)
                continue;
            let conflicts = 0;
            if (block.value?.kind === 'map' && top.value?.kind === 'map') {
                for (const process of block.value.pairs) {
                    const same = top.value.pairs.find((p) => p.key === process.key || (['web', 'custom_web'].includes(p.key) && ['web', 'custom_web'].includes(process.key)));
                    if (process.value?.kind !== 'map' || same?.value?.kind !== 'map')
                        continue;
                    for (const setting of process.value.pairs) {
                        const other = same.value.pairs.find((p) => p.key === setting.key);
                        if (!other || (0,yaml_tree/* shown */.SP)(other.value) === (0,yaml_tree/* shown */.SP)(setting.value))
                            continue;
                        conflicts++;
                        ctx.report(setting.value?.at ?? setting.keyAt, 'conflict', { block: blockName(block), process: process.key, key: setting.key, value: (0,yaml_tree/* shown */.SP)(setting.value), other: (0,yaml_tree/* shown */.SP)(other.value), line: other.keyAt.line });
                    }
                }
            }
            if (conflicts === 0)
                ctx.report(block.keyAt, 'both', { line: top.keyAt.line, environment: block.environment ?? '' }, { severity: 'notice' });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/metadata-signal-spelling.ts



/* harmony default export */ const metadata_signal_spelling = ((0,define_rule/* defineRule */.Km)({
    id: 'metadata-signal-spelling',
    severity: 'warning',
    summary: 'A signal in `procfile_metadata` written in upper case, with `SIG`, or as a Ruby symbol (`:term`).',
    messages: {
        spelling: '`{text}`: Cloud 66\'s examples write signals in lower case without `SIG` or `:` (`{name}`), and whether other spellings are accepted is not documented; write `{name}`.'
    },
    check(ctx) {
        const manifest = ctx.analysis.app.manifest;
        if (!manifest)
            return;
        const words = [];
        for (const { setting } of metadataSettings(manifest)) {
            const v = setting.value;
            if (v?.kind !== 'scalar' || typeof v.value !== 'string' || v.erb)
                continue;
            if (setting.key === 'restart_signal')
                words.push((0,signals/* readSignal */.Lb)(v.value.trim(), v.at));
            if (setting.key === 'stop_sequence' || setting.key === 'web_server_stop_signals')
                words.push(...(0,signals/* parseStopSequence */.Df)(manifest.file, v).steps.flatMap((s) => (s.signal ? [s.signal] : [])));
        }
        for (const w of words)
            if (w.name && w.spelling.length)
                ctx.report(w.at, 'spelling', { text: w.text, name: w.name }, { fix: { description: `write \`${w.name}\``, edits: [replaceSpan(manifest.file, w.at, w.name)] } });
    }
}));

;// CONCATENATED MODULE: ./src/rules/metadata-unknown-key.ts


/** The three documented keys (cloud66.md §4.1). */
const METADATA_KEYS = ['restart_signal', 'stop_sequence', 'restart_on_deploy'];
/** Keys of Maestro's service.yml, a different product (cloud66.md §4.2). */
const MAESTRO = new Set(['stop_sign', 'stop_grace', 'pre_stop_sequence']);
/* harmony default export */ const metadata_unknown_key = ((0,define_rule/* defineRule */.Km)({
    id: 'metadata-unknown-key',
    severity: 'warning',
    summary: 'A key under a `procfile_metadata` process that Cloud 66 does not document.',
    messages: {
        unknown: '`{key}` is not a `procfile_metadata` setting, so Cloud 66 ignores it; the settings are `restart_signal`, `stop_sequence` and `restart_on_deploy`.',
        typo: '`{key}` is not a `procfile_metadata` setting, so Cloud 66 ignores it; did you mean `{suggestion}`?',
        maestro: '`{key}` is a setting of Maestro\'s `service.yml` (Docker services), not of `procfile_metadata`, so Cloud 66 ignores it here; use `stop_sequence` (e.g. `term, 90, kill`).',
        legacy: '`web_server_stop_signals` is the 2017 name of `stop_sequence` (renamed in October 2018), and whether Cloud 66 still reads it is not documented; rename it `stop_sequence`.'
    },
    check(ctx) {
        for (const { setting } of metadataSettings(ctx.analysis.app.manifest)) {
            const key = setting.key;
            if (METADATA_KEYS.includes(key))
                continue;
            if (key === 'web_server_stop_signals')
                ctx.report(setting.keyAt, 'legacy');
            else if (MAESTRO.has(key))
                ctx.report(setting.keyAt, 'maestro', { key });
            else {
                const suggestion = didYouMean(key, METADATA_KEYS);
                const file = ctx.analysis.app.manifest.file;
                if (suggestion)
                    ctx.report(setting.keyAt, 'typo', { key, suggestion }, setting.merged ? undefined : { fix: { description: `rename to \`${suggestion}\``, edits: [replaceSpan(file, setting.keyAt, suggestion)] } });
                else
                    ctx.report(setting.keyAt, 'unknown', { key });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/metadata-unknown-process.ts


/* harmony default export */ const metadata_unknown_process = ((0,define_rule/* defineRule */.Km)({
    id: 'metadata-unknown-process',
    severity: 'warning',
    summary: 'A `procfile_metadata` process that the Procfile does not have (`web` and `custom_web` both mean the custom web server).',
    messages: {
        missing: 'The Procfile has no `{process}` process, so these settings apply to nothing; use the name of a Procfile entry.',
        typo: 'The Procfile has no `{process}` process, so these settings apply to nothing; did you mean `{suggestion}`?',
        noCustomWeb: 'The Procfile has no `custom_web` entry, so Passenger serves the app and these `custom_web` settings apply to nothing.',
        both: '`{block}` names the web server twice, as `web` (line {line}) and as `custom_web`; both mean the `custom_web` process (Cloud 66\'s examples use `web`), and which one wins is not documented; keep one.'
    },
    check(ctx) {
        const { manifest, procfiles, web } = ctx.analysis.app;
        if (!manifest || procfiles.length === 0)
            return;
        const names = new Set(procfiles.flatMap((p) => p.entries.map((e) => e.name)));
        for (const block of manifest.metadata) {
            if (block.value?.kind !== 'map')
                continue;
            const webKey = block.value.pairs.find((p) => p.key === 'web');
            for (const process of block.value.pairs) {
                const name = process.key;
                if (name === 'custom_web') {
                    if (!web)
                        ctx.report(process.keyAt, 'noCustomWeb');
                    else if (webKey)
                        ctx.report(process.keyAt, 'both', { block: blockName(block), line: webKey.keyAt.line }, { severity: 'notice' });
                    continue;
                }
                // Cloud 66's own examples key the custom web server as `web` (cloud66.md §4.6)
                if (name === 'web' || names.has(name))
                    continue;
                const suggestion = didYouMean(name, names);
                if (suggestion)
                    ctx.report(process.keyAt, 'typo', { process: name, suggestion });
                else
                    ctx.report(process.keyAt, 'missing', { process: name });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/passenger-enterprise-with-custom-web.ts

/**
 * Passenger Enterprise is installed on Passenger-based servers when `.cloud66/passenger-enterprise-license`
 * is present (cloud66.md §9); with a `custom_web` line Passenger does not serve the app, so the
 * license does nothing. The file is secret-like: its content is never read into a message.
 */
/* harmony default export */ const passenger_enterprise_with_custom_web = ((0,define_rule/* defineRule */.Km)({
    id: 'passenger-enterprise-with-custom-web',
    severity: 'notice',
    rack: true,
    summary: 'A Passenger Enterprise license sits beside a `custom_web` line, which replaces Passenger.',
    messages: {
        contradictory: '`.cloud66/passenger-enterprise-license` installs Passenger Enterprise, but this `custom_web` line runs {program} instead of Passenger, so the license has no effect; remove the `custom_web` line to serve the app with Passenger Enterprise, or remove the license file.'
    },
    check(ctx) {
        const { web, enterpriseLicense } = ctx.analysis;
        if (!web || !enterpriseLicense)
            return;
        ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'contradictory', { program: web.program || 'another server' });
    }
}));

;// CONCATENATED MODULE: ./src/rules/passenger-transition.ts

/* harmony default export */ const passenger_transition = ((0,define_rule/* defineRule */.Km)({
    id: 'passenger-transition',
    severity: 'warning',
    rack: true,
    summary: 'The change switches the app to or from Passenger, which Cloud 66\'s docs say is not applied to an existing app.',
    messages: {
        toCustom: 'This change moves the web server from Passenger to {to}; per Cloud 66\'s docs a change to or from Passenger is not applied after an app\'s initial build, so an existing app keeps Passenger; build a new app with this Procfile, or add a new server and retire the old one (switching among Puma, Unicorn and Thin is applied on redeploy).',
        toPassenger: 'This change removes `custom_web`, so the app would be served by Passenger instead of {from}; per Cloud 66\'s docs a change to or from Passenger is not applied after an app\'s initial build, so an existing app keeps {from}; build a new app, or add a new server and retire the old one.'
    },
    check(ctx) {
        const { change, web, app } = ctx.analysis;
        if (!change || change.direction === 'none')
            return;
        const data = { from: change.transition.from, to: change.transition.to };
        if (change.direction === 'to-custom' && web)
            return ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'toCustom', data);
        // no custom_web any more: line 1 of the Procfile, or of whichever deployment file remains
        const file = app.procfiles[0]?.file ?? app.manifest?.file ?? app.deployHooks?.file;
        if (file)
            ctx.report(file.lineSpan(1), 'toPassenger', data);
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-commented-custom-web.ts

/* harmony default export */ const procfile_commented_custom_web = ((0,define_rule/* defineRule */.Km)({
    id: 'procfile-commented-custom-web',
    severity: 'notice',
    rack: true,
    summary: 'The only `custom_web` entry is commented out, so Passenger serves the app.',
    messages: {
        commented: 'This `custom_web` entry is commented out, so Cloud 66 serves the app with Passenger; remove the `#` to run this server instead (before the app is first built: a later switch from Passenger is not applied).'
    },
    check(ctx) {
        if (ctx.analysis.app.web)
            return;
        for (const p of ctx.analysis.app.procfiles) {
            for (const c of p.commentedEntries) {
                if (c.name !== 'custom_web')
                    continue;
                // the `#`s and the blanks after them
                const hashes = /^#+[ \t]*/.exec(p.file.text.slice(c.start, c.end))[0].length;
                ctx.report(p.file.span(c.start, c.end), 'commented', {}, { fix: { description: 'remove the `#`', edits: [{ file: p.file, start: c.start, end: c.start + hashes, text: '' }] } });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-crlf.ts

/* harmony default export */ const procfile_crlf = ((0,define_rule/* defineRule */.Km)({
    id: 'procfile-crlf',
    severity: 'warning',
    summary: 'The Procfile has Windows (CR LF) line endings.',
    messages: {
        crlf: 'This Procfile has CR LF line endings on {count} line(s); a reader that splits on LF keeps the carriage return in the last argument (for example the PID file name); save the file with LF line endings.'
    },
    check(ctx) {
        for (const p of ctx.analysis.app.procfiles) {
            if (p.crlfLines.length === 0)
                continue;
            // each carriage return before a line feed is removed
            const edits = p.crlfLines.map((line) => {
                const at = p.file.lineOffset(line) + p.file.lineText(line).length;
                return { file: p.file, start: at, end: at + 1, text: '' };
            });
            ctx.report(p.file.lineSpan(p.crlfLines[0]), 'crlf', { count: p.crlfLines.length }, { fix: { description: 'use LF line endings', edits } });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-duplicate-process.ts

/* harmony default export */ const procfile_duplicate_process = ((0,define_rule/* defineRule */.Km)({
    id: 'procfile-duplicate-process',
    severity: 'error',
    summary: 'Two Procfile entries have the same name, so one of them is lost.',
    messages: {
        lost: '`{name}` is defined again on line {line}; Procfile readers keep one entry per name (the last), so this one is lost; give each process its own name.'
    },
    check(ctx) {
        for (const p of ctx.analysis.app.procfiles) {
            const names = new Set(p.entries.map((e) => e.name));
            // the next suffix to try for each name: counting from 2 for every duplicate was quadratic in them
            const nextSuffix = new Map();
            for (const [lost, kept] of p.duplicates) {
                // the lost entry gets a name of its own: `worker_2`, `worker_3`, …
                let k = nextSuffix.get(lost.name) ?? 2;
                while (names.has(`${lost.name}_${k}`))
                    k++;
                nextSuffix.set(lost.name, k + 1);
                const name = `${lost.name}_${k}`;
                names.add(name);
                ctx.report(p.file.span(lost.nameStart, lost.nameEnd), 'lost', { name: lost.name, line: kept.line }, { fix: { description: `rename it \`${name}\``, edits: [{ file: p.file, start: lost.nameStart, end: lost.nameEnd, text: name }] } });
            }
        }
    }
}));

// EXTERNAL MODULE: ./src/model/procfile.ts
var procfile = __webpack_require__(5559);
;// CONCATENATED MODULE: ./src/rules/procfile-environment-override.ts


/* harmony default export */ const procfile_environment_override = ((0,define_rule/* defineRule */.Km)({
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
        const other = procfiles.find((p) => p !== web.procfile && (0,procfile/* procfileEntry */.P)(p, 'custom_web'));
        if (!other)
            return;
        ctx.report(web.procfile.file.span(web.entry.nameStart, web.entry.nameEnd), 'both', { file: web.procfile.file.path, other: other.file.path });
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-invalid-line.ts

/* harmony default export */ const procfile_invalid_line = ((0,define_rule/* defineRule */.Km)({
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

;// CONCATENATED MODULE: ./src/rules/restart-phased-falls-back.ts


/* harmony default export */ const restart_phased_falls_back = ((0,define_rule/* defineRule */.Km)({
    id: 'restart-phased-falls-back',
    severity: 'warning',
    rack: true,
    summary: '`restart_signal: usr1` asks Puma for a phased restart, but this Puma does a hot restart instead (single mode or preloaded app).',
    messages: {
        singleMode: '`usr1` asks for a phased restart, but {server} runs in single mode ({where}), where USR1 falls back to a hot restart (measured); set `workers 2` or more for phased restarts, or use `usr2`, which is what happens anyway.',
        preload: '`usr1` asks for a phased restart, but `{setting}` ({where}) preloads the app, and a preloaded Puma falls back to a hot restart on USR1 (measured); remove it (and use `prune_bundler`), or use `usr2`, which is what happens anyway.',
        webConcurrency: '`usr1` asks for a phased restart, but on {server} `WEB_CONCURRENCY` above 1 in the environment turns `preload_app` on by default ({where}), so USR1 falls back to a hot restart (measured on Puma 5.6.5); write `preload_app! false` in the config file, or set the worker count with `workers` instead.',
        defaultPreload: '`usr1` asks for a phased restart, but {server} preloads the app by default in cluster mode ({where}), so USR1 falls back to a hot restart (measured on Puma 7.2.1 and 8.0.2); write `preload_app! false` or `prune_bundler` in the config file.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        if (!restart?.setBy || !web || restart.signal !== 'usr1' || !restart.effect.fallback)
            return;
        const cause = restart.effect.cause;
        const at = cause?.at;
        const where = at ? `${at.file}:${at.line}` : restart.effect.fallback === 'single-mode' ? 'no `workers` setting' : 'the default';
        const setting = at ? ctx.analysis.textAt(at) : (cause?.text ?? '');
        const message = { 'single-mode': 'singleMode', preload: 'preload', 'default-preload': 'defaultPreload', 'web-concurrency': 'webConcurrency' }[restart.effect.fallback];
        ctx.report(restart.setBy.at, message, { server: serverLabel(web), where, setting: setting.split('\n')[0] });
    }
}));

;// CONCATENATED MODULE: ./src/rules/restart-phased-without-prune-bundler.ts

/* harmony default export */ const restart_phased_without_prune_bundler = ((0,define_rule/* defineRule */.Km)({
    id: 'restart-phased-without-prune-bundler',
    severity: 'notice',
    rack: true,
    summary: 'Phased restarts (`restart_signal: usr1`) on a Puma without `prune_bundler`: gem changes are not picked up.',
    messages: {
        noPrune: 'Phased restarts keep the master\'s loaded gems: without `prune_bundler` in the Puma config, a deploy that changes Gemfile.lock runs new workers on the old bundle (Puma docs/restart.md); add `prune_bundler`, as Cloud 66\'s Puma page advises.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        if (!restart?.setBy || !web || restart.effect.effect !== 'phased-restart')
            return;
        const prune = (web.ifStarted ?? web.facts).settings?.pruneBundler;
        if (prune?.value === false)
            ctx.report(restart.setBy.at, 'noPrune');
    }
}));

;// CONCATENATED MODULE: ./src/rules/restart-signal-not-restart.ts


/* harmony default export */ const restart_signal_not_restart = ((0,define_rule/* defineRule */.Km)({
    id: 'restart-signal-not-restart',
    severity: 'error',
    rack: true,
    summary: 'The restart signal Cloud 66 sends on deploy stops, suspends or does not restart this server.',
    messages: {
        stops: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
        suspends: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the site hangs after the deploy; {fix}.',
        noRestart: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
        bluepill: 'Under Bluepill Cloud 66 restarts every web server with USR2 (cloud66.md §5.3, read literally), and {server} {does}; check how your stack restarts Thin, or move the server to systemd.',
        defaultStops: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
        defaultNoRestart: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the new code is never loaded; {fix}.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        if (!restart || !web)
            return;
        const e = restart.effect.effect;
        const kind = e === 'stop' ? 'stops' : e === 'suspend' ? 'suspends' : e === 'none' || e === 'reopen-logs' || restart.effect.oldCode ? 'noRestart' : null;
        if (!kind)
            return;
        const preload = (web.ifStarted ?? web.facts).settings?.preload?.value === true;
        const data = { signal: restart.signal.toUpperCase(), server: serverLabel(web), does: restart.effect.does, fix: fix(web.server, preload) };
        if (restart.setBy)
            ctx.report(restart.setBy.at, kind, data);
        // a default signal that does not restart: Bluepill's USR2 to a server without a USR2 handler
        else if (ctx.options.processManager === 'bluepill')
            ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'bluepill', data, { severity: 'warning' });
        // systemd's default HUP to a launcher running Puma (rackup, rails server)
        else
            ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), kind === 'stops' ? 'defaultStops' : 'defaultNoRestart', data);
    }
}));
function fix(server, preload) {
    switch (server) {
        case 'puma':
            return 'use `restart_signal: usr2` (hot restart) or `usr1` (phased restart in cluster mode), or remove `restart_signal` for the default USR2';
        case 'unicorn':
            // with preload_app true only a new master loads new code (Unicorn's SIGNALS)
            return preload
                ? 'remove `restart_signal` for the default USR2 (a new master, which loads the new code; with `preload_app true` HUP does not)'
                : 'use `restart_signal: usr2` (new master, the default) or `hup` (reload the config and the code), or remove `restart_signal`';
        case 'thin':
            return 'use `restart_signal: hup` (the default for Thin), or remove `restart_signal`';
        case 'rackup':
        case 'rails':
            // under a launcher no signal restarts Puma with its options (live-rackup-puma-signals)
            return 'run Puma itself, e.g. `bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid`, whose default USR2 is a hot restart';
        default:
            return 'use a signal this server restarts on, or remove `restart_signal`';
    }
}

;// CONCATENATED MODULE: ./src/rules/server-gem-not-locked.ts

/* harmony default export */ const server_gem_not_locked = ((0,define_rule/* defineRule */.Km)({
    id: 'server-gem-not-locked',
    severity: 'error',
    rack: true,
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

// EXTERNAL MODULE: ./src/rules/suppression-unused.ts
var suppression_unused = __webpack_require__(7735);
;// CONCATENATED MODULE: ./src/rules/stop-sequence-not-graceful.ts


/** The signal each server stops gracefully on (servers.md §1.6, §2.4, §3.3). */
const GRACEFUL = { puma: 'term', unicorn: 'quit', thin: 'quit' };
/* harmony default export */ const stop_sequence_not_graceful = ((0,define_rule/* defineRule */.Km)({
    id: 'stop-sequence-not-graceful',
    severity: 'warning',
    rack: true,
    summary: 'The web server\'s `stop_sequence` does not start with a signal that stops this server gracefully.',
    messages: {
        notStop: 'The stop sequence starts with {signal}, which does not stop {server}: it {does}, and the server is still running when the next signal comes; start with `{graceful}`, e.g. `{example}`.',
        abrupt: 'The stop sequence starts with {signal}, and {server} {does}; start with `{graceful}`, which lets the requests in flight finish, e.g. `{example}`.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        const stop = restart?.stop;
        if (!restart || !web || !stop?.setBy || !stop.first || !stop.sequence || stop.sequence.problem)
            return;
        const graceful = GRACEFUL[web.server];
        if (!graceful)
            return;
        const step = stop.sequence.steps[0];
        const e = stop.first;
        if (e.effect === 'stop' && e.graceful)
            return;
        if (e.effect === 'unknown')
            return;
        const example = web.server === 'unicorn' ? 'quit, 75, term, 15, kill' : web.server === 'thin' ? 'quit, 75, int, 15, kill' : 'term, 90, kill';
        ctx.report(step.at, e.effect === 'stop' ? 'abrupt' : 'notStop', { signal: step.signal?.name?.toUpperCase() ?? step.word, server: serverLabel(web), does: e.does, graceful, example });
    }
}));

;// CONCATENATED MODULE: ./src/rules/thin-config-shell-variable.ts

/* harmony default export */ const thin_config_shell_variable = ((0,define_rule/* defineRule */.Km)({
    id: 'thin-config-shell-variable',
    severity: 'warning',
    rack: true,
    summary: "A shell-style `$VARIABLE` in Thin's YAML config, which Thin does not expand.",
    messages: {
        literal: 'Thin does not expand shell variables in `{path}`: `{key}` is the literal text `{value}`; write the value, or use ERB, which Thin does run (`<%= ENV["{variable}"] %>`).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        for (const n of web.facts.flagNotes) {
            if (n.kind !== 'thin-yaml-variable')
                continue;
            const variable = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(n.data.value)?.[1] ?? 'NAME';
            ctx.report(n.at, 'literal', { path: n.data.path, key: n.data.key, value: n.data.value, variable });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/thin-pid-needs-daemon.ts

/* harmony default export */ const thin_pid_needs_daemon = ((0,define_rule/* defineRule */.Km)({
    id: 'thin-pid-needs-daemon',
    severity: 'warning',
    rack: true,
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

;// CONCATENATED MODULE: ./src/rules/web-without-custom-web.ts

/* harmony default export */ const web_without_custom_web = ((0,define_rule/* defineRule */.Km)({
    id: 'web-without-custom-web',
    severity: 'warning',
    rack: true,
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
        const right = herokuWeb.facts.socket.value === true;
        const fix = right ? { description: 'rename it `custom_web`', edits: [{ file: herokuWeb.procfile, start: herokuWeb.entry.nameStart, end: herokuWeb.entry.nameEnd, text: 'custom_web' }] } : null;
        ctx.report(at, right ? 'rightCommandWrongName' : 'ignored', {}, { fix });
    }
}));

;// CONCATENATED MODULE: ./src/rules/yaml-duplicate-key.ts


/* harmony default export */ const yaml_duplicate_key = ((0,define_rule/* defineRule */.Km)({
    id: 'yaml-duplicate-key',
    severity: 'warning',
    summary: 'A key is written twice in the same mapping of the manifest or the deploy hooks, so the earlier value is lost.',
    messages: {
        lost: '`{key}` is written again on line {line}; YAML keeps only the last value, so this one is lost; merge the two.',
        hooks: '`{key}` is written again on line {line}; YAML keeps only the last list, so the hooks under this one never run; put all of them in one `{key}:` list.'
    },
    check(ctx) {
        const { manifest, deployHooks } = ctx.analysis.app;
        for (const d of manifest?.tree.duplicates ?? [])
            ctx.report(d.lost, 'lost', { key: d.key, line: d.kept.line });
        for (const d of deployHooks?.tree.duplicates ?? [])
            ctx.report(d.lost, deploy_hooks/* HOOK_POINTS */.wL.has(d.key) ? 'hooks' : 'lost', { key: d.key, line: d.kept.line });
    }
}));

;// CONCATENATED MODULE: ./src/rules/yaml-syntax-error.ts

/* harmony default export */ const yaml_syntax_error = ((0,define_rule/* defineRule */.Km)({
    id: 'yaml-syntax-error',
    severity: 'error',
    summary: '`.cloud66/manifest.yml` or `.cloud66/deploy_hooks.yml` is not valid YAML.',
    messages: {
        manifest: '`{file}` is not valid YAML ({problem}); Cloud 66 cannot load it, so none of its settings apply; check it with `ruby -e "require \'yaml\'; YAML.load_file(\'{file}\')"`.',
        hooks: '`{file}` is not valid YAML ({problem}); Cloud 66 cannot load it, so none of its hooks run; check it with `ruby -e "require \'yaml\'; YAML.load_file(\'{file}\')"`.'
    },
    check(ctx) {
        const { manifest, deployHooks } = ctx.analysis.app;
        for (const [tree, message] of [
            [manifest?.tree, 'manifest'],
            [deployHooks?.tree, 'hooks']
        ]) {
            if (tree?.error)
                ctx.report(tree.error.at, message, { file: tree.file.path, problem: tree.error.message.replace(/\.$/, '') });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/index.ts











































/** Every rule, by id. One id = one file = one docs page = one fixture folder. */
const RULES = [
    app_not_rack,
    check_incomplete/* default */.A,
    cloud66_folder_misplaced,
    custom_web_daemonizes,
    custom_web_extra_tcp_listener,
    custom_web_fails_on_every_version,
    custom_web_fails_to_boot,
    custom_web_misleading_flag,
    custom_web_no_pid_file,
    custom_web_no_socket,
    custom_web_undecided,
    custom_web_unknown_server,
    custom_web_unset_variable,
    custom_web_without_bundle_exec,
    file_unreadable,
    hooks_bluepill_under_systemd,
    hooks_copied_deploy_file,
    hooks_not_a_list,
    hooks_pumactl_restart,
    hooks_unknown_hook_point,
    metadata_invalid_value,
    metadata_placement,
    metadata_signal_spelling,
    metadata_unknown_key,
    metadata_unknown_process,
    passenger_enterprise_with_custom_web,
    passenger_transition,
    procfile_commented_custom_web,
    procfile_crlf,
    procfile_duplicate_process,
    procfile_environment_override,
    procfile_invalid_line,
    restart_phased_falls_back,
    restart_phased_without_prune_bundler,
    restart_signal_not_restart,
    server_gem_not_locked,
    stop_sequence_not_graceful,
    suppression_unused/* default */.A,
    thin_config_shell_variable,
    thin_pid_needs_daemon,
    web_without_custom_web,
    yaml_duplicate_key,
    yaml_syntax_error
];


/***/ }),

/***/ 7735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8963);

/**
 * A `# rack-check:` directive that does nothing (src/suppressions.ts): an unknown rule id, a rule
 * that reports nothing where the directive applies, or a comment that is not written as a
 * directive. Reported by the engine after the other rules have run (this rule has no check of its
 * own), so that stale suppressions get cleaned up. It cannot itself be suppressed.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'suppression-unused',
    severity: 'notice',
    summary: 'An inline `# rack-check:` suppression names an unknown rule, suppresses nothing, or is not written as a directive.',
    messages: {
        unknownRule: '`{id}` is not a rack-check rule, so this suppression does nothing; the rule ids are listed in docs/rules/README.md.',
        unused: 'This suppression of `{id}` matches no finding {where}; remove it (or move it next to the line it is meant for).',
        malformed: '`{text}` is not a rack-check directive; write `# rack-check: disable=<rule-id> -- <reason>` (or `disable-file=`).'
    },
    check() {
        // the engine reports these after every other rule (check.ts)
    }
}));


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ pidWritten),
/* harmony export */   A1: () => (/* binding */ tcpListener),
/* harmony export */   BW: () => (/* binding */ wordSpan),
/* harmony export */   DA: () => (/* binding */ optionProblem),
/* harmony export */   DY: () => (/* binding */ notStarted),
/* harmony export */   FS: () => (/* binding */ uncertainOption),
/* harmony export */   M1: () => (/* binding */ optionSpan),
/* harmony export */   MK: () => (/* binding */ valueSpan),
/* harmony export */   P9: () => (/* binding */ pidFromPath),
/* harmony export */   SH: () => (/* binding */ allUnknown),
/* harmony export */   bm: () => (/* binding */ unfollowable),
/* harmony export */   dA: () => (/* binding */ socketFromListeners),
/* harmony export */   kj: () => (/* binding */ configEnvironment),
/* harmony export */   oo: () => (/* binding */ undecided),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   ys: () => (/* binding */ absolute),
/* harmony export */   z: () => (/* binding */ missingFolder)
/* harmony export */ });
/* unused harmony export spanOf */
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4417);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6549);


/**
 * What a config file sees: the command's environment, anything else not set (contract §4); the
 * repository's files for `File.exist?` (read-only, through the workspace, which never follows a
 * link out of it; /tmp is a folder on every server); whether Rails is loaded before the file is
 * read — `rails server` requires config/application.rb before it starts Puma, while `puma` and
 * `unicorn` read their config before any app code (`Rails` is then undefined: measured on Puma
 * 5.6.5, "uninitialized constant Puma::DSL::Rails").
 */
function configEnvironment(ctx, appPath) {
    // one environment per command, file and workspace view: the version bands share it, and with it
    // the evaluation of the file (check.ts caches that per environment)
    let byPath = environments.get(ctx.command);
    if (!byPath)
        environments.set(ctx.command, (byPath = new Map()));
    const known = byPath.get(appPath);
    if (known && known.exists === ctx.exists && known.isFolder === ctx.isFolder)
        return known.env;
    const env = newEnvironment(ctx, appPath);
    byPath.set(appPath, { exists: ctx.exists, isFolder: ctx.isFolder, env });
    return env;
}
const environments = new WeakMap();
function newEnvironment(ctx, appPath) {
    const program = ctx.command.programName;
    return {
        get: (n) => (ctx.command.unknownEnv.has(n) ? undefined : (ctx.command.env.get(n) ?? null)),
        appRoot: _environment_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_ROOT */ .V2,
        filePath: _environment_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_ROOT */ .V2 + '/' + appPath,
        pathKind: (abs) => {
            if (abs === '/tmp')
                return 'folder';
            const rel = (0,_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .appRelative */ .UH)(abs);
            if (rel === null)
                return undefined;
            return ctx.isFolder(rel) ? 'folder' : ctx.exists(rel) ? 'file' : 'missing';
        },
        railsLoaded: program === 'rails' ? true : ['puma', 'pumactl', 'unicorn', 'unicorn_rails'].includes(program) ? false : undefined
    };
}
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
        socket: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'not-started', at),
        pidFile: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'not-started', at),
        daemonizes: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'not-started', at),
        listeners: [],
        flagNotes,
        configFiles: []
    };
}
/** Facts that depend on something unknown (`$OPTS`, a command rack-check cannot follow). */
function undecided(reason, at, data = {}) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(null, reason, at, data);
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
    return (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)(ctx.command.cwd ?? '/', p);
}
/** Socket verdict from a complete list of listeners. */
function socketFromListeners(listeners, fallbackAt, cwd) {
    const unix = listeners.filter((l) => l.kind === 'unix');
    for (const l of unix) {
        if (l.path === undefined)
            continue;
        if (!l.path.startsWith('/') && cwd === null)
            return undecided('unknown-value', l.at, { text: l.text });
        if ((0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)(cwd ?? '/', l.path) === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SOCKET_PATH */ .c2)
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(true, 'serves', l.at, { text: l.text });
    }
    const relative = unix.find((l) => l.path !== undefined && !l.path.startsWith('/') && !l.path.startsWith('@'));
    if (relative)
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'relative-unix', relative.at, { text: relative.text, path: relative.path });
    if (unix.length > 0)
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'other-unix', unix[0].at, { text: unix[0].text, path: unix[0].path ?? '' });
    const given = listeners.filter((l) => l.origin !== 'default');
    if (given.length > 0)
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'tcp-only', given[0].at, { text: given[0].text });
    const dflt = listeners[0];
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'no-listener', fallbackAt, { default: dflt ? dflt.text : 'none' });
}
/**
 * Puma and Unicorn exit at start when the folder of a Unix socket or PID file is missing
 * (measured: Errno::ENOENT from `File.write` and `realdirpath`). /tmp exists; a folder in the
 * repository exists; anything else cannot be known from the files.
 */
function missingFolder(ctx, paths, cwd, created = []) {
    for (const { path, at } of paths) {
        if (path.startsWith('@'))
            continue; // abstract socket
        const abs = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)(cwd ?? _environment_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_ROOT */ .V2, path);
        const dir = abs.replace(/\/[^/]*$/, '') || '/';
        if (dir === '/tmp' || dir === '/')
            continue;
        const rel = (0,_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .appRelative */ .UH)(dir);
        if (rel !== null && (ctx.isFolder(rel) || created.includes(rel)))
            continue;
        const shown = rel === null ? `\`${dir}\`` : `\`${rel}\` (not in the repository)`;
        return { at, why: `it writes \`${(0,_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .appRelative */ .UH)(abs) ?? abs}\` into ${shown}, and the server exits at start if that folder is missing on the server` };
    }
    return null;
}
/**
 * A config file rack-check cannot follow (the parser is not loaded yet, or a statement may change
 * anything): every setting it could make is unknown. Null when the file can be followed.
 */
function unfollowable(level, at, files) {
    if (level.pending)
        return undecided('config-file', at, { files });
    return level.opaque ? undecided('config-value', level.opaque.at, { why: level.opaque.why }) : null;
}
/** The PID file a verdict says is written (absolute), if any. */
function pidWritten(v) {
    if (v.value === true)
        return { path: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PID_PATH */ .gx, at: v.at };
    return v.reason === 'other-path' && v.data.path ? { path: v.data.path, at: v.at } : null;
}
function pidFromPath(path, at, cwd, text = path ?? '') {
    if (path === null)
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'none', at);
    if (!path.startsWith('/') && cwd === null)
        return undecided('unknown-value', at, { text });
    const abs = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o)(cwd ?? '/', path);
    return abs === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PID_PATH */ .gx ? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(true, 'writes', at, { text }) : (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(false, 'other-path', at, { text, path: abs });
}
function tcpListener(text, host, port, at, origin) {
    return { kind: 'tcp', host, port, text, at, origin };
}
function parsePort(v) {
    if (v.unknown)
        return null;
    return /^\d+$/.test(v.text) ? Number(v.text) : null;
}


/***/ }),

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ predictionEnvironment),
/* harmony export */   UH: () => (/* binding */ appRelative),
/* harmony export */   V2: () => (/* binding */ APP_ROOT),
/* harmony export */   _z: () => (/* binding */ PREDICTION_VARIABLES),
/* harmony export */   en: () => (/* binding */ shellEnvironment)
/* harmony export */ });
/**
 * Where the prediction places the app (contract §4: STACK_PATH = the app root). The path is the
 * one Cloud 66 uses for a Rack app's current release.
 */
const APP_ROOT = '/var/deploy/app/web_head/current';
/** The variables contract §4 sets for the web server, by name. */
const PREDICTION_VARIABLES = ['RACK_ENV', 'RAILS_ENV', 'STACK_PATH', 'RAILS_STACK_PATH', 'CUSTOM_WEB_SOCKET_FILE', 'CUSTOM_WEB_PID_FILE'];
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
 * The command line is read under the prediction environment of contract §4, as config files are:
 * a bare `$NAME` that it does not set is empty, so the shell drops the unquoted word and the
 * server's option parser sees the words that remain. The app may define the variable among its
 * own environment variables; the findings say in one clause what changes then
 * (rule custom-web-unset-variable), but the prediction is of the line as written.
 * `${NAME:-default}` takes the default, as the shell does when NAME is unset.
 */
function shellEnvironment(vars, unset = 'empty') {
    return { get: (n) => vars.get(n), unsetBare: unset };
}
/** The app-relative form of an absolute path under the app root, or null when outside it. */
function appRelative(abs) {
    if (abs === APP_ROOT)
        return '';
    return abs.startsWith(APP_ROOT + '/') ? abs.slice(APP_ROOT.length + 1) : null;
}


/***/ }),

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ allOptions),
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   gt: () => (/* binding */ lastOption)
/* harmony export */ });
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
    // a loop, not Math.min(...offsets): a word of 100,000 characters is more arguments than a call takes
    let low = Infinity;
    let high = -Infinity;
    for (let j = from; j < Math.min(to, word.offsets.length); j++) {
        low = Math.min(low, word.offsets[j]);
        high = Math.max(high, word.offsets[j]);
    }
    return { text: word.text.slice(from, to), unknown: word.unknown, ...clip(word, low, high), word };
}
/** The source range of characters whose offsets span low…high (none: the word's end), within the word. */
function clip(word, low, high) {
    const start = low === Infinity ? word.end : low;
    const end = high === -Infinity ? word.end : high + 1;
    return { start: Math.max(start, word.start), end: Math.min(Math.max(end, start + 1), word.end) };
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
        if (settings.thor && queue[i].text.startsWith('-'))
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
            // a run of short options: `-qv`, `-bVALUE`; the range of the run so far grows with k (one
            // pass: a run of 100,000 flags is linear)
            let k = 1;
            let low = Infinity;
            let high = -Infinity;
            let seen = 0;
            while (k < t.length) {
                const ch = t[k];
                const spec = shorts.get(ch);
                for (; seen <= k && seen < w.offsets.length; seen++) {
                    low = Math.min(low, w.offsets[seen]);
                    high = Math.max(high, w.offsets[seen]);
                }
                const flagEnd = clip(w, low, high).end;
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


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ pumaFileLevel),
/* harmony export */   Po: () => (/* binding */ pumaBind),
/* harmony export */   _M: () => (/* binding */ where)
/* harmony export */ });
/* harmony import */ var _model_config_calls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1667);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1856);



const SCALAR_DIRECTIVES = {
    pidfile: { key: 'pidfile' },
    daemonize: { key: 'daemonize', dflt: true },
    workers: { key: 'workers' },
    'preload_app!': { key: 'preload', dflt: true },
    prune_bundler: { key: 'prune_bundler', dflt: true },
    fork_worker: { key: 'fork_worker', dflt: 1000 },
    stdout_redirect: { key: 'redirect' },
    state_path: { key: 'state_path' },
    environment: { key: 'environment' },
    directory: { key: 'directory' }
};
function pumaFileLevel(ctx, files, version) {
    const level = { files, pending: false, opaque: null, problems: [], mayFail: null, binds: null, settings: new Map() };
    const v5 = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(version, '5.0.0');
    const binds = { list: null };
    for (const path of files) {
        const read = ctx.config.ruby(path, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .configEnvironment */ .kj)(ctx, path));
        if (read.status === 'pending') {
            level.pending = true;
            return level;
        }
        if (read.status !== 'ok') {
            level.opaque ??= { at: ctx.commandSpan, why: `\`${path}\` ${read.status === 'missing' ? 'is missing' : 'cannot be read: ' + read.problem}` };
            continue;
        }
        const config = read.value;
        if (config.syntaxErrors.length > 0) {
            const e = config.syntaxErrors[0];
            level.problems.push({ at: e.at, kind: 'config-syntax', data: { path, message: e.message } });
            continue;
        }
        // a file that certainly raises while Puma loads it stops Puma at start; its settings after the
        // raise never apply, so every prediction from it is unknown rather than guessed
        if (config.raises)
            level.problems.push({ at: config.raises.at, kind: 'config-raises', data: { path, why: config.raises.why } });
        for (const r of config.mayRaise)
            level.mayFail ??= { at: r.at, why: `${r.why} when the condition around it holds, and Puma then exits at start` };
        if (config.opaque.length > 0)
            level.opaque ??= { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` };
        for (const call of config.calls)
            apply(level, call, v5, binds);
    }
    return level;
}
function apply(level, call, v5, binds) {
    const name = call.name;
    const unknown = (0,_model_config_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .firstUnknown */ .N)(call);
    if (name === 'daemonize' && v5) {
        // Puma 5 removed the directive: calling it raises NameError while the config is loaded
        if (call.condition)
            level.mayFail ??= { at: call.at, why: (0,_model_config_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionWhy */ .c)(call) };
        else
            level.problems.push({ at: call.at, kind: 'config-removed-daemon', data: { option: 'daemonize', path: call.at.file } });
        return;
    }
    if (name === 'bind' || name === 'port' || name === 'ssl_bind' || name === 'clear_binds!') {
        if (level.binds && !level.binds.known)
            return;
        if (call.condition) {
            level.binds = { known: false, at: call.at, why: (0,_model_config_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionWhy */ .c)(call) };
            return;
        }
        if (unknown) {
            level.binds = { known: false, at: unknown.at, why: unknown.why };
            return;
        }
        const args = call.args.map((a) => a.value);
        if (name === 'clear_binds!' || !level.binds || !binds.list)
            binds.list = [];
        const listeners = binds.list;
        if (name === 'bind') {
            const text = typeof args[0] === 'string' ? args[0] : null;
            const l = text === null ? null : pumaBind(text, call.at, 'config');
            if (!l) {
                level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? shown(args[0]), path: call.at.file } });
                return;
            }
            listeners.push(l);
        }
        else if (name === 'port' || name === 'ssl_bind') {
            const [p, h] = name === 'port' ? [args[0], args[1]] : [args[1], args[0]];
            const port = typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : null;
            if (port === null) {
                level.binds = { known: false, at: call.at, why: `\`${name}\` on line ${call.at.line} has a port rack-check cannot read` };
                return;
            }
            const host = typeof h === 'string' ? h : '0.0.0.0';
            listeners.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tcpListener */ .A1)(`${name === 'ssl_bind' ? 'ssl' : 'tcp'}://${host}:${port}`, host, port, call.at, 'config'));
        }
        level.binds = { known: true, value: listeners, at: call.at };
        return;
    }
    const directive = SCALAR_DIRECTIVES[name];
    if (!directive)
        return;
    if (call.condition) {
        level.settings.set(directive.key, { known: false, at: call.at, why: (0,_model_config_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionWhy */ .c)(call) });
        return;
    }
    if (unknown) {
        level.settings.set(directive.key, { known: false, at: unknown.at, why: unknown.why });
        return;
    }
    let value = call.args.length > 0 ? call.args[0].value : (directive.dflt ?? null);
    if (directive.key === 'redirect')
        value = call.args.length > 0;
    if (directive.key === 'workers' && typeof value === 'string')
        value = /^\d+$/.test(value) ? Number(value) : value;
    level.settings.set(directive.key, { known: true, value, at: call.at });
}
/** A non-string `bind` argument as Ruby would write it, for messages (issue 12: not `undefined` or `[object Object]`). */
function shown(v) {
    if (v === undefined)
        return '(no argument)';
    if (v === null)
        return 'nil';
    if (typeof v !== 'object')
        return String(v);
    if (Array.isArray(v))
        return '[…]';
    return 'symbol' in v ? ':' + v.symbol : 'hash' in v ? '{…}' : '/' + v.regexp + '/';
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
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tcpListener */ .A1)(text, hp[1], hp[2] ? Number(hp[2]) : null, at, origin);
    }
    return null;
}
/** Where a file setting was written, for messages: `config/puma.rb:7`. */
function where(at) {
    return `${at.file}:${at.line}`;
}


/***/ }),

/***/ 6155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MD: () => (/* binding */ writtenPaths),
/* harmony export */   yy: () => (/* binding */ puma)
/* harmony export */ });
/* unused harmony exports PUMA_BANDS, pumaOptions */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1856);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4417);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23);
/* harmony import */ var _optparse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5210);
/* harmony import */ var _puma_dsl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(621);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6549);
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8005);
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
    { version: '7.0.0', from: '7.0' },
    // Integer(port) refuses an empty -p (measured: __tests__/conformance/cases/live-var-puma8_0_2-p-quoted)
    { version: '8.0.2', from: '8.0' }
];
function pumaOptions(version) {
    const v5 = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0');
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
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '3.12.0'))
        specs.push({ key: 'control-url', long: ['control-url'], arg: 'required' });
    if (!v5) {
        specs.push({ key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' });
        specs.push({ key: 'control-url', long: ['control'], arg: 'required' });
        specs.push({ key: 'tcp-mode', long: ['tcp-mode'], arg: 'none' });
    }
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '4.0.0'))
        specs.push({ key: 'extra-runtime-dependencies', long: ['extra-runtime-dependencies'], arg: 'required' });
    if (v5)
        specs.push({ key: 'fork-worker', short: ['f'], long: ['fork-worker'], arg: 'optional' });
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.1.0'))
        specs.push({ key: 'bind-to-activated-sockets', long: ['bind-to-activated-sockets'], arg: 'optional' });
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.5.0'))
        specs.push({ key: 'no-config', long: ['no-config'], arg: 'none' });
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.6.0'))
        specs.push({ key: 'silent', short: ['s'], long: ['silent'], arg: 'none' });
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '6.4.0'))
        specs.push({ key: 'idle-timeout', long: ['idle-timeout'], arg: 'required' });
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '6.5.0'))
        specs.push({ key: 'plugin', long: ['plugin'], arg: 'required' });
    return specs;
}
/**
 * Values Puma cannot use, and a word left over after the options — each makes it exit at start.
 * Measured on 3.12.6, 4.3.12, 5.6.5, 6.6.1, 7.2.1 and 8.0.2 (__tests__/conformance/cases/live-var-*):
 * - `-p`: 3–7 build `tcp://0.0.0.0:<port>`, so an empty port listens on a random port and
 *   anything else that is not digits is a bad URI; 8 calls `Integer(port)`, which refuses "" too.
 * - `-w`: 3–6 use `to_i` (so `-w --preload` is 0 workers); 7 and 8 raise "workers must be an
 *   Integer or :auto".
 * - `-t`: `min:max` through `Integer()`; `-t :` raises (measured on 5.6.5).
 * - a positional argument is the rackup file; one that does not exist stops Puma with "No
 *   application configured, nothing to run".
 */
function valueProblems(ctx, parsed, version) {
    const out = [];
    const bad = (o, why) => {
        out.push({ at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o), kind: 'invalid-value', data: { option: o.written, value: o.value.text, why } });
    };
    const integer = (t) => t !== undefined && /^\s*[+-]?\d[\d_]*\s*$/.test(t);
    for (const o of parsed.options) {
        if (!o.value || o.value.unknown)
            continue;
        const t = o.value.text;
        if (o.spec.key === 'port' && !((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '8.0.0') ? /^\d+$/.test(t) : /^\d*$/.test(t)))
            bad(o, 'not a port number');
        else if (o.spec.key === 'workers' && (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '7.0.0') && !integer(t) && t !== 'auto')
            bad(o, 'workers must be an Integer or :auto');
        else if (o.spec.key === 'threads') {
            // Ruby's String#split drops trailing empty fields: ":" gives [], "5:" gives ["5"]
            const parts = t.split(':');
            while (parts.length && parts[parts.length - 1] === '')
                parts.pop();
            const [min, max = min] = parts;
            if (!integer(min) || !integer(max))
                bad(o, 'threads are `MIN:MAX` whole numbers');
        }
    }
    const rackup = parsed.positional[0];
    const cwd = ctx.command.cwd;
    if (rackup && !rackup.unknown && cwd !== null && !(0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'dir')) {
        const rel = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .appRelative */ .UH)((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .absolute */ .ys)(ctx, rackup.text));
        if (rel !== null && !ctx.exists(rel))
            out.push({ at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .wordSpan */ .BW)(ctx, rackup), kind: 'no-app', data: { text: rackup.text } });
    }
    return out;
}
/** The app environment Puma uses to pick `config/puma/<env>.rb`. */
function pumaEnv(ctx, version, cliEnv) {
    if (cliEnv)
        return cliEnv.unknown ? null : cliEnv.text;
    const names = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0') ? ['APP_ENV', 'RACK_ENV', 'RAILS_ENV'] : ['RACK_ENV'];
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
    signal: pumaSignal,
    analyze(ctx) {
        const version = ctx.version ?? PUMA_BANDS[PUMA_BANDS.length - 1].version;
        const argv = ctx.command.argv.slice(1);
        const parsed = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .Ac)(argv, pumaOptions(version));
        const v5 = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0');
        const flagNotes = [];
        if (parsed.error) {
            const p = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionProblem */ .DA)(ctx, parsed.error);
            const daemonFlag = /^-d$|^--dae/.test(parsed.error.written) || (parsed.error.kind === 'ambiguous' && parsed.error.written === '-d');
            if (v5 && daemonFlag)
                p.kind = 'removed-daemon';
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .notStarted */ .DY)(ctx, [p]);
        }
        const unsure = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .uncertainOption */ .FS)(ctx, parsed);
        if (unsure)
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .allUnknown */ .SH)('unknown-value', unsure.at, unsure.data);
        const problems = valueProblems(ctx, parsed, version);
        const cwd = ctx.command.cwd;
        // listeners given on the command line (all one key: they replace the config file's)
        const cliListeners = [];
        let unknownListener = null;
        for (const o of parsed.options) {
            if (o.spec.key === 'bind' && o.value) {
                const at = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o);
                if (o.value.unknown) {
                    unknownListener ??= { at, text: o.value.text };
                    continue;
                }
                const l = (0,_puma_dsl_js__WEBPACK_IMPORTED_MODULE_2__/* .pumaBind */ .Po)(o.value.text, at, 'command-line');
                if (!l)
                    problems.push({ at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(ctx, o.value), kind: 'invalid-option', data: { option: o.value.text, bind: 'true' } });
                else
                    cliListeners.push(l);
            }
            else if (o.spec.key === 'port' && o.value) {
                cliListeners.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tcpListener */ .A1)(o.value.text, '0.0.0.0', (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePort */ .pz)(o.value), (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o), 'command-line'));
            }
        }
        if (problems.length)
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .notStarted */ .DY)(ctx, problems);
        const state = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'state');
        if (state?.value && !state.value.unknown && (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .absolute */ .ys)(ctx, state.value.text) === _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SOCKET_PATH */ .c2) {
            flagNotes.push({ at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, state), kind: 'puma-state', data: { text: state.value.text } });
        }
        // which config files Puma loads (Configuration#config_files)
        const configOpts = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .allOptions */ .AM)(parsed, 'config');
        const noConfig = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'no-config') !== undefined || configOpts.some((o) => o.value?.text === '-');
        let configFiles = [];
        let configUnknown = null;
        if (noConfig)
            configFiles = [];
        else if (configOpts.length > 0) {
            for (const o of configOpts) {
                if (!o.value || o.value.unknown || cwd === null) {
                    configUnknown = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o);
                    continue;
                }
                const rel = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .appRelative */ .UH)((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .absolute */ .ys)(ctx, o.value.text));
                if (rel === null || !ctx.exists(rel)) {
                    if (rel !== null)
                        problems.push({ at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o), kind: 'missing-config', data: { path: o.value.text } });
                    else
                        configUnknown = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o);
                    continue;
                }
                configFiles.push(rel);
            }
        }
        else {
            const env = pumaEnv(ctx, version, (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'environment')?.value ?? undefined);
            const base = cwd === null ? null : (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .appRelative */ .UH)(cwd);
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
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .notStarted */ .DY)(ctx, problems);
        const file = configFiles.length > 0 && configUnknown === null ? (0,_puma_dsl_js__WEBPACK_IMPORTED_MODULE_2__/* .pumaFileLevel */ .Gg)(ctx, configFiles, version) : null;
        if (file && file.problems.length > 0)
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .notStarted */ .DY)(ctx, file.problems);
        // when the config file cannot be followed, everything it could set is unknown
        const blind = configUnknown ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)('config-file', configUnknown, { files: configFiles.join(', ') }) : file ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .unfollowable */ .bm)(file, ctx.commandSpan, configFiles.join(', ')) : null;
        const fromFile = (key) => (blind ? undefined : file?.settings.get(key));
        const unknownSetting = (s) => (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)('config-value', s.at, { why: s.why });
        // state_path in the file is Puma's state file too
        const stateFile = fromFile('state_path');
        if (!state && stateFile?.known && typeof stateFile.value === 'string' && (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .absolute */ .ys)(ctx, stateFile.value) === _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SOCKET_PATH */ .c2) {
            flagNotes.push({ at: stateFile.at, kind: 'puma-state', data: { text: stateFile.value } });
        }
        // daemonizing: -d/--daemon or `daemonize` on 3–4 (5+ stopped above)
        const daemonOpt = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'daemon');
        const daemonFile = fromFile('daemonize');
        const daemonizes = daemonOpt
            ? (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .verdict */ .WJ)(true, 'flag', (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, daemonOpt), { option: daemonOpt.written })
            : blind
                ? blind
                : !daemonFile
                    ? (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .verdict */ .WJ)(false, 'foreground', ctx.commandSpan)
                    : !daemonFile.known
                        ? unknownSetting(daemonFile)
                        : (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .verdict */ .WJ)(truthy(daemonFile.value), truthy(daemonFile.value) ? 'config' : 'foreground', daemonFile.at, { option: 'daemonize', where: (0,_puma_dsl_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(daemonFile.at) });
        // listeners: any on the command line replace every bind of the config file
        let listeners;
        let socket;
        if (unknownListener) {
            listeners = null;
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)('unknown-value', unknownListener.at, { text: unknownListener.text });
        }
        else if (cliListeners.length > 0) {
            listeners = cliListeners;
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .socketFromListeners */ .dA)(cliListeners, ctx.commandSpan, cwd);
            const lost = file?.binds?.known ? file.binds.value.find((l) => l.kind === 'unix' && l.path !== undefined && (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .absolute */ .ys)(ctx, l.path) === _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SOCKET_PATH */ .c2) : undefined;
            if (socket.value === false && lost)
                socket = { ...socket, data: { ...socket.data, overrides: `${lost.text}\` on ${(0,_puma_dsl_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(lost.at)}` } };
        }
        else if (blind) {
            listeners = null;
            socket = blind;
        }
        else if (file?.binds && !file.binds.known) {
            listeners = null;
            socket = unknownSetting(file.binds);
        }
        else if (file?.binds?.known) {
            listeners = file.binds.value;
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .socketFromListeners */ .dA)(listeners, ctx.commandSpan, cwd);
        }
        else {
            listeners = [(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tcpListener */ .A1)('tcp://0.0.0.0:9292', '0.0.0.0', 9292, ctx.commandSpan, 'default')];
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .socketFromListeners */ .dA)(listeners, ctx.commandSpan, cwd);
        }
        const stateNote = flagNotes.find((n) => n.kind === 'puma-state');
        if (socket.value === false && stateNote)
            socket = (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .verdict */ .WJ)(false, 'state-file', stateNote.at, stateNote.data);
        const pidOpt = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'pidfile');
        const pidSetting = fromFile('pidfile');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)('unknown-value', (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, pidOpt), { text: pidOpt.value.text })
                : (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pidFromPath */ .P9)(pidOpt.value.text, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, pidOpt), cwd)
            : blind
                ? blind
                : !pidSetting
                    ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pidFromPath */ .P9)(null, ctx.commandSpan, cwd)
                    : !pidSetting.known
                        ? unknownSetting(pidSetting)
                        : typeof pidSetting.value === 'string'
                            ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pidFromPath */ .P9)(pidSetting.value, pidSetting.at, cwd)
                            : (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pidFromPath */ .P9)(null, pidSetting.at, cwd);
        const folder = blind ? null : (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .missingFolder */ .z)(ctx, writtenPaths(listeners, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pidWritten */ .$5)(pidFile)), cwd);
        const bootUnknown = file?.mayFail ?? folder ?? undefined;
        return {
            boots: blind || bootUnknown ? null : true,
            bootUnknown,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners,
            flagNotes,
            configFiles,
            settings: pumaSettings(ctx, parsed, version, blind ? (blind.data.why ?? 'the config file is not evaluated') : null, fromFile)
        };
    }
};
/** The files a server creates at start: its Unix sockets and its PID file. */
function writtenPaths(listeners, pid) {
    const out = (listeners ?? []).filter((l) => l.kind === 'unix' && l.path !== undefined).map((l) => ({ path: l.path, at: l.at }));
    return pid ? [...out, pid] : out;
}
function truthy(v) {
    return v !== null && v !== false;
}
/** workers, preload, prune_bundler, fork_worker and output redirection, as Puma settles them. */
function pumaSettings(ctx, parsed, version, blind, fromFile) {
    const pick = (option, key, cliValue, dflt) => {
        const o = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, option);
        if (o)
            return { value: o.value?.unknown ? null : cliValue(o), at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, o), origin: 'command-line', ...(o.value?.unknown ? { why: `\`${o.value.text}\` is not known` } : {}) };
        if (blind)
            return { value: null, at: null, origin: 'config', why: blind };
        const s = fromFile(key);
        if (!s)
            return dflt;
        if (!s.known)
            return { value: null, at: s.at, origin: 'config', why: s.why };
        const v = s.value;
        return { value: typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : v === null ? null : true, at: s.at, origin: 'config' };
    };
    const off = { value: false, at: null, origin: 'default' };
    // Puma 5+ takes the default worker count from WEB_CONCURRENCY (the prediction environment does
    // not set it; a Procfile line may)
    let envWorkers = { value: 0, at: null, origin: 'default' };
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0') && ctx.command.unknownEnv.has('WEB_CONCURRENCY'))
        envWorkers = { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is set to a value rack-check cannot know' };
    else if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0') && ctx.command.env.has('WEB_CONCURRENCY')) {
        const n = /^\s*\d+/.exec(ctx.command.env.get('WEB_CONCURRENCY'));
        envWorkers = n ? { value: Number(n[0]), at: ctx.commandSpan, origin: 'environment' } : { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is not a number' };
    }
    // Puma 3–6 read `-w` with `to_i` (leading digits, else 0); 7+ refuse anything else at start
    const workers = pick('workers', 'workers', (o) => (/^\d+$/.test(o.value.text) ? Number(o.value.text) : (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '7.0.0') ? null : Number(/^\s*\d*/.exec(o.value.text)[0].trim() || 0)), envWorkers);
    const pruneBundler = pick('prune-bundler', 'prune_bundler', () => true, off);
    // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md);
    // 5–6 when WEB_CONCURRENCY > 1, read before the command line and config (servers.md §1.6)
    const cluster = typeof workers.value === 'number' && workers.value > 1;
    let preloadDefault = off;
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0') && !(0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '7.0.0') && envWorkers.origin === 'environment') {
        preloadDefault = envWorkers.value === null ? { ...envWorkers } : { value: envWorkers.value > 1, at: envWorkers.at, origin: 'environment' };
    }
    else if ((0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '7.0.0') && pruneBundler.value !== true) {
        preloadDefault = workers.value === null || pruneBundler.value === null ? { value: null, at: workers.at, origin: 'default', why: workers.why ?? pruneBundler.why } : { value: cluster, at: cluster ? workers.at : null, origin: 'default' };
    }
    const redirect = pick('redirect-stdout', 'redirect', () => true, pick('redirect-stderr', 'redirect', () => true, off));
    return {
        workers,
        preload: pick('preload', 'preload', () => true, preloadDefault),
        pruneBundler,
        forkWorker: (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '5.0.0') ? pick('fork-worker', 'fork_worker', () => true, off) : off,
        redirectsOutput: redirect
    };
}
/**
 * Puma's signal handling (servers.md §1.6, measured §7.3–7.4; `Launcher#setup_signals`,
 * `Cluster#setup_signals`). Cluster mode is `workers` > 0 (`Launcher#clustered?`); a phased
 * restart needs preload off, or `fork_worker` (`Cluster#phased_restart`).
 */
function pumaSignal(signal, facts, version) {
    const s = facts.settings ?? {};
    const unknown = (setting, name) => ({
        effect: 'unknown',
        does: `depends on \`${name}\`, which rack-check cannot know`,
        dropsRequests: null,
        why: setting?.why ?? `\`${name}\` is not known`,
        cause: { setting: name, at: setting?.at ?? null, text: name }
    });
    const workers = s.workers;
    const cluster = typeof workers?.value === 'number' ? workers.value > 0 : workers ? null : false;
    const hot = { effect: 'hot-restart', does: 're-executes itself in place (same PID, the socket is kept, the config file is read again, all workers and threads restart together)', dropsRequests: false };
    switch (signal) {
        case 'usr2':
            // a daemonized Puma < 5 daemonizes again after the re-exec: a new PID (servers.md §7.4; live on 3.12.6, 4.3.12)
            if (facts.daemonizes.value === true)
                return { ...hot, does: 're-executes itself and daemonizes again (a new PID, written to the PID file; the socket is kept, the config file is read again, all workers and threads restart together)' };
            return hot;
        case 'usr1': {
            if (cluster === null)
                return unknown(workers, 'workers');
            if (!cluster)
                return { ...hot, does: `cannot do a phased restart in single mode, so it ${hot.does}`, fallback: 'single-mode', cause: { setting: 'workers', at: workers?.at ?? null, text: 'workers' } };
            if (s.forkWorker?.value === true)
                return { effect: 'phased-restart', does: 'replaces its workers one at a time (a phased restart, forking from worker 0); the master keeps running and the config file is not read again', dropsRequests: false, cause: { setting: 'fork_worker', at: s.forkWorker.at, text: 'fork_worker' } };
            const preload = s.preload;
            if (!preload || preload.value === null)
                return unknown(preload, 'preload_app!');
            if (preload.value === true) {
                const fallback = preload.origin === 'default' ? 'default-preload' : preload.origin === 'environment' ? 'web-concurrency' : 'preload';
                return { ...hot, does: `cannot do a phased restart with the app preloaded, so it ${hot.does}`, fallback, cause: { setting: 'preload', at: preload.at, text: preload.origin === 'default' ? 'workers' : 'preload_app!' } };
            }
            return { effect: 'phased-restart', does: 'replaces its workers one at a time (a phased restart); the master keeps running and the config file is not read again', dropsRequests: false };
        }
        case 'hup': {
            const r = s.redirectsOutput;
            if (!r || r.value === null)
                return unknown(r, 'stdout_redirect');
            return r.value === true
                ? { effect: 'reopen-logs', does: 'reopens its log files (output is redirected) and keeps serving the same code', dropsRequests: false, cause: { setting: 'stdout_redirect', at: r.at, text: 'stdout_redirect' } }
                : { ...(0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .stopped */ .ce)(signal, true, 'treats HUP like INT and stops, because its output is not redirected (HUP only reopens logs with `stdout_redirect`)'), cause: { setting: 'stdout_redirect', at: null, text: 'stdout_redirect' } };
        }
        case 'term':
        case 'int':
            return (0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .stopped */ .ce)(signal, true);
        case 'quit':
        case 'kill':
            return (0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .stopped */ .ce)(signal, false);
        case 'ttin':
        case 'ttou':
            if (cluster === null)
                return unknown(workers, 'workers');
            return cluster
                ? { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false }
                : { ...(0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .untrapped */ .S$)(signal), does: `has no ${signal.toUpperCase()} handler in single mode, and the kernel discards the signal for a server that leads its own session (as under systemd): nothing happens` };
        case 'urg':
            return { effect: 'none', does: s.forkWorker?.value === true ? 'reforks its workers from worker 0 and restarts nothing' : 'ignores URG', dropsRequests: false };
        case 'pwr':
            // Puma 8 prints thread backtraces on PWR; before that it is untrapped (terminate)
            return version !== null && (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '8.0.0') ? { effect: 'none', does: 'prints thread backtraces', dropsRequests: false } : (0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .untrapped */ .S$)(signal);
        default:
            return (0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .untrapped */ .S$)(signal);
    }
}


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S$: () => (/* binding */ untrapped),
/* harmony export */   ce: () => (/* binding */ stopped),
/* harmony export */   wY: () => (/* binding */ notStudied)
/* harmony export */ });
const JOB_CONTROL = new Set(['tstp', 'ttin', 'ttou']);
const IGNORED = new Set(['chld', 'cont', 'urg', 'winch', 'pipe']);
function untrapped(signal) {
    const name = signal.toUpperCase();
    if (signal === 'stop')
        return { effect: 'suspend', does: 'is suspended by STOP (it stops answering until it gets CONT)', dropsRequests: true };
    if (JOB_CONTROL.has(signal))
        return { effect: 'none', does: `does not handle ${name}, and the kernel discards it for a server that leads its own session (as under systemd): nothing happens`, dropsRequests: false };
    if (IGNORED.has(signal))
        return { effect: 'none', does: `ignores ${name}`, dropsRequests: false };
    return { effect: 'stop', does: `does not handle ${name}, so the process ends at once`, dropsRequests: true, graceful: false };
}
function stopped(signal, graceful, how) {
    const does = how ?? (graceful ? `stops gracefully on ${signal.toUpperCase()} (finishes the requests in flight, then exits)` : `stops at once on ${signal.toUpperCase()}`);
    return { effect: 'stop', does, dropsRequests: true, graceful };
}
function notStudied(server) {
    return { effect: 'unknown', does: `what ${server} does with this signal was not measured`, dropsRequests: null, why: `rack-check has no measurements of ${server}'s signal handling` };
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   c2: () => (/* binding */ SOCKET_PATH),
/* harmony export */   gx: () => (/* binding */ PID_PATH)
/* harmony export */ });
const SOCKET_PATH = '/tmp/web_server.sock';
const PID_PATH = '/tmp/web_server.pid';
function verdict(value, reason, at, data = {}) {
    return { value, reason, at, data };
}


/***/ }),

/***/ 1856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ bandLabel),
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/* unused harmony exports parseVersion, compareVersions */
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


/***/ })

};
;
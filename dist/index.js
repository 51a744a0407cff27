import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 8363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ programWords),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   d: () => (/* binding */ parseDeployHooks),
/* harmony export */   iO: () => (/* binding */ hookCommands),
/* harmony export */   wL: () => (/* binding */ HOOK_POINTS)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1933);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(843);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4195);



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

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    return (loading ??= __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
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

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8963);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/rules/define-rule.ts
var define_rule = __nccwpck_require__(8963);
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
var check_incomplete = __nccwpck_require__(792);
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
var environment = __nccwpck_require__(4417);
// EXTERNAL MODULE: ./src/model/shell.ts
var shell = __nccwpck_require__(843);
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
                const written = web.procfile.text.slice(word.start, word.end);
                ctx.report(u.at, 'emptied', { name: u.name, known, written, value: word.text === '' ? 'an empty word' : '`' + word.text + '`' });
                continue;
            }
            const prev = i >= 0 ? (argv[i].end <= u.start ? argv[i] : argv[i - 1]) : undefined;
            const next = argv[lastStartingBefore(argv, u.end) + 1];
            const program = prev === argv[0];
            const reads = prev && next ? (program ? `\`${next.text}\` as its first argument` : `\`${prev.text} ${next.text}\``) : prev ? (program ? 'no arguments at all' : `\`${prev.text}\` at the end of the line`) : 'nothing there';
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
var deploy_hooks = __nccwpck_require__(8363);
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
var yaml_tree = __nccwpck_require__(4195);
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
var signals = __nccwpck_require__(9196);
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
var procfile = __nccwpck_require__(5559);
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
var suppression_unused = __nccwpck_require__(7735);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8963);

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

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./src/action/runner.ts
var runner_namespaceObject = {};
__nccwpck_require__.r(runner_namespaceObject);
__nccwpck_require__.d(runner_namespaceObject, {
  appendSummary: () => (appendSummary),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  jobLog: () => (jobLog),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/output.ts

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
            done += (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, done);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/paths.ts
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
    const dotGit = join(folder, '.git');
    let st;
    try {
        st = lstatSync(dotGit);
    }
    catch {
        return null;
    }
    try {
        if (st.isDirectory())
            return lstatSync(join(dotGit, 'HEAD')).isFile() ? dotGit : null;
        if (st.isFile() && st.size < 4096) {
            const m = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
            return m ? resolve(folder, m[1]) : null;
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
    const real = realpathOr(resolve(dir));
    const top = stopAt ? realpathOr(resolve(stopAt)) : null;
    for (let folder = real;; folder = dirname(folder)) {
        const gitDir = gitDirIn(folder);
        if (gitDir)
            return { root: folder, gitDir, prefix: slashes(relative(folder, real)) };
        if (folder === top || dirname(folder) === folder)
            break;
    }
    const root = realpathOr(resolve(fallback));
    return { root, gitDir: null, prefix: slashes(relative(root, real)) };
}
/** The real path, or the path as given when it does not exist (yet). */
function realpathOr(p) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(p);
    }
    catch {
        return p;
    }
}
function slashes(p) {
    return p.split(sep).join('/');
}
/** A folder given by a user (`working-directory`), as a prefix: "/" separated, no `./`, no trailing `/`. */
function normalPrefix(p) {
    return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\.$/, '').replace(/\/+$/, '');
}
/** A path relative to the checked folder, made relative to the repository root. */
function paths_inRepository(prefix, file) {
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
    const at = (f) => paths_inRepository(p, f);
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
            const st = lstatSync(p);
            return st.isFile() && st.size < 1024 * 1024 ? readFileSync(p, 'utf8') : null;
        }
        catch {
            return null;
        }
    };
    // a worktree's refs and config are in the common folder
    const commonRel = read(join(gitDir, 'commondir'))?.trim();
    const common = commonRel ? resolve(gitDir, commonRel) : gitDir;
    const head = read(join(gitDir, 'HEAD'))?.trim() ?? '';
    let revisionId = null;
    let branch = null;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head);
    if (ref) {
        branch = ref[1].replace(/^refs\/heads\//, '');
        const loose = read(join(gitDir, ...ref[1].split('/')))?.trim() ?? read(join(common, ...ref[1].split('/')))?.trim();
        if (loose && /^[0-9a-f]{40,64}$/.test(loose))
            revisionId = loose;
        else {
            for (const line of (read(join(common, 'packed-refs')) ?? '').split('\n')) {
                const [sha, name] = line.split(' ');
                if (name === ref[1] && /^[0-9a-f]{40,64}$/.test(sha))
                    revisionId = sha;
            }
        }
    }
    else if (/^[0-9a-f]{40,64}$/.test(head))
        revisionId = head;
    return { repositoryUri: originUrl(read(join(common, 'config')) ?? ''), revisionId, branch };
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

;// CONCATENATED MODULE: ./src/reporters/github.ts

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
    return inRepository(prefix, file);
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

;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner protocol: inputs from `INPUT_*`, workflow commands on stdout (annotations, masks),
 * outputs in GITHUB_OUTPUT, the job summary appended to GITHUB_STEP_SUMMARY. These are the
 * functions of `@actions/core` the action uses, written out because of what loading the toolkit
 * costs at start-up (docs/performance.md):
 * - core's index loads its OIDC client, whose HTTP stack (http-client, undici, tunnel, https)
 *   is a megabyte the action never uses: alone it doubled the start-up;
 * - its file-command takes a random delimiter from node:crypto, its summary module loads
 *   fs/promises, and its commands go through `process.stdout`, which builds Node's stream
 *   classes: together another fifth of the start-up under Node 24.
 * Everything here is synchronous and writes straight to the file descriptor (src/output.ts) or
 * the file. __tests__/runner.test.ts checks each function against `@actions/core` itself.
 */




/** The job log: fd 1 (tests put a collector here to compare with `@actions/core`). */
const jobLog = { write: (text) => writeFd(1, text) };
function issueCommand(command, properties, message) {
    jobLog.write(workflowCommand(command, properties, message) + external_node_os_namespaceObject.EOL);
}
/** core's property names for an annotation, in its order. */
function annotation(p) {
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * An output, written to GITHUB_OUTPUT as `name<<delimiter` lines (GitHub's "multiline strings"),
 * as core writes it. core's delimiter is `ghadelimiter_` and a UUID from node:crypto; here the
 * random part comes from Math.random, and a delimiter that occurs in the value is never used,
 * so no value can end its block early (core throws in that case instead).
 */
function setOutput(name, value) {
    const file = process.env['GITHUB_OUTPUT'];
    if (file) {
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            throw new Error(`Missing file at path: ${file}`);
        let delimiter;
        do
            delimiter = `ghadelimiter_${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
        while (value.includes(delimiter) || name.includes(delimiter));
        (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
        return;
    }
    jobLog.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, value);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotation(properties), message);
}
function info(message) {
    jobLog.write(message + external_node_os_namespaceObject.EOL);
}
/** Sets the exit code to 1 and writes the message as an error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends markdown to the job summary (core's `summary.addRaw(markdown).write()`); false when there is no summary file. */
function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, { encoding: 'utf8' });
    return true;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/finding.ts
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

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
 * O_NONBLOCK: opening a FIFO for reading blocks until a writer comes, unless it is set (open(2));
 * O_NOFOLLOW: the path is already resolved, so a link appearing there since is refused (ELOOP).
 * Both are 0 where the platform has no such flag.
 */
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
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
    constructor(root) {
        this.root = root;
        this.realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    }
    /** Where a relative path really leads and what is there, or why it cannot be used. */
    resolve(rel) {
        if ((0,external_node_path_.isAbsolute)(rel) || rel.split('/').includes('..'))
            return { problem: 'is outside the checked folder' };
        const full = (0,external_node_path_.join)(this.root, ...rel.split('/'));
        let own;
        try {
            // most probes are for files that are not there: no exception for those (they cost time)
            own = (0,external_node_fs_namespaceObject.lstatSync)(full, { throwIfNoEntry: false });
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
            real = (0,external_node_fs_namespaceObject.realpathSync)(full);
        }
        catch (e) {
            const c = code(e);
            if (c === 'ENOENT' || c === 'ENOTDIR')
                return { problem: 'is a broken symbolic link' };
            return { problem: errorProblem(e) };
        }
        const within = (0,external_node_path_.relative)(this.realRoot, real);
        if (within.startsWith('..' + external_node_path_.sep) || within === '..' || (0,external_node_path_.isAbsolute)(within)) {
            return { problem: 'is a symbolic link that leads outside the checked folder; it was not followed' };
        }
        // a folder on the way may be a link too: `real` has none left, so lstat is the target's own entry
        if (!own.isSymbolicLink() && real === (0,external_node_path_.join)(this.realRoot, ...rel.split('/')))
            return { path: real, stats: own };
        try {
            return { path: real, stats: (0,external_node_fs_namespaceObject.lstatSync)(real) };
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
        if (r.stats.isDirectory())
            return { ok: false, missing: false, problem: 'is a folder, not a file' };
        // never opened: opening a FIFO or a device can block or have effects
        if (!r.stats.isFile())
            return { ok: false, missing: false, problem: `is not a regular file (it is ${oddKind(r.stats)})` };
        if (r.stats.size > MAX_FILE_BYTES)
            return { ok: false, missing: false, problem: `is ${r.stats.size} bytes, more than the ${MAX_FILE_BYTES} bytes rack-check reads` };
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(r.path, OPEN_FLAGS);
        }
        catch (e) {
            return { ok: false, missing: false, problem: errorProblem(e) };
        }
        try {
            // the entry may have been replaced between lstat and open: check what was opened
            const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!st.isFile())
                return { ok: false, missing: false, problem: `is not a regular file (it is ${st.isDirectory() ? 'a folder' : oddKind(st)})` };
            // at most one byte more than the cap, whatever the size said (a file can grow while read)
            const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES) + 1);
            let got = 0;
            while (got < buf.length) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, got, buf.length - got, got);
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
            return { ok: true, file: new SourceFile(rel, hadBom ? text.slice(1) : text, hadBom) };
        }
        catch (e) {
            return { ok: false, missing: false, problem: errorProblem(e) };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}

// EXTERNAL MODULE: ./src/model/deploy-hooks.ts
var deploy_hooks = __nccwpck_require__(8363);
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

// EXTERNAL MODULE: ./src/model/yaml-tree.ts
var yaml_tree = __nccwpck_require__(4195);
;// CONCATENATED MODULE: ./src/model/manifest.ts

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
    const tree = (0,yaml_tree/* parseYamlTree */.NL)(file, yaml);
    const out = { file, tree, environments: [], metadata: [], applying: [] };
    const root = tree.root;
    if (root?.kind !== 'map')
        return out;
    for (const pair of root.pairs) {
        if (pair.key === 'procfile_metadata')
            out.metadata.push({ environment: null, keyAt: pair.keyAt, value: pair.value });
        else if (!COMPONENT_KEYS.has(pair.key) && pair.value?.kind === 'map') {
            out.environments.push(pair);
            const m = (0,yaml_tree/* get */.Jt)(pair.value, 'procfile_metadata');
            if (m)
                out.metadata.push({ environment: pair.key, keyAt: m.keyAt, value: m.value });
        }
    }
    out.applying = out.metadata.filter((b) => b.environment === null || b.environment === environment);
    return out;
}
/** A process's settings under one block, when the block maps it to a mapping. */
function processSettings(block, process) {
    const p = (0,yaml_tree/* get */.Jt)(block.value, process);
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
        const pair = s ? (0,yaml_tree/* get */.Jt)(s.map, key) : undefined;
        if (pair)
            return { pair, block, process };
    }
    return null;
}

// EXTERNAL MODULE: ./src/model/procfile.ts
var model_procfile = __nccwpck_require__(5559);
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
function app_join(root, p) {
    return root === '' ? p : `${root}/${p}`;
}
/** Is there anything Cloud 66 deploys from in this folder? */
function hasDeploymentFiles(ws, root) {
    if (ws.exists(app_join(root, 'Procfile')))
        return true;
    if (ws.list(root).some((n) => n.startsWith('Procfile_')))
        return true;
    return ws.exists(app_join(root, MANIFEST)) || ws.exists(app_join(root, DEPLOY_HOOKS));
}
/** Reads an app's deployment files; `yaml` null means not loaded yet (then `needsYaml` may be set). */
function loadApp(ws, root, environment, yaml) {
    const unreadable = [];
    const read = (rel) => {
        const r = readNoting(ws, app_join(root, rel), unreadable);
        return r.ok ? r.file : null;
    };
    const manifestFile = read(MANIFEST);
    const hooksFile = read(DEPLOY_HOOKS);
    const needsYaml = !yaml && (manifestFile !== null || hooksFile !== null);
    const deployHooks = hooksFile && yaml ? (0,deploy_hooks/* parseDeployHooks */.d)(hooksFile, environment, yaml) : null;
    const replaced = new Map();
    for (const c of deployHooks?.copies ?? [])
        if (!c.buildOnly && c.source !== null && ws.exists(app_join(root, c.source)))
            replaced.set(c.destination, c);
    const procfiles = [];
    for (const name of ['Procfile', `Procfile_${environment}`]) {
        const f = read(replaced.get(name)?.source ?? name);
        if (f)
            procfiles.push((0,model_procfile/* parseProcfile */.g)(f));
    }
    // Procfile_<environment> is the more specific file: its custom_web applies when it has one
    let web = null;
    for (const p of procfiles) {
        const entry = (0,model_procfile/* procfileEntry */.P)(p, 'custom_web');
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
    const existing = (rel) => (ws.exists(app_join(root, rel)) ? app_join(root, rel) : null);
    const manifest = manifestFile && yaml ? parseManifest(manifestFile, environment, yaml) : null;
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
            return ws.exists(app_join(root, rel)) ? app_join(root, rel) : null;
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

;// CONCATENATED MODULE: ./src/model/ruby.ts
/** A parse that takes longer is stopped: Prism parses a 1 MiB config in about 0.2 s (docs/robustness.md). */
const PARSE_TIME_LIMIT_MS = 2000;
/** How long a new worker may take to start (not input-controlled: only a very loaded machine is slower). */
const WORKER_START_LIMIT_MS = 20000;
/** The lowest bytes of Prism's stack that a trusted parse must leave untouched. */
const STACK_GUARD_BYTES = 8192;
/**
 * The worker: one request at a time, each in a fresh instance. It answers through `port` and
 * then counts the answer in `flag[0]`: the main thread is blocked in Atomics.wait (it cannot
 * receive events), and a change of the count wakes it.
 * The WASI imports are stubs answering ENOSYS (52): Prism's parse touches no files, clocks or
 * environment, and stubs keep Node's experimental WASI (and its warning) out of the worker.
 * Prism's options for a plain parse: filepath "", line 1, no encoding, every flag 0, no scopes
 * (the layout written by @ruby/prism's parsePrism.js `dumpOptions`).
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { flag: sharedFlag, port, guard } = workerData
const flag = new Int32Array(sharedFlag)
let mod = null
const imports = {}
const options = new Uint8Array(23)
new DataView(options.buffer).setInt32(4, 1, true)
function answer(reply, transfer) {
  port.postMessage(reply, transfer)
  Atomics.add(flag, 0, 1)
  Atomics.notify(flag, 0)
}
function stackUsed(p, low) {
  return new Uint8Array(p.memory.buffer, low, guard).some((b) => b !== 0xa5)
}
port.on('message', ({ wasm, source }) => {
  if (wasm) {
    // the first message: Prism's bytes, compiled here while the main thread reads on
    try {
      mod = new WebAssembly.Module(wasm)
      for (const i of WebAssembly.Module.imports(mod)) {
        imports[i.name] = i.name === 'proc_exit' ? (c) => { throw new Error('Prism exited with status ' + c) } : () => 52
      }
      answer({ ok: true, ready: true }, [])
    } catch (e) {
      answer({ ok: false, kind: 'trap', message: String((e && e.message) || e) }, [])
    }
    return
  }
  let p = null
  let low = 0
  try {
    p = new WebAssembly.Instance(mod, { wasi_snapshot_preview1: imports }).exports
    p._initialize()
    low = p.__stack_low.value
    new Uint8Array(p.memory.buffer, low, guard).fill(0xa5)
    const sp = p.calloc(1, source.length), op = p.calloc(1, options.length), bp = p.calloc(p.pm_buffer_sizeof(), 1)
    if (!sp || !op || !bp) throw new Error('Prism is out of memory')
    p.pm_buffer_init(bp)
    new Uint8Array(p.memory.buffer, sp, source.length).set(source)
    new Uint8Array(p.memory.buffer, op, options.length).set(options)
    p.pm_serialize_parse(bp, sp, source.length, op)
    if (stackUsed(p, low)) return answer({ ok: false, kind: 'stack' }, [])
    const bytes = new Uint8Array(p.memory.buffer, p.pm_buffer_value(bp), p.pm_buffer_length(bp)).slice()
    answer({ ok: true, bytes }, [bytes.buffer])
  } catch (e) {
    // a trap after the stack reached its end: the nesting is the cause
    if (p && low && stackUsed(p, low)) return answer({ ok: false, kind: 'stack', message: String((e && e.message) || e) }, [])
    answer({ ok: false, kind: 'trap', message: String((e && e.message) || e) }, [])
  }
})
`;
/** One worker and the means to wait for it synchronously. */
class PrismWorker {
    threads;
    flag = new Int32Array(new SharedArrayBuffer(4));
    worker;
    port;
    started = false;
    constructor(threads, wasm) {
        this.threads = threads;
        const { port1, port2 } = new threads.MessageChannel();
        this.port = port1;
        this.worker = new threads.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { flag: this.flag.buffer, port: port2, guard: STACK_GUARD_BYTES },
            transferList: [port2],
            resourceLimits: { maxOldGenerationSizeMb: 256 }
        });
        // it must not keep the process alive once the run is over
        this.worker.unref();
        this.worker.on('error', () => { }); // a worker that dies is noticed by the wait below
        this.port.postMessage({ wasm });
    }
    /** The reply, or null when none came within `ms`. */
    wait(ms) {
        const deadline = Date.now() + ms;
        for (;;) {
            // read the count before looking for the message: an answer in between changes it, and the wait returns at once
            const count = Atomics.load(this.flag, 0);
            const got = this.threads.receiveMessageOnPort(this.port);
            if (got)
                return got.message;
            const left = deadline - Date.now();
            if (left <= 0)
                return null;
            Atomics.wait(this.flag, 0, count, left);
        }
    }
    /** Parses; null when the worker did not answer in time (then it is stopped: do not use it again). */
    parse(source) {
        if (!this.started) {
            const ready = this.wait(WORKER_START_LIMIT_MS);
            if (!ready?.ready) {
                this.stop();
                throw new Error(`the Ruby parser's worker thread did not start${ready?.message ? ': ' + ready.message : ''}`);
            }
            this.started = true;
        }
        this.port.postMessage({ source });
        const reply = this.wait(PARSE_TIME_LIMIT_MS);
        if (!reply)
            this.stop();
        return reply;
    }
    stop() {
        this.port.close();
        void this.worker.terminate();
    }
}
let loading = null;
function loadRubyParser() {
    loading ??= (async () => {
        const [threads, { readFile }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23))]);
        const bytes = await readFirst(readFile, ['prism.wasm', '../../node_modules/@ruby/prism/src/prism.wasm']);
        // started now, so that it boots and compiles Prism while the deserializer loads and the rest of the app is read
        const first = new PrismWorker(threads, bytes);
        const { deserialize } = await __nccwpck_require__.e(/* import() */ 801).then(__nccwpck_require__.bind(__nccwpck_require__, 1801));
        return makeParser(threads, bytes, first, deserialize);
    })();
    return loading;
}
function makeParser(threads, wasm, first, deserialize) {
    let worker = first;
    let empty = null;
    const encoder = new TextEncoder();
    const run = (source) => {
        worker ??= new PrismWorker(threads, wasm);
        const reply = worker.parse(source);
        if (!reply) {
            worker = null;
            return { ok: false, why: `Prism did not finish within ${PARSE_TIME_LIMIT_MS / 1000} s` };
        }
        if (!reply.ok || !reply.bytes) {
            return { ok: false, why: reply.kind === 'stack' ? 'it is nested too deeply for Prism’s WebAssembly stack' : `Prism’s WebAssembly failed: ${reply.message ?? 'unknown error'}` };
        }
        try {
            return { ok: true, result: deserialize(source, reply.bytes) };
        }
        catch (e) {
            const message = e.message;
            // by name: the error may come from another realm (a test runner's), where instanceof fails
            const range = e.name === 'RangeError';
            // JavaScript's own stack, in the deserializer's recursion
            if (range && /call stack/.test(message))
                return { ok: false, why: 'it is nested too deeply for rack-check to read Prism’s result' };
            // a magic comment naming an encoding that Ruby (and Prism) know but TextDecoder does not
            if (range && /encoding/.test(message))
                return { ok: false, why: `its magic encoding comment names an encoding rack-check cannot decode (${message})` };
            return { ok: false, why: `Prism’s result could not be read (${message})` };
        }
    };
    return (file) => {
        const offset = byteOffsets(file.text);
        const outcome = run(encoder.encode(file.text));
        if (outcome.ok) {
            const result = outcome.result;
            return {
                program: result.value,
                errors: result.errors.map((e) => ({ message: e.message, start: offset(e.location.startOffset), end: offset(e.location.startOffset + e.location.length) })),
                comments: result.comments.map((c) => ({ start: offset(c.location.startOffset), end: offset(c.location.startOffset + c.location.length) })),
                offset
            };
        }
        if (!empty) {
            const blank = run(new Uint8Array(0));
            if (!blank.ok)
                throw new Error(`the Ruby parser does not work: ${blank.why}`);
            empty = blank.result.value;
        }
        const failure = `could not be parsed by rack-check's Ruby parser: ${outcome.why}`;
        return { program: empty, errors: [{ message: failure, start: 0, end: 0 }], comments: [], offset, failure };
    };
}
async function readFirst(readFile, candidates) {
    let last;
    for (const rel of candidates) {
        try {
            return await readFile(new URL(rel, import.meta.url));
        }
        catch (e) {
            last = e;
        }
    }
    throw new Error(`the Ruby parser (prism.wasm) is missing: ${last.message}`);
}
/** Maps UTF-8 byte offsets to string offsets (identity for ASCII text). */
function byteOffsets(text) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(text))
        return (b) => b;
    const starts = []; // starts[k] = byte offset of UTF-16 unit k
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
        starts.push(byte);
        const c = text.codePointAt(i);
        if (c > 0xffff) {
            starts.push(byte); // the low surrogate shares the code point's bytes
            i++;
            byte += 4;
        }
        else
            byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    starts.push(byte);
    return (b) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= b)
                lo = mid;
            else
                hi = mid - 1;
        }
        while (lo > 0 && starts[lo - 1] === starts[lo])
            lo--; // a surrogate pair starts at its high half
        return lo;
    };
}
/** The node's class name without "Node", e.g. "Call" — read through its visitor method, which survives bundling. */
function kindOf(node) {
    let kind = '';
    const probe = new Proxy({}, {
        get: (_t, name) => () => {
            kind = String(name).replace(/^visit/, '').replace(/Node$/, '');
        }
    });
    node.accept(probe);
    return kind;
}

// EXTERNAL MODULE: ./src/model/paths.ts
var model_paths = __nccwpck_require__(1933);
;// CONCATENATED MODULE: ./src/model/ruby-config.ts
/**
 * Reads a Ruby config file (Puma's or Unicorn's DSL) the way the server would evaluate it, as
 * far as that can be done without running it: the top-level statements in order, locals,
 * instance variables and constants, `if`/`unless`/`case`/ternaries/`&&`/`||` on values that are
 * known, `begin`/`rescue`, ENV reads and writes under the prediction environment (contract §4),
 * the String, Integer, Array and Regexp methods real configs use, `Integer()`/`Float()` with
 * Ruby's errors, `File.exist?` and friends answered from the checked folder, `Rails.env` where
 * Rails is loaded, `defined?`. Every receiver-less call is recorded with its evaluated arguments;
 * the server model decides which are directives. Anything else is an unknown value whose `why`
 * names the construct — never a guess. docs/ruby-config-survey.md lists what real configs use.
 *
 * Bounds (issue 12): expressions and statements nested deeper than `LIMITS.depth` levels, more
 * than `LIMITS.steps` evaluation steps, and values larger than `LIMITS.size` characters or
 * elements are not evaluated; the result then says so (an unknown value, or an `opaque` entry
 * when statements were skipped). Nothing here recurses deeper than `LIMITS.depth`.
 */


/** How far the evaluator goes (issue 12): deeper, longer or bigger input gets an unknown result that says so. */
const LIMITS = {
    /** nesting of expressions and statements */
    depth: 100,
    /** evaluation steps per file (a 1 MiB file has at most about 500,000 nodes) */
    steps: 2_000_000,
    /** characters of a string, elements (counted through nested arrays) of an array */
    size: 1_048_576
};
/** The assignments (`x = …`, `x ||= …`, `x += …`) to the variables the evaluator keeps. */
const WRITES = new Set([
    'LocalVariableWrite',
    'InstanceVariableWrite',
    'GlobalVariableWrite',
    'ConstantWrite',
    'LocalVariableOrWrite',
    'InstanceVariableOrWrite',
    'GlobalVariableOrWrite',
    'ConstantOrWrite',
    'LocalVariableAndWrite',
    'InstanceVariableAndWrite',
    'LocalVariableOperatorWrite',
    'InstanceVariableOperatorWrite'
]);
const LOADERS = new Set(['load', 'eval', 'instance_eval', 'instance_exec', 'class_eval', 'send', '__send__', 'public_send', '_load_from', 'binding']);
/** Calls that print or require: never directives, and loops calling only these change nothing. */
const HARMLESS = new Set(['puts', 'p', 'pp', 'print', 'warn', 'require', 'require_relative', 'raise', 'sleep', 'fail']);
/** Constants every Ruby process has (`defined?` says "constant"). */
const CORE_CONSTANTS = new Set(['ENV', 'File', 'Dir', 'Integer', 'Float', 'String', 'Array', 'Hash', 'Symbol', 'Regexp', 'Process', 'Kernel', 'Object', 'Time', 'IO', 'STDOUT', 'STDERR', 'STDIN', 'ARGV', 'Signal', 'GC', 'Math', 'Thread', 'Errno', 'RUBY_VERSION', 'RUBY_PLATFORM', 'StandardError', 'Exception', 'Comparable', 'Struct', 'NilClass', 'TrueClass', 'FalseClass']);
/** Exception classes and what a `rescue` of each catches. */
const EXCEPTION_PARENT = {
    KeyError: 'IndexError',
    IndexError: 'StandardError',
    ArgumentError: 'StandardError',
    TypeError: 'StandardError',
    NoMethodError: 'NameError',
    NameError: 'StandardError',
    RuntimeError: 'StandardError',
    ZeroDivisionError: 'StandardError',
    FloatDomainError: 'RangeError',
    RangeError: 'StandardError',
    StandardError: 'Exception',
    SystemExit: 'Exception'
};
/** Methods of NilClass and Object that rack-check models or that cannot raise on nil. */
const NIL_METHODS = new Set(['to_s', 'to_i', 'to_f', 'to_a', 'inspect', 'nil?', '!', '==', '!=', 'freeze', 'frozen?', 'dup', 'itself', '&', '|']);
/** String/Array methods that nil does not have: calling one on nil raises NoMethodError. */
const NOT_ON_NIL = new Set(['empty?', 'strip', 'lstrip', 'rstrip', 'chomp', 'length', 'size', 'split', 'sub', 'gsub', 'start_with?', 'end_with?', 'include?', 'downcase', 'upcase', 'match?', 'delete_prefix', 'delete_suffix', '+', '-', '*', 'to_sym', '[]', 'join', 'first', 'last', '>', '<', '>=', '<=', 'positive?', 'negative?', 'zero?']);
/** ActiveSupport's Object extensions: there only when Rails (or ActiveSupport) is loaded. */
const ACTIVE_SUPPORT = new Set(['present?', 'blank?', 'presence']);
/** CPU counts: the machine's, unknown before deploy. */
const CPU_COUNT = { Etc: ['nprocessors'], Concurrent: ['processor_count', 'physical_processor_count', 'available_processor_count'] };
function evaluateRubyConfig(file, parse, env) {
    const config = {
        file,
        calls: [],
        opaque: [],
        syntaxErrors: parse.errors.map((e) => ({ at: file.span(e.start, Math.max(e.end, e.start + 1)), message: e.message })),
        raises: null,
        mayRaise: []
    };
    if (config.syntaxErrors.length > 0)
        return config;
    /** locals by name, instance variables as `@x`, globals as `$x`, constants as `::X` */
    const locals = new Map();
    /** `ENV["X"] = …` written by the file */
    const envWrites = new Map();
    /** a statement after which variables Cloud 66 does not set may have values (dotenv, app code) */
    let envTaint = null;
    /** a `require` that may load Rails (`require_relative "application"`) */
    let railsRequire = null;
    const defined = new Set();
    const absPath = env.filePath;
    let unset = [];
    /** the unknown condition the statement being evaluated runs under */
    let condition = null;
    let depth = 0;
    let steps = 0;
    let exhausted = null;
    /** counts unknown values made, to tell whether a `begin` body may have raised */
    let unknowns = 0;
    const sizes = new WeakMap();
    const span = (n) => {
        const start = parse.offset(n.location.startOffset);
        return file.span(start, Math.max(parse.offset(n.location.startOffset + n.location.length), start + 1));
    };
    /** the node's first line, at most 80 characters: bounded whatever the node's size */
    const text = (n) => {
        const start = parse.offset(n.location.startOffset);
        const end = Math.min(parse.offset(n.location.startOffset + n.location.length), start + 200);
        let s = file.text.slice(start, end);
        const nl = s.indexOf('\n');
        if (nl >= 0)
            s = s.slice(0, nl).trimEnd() + ' …';
        return s.length > 80 ? s.slice(0, 77) + '…' : s;
    };
    const unknown = (n, why) => {
        unknowns++;
        return { known: false, at: span(n), why };
    };
    const raising = (n, exception, why) => ({ ...unknown(n, why), raises: true, exception });
    const known = (value) => ({ known: true, value });
    const child = (n, field) => n[field] ?? null;
    const list = (n, field) => (n ? (n[field] ?? []) : []);
    const argsOf = (call) => list(child(call, 'arguments_'), 'arguments_');
    const truthy = (v) => v !== null && v !== false;
    const notEvaluated = (n) => unknown(n, `\`${text(n)}\` (Ruby rack-check does not evaluate)`);
    const methodNotEvaluated = (n) => unknown(n, `\`${text(n)}\` (a method call rack-check does not evaluate)`);
    const isEnv = (n) => constName(n) === 'ENV';
    /** `X` or `::X`, not `A::X` */
    const constName = (n) => {
        if (!n)
            return null;
        const k = kindOf(n);
        if (k === 'ConstantRead')
            return n.name;
        if (k === 'ConstantPath' && n.parent === null)
            return n.name;
        return null;
    };
    const isCall = (n, recv, name) => !!n && kindOf(n) === 'Call' && n.name === name && constName(child(n, 'receiver')) === recv;
    // --- values: sizes, equality, conversion to strings ---------------------------------------
    const measure = (v) => {
        if (typeof v === 'string')
            return { size: v.length, depth: 0 };
        if (!Array.isArray(v))
            return { size: 1, depth: 0 };
        return sizes.get(v) ?? { size: v.length, depth: 1 };
    };
    const array = (n, items) => {
        let size = items.length;
        let d = 0;
        for (const x of items) {
            const m = measure(x);
            size += m.size;
            d = Math.max(d, m.depth);
        }
        if (size > LIMITS.size)
            return unknown(n, `\`${text(n)}\` makes an array of more than ${LIMITS.size} elements; rack-check evaluates smaller ones`);
        if (d + 1 > LIMITS.depth)
            return unknown(n, `\`${text(n)}\` makes arrays nested more than ${LIMITS.depth} deep; rack-check evaluates at most ${LIMITS.depth}`);
        sizes.set(items, { size, depth: d + 1 });
        return known(items);
    };
    const str = (n, s) => (s.length > LIMITS.size ? unknown(n, `\`${text(n)}\` makes a string of more than ${LIMITS.size} characters; rack-check evaluates shorter ones`) : known(s));
    const equal = (a, b) => {
        if (a === b)
            return true;
        if (Array.isArray(a) || Array.isArray(b))
            return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
        if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
            return false;
        if ('symbol' in a && 'symbol' in b)
            return a.symbol === b.symbol;
        if ('regexp' in a && 'regexp' in b)
            return a.regexp === b.regexp && (a.flags ?? '') === (b.flags ?? '');
        return false; // hashes: contents are not kept
    };
    /** `to_s` / interpolation; null when rack-check does not model it (arrays, hashes, regexps) */
    const toS = (v) => typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v === null ? '' : typeof v === 'boolean' ? String(v) : !Array.isArray(v) && 'symbol' in v ? v.symbol : null;
    const typeName = (v) => v === null ? 'nil' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Integer' : typeof v === 'boolean' ? String(v) : Array.isArray(v) ? 'Array' : 'symbol' in v ? 'Symbol' : 'regexp' in v ? 'Regexp' : 'Hash';
    const isRegexp = (v) => !!v && typeof v === 'object' && !Array.isArray(v) && 'regexp' in v;
    // --- ENV, Rails, files ------------------------------------------------------------------
    const envRead = (name, at) => {
        const written = envWrites.get(name);
        if (written)
            return written;
        const v = env.get(name);
        if (v === undefined)
            return unknown(at, `\`${text(at)}\` reads ${name}, whose value rack-check cannot know`);
        if (v === null && envTaint)
            return unknown(at, `\`${text(at)}\` reads ${name}: Cloud 66 does not set it, but ${envTaint.what} on line ${envTaint.at.line} may`);
        if (v === null)
            unset.push(name);
        return known(v);
    };
    const rails = () => (env.railsLoaded === true ? 'loaded' : env.railsLoaded === false && !railsRequire ? 'absent' : 'unknown');
    const railsUnknown = (n) => unknown(n, railsRequire ? `\`${text(n)}\` needs Rails, which the require on line ${railsRequire.line} may or may not load` : `\`${text(n)}\` needs Rails, and rack-check cannot tell whether this server loads it before reading the file`);
    const railsAbsent = (n) => raising(n, 'NameError', `\`${text(n)}\` raises NameError (uninitialized constant Rails): the server reads this file before it loads the app`);
    const railsEnv = (n) => {
        // Rails.env: RAILS_ENV, else RACK_ENV, else "development" (railties, Rails.env)
        for (const name of ['RAILS_ENV', 'RACK_ENV']) {
            const v = envRead(name, n);
            if (!v.known || (typeof v.value === 'string' && v.value !== ''))
                return v;
        }
        return known('development');
    };
    const pathQuery = (n, name, arg) => {
        if (!arg.known)
            return arg;
        const p = toS(arg.value);
        if (p === null || typeof arg.value !== 'string')
            return methodNotEvaluated(n);
        if (p.startsWith('~'))
            return unknown(n, `\`${text(n)}\` asks about a path under the home folder, which rack-check cannot see`);
        const abs = (0,model_paths/* resolvePath */.o)(env.appRoot, p);
        const kind = env.pathKind?.(abs);
        if (kind === undefined)
            return unknown(n, `\`${text(n)}\` asks about \`${abs}\` on the server, which rack-check cannot see`);
        if (kind === 'missing')
            return unknown(n, `\`${text(n)}\`: \`${p}\` is not in the repository, but it may exist on the server (made by a deploy hook or kept out of git)`);
        if (name === 'directory?')
            return known(kind === 'folder');
        if (name === 'file?')
            return known(kind === 'file');
        return known(true);
    };
    // --- expressions ------------------------------------------------------------------------
    const value = (n) => {
        if (++steps > LIMITS.steps)
            return stop(n);
        if (depth >= LIMITS.depth)
            return unknown(n, `\`${text(n)}\` is nested more than ${LIMITS.depth} levels deep; rack-check evaluates at most ${LIMITS.depth}`);
        depth++;
        try {
            return evaluate(n);
        }
        finally {
            depth--;
        }
    };
    const stop = (n) => {
        exhausted ??= { at: span(n), why: `\`${file.path}\` from line ${span(n).line} on: it needs more than ${LIMITS.steps} evaluation steps, and rack-check stops there` };
        return unknown(n, `\`${file.path}\` needs more than ${LIMITS.steps} evaluation steps; rack-check stops at line ${span(n).line}`);
    };
    /** the statements of a body in order, the last one's value; null for a body of several statements whose value is not needed to be known */
    const sequence = (body) => {
        if (!body)
            return known(null);
        if (kindOf(body) !== 'Statements')
            return value(body);
        const stmts = list(body, 'body');
        let last = known(null);
        for (const s of stmts) {
            last = value(s);
            if (!last.known && last.raises)
                return last;
        }
        return last;
    };
    const evaluate = (n) => {
        const kind = kindOf(n);
        if (WRITES.has(kind)) {
            const r = write(n);
            return r ? { ...unknown(n, r.why), raises: true, exception: r.exception } : (locals.get(varKey(n)) ?? notEvaluated(n));
        }
        switch (kind) {
            case 'String':
                return known(n.unescaped.value);
            case 'Symbol':
                return known({ symbol: n.unescaped.value });
            case 'Integer':
            case 'Float': {
                const num = Number(n.value);
                return Number.isSafeInteger(num) || kindOf(n) === 'Float' ? known(num) : unknown(n, `\`${text(n)}\` is larger than rack-check computes with`);
            }
            case 'True':
                return known(true);
            case 'False':
                return known(false);
            case 'Nil':
                return known(null);
            case 'SourceFile':
                return known(absPath);
            case 'SourceLine':
                return known(span(n).line);
            case 'Array': {
                const items = [];
                for (const e of list(n, 'elements')) {
                    if (kindOf(e) === 'Splat')
                        return notEvaluated(e);
                    const v = value(e);
                    if (!v.known)
                        return v;
                    items.push(v.value);
                }
                return array(n, items);
            }
            case 'RegularExpression':
                return regexpValue(n, n.unescaped.value);
            case 'InterpolatedRegularExpression': {
                const s = interpolate(n);
                return !s.known ? s : regexpValue(n, s.value);
            }
            case 'KeywordHash':
            case 'Hash':
                for (const e of list(n, 'elements')) {
                    for (const f of ['key', 'value']) {
                        const part = child(e, f);
                        const v = part ? value(part) : null;
                        if (v && !v.known && v.raises)
                            return v;
                    }
                }
                return known({ hash: true });
            case 'InterpolatedString':
                return interpolate(n);
            case 'InterpolatedSymbol': {
                const s = interpolate(n);
                return s.known ? known({ symbol: s.value }) : s;
            }
            case 'XString':
            case 'InterpolatedXString':
                return unknown(n, `\`${text(n)}\` runs a shell command when the server loads the file, which rack-check does not do`);
            case 'Parentheses':
                return sequence(child(n, 'body'));
            case 'Statements':
                return sequence(n);
            case 'LocalVariableRead':
                return locals.get(n.name) ?? unknown(n, `\`${n.name}\` is not known`);
            case 'InstanceVariableRead':
                // an instance variable never assigned is nil
                return locals.get(n.name) ?? known(null);
            case 'GlobalVariableRead':
                return locals.get(n.name) ?? unknown(n, `\`${n.name}\` (a global variable rack-check does not know)`);
            case 'ConstantRead':
            case 'ConstantPath': {
                const name = constName(n);
                const v = name === null ? undefined : locals.get('::' + name);
                if (v)
                    return v;
                if (name === 'Rails' && rails() === 'absent')
                    return railsAbsent(n);
                return unknown(n, `\`${text(n)}\` (a constant rack-check does not know)`);
            }
            case 'And': {
                const l = value(child(n, 'left'));
                return !l.known || !truthy(l.value) ? l : value(child(n, 'right'));
            }
            case 'Or': {
                const l = value(child(n, 'left'));
                return !l.known || truthy(l.value) ? l : value(child(n, 'right'));
            }
            case 'If':
            case 'Unless': {
                const c = value(child(n, 'predicate'));
                if (!c.known)
                    return c;
                const take = truthy(c.value) === (kindOf(n) === 'If');
                if (take)
                    return sequence(child(n, 'statements'));
                const other = child(n, kindOf(n) === 'If' ? 'subsequent' : 'elseClause');
                if (!other)
                    return known(null);
                return kindOf(other) === 'Else' ? sequence(child(other, 'statements')) : value(other);
            }
            case 'Case': {
                const picked = pickWhen(n);
                if (picked === null)
                    return unknown(n, `\`${text(n)}\` (a \`case\` rack-check cannot decide)`);
                if (!('body' in picked))
                    return picked;
                return sequence(picked.body);
            }
            case 'Defined':
                return definedValue(n, child(n, 'value'));
            case 'RescueModifier': {
                const v = value(child(n, 'expression'));
                if (!v.known && v.raises && rescues(v.exception, null))
                    return value(child(n, 'rescueExpression'));
                return v;
            }
            case 'Call':
                return callValue(n);
            default:
                return notEvaluated(n);
        }
    };
    const interpolate = (n) => {
        let out = '';
        for (const part of list(n, 'parts')) {
            const k = kindOf(part);
            const v = k === 'String'
                ? value(part)
                : k === 'EmbeddedStatements'
                    ? sequence(child(part, 'statements'))
                    : k === 'EmbeddedVariable'
                        ? value(child(part, 'variable'))
                        : k === 'InterpolatedString'
                            ? value(part) // adjacent literals (`"a" "#{b}"`), through value() for its depth bound
                            : notEvaluated(part);
            if (!v.known)
                return v;
            const s = toS(v.value);
            if (s === null)
                return unknown(part, `\`${text(part)}\` (interpolating a ${typeName(v.value)}, which rack-check does not format)`);
            out += s;
            if (out.length > LIMITS.size)
                return str(n, out);
        }
        return known(out);
    };
    const regexpValue = (n, source) => {
        const closing = n.closingLoc;
        const flags = closing ? file.text.slice(parse.offset(closing.startOffset) + 1, parse.offset(closing.startOffset + closing.length)) : '';
        const js = jsRegExp(source, flags);
        if (typeof js === 'string')
            return unknown(n, `\`${text(n)}\` ${js}`);
        return known({ regexp: source, flags });
    };
    /** `when` branch of a `case` that runs: its body, a raise, or null when it cannot be decided */
    const pickWhen = (n) => {
        const subjectNode = child(n, 'predicate');
        const subject = subjectNode ? value(subjectNode) : null;
        if (subject && !subject.known)
            return subject.raises ? subject : null;
        for (const w of list(n, 'conditions')) {
            for (const c of list(w, 'conditions')) {
                if (kindOf(c) === 'Splat')
                    return null;
                const v = value(c);
                if (!v.known)
                    return v.raises ? v : null;
                const hit = subject ? caseEqual(v.value, subject.value) : truthy(v.value);
                if (hit === null)
                    return null;
                if (hit)
                    return { body: child(w, 'statements') };
            }
        }
        const e = child(n, 'elseClause');
        return { body: e ? child(e, 'statements') : null };
    };
    /** `pattern === subject` for the values rack-check models; null when not modelled */
    const caseEqual = (pattern, subject) => {
        if (isRegexp(pattern)) {
            if (typeof subject !== 'string' && (subject === null || typeof subject !== 'object' || Array.isArray(subject) || !('symbol' in subject)))
                return false;
            const m = regexpMatch(pattern, typeof subject === 'string' ? subject : subject.symbol);
            return m === undefined ? null : m !== null;
        }
        if (pattern !== null && typeof pattern === 'object' && !Array.isArray(pattern) && 'hash' in pattern)
            return null;
        return equal(pattern, subject);
    };
    const regexpMatch = (re, s, sticky = false) => {
        const js = jsRegExp(re.regexp, re.flags ?? '', sticky);
        // non-ASCII subjects: Ruby matches characters, JavaScript (without `u`) UTF-16 units, and their \s and case folding differ
        if (typeof js === 'string' || !ascii(s))
            return undefined;
        return js.exec(s);
    };
    const definedValue = (n, target) => {
        const k = kindOf(target);
        const answer = (what) => known(what);
        if (k === 'LocalVariableRead')
            return answer('local-variable');
        if (k === 'InstanceVariableRead')
            return answer(locals.has(target.name) ? 'instance-variable' : null);
        if (k === 'ConstantRead' || k === 'ConstantPath') {
            const name = constName(target);
            if (name !== null && (CORE_CONSTANTS.has(name) || locals.has('::' + name)))
                return answer('constant');
            const head = railsHead(target);
            if (head) {
                const r = rails();
                if (r === 'absent')
                    return answer(null);
                if (r === 'loaded' && name === 'Rails')
                    return answer('constant');
            }
        }
        if (k === 'Call' && railsHead(target)) {
            const r = rails();
            if (r === 'absent')
                return answer(null);
            if (r === 'loaded' && (isCall(target, 'Rails', 'env') || isCall(target, 'Rails', 'root')))
                return answer('method');
        }
        return unknown(n, `\`${text(n)}\`: whether it is defined when the server reads the file depends on what was loaded before, which rack-check cannot tell`);
    };
    /** whether the expression starts with the constant `Rails` (`Rails`, `Rails::X`, `Rails.env.x`) */
    const railsHead = (n) => {
        let cur = n;
        for (let i = 0; cur && i < LIMITS.depth; i++) {
            const k = kindOf(cur);
            if (k === 'ConstantRead')
                return cur.name === 'Rails';
            if (k === 'ConstantPath') {
                if (cur.parent === null)
                    return cur.name === 'Rails';
                cur = child(cur, 'parent');
            }
            else if (k === 'Call')
                cur = child(cur, 'receiver');
            else
                return false;
        }
        return false;
    };
    const callValue = (n) => {
        const name = n.name;
        const recv = child(n, 'receiver');
        const args = argsOf(n);
        const block = child(n, 'block');
        const opaque = () => methodNotEvaluated(n);
        if (isEnv(recv))
            return envCall(n, name, args, block);
        const cls = constName(recv);
        if (cls === 'Rails') {
            const r = rails();
            if (r === 'absent')
                return railsAbsent(n);
            if (r === 'unknown')
                return railsUnknown(n);
            if (name === 'env' && args.length === 0)
                return railsEnv(n);
            if (name === 'root' && args.length === 0)
                return known(env.appRoot);
            return opaque();
        }
        if (recv && isCall(recv, 'Rails', 'env') && /^[a-z_]+\?$/.test(name) && args.length === 0) {
            // Rails.env is an ActiveSupport::EnvironmentInquirer: `production?` compares the name
            const e = value(recv);
            return !e.known ? e : known(e.value === name.slice(0, -1));
        }
        if (recv && isCall(recv, 'Rails', 'root') && name === 'join') {
            const root = value(recv);
            if (!root.known)
                return root;
            const parts = args.map(value);
            const bad = parts.find((v) => !v.known);
            if (bad)
                return bad;
            const strs = parts.map((v) => (v.known && typeof v.value === 'string' ? v.value : null));
            if (strs.some((s) => s === null))
                return opaque();
            return known([env.appRoot, ...strs].reduce((base, p) => (p.startsWith('/') ? p : base.replace(/\/+$/, '') + '/' + p)));
        }
        if (cls !== null && CPU_COUNT[cls]?.includes(name))
            return unknown(n, `\`${text(n)}\` is the machine's CPU count, unknown before deploy`);
        if (cls === 'Socket' && name === 'gethostname')
            return unknown(n, `\`${text(n)}\` is the server's host name, unknown before deploy`);
        if (cls === 'Dir' && (name === 'pwd' || name === 'getwd') && args.length === 0)
            return known(env.appRoot);
        if ((cls === 'File' && ['exist?', 'file?', 'directory?', 'exists?'].includes(name)) || (cls === 'Dir' && (name === 'exist?' || name === 'exists?'))) {
            if (args.length !== 1)
                return opaque();
            // `exists?` is gone from Ruby 3.2 (NoMethodError there), and the Ruby version is not known
            if (name === 'exists?')
                return unknown(n, `\`${text(n)}\`: \`${cls}.exists?\` was removed in Ruby 3.2 (NoMethodError there), and rack-check does not know the Ruby version`);
            return pathQuery(n, cls === 'Dir' ? 'directory?' : name, value(args[0]));
        }
        if (cls === 'File' && (name === 'join' || name === 'expand_path' || name === 'dirname' || name === 'basename')) {
            const vals = args.map(value);
            const bad = vals.find((v) => !v.known);
            if (bad)
                return bad;
            const strs = vals.map((v) => toS(v.value));
            if (strs.some((s) => s === null))
                return opaque();
            const s = strs;
            if (name === 'join')
                return str(n, s.join('/').replace(/\/+/g, '/'));
            if (name === 'dirname')
                return s.length === 1 ? known(s[0].replace(/\/[^/]*$/, '') || (s[0].startsWith('/') ? '/' : '.')) : opaque();
            if (name === 'basename') {
                if (s.length === 1)
                    return known(s[0].replace(/\/+$/, '').replace(/^.*\//, ''));
                const base = s[0].replace(/^.*\//, '');
                return s.length === 2 && s[1] !== '.*' && base.endsWith(s[1]) ? known(base.slice(0, base.length - s[1].length)) : opaque();
            }
            if (s.length < 1 || s.length > 2)
                return opaque();
            if (s[0].startsWith('~') || (s[1] ?? '').startsWith('~'))
                return opaque();
            return known(expandPath(s[0], s[1] ?? env.appRoot, env.appRoot));
        }
        if (recv === null)
            return selfCall(n, name, args, block);
        if (cls !== null && !locals.has('::' + cls))
            return opaque();
        // methods on a value
        const self = value(recv);
        if (!self.known)
            return self;
        const v = self.value;
        if (v === null && n.isSafeNavigation())
            return known(null);
        if (block)
            return opaque();
        const vals = [];
        for (const a of args) {
            if (kindOf(a) === 'Splat' || kindOf(a) === 'BlockArgument')
                return opaque();
            const x = value(a);
            if (!x.known)
                return x;
            vals.push(x.value);
        }
        return method(n, recv, v, name, vals) ?? opaque();
    };
    const envCall = (n, name, args, block) => {
        const opaque = () => methodNotEvaluated(n);
        const keyValue = args[0] ? value(args[0]) : null;
        if (keyValue && !keyValue.known)
            return keyValue;
        const key = keyValue && typeof keyValue.value === 'string' ? keyValue.value : null;
        if (key === null)
            return opaque();
        if (name === '[]')
            return envRead(key, n);
        if (name === 'fetch') {
            const v = envRead(key, n);
            if (!v.known || v.value !== null)
                return v;
            if (args[1])
                return value(args[1]);
            if (block && kindOf(block) === 'Block')
                return sequence(child(block, 'body'));
            unset = unset.filter((x) => x !== key);
            unset.push(key);
            return raising(n, 'KeyError', `\`${text(n)}\` raises KeyError: Cloud 66 does not set ${key} (unless the app's environment variables define it)`);
        }
        if (name === 'key?' || name === 'has_key?' || name === 'include?' || name === 'member?') {
            const v = envRead(key, n);
            return v.known ? known(v.value !== null) : v;
        }
        return opaque();
    };
    /** a call without a receiver used as a value */
    const selfCall = (n, name, args, block) => {
        const opaque = () => unknown(n, defined.has(name) ? `\`${text(n)}\` (a method defined in this file, which rack-check does not run)` : `\`${text(n)}\` (a method rack-check does not evaluate)`);
        if (name === '__dir__' && args.length === 0)
            return known(absPath.replace(/\/[^/]*$/, ''));
        if ((name === 'Integer' || name === 'Float') && args.length >= 1 && args.length <= 2) {
            let quiet = false;
            if (args.length === 2) {
                // Integer(x, exception: false) returns nil instead of raising; a base is not modelled
                const opts = args[1];
                const exception = kindOf(opts) === 'KeywordHash' && list(opts, 'elements').length === 1 ? list(opts, 'elements')[0] : null;
                const key = exception ? child(exception, 'key') : null;
                if (!key || kindOf(key) !== 'Symbol' || key.unescaped.value !== 'exception' || kindOf(child(exception, 'value')) !== 'False')
                    return opaque();
                quiet = true;
            }
            const v = value(args[0]);
            if (!v.known)
                return v;
            const num = rubyNumber(v.value, name === 'Float');
            if (typeof num === 'number')
                return known(num);
            if (num === undefined)
                return opaque();
            if (quiet)
                return known(null);
            return raising(n, num.exception, `\`${text(n)}\` raises ${num.exception} (${num.message(name, v.value)})`);
        }
        if (name === 'String' && args.length === 1) {
            const v = value(args[0]);
            if (!v.known)
                return v;
            const s = toS(v.value);
            return s === null ? opaque() : known(s);
        }
        if ((name === 'raise' || name === 'fail') && !block) {
            const msg = args[0] ? value(args[0]) : null;
            const shown = msg?.known && typeof msg.value === 'string' ? `: "${msg.value.slice(0, 80)}"` : '';
            const cls = args.length === 1 && msg?.known && typeof msg.value === 'string' ? 'RuntimeError' : args.length === 0 ? 'RuntimeError' : (constName(args[0]) ?? 'StandardError');
            return raising(n, cls, `\`${text(n)}\` raises ${cls}${shown}`);
        }
        if (name === 'exit' || name === 'exit!' || name === 'abort')
            return raising(n, 'SystemExit', `\`${text(n)}\` ends the server while it reads the file`);
        if (name === 'puts' || name === 'p' || name === 'print' || name === 'warn' || name === 'pp') {
            for (const a of args) {
                const v = value(a);
                if (!v.known && v.raises)
                    return v;
            }
            return known(null);
        }
        if (args.length === 0 && !block && locals.has(name))
            return locals.get(name);
        return opaque();
    };
    /** String, Integer, Array, Symbol, boolean, nil and Regexp methods; undefined when not modelled */
    const method = (n, recv, v, name, a) => {
        const o = a[0];
        const arity = (k) => a.length === k;
        switch (name) {
            case '==':
                return arity(1) ? known(equal(v, o)) : undefined;
            case '!=':
                return arity(1) ? known(!equal(v, o)) : undefined;
            case '!':
                return arity(0) ? known(!truthy(v)) : undefined;
            case 'nil?':
                return arity(0) ? known(v === null) : undefined;
            case 'freeze':
            case 'dup':
            case 'itself':
                return arity(0) ? known(v) : undefined;
        }
        if (ACTIVE_SUPPORT.has(name) && arity(0)) {
            const r = rails();
            if (r === 'absent')
                return raising(n, 'NoMethodError', `\`${text(n)}\` raises NoMethodError: \`${name}\` comes from ActiveSupport, which the server has not loaded when it reads this file`);
            if (r === 'unknown')
                return unknown(n, `\`${text(n)}\`: \`${name}\` comes from ActiveSupport, and rack-check cannot tell whether it is loaded when the server reads this file`);
            const blank = v === null || v === false || (typeof v === 'string' && /^[ \t\n\v\f\r]*$/.test(v)) || (Array.isArray(v) && v.length === 0);
            if (typeof v === 'string' && !ascii(v))
                return undefined;
            if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'hash' in v)
                return undefined;
            return known(name === 'blank?' ? blank : name === 'present?' ? !blank : blank ? null : v);
        }
        if (v === null) {
            if (name === 'to_s' && arity(0))
                return known('');
            if (name === 'to_i' && arity(0))
                return known(0);
            if (name === 'to_f' && arity(0))
                return known(0);
            if (name === 'to_a' && arity(0))
                return known([]);
            if (NOT_ON_NIL.has(name) && !NIL_METHODS.has(name))
                return raising(n, 'NoMethodError', `\`${text(n)}\` raises NoMethodError: \`${text(recv)}\` is nil here, and nil has no \`${name}\``);
            return undefined;
        }
        if (typeof v === 'string')
            return stringMethod(n, v, name, a);
        if (typeof v === 'number')
            return numberMethod(n, v, name, a);
        if (Array.isArray(v))
            return arrayMethod(n, v, name, a);
        if (typeof v === 'boolean')
            return name === 'to_s' && arity(0) ? known(String(v)) : name === '&' && arity(1) ? known(v && truthy(o)) : name === '|' && arity(1) ? known(v || truthy(o)) : undefined;
        if (typeof v === 'object' && 'symbol' in v)
            return name === 'to_s' || name === 'id2name' || name === 'name' ? (arity(0) ? known(v.symbol) : undefined) : name === 'to_sym' && arity(0) ? known(v) : undefined;
        if (isRegexp(v) && arity(1) && (name === '=~' || name === 'match?' || name === '===' || name === '!~')) {
            if (o === null)
                return known(name === '=~' ? null : false);
            if (typeof o !== 'string')
                return undefined;
            return matchResult(n, v, o, name);
        }
        return undefined;
    };
    const matchResult = (n, re, s, name) => {
        const m = regexpMatch(re, s);
        if (m === undefined)
            return unknown(n, `\`${text(n)}\` matches non-ASCII text, where Ruby's and JavaScript's regexps differ`);
        if (name === '=~')
            return known(m ? m.index : null);
        if (name === '!~')
            return known(!m);
        return known(Boolean(m));
    };
    const stringMethod = (n, v, name, a) => {
        const o = a[0];
        const arity = (k) => a.length === k;
        const strings = a.every((x) => typeof x === 'string');
        switch (name) {
            case 'to_s':
            case 'to_str':
                return arity(0) ? known(v) : undefined;
            case 'to_i': {
                if (!arity(0))
                    return undefined;
                const m = /^[ \t\n\v\f\r]*([-+]?\d+(?:_\d+)*)/.exec(v);
                const num = m ? Number(m[1].replace(/_/g, '')) : 0;
                return Number.isSafeInteger(num) ? known(num) : undefined;
            }
            case 'to_f': {
                if (!arity(0))
                    return undefined;
                const m = /^[ \t\n\v\f\r]*([-+]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?)/.exec(v);
                const num = m && /\d/.test(m[1]) ? Number(m[1].replace(/_/g, '')) : 0;
                return Number.isFinite(num) ? known(num) : undefined;
            }
            case 'to_sym':
            case 'intern':
                return arity(0) ? known({ symbol: v }) : undefined;
            case 'strip':
                // Ruby strips ASCII whitespace and NUL, not Unicode spaces (measured on Ruby 3.1)
                return arity(0) ? known(v.replace(/^[\0\t\n\v\f\r ]+/, '').replace(/[\0\t\n\v\f\r ]+$/, '')) : undefined;
            case 'lstrip':
                return arity(0) ? known(v.replace(/^[\0\t\n\v\f\r ]+/, '')) : undefined;
            case 'rstrip':
                return arity(0) ? known(v.replace(/[\0\t\n\v\f\r ]+$/, '')) : undefined;
            case 'chomp':
                if (arity(0))
                    return known(v.replace(/(\r\n|\n|\r)$/, ''));
                return arity(1) && typeof o === 'string' && o !== '' ? known(v.endsWith(o) ? v.slice(0, v.length - o.length) : v) : undefined;
            case 'downcase':
            case 'upcase':
                // Ruby maps Unicode case by its own tables: only ASCII text is certain to match
                if (!arity(0) || !ascii(v))
                    return undefined;
                return known(name === 'downcase' ? v.toLowerCase() : v.toUpperCase());
            case 'empty?':
                return arity(0) ? known(v.length === 0) : undefined;
            case 'length':
            case 'size':
                return arity(0) && ascii(v) ? known(v.length) : undefined;
            case 'start_with?':
                if (a.length === 0)
                    return known(false);
                if (a.every((x) => typeof x === 'string' || isRegexp(x))) {
                    for (const x of a) {
                        if (typeof x === 'string') {
                            if (v.startsWith(x))
                                return known(true);
                        }
                        else {
                            const m = regexpMatch(x, v, true);
                            if (m === undefined)
                                return undefined;
                            if (m)
                                return known(true);
                        }
                    }
                    return known(false);
                }
                return undefined;
            case 'end_with?':
                return strings ? known(a.some((x) => v.endsWith(x))) : undefined;
            case 'include?':
                return arity(1) && typeof o === 'string' ? known(v.includes(o)) : undefined;
            case 'delete_prefix':
                return arity(1) && typeof o === 'string' ? known(v.startsWith(o) ? v.slice(o.length) : v) : undefined;
            case 'delete_suffix':
                return arity(1) && typeof o === 'string' ? known(o !== '' && v.endsWith(o) ? v.slice(0, v.length - o.length) : v) : undefined;
            case '=~':
            case 'match?':
            case '!~':
                if (!arity(1))
                    return undefined;
                if (isRegexp(o))
                    return matchResult(n, o, v, name);
                if (name === 'match?' && typeof o === 'string')
                    return known(v.includes(o)); // a String pattern is matched literally
                if (name === '=~' && typeof o === 'string')
                    return raising(n, 'TypeError', `\`${text(n)}\` raises TypeError (String =~ String)`);
                return undefined;
            case 'sub':
            case 'gsub':
                return arity(2) && typeof a[1] === 'string' ? substitute(n, v, o, a[1], name === 'gsub') : undefined;
            case 'split':
                return split(n, v, a);
            case '+':
                if (!arity(1))
                    return undefined;
                if (typeof o === 'string')
                    return str(n, v + o);
                return raising(n, 'TypeError', `\`${text(n)}\` raises TypeError: no implicit conversion of ${o === null ? 'nil' : typeName(o)} into String`);
            case '*':
                if (!arity(1) || typeof o !== 'number' || !Number.isInteger(o) || o < 0)
                    return undefined;
                return v.length * o > LIMITS.size ? unknown(n, `\`${text(n)}\` makes a string of more than ${LIMITS.size} characters; rack-check evaluates shorter ones`) : known(v.repeat(o));
            case '===':
            case 'eql?':
                return arity(1) ? known(equal(v, o)) : undefined;
            default:
                return undefined;
        }
    };
    const substitute = (n, v, pattern, replacement, all) => {
        let re;
        if (typeof pattern === 'string')
            re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), all ? 'g' : '');
        else if (isRegexp(pattern)) {
            const js = jsRegExp(pattern.regexp, pattern.flags ?? '', false, all);
            if (typeof js === 'string' || !ascii(v))
                return undefined;
            re = js;
        }
        else
            return undefined;
        // Ruby's replacement escapes: \0 \& (the match), \1…\9, \k<name>, \` \' (before, after), \\
        const out = v.replace(re, (...m) => {
            const hasGroups = typeof m[m.length - 1] === 'object' && m[m.length - 1] !== undefined;
            const groups = (hasGroups ? m[m.length - 1] : undefined);
            const offset = m[m.length - (hasGroups ? 3 : 2)];
            const whole = m[0];
            const groupCount = m.length - (hasGroups ? 3 : 2) - 1;
            return replacement.replace(/\\(k<([^>]*)>|[0-9&`'\\])/g, (_s, code, named) => {
                if (named !== undefined)
                    return groups?.[named] ?? '';
                if (code === '0' || code === '&')
                    return whole;
                if (code === '`')
                    return v.slice(0, offset);
                if (code === "'")
                    return v.slice(offset + whole.length);
                if (code === '\\')
                    return '\\';
                return Number(code) <= groupCount ? (m[Number(code)] ?? '') : '';
            });
        });
        return str(n, out);
    };
    const split = (n, v, a) => {
        if (a.length > 1)
            return undefined; // a limit keeps trailing empty fields: not modelled
        const sep = a[0];
        let parts;
        if (sep === undefined || sep === null || sep === ' ')
            parts = v.replace(/^[\0\t\n\v\f\r ]+/, '').split(/[\0\t\n\v\f\r ]+/);
        else if (typeof sep === 'string')
            parts = sep === '' ? [...v] : v.split(sep);
        else if (isRegexp(sep)) {
            const js = jsRegExp(sep.regexp, sep.flags ?? '');
            if (typeof js === 'string' || !ascii(v))
                return undefined;
            parts = v.split(js).map((x) => x ?? '');
        }
        else
            return undefined;
        // Ruby drops trailing empty fields
        while (parts.length > 0 && parts[parts.length - 1] === '')
            parts.pop();
        return array(n, parts);
    };
    const numberMethod = (n, v, name, a) => {
        const o = a[0];
        const arity = (k) => a.length === k;
        const num = typeof o === 'number' ? o : null;
        switch (name) {
            case 'to_i':
            case 'to_int':
            case 'floor':
                return arity(0) ? known(Math.trunc(v)) : undefined;
            case 'to_f':
                return arity(0) ? known(v) : undefined;
            case 'to_s':
                return arity(0) && Number.isInteger(v) ? known(String(v)) : undefined;
            case 'positive?':
                return arity(0) ? known(v > 0) : undefined;
            case 'negative?':
                return arity(0) ? known(v < 0) : undefined;
            case 'zero?':
                return arity(0) ? known(v === 0) : undefined;
            case 'even?':
            case 'odd?':
                return arity(0) && Number.isInteger(v) ? known((Math.abs(v) % 2 === 0) === (name === 'even?')) : undefined;
            case 'abs':
                return arity(0) ? known(Math.abs(v)) : undefined;
            case '>':
            case '<':
            case '>=':
            case '<=':
                if (num === null)
                    return arity(1) && (o === null || typeof o === 'string') ? raising(n, 'ArgumentError', `\`${text(n)}\` raises ArgumentError: comparison of Integer with ${o === null ? 'nil' : 'String'} failed`) : undefined;
                return known(name === '>' ? v > num : name === '<' ? v < num : name === '>=' ? v >= num : v <= num);
            case '+':
            case '-':
            case '*': {
                if (num === null)
                    return arity(1) && (o === null || typeof o === 'string') ? raising(n, 'TypeError', `\`${text(n)}\` raises TypeError: ${o === null ? 'nil' : 'String'} can't be coerced into Integer`) : undefined;
                const r = name === '+' ? v + num : name === '-' ? v - num : v * num;
                return Number.isSafeInteger(r) || !Number.isInteger(v) || !Number.isInteger(num) ? known(r) : undefined;
            }
            case '===':
            case 'eql?':
                return arity(1) ? known(equal(v, o)) : undefined;
            default:
                return undefined;
        }
    };
    const arrayMethod = (n, v, name, a) => {
        const o = a[0];
        const arity = (k) => a.length === k;
        switch (name) {
            case 'first':
                return arity(0) ? known(v[0] ?? null) : undefined;
            case 'last':
                return arity(0) ? known(v[v.length - 1] ?? null) : undefined;
            case 'size':
            case 'length':
            case 'count':
                return arity(0) ? known(v.length) : undefined;
            case 'empty?':
                return arity(0) ? known(v.length === 0) : undefined;
            case 'any?':
                return arity(0) ? known(v.some(truthy)) : undefined;
            case 'include?':
                return arity(1) ? known(v.some((x) => equal(x, o ?? null))) : undefined;
            case 'compact':
                return arity(0) ? array(n, v.filter((x) => x !== null)) : undefined;
            case '[]':
                return arity(1) && typeof o === 'number' && Number.isInteger(o) ? known(v[o < 0 ? v.length + o : o] ?? null) : undefined;
            case 'min':
            case 'max': {
                if (!arity(0))
                    return undefined;
                if (v.length === 0)
                    return known(null);
                if (!v.every((x) => typeof x === 'number'))
                    return undefined;
                return known(name === 'min' ? Math.min(...v) : Math.max(...v));
            }
            case 'join': {
                const sep = a.length === 0 ? '' : typeof o === 'string' ? o : null;
                if (sep === null || a.length > 1)
                    return undefined;
                const parts = v.map(toS);
                if (parts.some((p) => p === null))
                    return undefined;
                return str(n, parts.join(sep));
            }
            case 'to_a':
                return arity(0) ? known(v) : undefined;
            default:
                return undefined;
        }
    };
    // --- statements -------------------------------------------------------------------------
    const varKey = (n) => {
        const k = kindOf(n);
        return k.startsWith('Constant') ? '::' + n.name : n.name;
    };
    /** stores a value, as unknown when it is assigned under a condition rack-check cannot evaluate */
    const store = (map, key, v, n, label) => {
        if (condition) {
            const before = map.get(key);
            const same = before && before.known && v.known && equal(before.value, v.value);
            map.set(key, same ? v : { known: false, at: span(n), why: `\`${label}\` is assigned on line ${span(n).line} under a condition rack-check cannot evaluate` });
        }
        else
            map.set(key, v);
    };
    /** an assignment; the raise when evaluating the value raises */
    const write = (n) => {
        const k = kindOf(n);
        const key = varKey(n);
        const before = locals.get(key) ?? (k.startsWith('InstanceVariable') ? known(null) : undefined);
        let v;
        if (k.endsWith('OrWrite')) {
            if (before?.known && truthy(before.value))
                return null;
            if (before && !before.known)
                v = before;
            else
                v = value(child(n, 'value'));
        }
        else if (k.endsWith('AndWrite')) {
            if (!before || (before.known && !truthy(before.value)))
                return null;
            v = before.known ? value(child(n, 'value')) : before;
        }
        else if (k.endsWith('OperatorWrite')) {
            const r = value(child(n, 'value'));
            const op = n.binaryOperator;
            v = !before ? notEvaluated(n) : !before.known ? before : !r.known ? r : (method(n, n, before.value, op, [r.value]) ?? notEvaluated(n));
        }
        else
            v = value(child(n, 'value'));
        if (!v.known && v.raises)
            return { at: v.at, why: v.why, exception: v.exception ?? 'StandardError' };
        store(locals, key, v, n, key.replace(/^::/, ''));
        return null;
    };
    /** Walks statements in order under the current condition; returns the raise that stops them. */
    const walk = (body) => {
        if (!body)
            return null;
        if (kindOf(body) !== 'Statements')
            return statement(body);
        for (const s of list(body, 'body')) {
            if (exhausted)
                return null;
            const r = statement(s);
            if (r)
                return r;
        }
        return null;
    };
    /** Walks a body that runs only under an unknown condition: a raise there may or may not happen. */
    const walkUnder = (at, body) => {
        const saved = condition;
        condition ??= at;
        const r = walk(body);
        condition = saved;
        if (r)
            config.mayRaise.push({ at: r.at, why: r.why });
    };
    const branch = (predicate, then, otherwise, unless) => {
        const c = value(predicate);
        if (!c.known && c.raises)
            return asRaise(c);
        if (c.known)
            return truthy(c.value) !== unless ? walk(then) : walk(otherwise);
        walkUnder(span(predicate), then);
        walkUnder(span(predicate), otherwise);
        return null;
    };
    const asRaise = (v) => ({ at: v.at, why: v.why, exception: v.exception ?? 'StandardError' });
    const elseBody = (n) => (!n ? null : kindOf(n) === 'Else' ? child(n, 'statements') : n);
    /** whether a `rescue` clause (null: a bare `rescue`, which catches StandardError) catches the exception */
    const rescues = (exception, clause) => {
        const classes = clause ? list(clause, 'exceptions') : [];
        const wanted = classes.length === 0 ? ['StandardError'] : classes.map(constName);
        if (wanted.some((w) => w === null))
            return null;
        for (let e = exception ?? 'StandardError'; e; e = EXCEPTION_PARENT[e])
            if (wanted.includes(e))
                return true;
        return exception && exception in EXCEPTION_PARENT ? false : null;
    };
    const statement = (n) => {
        if (++steps > LIMITS.steps) {
            stop(n);
            return null;
        }
        if (depth >= LIMITS.depth) {
            config.opaque.push({ at: span(n), why: `\`${text(n)}\`, nested more than ${LIMITS.depth} levels deep (rack-check reads at most ${LIMITS.depth})` });
            return null;
        }
        depth++;
        try {
            return statementAt(n);
        }
        finally {
            depth--;
        }
    };
    const statementAt = (n) => {
        const k = kindOf(n);
        if (WRITES.has(k))
            return write(n);
        switch (k) {
            case 'MultiWrite': {
                const v = value(child(n, 'value'));
                if (!v.known && v.raises)
                    return asRaise(v);
                const targets = list(n, 'lefts');
                const simple = !child(n, 'rest') && list(n, 'rights').length === 0 && targets.every((t) => ['LocalVariableTarget', 'InstanceVariableTarget', 'ConstantTarget'].includes(kindOf(t)));
                targets.forEach((t, i) => {
                    const key = kindOf(t) === 'ConstantTarget' ? '::' + t.name : t.name;
                    const item = !simple ? notEvaluated(n) : !v.known ? v : Array.isArray(v.value) ? known(v.value[i] ?? null) : known(i === 0 ? v.value : null);
                    store(locals, key, item, n, key.replace(/^::/, ''));
                });
                return null;
            }
            case 'IndexOrWrite':
            case 'IndexAndWrite':
            case 'IndexOperatorWrite': {
                if (!isEnv(child(n, 'receiver')))
                    return expression(n);
                const keyNode = argsOf(n)[0];
                const key = keyNode ? value(keyNode) : null;
                if (!key?.known || typeof key.value !== 'string') {
                    envTaint ??= { at: span(n), what: `\`${text(n)}\`` };
                    return null;
                }
                const before = envRead(key.value, n);
                let v;
                if (k === 'IndexOrWrite')
                    v = before.known && before.value !== null ? null : !before.known ? before : value(child(n, 'value'));
                else if (k === 'IndexAndWrite')
                    v = before.known && before.value === null ? null : !before.known ? before : value(child(n, 'value'));
                else
                    v = unknown(n, `\`${text(n)}\` (Ruby rack-check does not evaluate)`);
                if (v && !v.known && v.raises)
                    return asRaise(v);
                if (v?.known && v.value !== null && typeof v.value !== 'string')
                    return envTypeError(n);
                if (v)
                    store(envWrites, key.value, v, n, `ENV["${key.value}"]`);
                return null;
            }
            case 'If':
                return branch(child(n, 'predicate'), child(n, 'statements'), elseBody(child(n, 'subsequent')), false);
            case 'Unless':
                return branch(child(n, 'predicate'), child(n, 'statements'), elseBody(child(n, 'elseClause')), true);
            case 'And':
                return branch(child(n, 'left'), child(n, 'right'), null, false);
            case 'Or':
                return branch(child(n, 'left'), child(n, 'right'), null, true);
            case 'Parentheses':
                return walk(child(n, 'body'));
            case 'Begin':
                return beginStatement(n);
            case 'RescueModifier': {
                const r = statement(child(n, 'expression'));
                if (r && rescues(r.exception, null))
                    return statement(child(n, 'rescueExpression'));
                return r;
            }
            case 'Case': {
                const picked = pickWhen(n);
                if (picked && !('body' in picked))
                    return asRaise(picked);
                if (picked)
                    return walk(picked.body);
                // which branch runs is not known: every branch is conditional
                const at = span(n);
                for (const w of list(n, 'conditions'))
                    walkUnder(at, child(w, 'statements'));
                walkUnder(at, elseBody(child(n, 'elseClause')));
                return null;
            }
            case 'Def':
                defined.add(n.name);
                return null;
            case 'While':
            case 'Until':
            case 'For':
                if (containsCall(n))
                    config.opaque.push({ at: span(n), why: `the loop \`${text(n)}\`` });
                return null;
            case 'Call':
                return call(n);
            case 'Class':
            case 'Module':
            case 'SingletonClass':
                // their bodies run with the class as self: Puma's and Unicorn's directives are not there
                return null;
            default:
                return expression(n);
        }
    };
    /** `ENV["X"] = 3` raises TypeError in Ruby (ENV holds strings; nil deletes) */
    const envTypeError = (n) => asRaise(raising(n, 'TypeError', `\`${text(n)}\` raises TypeError: ENV values must be strings`));
    /** a statement used only for its effect: it matters only when it raises */
    const expression = (n) => {
        const v = value(n);
        return !v.known && v.raises ? asRaise(v) : null;
    };
    const beginStatement = (n) => {
        const rescue = child(n, 'rescueClause');
        const ensure = child(n, 'ensureClause');
        const before = unknowns;
        let r = walk(child(n, 'statements'));
        if (r && rescue) {
            // the first clause that catches it runs; a clause rack-check cannot match makes the rest unknown
            let clause = rescue;
            let handled = false;
            for (let i = 0; clause && i < LIMITS.depth; i++, clause = child(clause, 'subsequent')) {
                const caught = rescues(r.exception, clause);
                if (caught === null) {
                    walkUnder(span(clause), child(clause, 'statements'));
                    config.mayRaise.push({ at: r.at, why: r.why });
                    handled = true;
                    r = null;
                    break;
                }
                if (caught) {
                    const ref = child(clause, 'reference');
                    if (ref && kindOf(ref) === 'LocalVariableTarget')
                        locals.set(ref.name, unknown(ref, `\`${ref.name}\` (the exception object)`));
                    r = walk(child(clause, 'statements'));
                    handled = true;
                    break;
                }
            }
            if (!handled) {
                if (ensure)
                    walk(child(ensure, 'statements'));
                return r;
            }
        }
        else if (!r && rescue && unknowns > before) {
            // something in the body could not be evaluated: it may have raised
            for (let clause = rescue, i = 0; clause && i < LIMITS.depth; i++, clause = child(clause, 'subsequent'))
                walkUnder(span(clause), child(clause, 'statements'));
        }
        else if (!r) {
            const e = child(n, 'elseClause');
            if (e)
                r = walk(child(e, 'statements'));
        }
        if (ensure)
            return walk(child(ensure, 'statements')) ?? r;
        return r;
    };
    /** whether a subtree calls a method without a receiver that could be a directive (iterative: no recursion on input depth) */
    const containsCall = (root) => {
        const stack = root ? [root] : [];
        while (stack.length > 0) {
            const n = stack.pop();
            if (++steps > LIMITS.steps)
                return true;
            if (kindOf(n) === 'Call' && n.receiver === null && !HARMLESS.has(n.name))
                return true;
            for (const c of n.compactChildNodes())
                stack.push(c);
        }
        return false;
    };
    const requireEffect = (n, name, arg) => {
        const lib = arg.known && typeof arg.value === 'string' ? arg.value : null;
        // dotenv copies `.env` files (not in git, on the server perhaps) into ENV
        if (lib !== null && /^dotenv\/load$/.test(lib))
            envTaint ??= { at: span(n), what: `\`${text(n)}\` (dotenv reads \`.env\` files)` };
        // app code (config/application.rb, config/environment.rb) may load Rails and set variables
        const app = name === 'require_relative' || lib === null || lib.startsWith('.') || lib.startsWith('/') || /(^|\/)(rails|active_?support|action_?\w*|active_?\w*|railties)(\/|$)/.test(lib);
        if (app) {
            railsRequire ??= span(n);
            if (name === 'require_relative' || lib === null || lib.startsWith('.') || lib.startsWith('/'))
                envTaint ??= { at: span(n), what: `\`${text(n)}\` (app code)` };
        }
    };
    const call = (n) => {
        const name = n.name;
        const recv = child(n, 'receiver');
        const block = child(n, 'block');
        if (recv !== null) {
            const cls = constName(recv);
            if (isEnv(recv) && name === '[]=') {
                const [k, v] = argsOf(n).map(value);
                if (!k || !v || !k.known || typeof k.value !== 'string') {
                    envTaint ??= { at: span(n), what: `\`${text(n)}\`` };
                    return k && !k.known && k.raises ? asRaise(k) : null;
                }
                if (!v.known && v.raises)
                    return asRaise(v);
                if (v.known && v.value !== null && typeof v.value !== 'string')
                    return envTypeError(n);
                store(envWrites, k.value, v, n, `ENV["${k.value}"]`);
                return null;
            }
            if (isEnv(recv) && ['update', 'merge!', 'replace', 'store', 'delete', 'clear'].includes(name)) {
                envTaint ??= { at: span(n), what: `\`${text(n)}\`` };
                return null;
            }
            if (cls === 'Dotenv') {
                envTaint ??= { at: span(n), what: `\`${text(n)}\` (dotenv reads \`.env\` files)` };
                return null;
            }
            if (cls === 'Dir' && name === 'chdir') {
                // relative binds and PID files are resolved against the process's directory
                config.opaque.push({ at: span(n), why: `\`${text(n)}\`, which changes the directory relative paths are resolved in` });
                return null;
            }
            // `%w[a b].each { |x| bind x }`: directives inside a block of some other method
            if (block && kindOf(block) === 'Block' && containsCall(child(block, 'body'))) {
                config.opaque.push({ at: span(n), why: `the block of \`${text(n).replace(/\s*(do|\{).*$/, '')}\`` });
                return null;
            }
            return expression(n);
        }
        if (LOADERS.has(name) || defined.has(name)) {
            config.opaque.push({ at: span(n), why: `\`${text(n)}\`` });
            return null;
        }
        if (name === 'require' || name === 'require_relative') {
            const arg = argsOf(n)[0] ? value(argsOf(n)[0]) : known(null);
            if (!arg.known && arg.raises)
                return asRaise(arg);
            requireEffect(n, name, arg);
            return null;
        }
        if (['raise', 'fail', 'exit', 'exit!', 'abort', 'puts', 'p', 'pp', 'print', 'warn', 'Integer', 'Float', 'String'].includes(name))
            return expression(n);
        unset = [];
        const args = [];
        for (const a of argsOf(n)) {
            if (kindOf(a) === 'BlockArgument')
                continue;
            const v = value(a);
            if (!v.known && v.raises)
                return asRaise(v);
            args.push(v);
        }
        config.calls.push({ name, args, at: span(n), condition, unsetVariables: [...new Set(unset)] });
        return null;
    };
    const raised = walk(child(parse.program, 'statements'));
    if (exhausted)
        config.opaque.push(exhausted);
    if (raised) {
        config.raises = { at: raised.at, why: raised.why };
        config.opaque.push({ at: raised.at, why: `\`${file.path}\` past line ${raised.at.line}: ${raised.why}, so the server stops loading the file there and exits at start` });
    }
    return config;
}
/** Why a call's effect is unknown because of the condition it sits under. */
function conditionWhy(call) {
    return `\`${call.name}\` on line ${call.at.line} runs only under the condition on line ${call.condition.line}, which rack-check cannot evaluate`;
}
/** The first argument whose value is unknown. */
function firstUnknown(call) {
    return call.args.find((a) => !a.known);
}
const invalidValue = { exception: 'ArgumentError', message: (fn, v) => `invalid value for ${fn}(): ${JSON.stringify(v)}` };
const notConvertible = { exception: 'TypeError', message: (fn, v) => `can't convert ${v === null ? 'nil' : typeof v === 'boolean' ? String(v) : 'this value'} into ${fn}` };
/**
 * Ruby's `Integer(…)` / `Float(…)` (Kernel, measured on Ruby 3.1): strict. A number, the error
 * Ruby raises, or undefined when rack-check does not model the value (hex floats, huge numbers).
 */
function rubyNumber(v, float) {
    if (typeof v === 'number')
        return float ? v : Number.isFinite(v) ? Math.trunc(v) : undefined;
    if (v === null || typeof v === 'boolean')
        return notConvertible;
    if (typeof v !== 'string')
        return Array.isArray(v) || 'symbol' in v ? notConvertible : undefined;
    // leading and trailing whitespace is allowed; underscores only between digits
    const s = v.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
    if (/[^\x20-\x7e]/.test(s))
        return invalidValue;
    const sign = s.startsWith('-') ? -1 : 1;
    const body = s.replace(/^[-+]/, '');
    let num = null;
    const digits = (d) => `[${d}]+(?:_[${d}]+)*`;
    if (new RegExp(`^0[xX]${digits('0-9a-fA-F')}$`).test(body))
        num = parseInt(body.slice(2).replace(/_/g, ''), 16);
    else if (!float && new RegExp(`^0[bB]${digits('01')}$`).test(body))
        num = parseInt(body.slice(2).replace(/_/g, ''), 2);
    else if (!float && new RegExp(`^0[oO]?_?${digits('0-7')}$`).test(body))
        num = parseInt(body.replace(/^0[oO]?_?/, '').replace(/_/g, ''), 8);
    else if (!float && new RegExp(`^0[dD]${digits('0-9')}$`).test(body))
        num = Number(body.slice(2).replace(/_/g, ''));
    else if (!float && new RegExp(`^(0|[1-9](?:_?[0-9])*)$`).test(body))
        num = Number(body.replace(/_/g, ''));
    else if (float && new RegExp(`^(${digits('0-9')})?(\\.${digits('0-9')})?([eE][-+]?${digits('0-9')})?$`).test(body) && /^\.?\d/.test(body))
        num = Number(body.replace(/_/g, ''));
    else if (float && /[pP]/.test(body) && /^0[xX]/.test(body))
        return undefined;
    if (num === null)
        return invalidValue;
    num *= sign;
    if (!Number.isFinite(num) || (!float && !Number.isSafeInteger(num)))
        return undefined;
    return num;
}
/** Ruby's `File.expand_path(path, base)` without `~`. */
function expandPath(p, base, appRoot) {
    return (0,model_paths/* resolvePath */.o)(base.startsWith('/') ? base : appRoot + '/' + base, p);
}
function ascii(s) {
    // eslint-disable-next-line no-control-regex
    return /^[\x00-\x7f]*$/.test(s);
}
/**
 * A Ruby (Onigmo) regexp as a JavaScript RegExp with the same matches on ASCII text, or why not.
 * Translated: `^`/`$` (line anchors in Ruby), `\A`, `\z`, `\Z`, `\h`; flags `i` and `m` (Ruby's
 * `m` is JavaScript's `s`). Not evaluated, because JavaScript reads them differently: `x`, `o`
 * and encoding flags, inline options `(?i)`, atomic and absent groups, possessive quantifiers,
 * `{,n}`, POSIX brackets, nested classes and `&&`, `\G \K \R \X \p{…}` and other escapes.
 */
function jsRegExp(source, flags, sticky = false, global = false) {
    if (/[^im]/.test(flags))
        return `uses the regexp flag(s) \`${flags.replace(/[im]/g, '')}\`, which rack-check does not evaluate`;
    if (!ascii(source))
        return 'has non-ASCII text, where Ruby and JavaScript regexps differ';
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const e = source[i + 1];
            if (e === undefined)
                return 'ends with a backslash';
            i++;
            if (/[dDwWsSbB]/.test(e)) {
                if (inClass && /[bB]/.test(e))
                    return 'has `\\b` in a character class';
                out += '\\' + e;
            }
            else if (e === 'A' || e === 'z' || e === 'Z') {
                if (inClass)
                    return `has \`\\${e}\` in a character class`;
                out += e === 'A' ? '(?<![\\s\\S])' : e === 'z' ? '(?![\\s\\S])' : '(?=\\n?(?![\\s\\S]))';
            }
            else if (e === 'h')
                out += inClass ? '0-9a-fA-F' : '[0-9a-fA-F]';
            else if (/[1-9]/.test(e) && !inClass)
                out += '\\' + e;
            else if (e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v' || e === '0')
                out += '\\' + e;
            else if (/[^A-Za-z0-9]/.test(e))
                out += '\\' + e;
            else
                return `uses \`\\${e}\`, which rack-check does not evaluate`;
        }
        else if (inClass) {
            if (c === '[')
                return 'has a nested character class or a POSIX bracket';
            if (c === '&' && source[i + 1] === '&')
                return 'has a character class intersection (`&&`)';
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
            if (source[i + 1] === '^')
                out += source[++i];
            if (source[i + 1] === ']')
                out += '\\' + source[++i]; // `[]a]` in Ruby: `]` first is literal
        }
        else if (c === '(' && source[i + 1] === '?') {
            const rest = source.slice(i + 2);
            if (!/^(:|=|!|<=|<!|<[A-Za-z_]\w*>)/.test(rest))
                return 'uses a group construct `(?…` that rack-check does not evaluate';
            out += c;
        }
        else if (c === '^')
            out += '(?:(?<![\\s\\S])|(?<=\\n))';
        else if (c === '$')
            out += '(?=\\n|(?![\\s\\S]))';
        else if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '+')
            return 'uses a possessive quantifier';
        else if (c === '{' && /^\{,\d+\}/.test(source.slice(i)))
            return 'uses `{,n}`, which JavaScript reads as text';
        else
            out += c;
    }
    if (inClass)
        return 'has an unclosed character class';
    const jsFlags = (flags.includes('i') ? 'i' : '') + (flags.includes('m') ? 's' : '') + (sticky ? 'y' : '') + (global ? 'g' : '');
    try {
        return new RegExp(out, jsFlags);
    }
    catch {
        return 'is not a regexp JavaScript reads the same way';
    }
}

// EXTERNAL MODULE: ./src/rules/define-rule.ts
var define_rule = __nccwpck_require__(8963);
// EXTERNAL MODULE: ./src/rules/index.ts + 42 modules
var src_rules = __nccwpck_require__(4992);
// EXTERNAL MODULE: ./src/rules/suppression-unused.ts
var suppression_unused = __nccwpck_require__(7735);
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
var shell = __nccwpck_require__(843);
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
var check_incomplete = __nccwpck_require__(792);
// EXTERNAL MODULE: ./src/servers/environment.ts
var servers_environment = __nccwpck_require__(4417);
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
                    result.cwd = (0,model_paths/* resolvePath */.o)(result.cwd, dir.text);
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

;// CONCATENATED MODULE: ./src/servers/types.ts
const SOCKET_PATH = '/tmp/web_server.sock';
const PID_PATH = '/tmp/web_server.pid';
function verdict(value, reason, at, data = {}) {
    return { value, reason, at, data };
}

;// CONCATENATED MODULE: ./src/servers/common.ts


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
        appRoot: servers_environment/* APP_ROOT */.V2,
        filePath: servers_environment/* APP_ROOT */.V2 + '/' + appPath,
        pathKind: (abs) => {
            if (abs === '/tmp')
                return 'folder';
            const rel = (0,servers_environment/* appRelative */.UH)(abs);
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
    return (0,model_paths/* resolvePath */.o)(ctx.command.cwd ?? '/', p);
}
/** Socket verdict from a complete list of listeners. */
function socketFromListeners(listeners, fallbackAt, cwd) {
    const unix = listeners.filter((l) => l.kind === 'unix');
    for (const l of unix) {
        if (l.path === undefined)
            continue;
        if (!l.path.startsWith('/') && cwd === null)
            return undecided('unknown-value', l.at, { text: l.text });
        if ((0,model_paths/* resolvePath */.o)(cwd ?? '/', l.path) === SOCKET_PATH)
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
/**
 * Puma and Unicorn exit at start when the folder of a Unix socket or PID file is missing
 * (measured: Errno::ENOENT from `File.write` and `realdirpath`). /tmp exists; a folder in the
 * repository exists; anything else cannot be known from the files.
 */
function missingFolder(ctx, paths, cwd, created = []) {
    for (const { path, at } of paths) {
        if (path.startsWith('@'))
            continue; // abstract socket
        const abs = (0,model_paths/* resolvePath */.o)(cwd ?? servers_environment/* APP_ROOT */.V2, path);
        const dir = abs.replace(/\/[^/]*$/, '') || '/';
        if (dir === '/tmp' || dir === '/')
            continue;
        const rel = (0,servers_environment/* appRelative */.UH)(dir);
        if (rel !== null && (ctx.isFolder(rel) || created.includes(rel)))
            continue;
        const shown = rel === null ? `\`${dir}\`` : `\`${rel}\` (not in the repository)`;
        return { at, why: `it writes \`${(0,servers_environment/* appRelative */.UH)(abs) ?? abs}\` into ${shown}, and the server exits at start if that folder is missing on the server` };
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
        return { path: PID_PATH, at: v.at };
    return v.reason === 'other-path' && v.data.path ? { path: v.data.path, at: v.at } : null;
}
function pidFromPath(path, at, cwd, text = path ?? '') {
    if (path === null)
        return verdict(false, 'none', at);
    if (!path.startsWith('/') && cwd === null)
        return undecided('unknown-value', at, { text });
    const abs = (0,model_paths/* resolvePath */.o)(cwd ?? '/', path);
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
        const base = cwd === null ? null : (0,servers_environment/* appRelative */.UH)(cwd);
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

;// CONCATENATED MODULE: ./src/servers/puma-dsl.ts



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
    const v5 = atLeast(version, '5.0.0');
    const binds = { list: null };
    for (const path of files) {
        const read = ctx.config.ruby(path, configEnvironment(ctx, path));
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
    const unknown = firstUnknown(call);
    if (name === 'daemonize' && v5) {
        // Puma 5 removed the directive: calling it raises NameError while the config is loaded
        if (call.condition)
            level.mayFail ??= { at: call.at, why: conditionWhy(call) };
        else
            level.problems.push({ at: call.at, kind: 'config-removed-daemon', data: { option: 'daemonize', path: call.at.file } });
        return;
    }
    if (name === 'bind' || name === 'port' || name === 'ssl_bind' || name === 'clear_binds!') {
        if (level.binds && !level.binds.known)
            return;
        if (call.condition) {
            level.binds = { known: false, at: call.at, why: conditionWhy(call) };
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
            listeners.push(tcpListener(`${name === 'ssl_bind' ? 'ssl' : 'tcp'}://${host}:${port}`, host, port, call.at, 'config'));
        }
        level.binds = { known: true, value: listeners, at: call.at };
        return;
    }
    const directive = SCALAR_DIRECTIVES[name];
    if (!directive)
        return;
    if (call.condition) {
        level.settings.set(directive.key, { known: false, at: call.at, why: conditionWhy(call) });
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
        return tcpListener(text, hp[1], hp[2] ? Number(hp[2]) : null, at, origin);
    }
    return null;
}
/** Where a file setting was written, for messages: `config/puma.rb:7`. */
function where(at) {
    return `${at.file}:${at.line}`;
}

;// CONCATENATED MODULE: ./src/servers/signals.ts
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
    { version: '7.0.0', from: '7.0' },
    // Integer(port) refuses an empty -p (measured: __tests__/conformance/cases/live-var-puma8_0_2-p-quoted)
    { version: '8.0.2', from: '8.0' }
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
        out.push({ at: optionSpan(ctx, o), kind: 'invalid-value', data: { option: o.written, value: o.value.text, why } });
    };
    const integer = (t) => t !== undefined && /^\s*[+-]?\d[\d_]*\s*$/.test(t);
    for (const o of parsed.options) {
        if (!o.value || o.value.unknown)
            continue;
        const t = o.value.text;
        if (o.spec.key === 'port' && !(atLeast(version, '8.0.0') ? /^\d+$/.test(t) : /^\d*$/.test(t)))
            bad(o, 'not a port number');
        else if (o.spec.key === 'workers' && atLeast(version, '7.0.0') && !integer(t) && t !== 'auto')
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
    if (rackup && !rackup.unknown && cwd !== null && !lastOption(parsed, 'dir')) {
        const rel = (0,servers_environment/* appRelative */.UH)(absolute(ctx, rackup.text));
        if (rel !== null && !ctx.exists(rel))
            out.push({ at: wordSpan(ctx, rackup), kind: 'no-app', data: { text: rackup.text } });
    }
    return out;
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
    signal: pumaSignal,
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
        const problems = valueProblems(ctx, parsed, version);
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
                const rel = (0,servers_environment/* appRelative */.UH)(absolute(ctx, o.value.text));
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
            const base = cwd === null ? null : (0,servers_environment/* appRelative */.UH)(cwd);
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
        const file = configFiles.length > 0 && configUnknown === null ? pumaFileLevel(ctx, configFiles, version) : null;
        if (file && file.problems.length > 0)
            return notStarted(ctx, file.problems);
        // when the config file cannot be followed, everything it could set is unknown
        const blind = configUnknown ? undecided('config-file', configUnknown, { files: configFiles.join(', ') }) : file ? unfollowable(file, ctx.commandSpan, configFiles.join(', ')) : null;
        const fromFile = (key) => (blind ? undefined : file?.settings.get(key));
        const unknownSetting = (s) => undecided('config-value', s.at, { why: s.why });
        // state_path in the file is Puma's state file too
        const stateFile = fromFile('state_path');
        if (!state && stateFile?.known && typeof stateFile.value === 'string' && absolute(ctx, stateFile.value) === SOCKET_PATH) {
            flagNotes.push({ at: stateFile.at, kind: 'puma-state', data: { text: stateFile.value } });
        }
        // daemonizing: -d/--daemon or `daemonize` on 3–4 (5+ stopped above)
        const daemonOpt = lastOption(parsed, 'daemon');
        const daemonFile = fromFile('daemonize');
        const daemonizes = daemonOpt
            ? verdict(true, 'flag', optionSpan(ctx, daemonOpt), { option: daemonOpt.written })
            : blind
                ? blind
                : !daemonFile
                    ? verdict(false, 'foreground', ctx.commandSpan)
                    : !daemonFile.known
                        ? unknownSetting(daemonFile)
                        : verdict(truthy(daemonFile.value), truthy(daemonFile.value) ? 'config' : 'foreground', daemonFile.at, { option: 'daemonize', where: where(daemonFile.at) });
        // listeners: any on the command line replace every bind of the config file
        let listeners;
        let socket;
        if (unknownListener) {
            listeners = null;
            socket = undecided('unknown-value', unknownListener.at, { text: unknownListener.text });
        }
        else if (cliListeners.length > 0) {
            listeners = cliListeners;
            socket = socketFromListeners(cliListeners, ctx.commandSpan, cwd);
            const lost = file?.binds?.known ? file.binds.value.find((l) => l.kind === 'unix' && l.path !== undefined && absolute(ctx, l.path) === SOCKET_PATH) : undefined;
            if (socket.value === false && lost)
                socket = { ...socket, data: { ...socket.data, overrides: `${lost.text}\` on ${where(lost.at)}` } };
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
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else {
            listeners = [tcpListener('tcp://0.0.0.0:9292', '0.0.0.0', 9292, ctx.commandSpan, 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const stateNote = flagNotes.find((n) => n.kind === 'puma-state');
        if (socket.value === false && stateNote)
            socket = verdict(false, 'state-file', stateNote.at, stateNote.data);
        const pidOpt = lastOption(parsed, 'pidfile');
        const pidSetting = fromFile('pidfile');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
                : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
            : blind
                ? blind
                : !pidSetting
                    ? pidFromPath(null, ctx.commandSpan, cwd)
                    : !pidSetting.known
                        ? unknownSetting(pidSetting)
                        : typeof pidSetting.value === 'string'
                            ? pidFromPath(pidSetting.value, pidSetting.at, cwd)
                            : pidFromPath(null, pidSetting.at, cwd);
        const folder = blind ? null : missingFolder(ctx, writtenPaths(listeners, pidWritten(pidFile)), cwd);
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
        const o = lastOption(parsed, option);
        if (o)
            return { value: o.value?.unknown ? null : cliValue(o), at: optionSpan(ctx, o), origin: 'command-line', ...(o.value?.unknown ? { why: `\`${o.value.text}\` is not known` } : {}) };
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
    if (atLeast(version, '5.0.0') && ctx.command.unknownEnv.has('WEB_CONCURRENCY'))
        envWorkers = { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is set to a value rack-check cannot know' };
    else if (atLeast(version, '5.0.0') && ctx.command.env.has('WEB_CONCURRENCY')) {
        const n = /^\s*\d+/.exec(ctx.command.env.get('WEB_CONCURRENCY'));
        envWorkers = n ? { value: Number(n[0]), at: ctx.commandSpan, origin: 'environment' } : { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is not a number' };
    }
    // Puma 3–6 read `-w` with `to_i` (leading digits, else 0); 7+ refuse anything else at start
    const workers = pick('workers', 'workers', (o) => (/^\d+$/.test(o.value.text) ? Number(o.value.text) : atLeast(version, '7.0.0') ? null : Number(/^\s*\d*/.exec(o.value.text)[0].trim() || 0)), envWorkers);
    const pruneBundler = pick('prune-bundler', 'prune_bundler', () => true, off);
    // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md);
    // 5–6 when WEB_CONCURRENCY > 1, read before the command line and config (servers.md §1.6)
    const cluster = typeof workers.value === 'number' && workers.value > 1;
    let preloadDefault = off;
    if (atLeast(version, '5.0.0') && !atLeast(version, '7.0.0') && envWorkers.origin === 'environment') {
        preloadDefault = envWorkers.value === null ? { ...envWorkers } : { value: envWorkers.value > 1, at: envWorkers.at, origin: 'environment' };
    }
    else if (atLeast(version, '7.0.0') && pruneBundler.value !== true) {
        preloadDefault = workers.value === null || pruneBundler.value === null ? { value: null, at: workers.at, origin: 'default', why: workers.why ?? pruneBundler.why } : { value: cluster, at: cluster ? workers.at : null, origin: 'default' };
    }
    const redirect = pick('redirect-stdout', 'redirect', () => true, pick('redirect-stderr', 'redirect', () => true, off));
    return {
        workers,
        preload: pick('preload', 'preload', () => true, preloadDefault),
        pruneBundler,
        forkWorker: atLeast(version, '5.0.0') ? pick('fork-worker', 'fork_worker', () => true, off) : off,
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
                : { ...stopped(signal, true, 'treats HUP like INT and stops, because its output is not redirected (HUP only reopens logs with `stdout_redirect`)'), cause: { setting: 'stdout_redirect', at: null, text: 'stdout_redirect' } };
        }
        case 'term':
        case 'int':
            return stopped(signal, true);
        case 'quit':
        case 'kill':
            return stopped(signal, false);
        case 'ttin':
        case 'ttou':
            if (cluster === null)
                return unknown(workers, 'workers');
            return cluster
                ? { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false }
                : { ...untrapped(signal), does: `has no ${signal.toUpperCase()} handler in single mode, and the kernel discards the signal for a server that leads its own session (as under systemd): nothing happens` };
        case 'urg':
            return { effect: 'none', does: s.forkWorker?.value === true ? 'reforks its workers from worker 0 and restarts nothing' : 'ignores URG', dropsRequests: false };
        case 'pwr':
            // Puma 8 prints thread backtraces on PWR; before that it is untrapped (terminate)
            return version !== null && atLeast(version, '8.0.0') ? { effect: 'none', does: 'prints thread backtraces', dropsRequests: false } : untrapped(signal);
        default:
            return untrapped(signal);
    }
}

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
function pumaHandlerConfig(ctx, base, environment) {
    const prefix = base ? base + '/' : '';
    const path = [`config/puma/${environment}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f));
    if (!path)
        return null;
    const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
    // with no locked Puma the current behaviour (5+) is modelled; `daemonize` then makes boots unknown below
    const file = pumaFileLevel(ctx, [path], pumaVersion ?? '7.0.0');
    if (pumaVersion === null && file.problems.some((p) => p.kind === 'config-removed-daemon')) {
        file.mayFail ??= { at: file.problems[0].at, why: '`daemonize` fails on Puma 5.0 and later, and no Puma version is locked' };
        file.problems = file.problems.filter((p) => p.kind !== 'config-removed-daemon');
    }
    const s = file.settings.get('pidfile');
    const pid = !s ? null : !s.known ? undecided('config-value', s.at, { why: s.why }) : typeof s.value === 'string' ? pidFromPath(s.value, s.at, ctx.command.cwd) : null;
    return { path, file, pid };
}
/**
 * What Puma's config file changes under a launcher (rackup, rails server): the files it loads,
 * whether they can be followed, the PID file (the launcher's or the config's) and whether it
 * starts. The caller stops first on `config.file.problems`.
 */
function underHandler(ctx, config, launcherPid) {
    const blind = config ? unfollowable(config.file, ctx.commandSpan, config.path) : null;
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
            return notStudied(launcher === 'rackup' ? 'rackup with this server' : '`rails server` with this server');
        const pumaVersion = typeof s.pumaVersion?.value === 'string' ? s.pumaVersion.value : null;
        const measured = pumaVersion !== null && atLeast(pumaVersion, '5.0.0') && !atLeast(pumaVersion, '6.0.0');
        switch (signal) {
            case 'hup': {
                const r = s.redirectsOutput;
                if (!r || r.value === null)
                    return { effect: 'unknown', does: 'depends on `stdout_redirect` in the Puma config, which rack-check cannot know', dropsRequests: null, why: r?.why ?? '`stdout_redirect` is not known' };
                return r.value === true
                    ? { effect: 'reopen-logs', does: `reopens its log files (Puma's config redirects output) and keeps serving the same code`, dropsRequests: false, cause: { setting: 'stdout_redirect', at: r.at, text: 'stdout_redirect' } }
                    : stopped(signal, true, `runs Puma's launcher, which treats HUP like INT and stops because its output is not redirected (HUP only reopens logs with \`stdout_redirect\` in config/puma.rb)`);
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
                return stopped(signal, true);
            case 'quit':
            case 'kill':
                return stopped(signal, false);
            default:
                return untrapped(signal);
        }
    };
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
    signal: launcherSignal('rackup'),
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
        // a word left over after the options is the rackup file: one that does not exist stops rackup
        // with "configuration … not found" (measured on rack 2.2.22: live-var-rackup-p-first)
        const configWord = parsed.positional[0];
        if (configWord && !configWord.unknown && cwd !== null) {
            const rel = (0,servers_environment/* appRelative */.UH)((0,model_paths/* resolvePath */.o)(cwd, configWord.text));
            if (rel !== null && !ctx.exists(rel))
                return notStarted(ctx, [{ at: wordSpan(ctx, configWord), kind: 'extra-argument', data: { text: configWord.text, what: 'the rackup file, and there is no such file' } }], flagNotes);
        }
        const serverOpt = lastOption(parsed, 'server');
        const handler = serverOpt?.value ? (serverOpt.value.unknown ? null : named(serverOpt.value.text)) : defaultHandler(ctx, rack3);
        const daemon = lastOption(parsed, 'daemonize') ?? lastOption(parsed, 'daemonize-noclose');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
        // rackup writes -P itself, after daemonizing, with the server's PID
        const pidOpt = lastOption(parsed, 'pid');
        const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
        // Rack 2.2's Process.daemon changes directory to "/": Puma then finds no config/puma.rb
        const base = cwd === null ? null : (0,servers_environment/* appRelative */.UH)(cwd);
        const pumaConfig = handler === 'puma' && !(daemon && !rack3) && base !== null ? pumaHandlerConfig(ctx, base, ctx.environment) : null;
        if (pumaConfig?.file.problems.length)
            return notStarted(ctx, pumaConfig.file.problems, flagNotes);
        const { configFiles, pidFile, boots } = underHandler(ctx, pumaConfig, pidOpt?.value?.unknown ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text }) : pidFromPath(pidOpt?.value?.text ?? null, pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, cwd));
        if (handler === null) {
            const at = serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan;
            return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: serverOpt?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles };
        }
        const host = lastOption(parsed, 'host');
        const port = lastOption(parsed, 'port');
        if (host?.value?.unknown) {
            return { boots, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, host), { text: host.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles };
        }
        const hostText = host?.value?.text ?? (ctx.environment === 'development' ? 'localhost' : '0.0.0.0');
        const portNum = port?.value ? parsePort(port.value) : 9292;
        const at = host ? optionSpan(ctx, host) : port ? optionSpan(ctx, port) : ctx.commandSpan;
        const listeners = [handlerListener(handler, hostText, portNum, port?.value?.text ?? '9292', at, host || port ? 'command-line' : 'default', pumaVersion)];
        let socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        if (handler === 'other' || handler === 'falcon')
            socket = undecided('unknown-server', serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan, { handler: serverOpt?.value?.text ?? handler });
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
    signal: launcherSignal('rails'),
    bands: [
        { version: '7.1.0', from: '0' },
        { version: '7.2.0', from: '7.2' }
    ],
    analyze(ctx) {
        // argv: rails server [server-name] [options]
        const args = ctx.command.argv.slice(2);
        const parsed = parseOptions(args, rails_OPTIONS, { abbreviations: false, thor: true });
        if (parsed.error) {
            // measured with Debian's Rails 6.1 and Thor 1.2.1 (__tests__/conformance/cases/live-var-rails-*):
            // an unknown option is an extra argument, and `rails server` takes none, so Thor stops with
            // 'ERROR: "rails server" was called with arguments ["-E", "production"]'; a value-taking
            // option followed by a `-` word or nothing stops with "No value provided for option"
            const e = parsed.error;
            const at = ctx.file.span(e.start, e.end);
            if (e.kind === 'invalid') {
                const suggest = e.written === '-E' ? '`-e` (`--environment`)' : e.written === '-D' ? 'nothing: under systemd the server must stay in the foreground' : 'an option `rails server --help` lists';
                return notStarted(ctx, [{ at, kind: 'thor-extra-argument', data: { option: e.written, suggest } }]);
            }
            if (e.kind === 'missing-argument')
                return notStarted(ctx, [{ at, kind: 'missing-argument', data: { option: e.written } }]);
            return notStarted(ctx, [{ at, kind: 'invalid-option', data: { option: e.written } }]);
        }
        // Thor's numeric options: `--port ""` stops with "Expected numeric value for '--port'"
        const portOpt = lastOption(parsed, 'port');
        if (portOpt?.value && !portOpt.value.unknown && !/^[+-]?\d+(\.\d+)?$/.test(portOpt.value.text)) {
            return notStarted(ctx, [{ at: optionSpan(ctx, portOpt), kind: 'invalid-value', data: { option: portOpt.written, value: portOpt.value.text, why: 'Thor expects a number' } }]);
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
            // the server Rails runs is unknown: if it is Puma, its config's `pidfile` is written too
            const base = cwd === null ? null : (0,servers_environment/* appRelative */.UH)(cwd);
            const prefix = base ? base + '/' : '';
            const pumaConfig = [`config/puma/${envName}.rb`, 'config/puma.rb'].find((f) => base !== null && ctx.exists(prefix + f));
            if (handler === null && pidFile.value !== true && pumaConfig) {
                pidFile = undecided('config-value', ctx.commandSpan, { why: `with no Gemfile.lock it cannot tell which server \`rails server\` runs; under Puma, \`${pumaConfig}\` may set the PID file` });
            }
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
        const base = cwd === null ? null : (0,servers_environment/* appRelative */.UH)(cwd);
        const pumaConfig = handler === 'puma' && base !== null ? pumaHandlerConfig(ctx, base, envName) : null;
        if (pumaConfig?.file.problems.length)
            return notStarted(ctx, pumaConfig.file.problems, flagNotes);
        // Rails writes its own PID file; Puma also writes the config's `pidfile`
        const applied = underHandler(ctx, pumaConfig, pidFile);
        const { configFiles, blind, boots } = applied;
        pidFile = applied.pidFile;
        // host and port the user did not give go to Puma's default level, where config-file binds win
        if (pumaConfig && userHost === undefined && userPort === undefined) {
            const binds = pumaConfig.file.binds;
            if (blind || (binds && !binds.known)) {
                const why = blind ?? undecided('config-value', binds.at, { why: binds && !binds.known ? binds.why : '' });
                return { boots, bootProblems: [], socket: why, pidFile, daemonizes, listeners: null, flagNotes, configFiles, settings: handlerSettings(handler, pumaConfig, blind !== null, false, ctx.lockfile?.gems.get('puma')?.version ?? null) };
            }
            if (binds?.known) {
                return { boots, bootProblems: [], socket: socketFromListeners(binds.value, ctx.commandSpan, cwd), pidFile, daemonizes, listeners: binds.value, flagNotes, configFiles, settings: handlerSettings(handler, pumaConfig, false, false, ctx.lockfile?.gems.get('puma')?.version ?? null) };
            }
        }
        const host = userHost ?? (envName === 'development' ? 'localhost' : '0.0.0.0');
        const portText = userPort ?? '3000';
        const at = bind ? optionSpan(ctx, bind) : port ? optionSpan(ctx, port) : ctx.commandSpan;
        const listener = handlerListener(handler, host, port?.value ? parsePort(port.value) : /^\d+$/.test(portText) ? Number(portText) : null, portText, at, bind || port ? 'command-line' : 'default', ctx.lockfile?.gems.get('puma')?.version ?? null);
        let socket = socketFromListeners([listener], ctx.commandSpan, cwd);
        if (listener.kind === 'tcp' && /^unix:/.test(host))
            socket = verdict(false, 'host-not-socket', at, { text: host });
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
    signal: thinSignal,
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
        // `thin start` takes no argument: one more word is passed to Controller#start, which raises
        // "wrong number of arguments (given 1, expected 0)" (measured on 1.8.1: live-var-thin-p-first)
        const extra = parsed.positional[1];
        if (extra && !extra.unknown)
            return notStarted(ctx, [{ at: wordSpan(ctx, extra), kind: 'extra-argument', data: { text: extra.text, what: 'an argument of `thin start`, which takes none' } }], flagNotes);
        // the effective options: the command line, then every key of the -C YAML file over it
        const eff = new Map();
        for (const key of THIN_KEYS) {
            const o = lastOption(parsed, key);
            if (!o)
                continue;
            const at = optionSpan(ctx, o);
            if (o.value?.unknown)
                eff.set(key, { value: null, at, unknown: `\`${o.value.text}\` is not known` });
            else
                eff.set(key, { value: o.value ? o.value.text : true, at, text: o.value ? o.value.text : o.written });
        }
        const config = lastOption(parsed, 'config');
        const configFiles = [];
        let blind = null;
        if (config?.value) {
            const at = optionSpan(ctx, config);
            const rel = config.value.unknown || ctx.command.cwd === null ? null : (0,servers_environment/* appRelative */.UH)(absolute(ctx, config.value.text));
            configFiles.push(rel ?? config.value.text);
            if (rel === null)
                blind = undecided('config-file', at, { files: config.value.text });
            else {
                const yaml = thinYaml(ctx, rel);
                if (yaml.status === 'missing')
                    return notStarted(ctx, [{ at, kind: 'missing-config', data: { path: config.value.text } }], flagNotes);
                if (yaml.status === 'unreadable')
                    blind = undecided('config-value', at, { why: `\`${rel}\` cannot be read` });
                else if (yaml.problem)
                    return notStarted(ctx, [yaml.problem], flagNotes);
                else if (yaml.opaque)
                    blind = undecided('config-value', yaml.opaque.at, { why: yaml.opaque.why });
                else {
                    for (const [k, v] of yaml.options)
                        eff.set(k, v);
                    flagNotes.push(...yaml.notes);
                }
            }
        }
        if (blind)
            return { boots: null, bootProblems: [], socket: blind, pidFile: blind, daemonizes: blind, listeners: null, flagNotes, configFiles };
        const unknownOf = (key) => {
            const e = eff.get(key);
            return e?.unknown !== undefined ? undecided(e.at.file === ctx.file.path ? 'unknown-value' : 'config-value', e.at, { text: e.text ?? '', why: e.unknown }) : null;
        };
        const str = (key) => {
            const v = eff.get(key)?.value;
            return v === null || v === undefined || v === false ? null : String(v);
        };
        const origin = (at) => (at.file === ctx.file.path ? 'command-line' : 'config');
        const chdir = eff.get('chdir');
        let cwd = ctx.command.cwd;
        if (chdir)
            cwd = chdir.unknown !== undefined || cwd === null || str('chdir') === null ? null : (0,model_paths/* resolvePath */.o)(cwd, str('chdir'));
        // Thin runs Dir.chdir before starting: a folder that does not exist stops it
        let bootUnknown;
        if (chdir && cwd !== null) {
            const rel = (0,servers_environment/* appRelative */.UH)(cwd);
            if (rel !== null && !ctx.isFolder(rel) && /\$/.test(str('chdir') ?? '')) {
                return notStarted(ctx, [{ at: chdir.at, kind: 'missing-folder', data: { path: str('chdir'), text: chdir.text ?? '' } }], flagNotes);
            }
            if (rel === null || !ctx.isFolder(rel))
                bootUnknown = { at: chdir.at, why: `Thin changes to \`${str('chdir')}\` before starting and exits if that folder does not exist on the server` };
        }
        const daemon = eff.get('daemonize');
        const daemonUnknown = unknownOf('daemonize');
        const daemonOn = daemon !== undefined && daemon.value !== false && daemon.value !== null;
        const servers = eff.get('servers');
        const serverCount = servers === undefined ? 0 : servers.unknown !== undefined ? null : servers.value === false || servers.value === null ? 0 : /^\d+$/.test(String(servers.value)) ? Number(servers.value) : null;
        // listeners: a socket drops address and port (Controller#initialize); an address with "/" is a socket
        const socketOpt = eff.get('socket');
        const address = eff.get('address');
        const port = eff.get('port');
        let listeners;
        let socket;
        const socketUnknown = socketOpt ? unknownOf('socket') : (unknownOf('address') ?? unknownOf('port'));
        if (socketUnknown) {
            listeners = null;
            socket = socketUnknown;
        }
        else if (str('socket') !== null && !str('socket').includes('/')) {
            // Server#select_backend binds a Unix socket only when the name contains "/": this is a TCP host
            return notStarted(ctx, [{ at: socketOpt.at, kind: 'thin-socket-not-path', data: { path: str('socket'), text: socketOpt.text ?? '' } }], flagNotes);
        }
        else if (str('socket') !== null || str('address')?.includes('/')) {
            const o = str('socket') !== null ? socketOpt : address;
            const path = String(o.value);
            listeners = [{ kind: 'unix', path, text: o.text ?? path, at: o.at, origin: origin(o.at) }];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else {
            const host = str('address') ?? '0.0.0.0';
            const portText = str('port') ?? '3000';
            const p = /^\d+$/.test(portText) ? Number(portText) : null;
            const at = port?.at ?? address?.at ?? ctx.commandSpan;
            listeners = [tcpListener(`${host}:${portText}`, host, p, at, port || address ? origin(at) : 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const daemonizes = daemonUnknown ?? (daemonOn ? verdict(true, origin(daemon.at) === 'config' ? 'config' : 'flag', daemon.at, { option: daemon.text ?? 'daemonize' }) : verdict(false, 'foreground', ctx.commandSpan));
        // the PID file is written only when daemonizing (Daemonizable#daemonize)
        const pidOpt = eff.get('pid');
        let pidFile;
        if (daemonUnknown)
            pidFile = daemonUnknown;
        else if (!daemonOn)
            pidFile = verdict(false, 'thin-needs-daemon', pidOpt ? pidOpt.at : ctx.commandSpan, { option: pidOpt?.text ?? '' });
        else
            pidFile = unknownOf('pid') ?? pidFromPath(str('pid') ?? 'tmp/pids/thin.pid', pidOpt ? pidOpt.at : ctx.commandSpan, cwd, pidOpt?.text);
        // a cluster renames the socket and PID file of every server
        if (servers && serverCount !== 0) {
            const at = servers.at;
            if (serverCount === null) {
                socket = undecided(origin(at) === 'config' ? 'config-value' : 'unknown-value', at, { text: servers.text ?? '', why: servers.unknown ?? '`servers` is not a number' });
                pidFile = socket;
                listeners = null;
            }
            else {
                if (listeners && socket.value === true) {
                    const path = (0,model_paths/* resolvePath */.o)(cwd ?? '/', listeners[0].path);
                    socket = verdict(false, 'cluster-renamed', at, { path: thinNumbered(path, 0), count: String(serverCount), text: ctx.file.path === at.file ? ctx.file.textAt(at) : `servers: ${serverCount}` });
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
        // USR1 reopens the log file, which fails and stops a foreground Thin when its folder is missing
        // (measured); daemonizing creates the folder (Daemonizable#daemonize). The default log is
        // log/thin.log under the folder Thin was started in (runner.rb: File.join(Dir.pwd, …)).
        const log = eff.get('log');
        let logFolder;
        if (daemonOn)
            logFolder = { value: true, at: daemon.at, origin: origin(daemon.at) === 'config' ? 'config' : 'command-line' };
        else if (!log)
            logFolder = { value: ctx.command.cwd === null ? null : ctx.isFolder((0,servers_environment/* appRelative */.UH)(ctx.command.cwd) === '' ? 'log' : `${(0,servers_environment/* appRelative */.UH)(ctx.command.cwd)}/log`), at: null, origin: 'default', why: 'the folder Thin starts in is not known' };
        else {
            const path = log.unknown !== undefined || str('log') === null || cwd === null ? null : (0,model_paths/* resolvePath */.o)(cwd, str('log'));
            const folder = path === null ? null : path.slice(0, path.lastIndexOf('/')) || '/';
            const rel = folder === null ? null : (0,servers_environment/* appRelative */.UH)(folder);
            logFolder = { value: folder === '/tmp' ? true : rel === null ? null : ctx.isFolder(rel || '.'), at: log.at, origin: origin(log.at) === 'config' ? 'config' : 'command-line', why: `whether the folder of \`${str('log') ?? log.text}\` exists on the server is not known` };
        }
        if (logFolder.value !== null)
            delete logFolder.why;
        return { boots: bootUnknown ? null : true, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings: { logFolder } };
    }
};
const THIN_KEYS = ['socket', 'address', 'port', 'pid', 'daemonize', 'servers', 'chdir', 'log'];
/**
 * Thin's `-C` file: ERB, then YAML (Psych, YAML 1.1), every key assigned over the command line
 * (`load_options_from_config_file!`). `<%= … %>` values are unknown; other ERB tags may change
 * anything. Shell-style `$VARS` are not expanded by Thin.
 */
function thinYaml(ctx, path) {
    const out = { status: 'ok', options: new Map(), notes: [], problem: null, opaque: null };
    const read = ctx.config.yaml(path);
    if (read.status === 'missing' || read.status === 'unreadable')
        return { ...out, status: read.status };
    if (read.status !== 'ok')
        return out;
    const { file, yaml } = read.value;
    const logic = /<%(?!=)/.exec(file.text);
    if (logic)
        return { ...out, opaque: { at: file.span(logic.index, logic.index + 2), why: `\`${path}\` has an ERB tag that may change any option` } };
    // an ERB output tag becomes a placeholder of the same length, so positions stay right
    const erb = [];
    const text = file.text.replace(/<%=[\s\S]*?%>/g, (m, offset) => {
        erb.push([offset, offset + m.length]);
        return 'x'.repeat(m.length);
    });
    // the YAML parser recurses once per level: not for text nested deeper than rack-check reads (docs/robustness.md)
    if ((0,yaml_tree/* yamlNestingEstimate */.se)(text) > yaml_tree/* MAX_TEXT_NESTING */.A3)
        return { ...out, opaque: { at: file.span(0, 1), why: `\`${path}\` is nested more than ${yaml_tree/* MAX_TEXT_NESTING */.A3} levels deep, more than rack-check reads` } };
    const doc = yaml.parseDocument(text, { version: '1.1', uniqueKeys: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        return { ...out, problem: { at: file.span(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)), kind: 'config-syntax', data: { path, message: e.message.split('\n')[0] } } };
    }
    if (!yaml.isMap(doc.contents))
        return out;
    for (const pair of doc.contents.items) {
        if (!yaml.isScalar(pair.key) || !pair.key.range)
            continue;
        const key = String(pair.key.value).replace(/^:/, '');
        if (!THIN_KEYS.includes(key))
            continue;
        const node = pair.value;
        const range = node && yaml.isScalar(node) && node.range ? node.range : null;
        const end = range ? range[1] : pair.key.range[1];
        const at = file.span(pair.key.range[0], end);
        const written = file.text.slice(pair.key.range[0], end).trim();
        if (range && erb.some(([a, b]) => a < range[1] && b > range[0])) {
            // `<%= ENV["NAME"] %>` is evaluated under the prediction environment; other Ruby is not
            const env = configEnvironment(ctx, path);
            let unknown = false;
            const value = file.text.slice(range[0], range[1]).replace(/<%=\s*ENV\[\s*["'](\w+)["']\s*\]\s*%>/g, (_m, name) => {
                const v = env.get(name);
                if (v === undefined)
                    unknown = true;
                return v ?? '';
            });
            if (unknown || value.includes('<%'))
                out.options.set(key, { value: null, at, text: written, unknown: `\`${written}\` in \`${path}\` is computed by ERB` });
            else
                out.options.set(key, { value: value.trim(), at, text: written });
            continue;
        }
        const value = node && yaml.isScalar(node) ? node.value : null;
        if (typeof value === 'string' && /\$\{?[A-Za-z_]/.test(value))
            out.notes.push({ at, kind: 'thin-yaml-variable', data: { key, value, path } });
        out.options.set(key, { value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null, at, text: written });
    }
    return out;
}
/**
 * Thin's signals (servers.md §2.4, measured §7.3; `Server#setup_signals`): HUP restarts the whole
 * server (`thin start` with the same options, new PID, a brief outage); others are untrapped.
 */
function thinSignal(signal, facts) {
    switch (signal) {
        case 'hup':
            // measured (servers.md §7.3): daemonized, PID 8 → 13; in the foreground the old process stays
            // on as the parent of the new `thin start`, and no PID file is written
            if (facts.daemonizes.value === false)
                return { effect: 'full-restart', does: 'stops serving and runs `thin start` again with the same options as its own child (the old process stays on as the parent): a brief outage while the new process boots', dropsRequests: true };
            return { effect: 'full-restart', does: 'stops and runs `thin start` again with the same options: a new PID and a brief outage while the new process boots', dropsRequests: true };
        case 'usr1': {
            const folder = facts.settings?.logFolder;
            if (folder?.value === false)
                return stopped(signal, false, 'tries to reopen its log file in a folder that does not exist, raises Errno::ENOENT and exits (measured: a foreground Thin with no `log/` folder)');
            if (!folder || folder.value === null)
                return { effect: 'unknown', does: 'reopens its log file if its folder exists, and exits if it does not', dropsRequests: null, why: folder?.why ?? 'the log folder is not known' };
            return { effect: 'reopen-logs', does: 'reopens its log file and keeps serving the same code', dropsRequests: false };
        }
        case 'term':
        case 'quit':
            return stopped(signal, true);
        case 'int':
        case 'kill':
            return stopped(signal, false);
        default:
            return untrapped(signal);
    }
}

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
/** `Unicorn::Configurator`: the file is evaluated after the command-line values are applied. */
function unicornFileLevel(ctx, path, cwd) {
    const level = { pending: false, opaque: null, problems: [], mayFail: null, listeners: { known: true, value: [], at: ctx.commandSpan }, cwd };
    const read = ctx.config.ruby(path, configEnvironment(ctx, path));
    if (read.status === 'pending')
        return { ...level, pending: true };
    if (read.status !== 'ok')
        return { ...level, opaque: { at: ctx.commandSpan, why: `\`${path}\` cannot be read` } };
    const config = read.value;
    if (config.syntaxErrors.length > 0) {
        level.problems.push({ at: config.syntaxErrors[0].at, kind: 'config-syntax', data: { path, message: config.syntaxErrors[0].message } });
        return level;
    }
    if (config.opaque.length > 0)
        level.opaque = { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` };
    // a file that certainly raises stops Unicorn while it loads it (model/ruby-config.ts)
    if (config.raises)
        level.problems.push({ at: config.raises.at, kind: 'config-raises', data: { path, why: config.raises.why } });
    for (const r of config.mayRaise)
        level.mayFail ??= { at: r.at, why: `${r.why} when the condition around it holds, and Unicorn then exits at start` };
    for (const call of config.calls) {
        const unknown = firstUnknown(call);
        const cond = call.condition ? conditionWhy(call) : null;
        const arg = call.args[0]?.known ? call.args[0].value : undefined;
        const setTo = (key) => {
            level[key] = cond ? { known: false, at: call.at, why: cond } : unknown ? { known: false, at: unknown.at, why: unknown.why } : { known: true, value: arg ?? null, at: call.at };
        };
        switch (call.name) {
            case 'listen': {
                if (!level.listeners.known)
                    break;
                if (cond || unknown) {
                    level.listeners = { known: false, at: call.at, why: cond ?? unknown.why };
                    break;
                }
                const text = typeof arg === 'number' ? String(arg) : typeof arg === 'string' ? arg : null;
                // expand_addr: `unix:` paths are expanded against the working directory
                const expanded = text?.startsWith('unix:') ? 'unix:' + (0,model_paths/* resolvePath */.o)(level.cwd, text.slice(5)) : text;
                const l = expanded === null ? null : unicornListen(expanded, call.at, 'config');
                if (!l) {
                    level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? '', path } });
                    break;
                }
                // appended in place: a copy of the list per `listen` made a long file quadratic (issue 12)
                level.listeners.value.push(l);
                level.listeners = { known: true, value: level.listeners.value, at: call.at };
                break;
            }
            case 'pid':
                setTo('pid');
                break;
            case 'worker_processes':
                setTo('workers');
                break;
            case 'preload_app':
                setTo('preload');
                break;
            case 'working_directory': {
                const dir = typeof arg === 'string' ? (0,model_paths/* resolvePath */.o)(level.cwd, arg) : null;
                const rel = dir === null ? null : (0,servers_environment/* appRelative */.UH)(dir);
                if (cond || unknown || dir === null)
                    level.opaque ??= { at: call.at, why: cond ?? unknown?.why ?? `\`${call.name}\` on line ${call.at.line} has a value rack-check cannot read` };
                // Dir.chdir raises when the folder does not exist: outside the app rack-check cannot tell
                else if (rel === null)
                    level.mayFail ??= { at: call.at, why: `\`${dir}\` is outside the app folder; Unicorn exits at start if it does not exist on the server` };
                else
                    level.cwd = dir;
                break;
            }
            default:
                break;
        }
    }
    return level;
}
/** A word that Ruby reads as a plain name: `eval` of it raises NameError. */
const BARE_NAME = /^[a-z_][A-Za-z0-9_]*$/;
const RUBY_KEYWORDS = new Set(['nil', 'true', 'false', 'self', '__FILE__', '__LINE__', 'p', 'puts', 'exit', 'abort']);
function model(name) {
    const rails = name === 'unicorn_rails';
    return {
        name: 'unicorn',
        gem: 'unicorn',
        signal: unicornSignal,
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
            // `-p` is typed Integer in bin/unicorn: "" or a word like `-c` is "invalid argument: -p -c"
            // (measured on 6.0.0, __tests__/conformance/cases/live-var-unicorn-p-*)
            const portOpt = lastOption(parsed, 'port');
            if (portOpt?.value && !portOpt.value.unknown && !/^\s*[+-]?\d[\d_]*\s*$/.test(portOpt.value.text)) {
                problems.push({ at: optionSpan(ctx, portOpt), kind: 'invalid-value', data: { option: portOpt.written, value: portOpt.value.text, why: 'OptionParser expects an Integer' } });
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
                // `HOST:` with no port: "Don't know how to bind" in SocketHelper#bind_listen (measured on
                // 6.0.0 with an unset `$PORT`: live-var-unicorn-l-port)
                else if (/^[^/]*:$/.test(o.value.text))
                    problems.push({ at: optionSpan(ctx, o), kind: 'invalid-value', data: { option: o.written, value: o.value.text, why: 'Unicorn does not know how to bind an address without a port' } });
                else
                    unknownAt ??= { at: valueSpan(ctx, o.value), text: o.value.text };
            }
            if (problems.length)
                return notStarted(ctx, problems, flagNotes);
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
            let file = null;
            let blind = null;
            if (config?.value) {
                const configAt = optionSpan(ctx, config);
                const rel = config.value.unknown || cwd === null ? null : (0,servers_environment/* appRelative */.UH)(absolute(ctx, config.value.text));
                if (rel !== null && !ctx.exists(rel)) {
                    return notStarted(ctx, [{ at: configAt, kind: 'missing-config', data: { path: config.value.text } }], flagNotes);
                }
                configFiles.push(rel ?? config.value.text);
                if (rel === null)
                    blind = undecided('config-file', configAt, { files: config.value.text });
                else {
                    file = unicornFileLevel(ctx, rel, cwd);
                    if (file.problems.length > 0)
                        return notStarted(ctx, file.problems, flagNotes);
                    blind = unfollowable(file, configAt, rel);
                }
            }
            const fileCwd = file && !blind ? file.cwd : cwd;
            // command-line and config listeners add up; the default 8080 only when there is none at all
            let listeners;
            let socket;
            const cliSocket = socketFromListeners(cli, ctx.commandSpan, cwd);
            if (unknownAt) {
                listeners = null;
                socket = undecided('unknown-value', unknownAt.at, { text: unknownAt.text });
            }
            else if (cliSocket.value === true) {
                listeners = blind || (file && !file.listeners.known) ? null : [...cli, ...(file?.listeners.known ? file.listeners.value : [])];
                socket = cliSocket;
            }
            else if (blind) {
                listeners = null;
                socket = blind;
            }
            else if (file && !file.listeners.known) {
                listeners = null;
                socket = undecided('config-value', file.listeners.at, { why: file.listeners.why });
            }
            else {
                const all = [...cli, ...(file?.listeners.known ? file.listeners.value : [])];
                listeners = all.length ? all : [tcpListener('0.0.0.0:8080', '0.0.0.0', 8080, ctx.commandSpan, 'default')];
                socket = socketFromListeners(listeners, ctx.commandSpan, fileCwd);
            }
            const daemon = lastOption(parsed, 'daemonize');
            const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
            // the config file's `pid` beats -P (the command line is applied first, then the file)
            let pidFile;
            const pidOpt = lastOption(parsed, 'pid');
            const pathOpt = parsed.options.find((o) => o.spec.key === 'path' && o.written === '-P');
            const pidSetting = file?.pid;
            if (blind)
                pidFile = blind;
            else if (pidSetting && !pidSetting.known)
                pidFile = undecided('config-value', pidSetting.at, { why: pidSetting.why });
            else if (pidSetting?.known)
                pidFile = typeof pidSetting.value === 'string' ? pidFromPath(pidSetting.value, pidSetting.at, fileCwd) : pidFromPath(null, pidSetting.at, fileCwd);
            else if (pidOpt?.value?.unknown)
                pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
            else if (pidOpt?.value)
                pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd);
            else if (rails && daemon)
                pidFile = pidFromPath('tmp/pids/unicorn.pid', optionSpan(ctx, daemon), fileCwd, '-D');
            else
                pidFile = pidFromPath(null, ctx.commandSpan, cwd);
            if (pathOpt && pidFile.value === false && pidFile.reason === 'none') {
                pidFile = verdict(false, 'unicorn-rails-p-is-path', optionSpan(ctx, pathOpt), { text: pathOpt.value?.text ?? '' });
            }
            const setting = (s, dflt) => blind
                ? { value: null, at: null, origin: 'config', why: blind.data.why ?? 'the config file is not evaluated' }
                : !s
                    ? { value: dflt, at: null, origin: 'default' }
                    : s.known
                        ? { value: typeof s.value === 'object' && s.value !== null ? null : s.value, at: s.at, origin: 'config' }
                        : { value: null, at: s.at, origin: 'config', why: s.why };
            const settings = { workers: setting(file?.workers, 1), preload: setting(file?.preload, false) };
            // bin/unicorn_rails creates tmp/{cache,pids,sessions,sockets} in the working directory
            const base = fileCwd === null ? null : (0,servers_environment/* appRelative */.UH)(fileCwd);
            const created = rails && base !== null ? ['cache', 'pids', 'sessions', 'sockets'].map((d) => (base ? base + '/' : '') + 'tmp/' + d) : [];
            const folder = blind ? null : missingFolder(ctx, writtenPaths(listeners, pidWritten(pidFile)), fileCwd, created);
            const bootUnknown = file?.mayFail ?? folder ?? undefined;
            const boots = blind || bootUnknown ? null : true;
            return { boots, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings };
        }
    };
}
const unicorn = model('unicorn');
const unicornRails = model('unicorn_rails');
/**
 * Unicorn's master signals (servers.md §3.3, measured §7.3; `Unicorn::HttpServer#join`). HUP
 * reloads the config file, or re-executes when there is none (`reexec`).
 */
function unicornSignal(signal, facts) {
    const newMaster = {
        effect: 'new-master',
        does: 'starts a new master beside the old one; the new master writes /tmp/web_server.pid and the old one keeps running (its PID file renamed `.oldbin`) until it is sent QUIT, usually from a `before_fork` hook in the config file',
        dropsRequests: false
    };
    switch (signal) {
        case 'usr2':
            return newMaster;
        case 'hup': {
            if (!facts.configFiles.length)
                return { ...newMaster, does: `has no config file to reload, so it re-executes: it ${newMaster.does}` };
            // Unicorn's Documentation/SIGNALS: "If the "preload_app" directive is false (the default),
            // then workers will also pick up any application code changes when restarted. If
            // "preload_app" is true, then application code changes will have no effect; USR2 + QUIT
            // (see below) must be used to load newer code in this case." Measured: __tests__/conformance/cases/live-unicorn-preload-hup.
            const preload = facts.settings?.preload;
            if (preload?.value === true) {
                return {
                    effect: 'reload-config',
                    does: 'reads its config file again and replaces its workers, but with `preload_app true` they are forked from the master, which loaded the app at start, so they keep serving the old code',
                    dropsRequests: false,
                    oldCode: true,
                    cause: { setting: 'preload', at: preload.at, text: 'preload_app true' }
                };
            }
            return {
                effect: 'reload-config',
                does: preload?.value === false
                    ? 'reads its config file again and replaces its workers gracefully, and the new workers load the new code (same master PID)'
                    : 'reads its config file again and replaces its workers gracefully (same master PID; the new code is loaded only with `preload_app false`)',
                dropsRequests: false
            };
        }
        case 'usr1':
            return { effect: 'reopen-logs', does: 'reopens its log files and keeps serving the same code', dropsRequests: false };
        case 'quit':
            return stopped(signal, true);
        case 'term':
        case 'int':
            return stopped(signal, false, `stops quickly on ${signal.toUpperCase()} (workers are killed, requests in flight are lost)`);
        case 'kill':
            return stopped(signal, false);
        case 'winch':
            return { effect: 'stop', does: 'stops all its workers gracefully and keeps only the master, which serves nothing', dropsRequests: true, graceful: true };
        case 'ttin':
        case 'ttou':
            return { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false };
        default:
            return untrapped(signal);
    }
}

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
        facts = unknownFacts('unknown-server', command.program ? wordSpan(ctx, command.program) : commandSpan, { program: command.programName });
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
            const missing = new Set(facts.bootProblems.filter((p) => p.kind === 'missing-config').map((p) => (0,servers_environment/* appRelative */.UH)((0,model_paths/* resolvePath */.o)(command.cwd ?? servers_environment/* APP_ROOT */.V2, p.data.path))));
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
            out.push({ versions: bandLabel(bands, start, k - 1), failures: perBand[start] });
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

// EXTERNAL MODULE: ./src/model/signals.ts
var signals = __nccwpck_require__(9196);
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
        return notStudied(web.program || 'this server');
    // a server that cannot start is judged as it would run once fixed
    return model.signal(signal, web.ifStarted ?? web.facts, web.version);
}
function manifestValue(manifest, key) {
    const s = manifest ? webSetting(manifest, key) : null;
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
var docs_url = __nccwpck_require__(7592);
;// CONCATENATED MODULE: ./src/check.ts
/**
 * The engine: files → model → servers → rules → sorted findings and the JSON report
 * (contract §2). Shared by the CLI and the action; touches no `process` and no network.
 */



















/**
 * Analyses one app. A parser that is null is not loaded yet: then `needs` tells whether a file
 * asked for it, and the caller loads it and analyses again.
 */
function analyzeApp(ws, root, options, parsers) {
    const { ruby, yaml } = parsers;
    const app = loadApp(ws, root, options.environment, yaml);
    const prefix = root === '' ? '' : root + '/';
    // a file a deploy hook copies into place is read from where it is copied from
    const actual = (p) => prefix + (app.replaced.get(p)?.source ?? p);
    const exists = (p) => ws.exists(actual(p));
    const isFolder = (p) => ws.isFolder(prefix + p);
    const needs = { ruby: false, yaml: app.needsYaml };
    const parsed = new Map();
    // the config files read, for their `# rack-check:` comments
    const yamlConfigs = new Map();
    const rubyConfigs = new Map();
    const evaluated = new Map();
    const read = (appPath) => {
        const r = readNoting(ws, actual(appPath), app.unreadable);
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
                needs.ruby = true;
                return { status: 'pending' };
            }
            let p = parsed.get(appPath);
            if (!p)
                parsed.set(appPath, (p = ruby(r.value)));
            // rack-check's own parser gave up (docs/robustness.md): what the server does with the file is not known
            if (p.failure)
                return { status: 'unreadable', problem: p.failure };
            rubyConfigs.set(r.value.path, { file: r.value, parse: p });
            // evaluated once per file and environment: the version bands ask again with the same one
            const byEnv = evaluated.get(appPath) ?? new Map();
            evaluated.set(appPath, byEnv);
            let c = byEnv.get(env);
            if (!c)
                byEnv.set(env, (c = evaluateRubyConfig(r.value, p, env)));
            return { status: 'ok', value: c };
        }
    };
    const analyze = (procfile, name) => {
        const entry = (0,model_procfile/* procfileEntry */.P)(procfile, name);
        return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists, isFolder, config }) : null;
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
async function check_checkDirectory(dir, options) {
    const ws = new Workspace(dir);
    const analyses = [];
    if (hasDeploymentFiles(ws, ''))
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
        .sort(compareFindings)
        .filter((f, i, all) => i === 0 || compareFindings(f, all[i - 1]) !== 0 || f.message !== all[i - 1].message);
    findings.push(...suppress(analyses, findings, options));
    findings.sort(compareFindings);
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
    const parsers = { ruby: null, yaml: null };
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
        // each pass loads at least one more parser, so this ends; a YAML file read in the second pass
        // (a deploy hook's copy) may name a Ruby file the first did not
        while ((analysis.needs.ruby && !parsers.ruby) || (analysis.needs.yaml && !parsers.yaml)) {
            if (analysis.needs.ruby)
                parsers.ruby ??= noting(await loadRubyParser());
            if (analysis.needs.yaml)
                parsers.yaml ??= await (0,yaml_tree/* loadYaml */.yv)();
            analysis = analyzeApp(ws, root, options, parsers);
        }
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
        app = loadApp(ws, root, options.environment, null);
        app.failures.push(failure(e));
    }
    catch {
        app = emptyApp(ws, root, options.environment, failure(e));
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

;// CONCATENATED MODULE: ./src/quiet-wasi.ts
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

;// CONCATENATED MODULE: ./src/reporters/json.ts

/**
 * The JSON report (contract §2). Each finding also carries `docsUrl`, the rule's page at this
 * version's tag (contract §5), so that a script can link it without knowing the repository.
 */
function formatJson(report) {
    const findings = report.findings.map((f) => ({ ...f, docsUrl: (0,docs_url/* ruleUrl */.QB)(f.rule) }));
    return JSON.stringify({ ...report, findings }, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/annotations.ts
const PER_SEVERITY = 10;
const PER_JOB = 50;
function chooseAnnotations(findings, perSeverity = PER_SEVERITY, perJob = PER_JOB) {
    const shown = [];
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const severity of ['error', 'warning', 'notice']) {
        const all = findings.filter((f) => f.severity === severity && !f.suppressed);
        // round-robin over rules: the k-th finding of each rule before the (k+1)-th of any
        const rank = new Map();
        const seen = new Map();
        for (const f of all) {
            const k = seen.get(f.rule) ?? 0;
            rank.set(f, k);
            seen.set(f.rule, k + 1);
        }
        const ordered = [...all].sort((a, b) => rank.get(a) - rank.get(b));
        const room = Math.max(0, Math.min(perSeverity, perJob - shown.length));
        shown.push(...ordered.slice(0, room));
        hidden[severity] = Math.max(0, all.length - room);
    }
    return { shown, hidden };
}
function hiddenCount(c) {
    return c.hidden.error + c.hidden.warning + c.hidden.notice;
}

;// CONCATENATED MODULE: ./src/guidance.ts

const SERVER_LABEL = {
    puma: 'Puma',
    unicorn: 'Unicorn',
    thin: 'Thin',
    passenger: 'Passenger',
    rails: '`rails server`',
    rackup: '`rackup`',
    unknown: 'the server'
};
function guidance_where(plan) {
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
        const puma7 = server.version !== null && atLeast(server.version, '7.0.0');
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
        summary: `On every deploy Cloud 66 sends ${name} (${guidance_where(plan)}): ${SERVER_LABEL[plan.server]} ${plan.effect.does}. ${requests(plan)}`,
        zeroDowntime: advice(plan, server),
        caveat: caveat(plan),
        signal: s ? `\`${block}.${s.process}.restart_signal\` at ${s.at.file}:${s.at.line} sets the signal; without it Cloud 66 would send ${plan.defaultSignal.toUpperCase()}.` : `${name} is the default for ${SERVER_LABEL[plan.server]} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}; \`restart_signal\` under \`procfile_metadata\` → \`web\` in \`.cloud66/manifest.yml\` changes it.`,
        stop: `To stop the server Cloud 66 sends \`${plan.stop.text}\`${plan.stop.setBy ? ` (stop_sequence at ${plan.stop.setBy.at.file}:${plan.stop.setBy.at.line})` : ' (the default)'}.`,
        environment: 'Changes to environment variables need a hard restart whatever the signal: a re-executed or phased process keeps the environment it was started with. Restart the web server from the Cloud 66 dashboard (or `sudo systemctl restart cloud66_web_server`) after changing them.',
        notes
    };
}

;// CONCATENATED MODULE: ./src/reporters/markdown.ts
/**
 * Text from the checked repository (paths, values, anything a message quotes) is untrusted in a
 * pull-request comment or job summary: it must not mention anyone, reference an issue (GitHub
 * links `#1`, `GH-1` and `owner/repo#1` and posts a back-reference there), open HTML, start a
 * link, a table row or a code fence, reorder the text around it (bidi controls) or hide in
 * invisible characters. `inline` turns one message into safe single-line Markdown.
 */
const ZWSP = '\u200b';
/** Longest piece of repository text rendered in one place; longer text is cut with "…". */
const MAX_TEXT = 1000;
/**
 * Bidi embeddings, overrides and isolates (U+202A–E, U+2066–9, the marks U+200E/F, U+061C) and
 * invisible characters (zero-width space/joiners, word joiner and invisible operators, BOM,
 * soft hyphen, Mongolian vowel separator): "Trojan Source" (CVE-2021-42574) and look-alike text.
 */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060-\u2064\ufeff\u00ad\u180e]/g;
/** Control characters, bidi controls or invisible characters: text that cannot be shown as it is. */
function hasHiddenCharacters(text) {
    // eslint-disable-next-line no-control-regex
    return /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/.test(text) || new RegExp(INVISIBLE.source).test(text);
}
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '').replace(INVISIBLE, '');
}
/** At most `max` characters (code points kept whole), with "…" when cut. */
function cap(text, max = MAX_TEXT) {
    if (text.length <= max)
        return text;
    let end = max;
    // never split a surrogate pair
    if (/[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return text.slice(0, end) + '…';
}
/** GitHub's reference autolinks: `#1`, `owner/repo#1`, `GH-1`; a zero-width space after `#`/`GH-` breaks them. */
function noReferences(text) {
    return text.replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`);
}
/** Plain text: every character that Markdown or HTML would act on is escaped or broken. */
function plain(text) {
    return noReferences(text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Markdown punctuation that could build links, images, emphasis, tables, code or escapes
        .replace(/[\\[\]()!*_~|#`]/g, (c) => `\\${c}`)
        // no @mention
        .replace(/@/g, `@${ZWSP}`)
        // no autolinks: break the scheme
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`));
}
/** The sticky comment's marker name: never whole in repository text (comment.ts puts it on line 1). */
const MARKER_NAME = /rack-check:sticky-comment/gi;
/**
 * Safe Markdown for one line of untrusted text (table cells included), cut to `max` characters.
 * Code spans (`…`) are kept as code, where Markdown makes nothing of mentions, links or HTML, so
 * that a flag quoted in a message can be copied as it is; only `|`, which would split a table
 * cell, is escaped there. An unpaired backtick is escaped, so repository text cannot open a span
 * (or a fence).
 */
function inline(text, max = MAX_TEXT) {
    const parts = cap(oneLine(text), max)
        .replace(MARKER_NAME, (m) => m.replace(':', `:${ZWSP}`))
        .split('`');
    // an even number of parts means an odd number of backticks: the last one opens nothing
    const open = parts.length % 2 === 0 ? parts.pop() : null;
    let out = parts.map((p, i) => (i % 2 === 0 ? plain(p) : p === '' || /^\s+$/.test(p) ? '\\`\\`' : '`' + p.replace(/\|/g, '\\|') + '`')).join('');
    if (open !== null)
        out += '\\`' + plain(open);
    return out;
}
/**
 * A URL path for a file in the repository: every segment percent-encoded, including the
 * characters encodeURIComponent leaves (`( ) * ! ' ~`), since a `)` would end the Markdown link.
 */
function pathUrl(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[()*!'~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
        .join('/');
}

;// CONCATENATED MODULE: ./src/reporters/comment.ts



/** GitHub refuses comment bodies over 65,536 characters; keep a margin for the edit. */
const MAX_BODY = 65_000;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The hidden marker that finds the comment again: one comment per pull request and folder. */
function commentMarker(workingDirectory) {
    // the folder is part of an HTML comment: keep it from closing the comment early
    return `<!-- rack-check:sticky-comment working-directory=${JSON.stringify(workingDirectory || '.').replace(/--/g, '-\\u002d')} -->`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function comment_verdict(result) {
    const s = result.report.summary;
    if (result.report.apps.length === 0)
        return '✅ **No Cloud 66 deployment files** (Procfile, `.cloud66/`) in this folder.';
    if (s.errors + s.warnings + s.notices === 0)
        return '✅ **No problems** in the Cloud 66 deployment setup.';
    const parts = [s.errors && plural(s.errors, 'error'), s.warnings && plural(s.warnings, 'warning'), s.notices && plural(s.notices, 'notice')].filter(Boolean);
    return `${s.errors ? '❌' : s.warnings ? '⚠️' : 'ℹ️'} **${parts.join(', ')}** in the Cloud 66 deployment setup.`;
}
function findingRow(f, ctx) {
    const path = ctx.workingDirectory ? `${ctx.workingDirectory}/${f.file}` : f.file;
    const lines = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
    const where = `[${inline(`${f.file}:${f.line}`)}](${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${pathUrl(path)}${lines})`;
    // a no-break space keeps the icon and the word on one line in a narrow column
    return `| ${ICON[f.severity]}&nbsp;${f.severity} | ${inline(f.message)} | ${where} | [\`${f.rule}\`](${(0,docs_url/* ruleUrl */.QB)(f.rule)}) |`;
}
/** A fence no run of backticks in the text can close (CommonMark §4.5). */
function fenced(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}\n${text}\n${fence}\n`;
}
function counted(findings) {
    const n = (s) => findings.filter((f) => f.severity === s).length;
    return [n('error') && plural(n('error'), 'error'), n('warning') && plural(n('warning'), 'warning'), n('notice') && plural(n('notice'), 'notice')].filter(Boolean).join(', ');
}
/**
 * The corrected lines, to copy: repository text, so it is one line, without the characters that
 * reorder or hide text, never cut (a cut line is not a correct one) and never carrying the marker.
 */
function correctionsSection(corrections) {
    let out = '';
    for (const c of corrections) {
        const line = c.after.replace(/\r/g, '');
        if (line.length > MAX_TEXT || hasHiddenCharacters(line))
            continue;
        out += `**${inline(c.file)} line ${c.line} should read** (fixes ${counted(c.fixes)} below):\n\n${fenced(line)}\n`;
    }
    return out;
}
function appLabel(root) {
    return root === '.' ? '' : ` (${inline(root)})`;
}
function restartParts(result) {
    let shown = '';
    let more = '';
    result.analyses.forEach((a, i) => {
        const plan = a.restart;
        const app = result.report.apps[i];
        if (!plan || !app?.webServer)
            return;
        const g = restartGuidance(plan, { version: a.web?.version ?? null, settings: (a.web?.ifStarted ?? a.web?.facts)?.settings });
        const heading = `### Restart on deploy${appLabel(app.root)}: \`${plan.effect.effect}\``;
        const bullets = [
            g.zeroDowntime && `- **Zero downtime:** ${inline(g.zeroDowntime.text)}`,
            g.caveat && `- ${inline(g.caveat)}`,
            `- **Signal:** ${inline(g.signal)}`,
            `- **Environment variables:** ${inline(g.environment)}`,
            `- **Stop:** ${inline(g.stop)}`
        ].filter(Boolean);
        const notes = g.notes.filter((n) => plan.boots !== false || !n.startsWith('As written'));
        if (plan.boots === false) {
            // noise until the errors are fixed: all of it in the details, said to be for later
            more += `${heading} (once the server starts)\n\n${inline(g.summary)}\n\n${bullets.join('\n')}\n\n`;
        }
        else {
            shown += `${heading}\n\n${inline(g.summary)}${notes.map((n) => ' ' + inline(n)).join('')}\n\n`;
            more += `${bullets.join('\n')}\n\n`;
        }
    });
    return { shown, more };
}
/** What the finding on the switch does not already say: the sources, and what is not confirmed (cloud66.md §8). */
function passengerSection(result) {
    let out = '';
    result.analyses.forEach((a, i) => {
        const change = a.change;
        if (!change || change.direction === 'none')
            return;
        const root = result.report.apps[i]?.root ?? '.';
        out += `### ${change.direction === 'to-custom' ? 'Switching from Passenger' : 'Switching to Passenger'}${appLabel(root)}\n\n`;
        out += passengerText(change.direction, change.transition.from, change.transition.to);
    });
    return out;
}
/** The Passenger switch beyond the finding's message: the documented routes and their sources (cloud66.md §8). */
function passengerText(direction, from, to) {
    const now = direction === 'to-custom' ? `Passenger serves this app today; this change asks for ${inline(to)}.` : `${inline(from)} serves this app today; without \`custom_web\` Passenger would.`;
    return (`${now} Per Cloud 66's docs:\n\n` +
        '- **A new app built from this branch** gets the new server: set `custom_web` before the app is first analyzed ([Heroku migration guide](https://help.cloud66.com/docs/getting-started/migrate-from-heroku)).\n' +
        '- **On the existing app**, scale up a new server and scale down the old one (the Passenger Enterprise page describes this).\n' +
        '- Cloud 66\'s 2025 server pages no longer repeat the caveat; whether the platform changed is not confirmed, so treat the switch as not applied until you have seen it work.\n\n');
}
function predictions(result) {
    let out = '';
    for (const app of result.report.apps) {
        const w = app.webServer;
        const yn = (v) => (v === null ? 'unknown' : v ? 'yes' : 'no');
        const label = app.root === '.' ? '' : ` ${inline(app.root)}`;
        // the web server is the header row: a table with no empty header
        if (!w) {
            out += `| web server${label} | Passenger (no \`custom_web\`) |\n| --- | --- |\n\n`;
            continue;
        }
        let rows = `| web server${label} | ${inline(`${w.server}${w.version ? ' ' + w.version : ''}`)} |\n| --- | --- |\n`;
        rows += `| boots | ${yn(w.prediction.boots)} |\n| serves \`/tmp/web_server.sock\` | ${yn(w.prediction.servesSocket)} |\n| writes \`/tmp/web_server.pid\` | ${yn(w.prediction.writesPidFile)} |\n| daemonizes | ${yn(w.prediction.daemonizes)} |\n`;
        rows += `| other TCP ports | ${w.prediction.tcpPorts === null ? 'unknown' : w.prediction.tcpPorts.join(', ') || 'none'} |\n`;
        const files = [app.files.procfile, app.files.manifest, app.files.deployHooks, ...app.files.serverConfig, app.files.lockfile].filter((f) => !!f);
        if (files.length)
            rows += `| files read | ${files.map((f) => inline(f)).join(', ')} |\n`;
        out += rows + '\n';
    }
    return out;
}
/** Everything generic, folded: a summary that says what is inside. */
function detailsBlock(result, restart) {
    const table = predictions(result);
    const booting = result.analyses.some((a) => a.restart && a.restart.boots !== false);
    const parts = [restart.more && (booting ? 'zero-downtime restarts, environment variables' : 'the restart on deploy once the server starts'), table && 'what rack-check predicts'].filter(Boolean);
    if (!parts.length)
        return '';
    const summary = parts.join('; ');
    return `<details><summary>More: ${summary}</summary>\n\n${restart.more}${table}</details>\n`;
}
function passengerDetails(result) {
    const text = passengerSection(result);
    return text ? `<details><summary>Passenger switch: what Cloud 66 documents</summary>\n\n${text}</details>\n\n` : '';
}
/** The comment body (and the job summary): never over MAX_BODY characters. */
function renderComment(result, ctx) {
    const head = `${commentMarker(ctx.workingDirectory)}\n## rack-check${ctx.workingDirectory ? ` — ${inline(ctx.workingDirectory)}` : ''}\n\n${comment_verdict(result)}\n\n`;
    const footer = `\n<sub>rack-check ${inline(result.report.tool.version)} · [rules](${(0,docs_url/* docsUrl */.fs)('docs/rules/README.md')})</sub>\n`;
    return appPart(result, ctx, head, footer, MAX_BODY);
}
/** One app's part: `head`, the notes, the corrected lines, the table, the guidance and `footer`, in at most `limit` characters. */
function appPart(result, ctx, head, footer, limit) {
    // suppressed findings are counted in one line, not listed
    const findings = result.report.findings.filter((f) => !f.suppressed);
    const suppressedCount = result.report.findings.length - findings.length;
    const suppressed = suppressedCount ? `> ${plural(suppressedCount, 'finding')} ${suppressedCount === 1 ? 'is' : 'are'} suppressed in the repository (\`# rack-check: disable=…\`); the JSON report lists them.\n\n` : '';
    const hidden = suppressed + (ctx.hiddenAnnotations ? `> ${plural(ctx.hiddenAnnotations, 'finding')} ${ctx.hiddenAnnotations === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.\n\n` : '');
    const corrections = correctionsSection(ctx.corrections ?? []);
    const restart = restartParts(result);
    const tail = restart.shown + passengerDetails(result) + detailsBlock(result, restart) + footer;
    // one line per row, the "… and N more" row included: a blank line would end the table before it
    const table = (rows, more) => rows.length === 0 && more === 0 ? '' : ['| Severity | Finding | Where | Rule |', '| --- | --- | --- | --- |', ...rows, ...(more ? [`| | … and ${plural(more, 'more finding')}: see the job summary or the JSON report | | |`] : [])].join('\n') + '\n\n';
    const rows = findings.map((f) => findingRow(f, ctx));
    let body = head + hidden + corrections + table(rows, 0) + tail;
    if (body.length <= limit)
        return body;
    // too long: keep the first rows that fit beside the rest (the "… and N more" row included)
    const fixed = (head + hidden + corrections + table([], rows.length) + tail).length + 200;
    let used = 0;
    let keep = 0;
    while (keep < rows.length && fixed + used + rows[keep].length + 1 <= limit)
        used += rows[keep++].length + 1;
    body = head + hidden + corrections + table(rows.slice(0, keep), rows.length - keep) + tail;
    return body.length <= limit ? body : body.slice(0, limit - 40) + '\n\n… (cut to fit GitHub\'s limit)\n';
}
/**
 * One comment for several app folders (the action's `working-directory` with several lines or
 * `auto`): a verdict for the set, one line per clean app, then a section per app with findings,
 * each as renderComment builds it for that app alone. `set` names the set in the marker
 * (`auto`, or the folders), so that a one-folder run keeps its own marker and comment.
 */
function renderApps(sections, set, ctx) {
    const name = (folder) => inline(folder || '.');
    const all = sections.flatMap((s) => s.result.report.findings);
    const shown = all.filter((f) => !f.suppressed);
    const totals = counted(shown);
    const noApp = sections.filter((s) => s.result.report.apps.length === 0);
    const clean = sections.filter((s) => s.result.report.apps.length > 0 && !s.result.report.findings.some((f) => !f.suppressed));
    const dirty = sections.filter((s) => s.result.report.findings.some((f) => !f.suppressed));
    const overall = totals ? `${shown.some((f) => f.severity === 'error') ? '❌' : shown.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️'} **${totals}** in ${plural(dirty.length, 'app')} of ${sections.length}.` : `✅ **No problems** in ${plural(sections.length, 'app folder')}.`;
    let head = `${commentMarker(set)}\n## rack-check — ${plural(sections.length, 'app folder')}\n\n${overall}\n\n`;
    if (ctx.hiddenAnnotations)
        head += `> ${plural(ctx.hiddenAnnotations, 'finding')} ${ctx.hiddenAnnotations === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.\n\n`;
    const serverOf = (s) => s.result.report.apps.map((a) => (a.webServer ? `${a.webServer.server}${a.webServer.version ? ' ' + a.webServer.version : ''}` : 'Passenger')).join(', ');
    const lines = [
        ...clean.map((s) => `- ✅ **${name(s.folder)}**: no problems (${inline(serverOf(s))})`),
        ...noApp.map((s) => `- ✅ **${name(s.folder)}**: no Cloud 66 deployment files (Procfile, \`.cloud66/\`)`)
    ];
    // a clean app's suppressed findings are counted here once (an app with findings counts its own)
    const suppressed = clean.reduce((n, s) => n + s.result.report.findings.length, 0);
    if (suppressed)
        lines.push(`- ${plural(suppressed, 'finding')} ${suppressed === 1 ? 'is' : 'are'} suppressed in the repository (\`# rack-check: disable=…\`); the JSON report lists them.`);
    head += lines.length ? lines.join('\n') + '\n\n' : '';
    const footer = `\n<sub>rack-check ${inline(sections[0]?.result.report.tool.version ?? '')} · [rules](${(0,docs_url/* docsUrl */.fs)('docs/rules/README.md')})</sub>\n`;
    // each app with findings gets an equal share of what is left (its rows are dropped first, as for one app)
    const share = dirty.length ? Math.max(400, Math.floor((MAX_BODY - head.length - footer.length) / dirty.length)) : 0;
    let body = head;
    for (const s of dirty) {
        const sectionHead = `---\n\n### ${name(s.folder)}\n\n${comment_verdict(s.result)}\n\n`;
        body += appPart(s.result, { ...ctx, workingDirectory: s.folder, hiddenAnnotations: 0, corrections: s.corrections }, sectionHead, '\n', share);
    }
    body += footer;
    return body.length <= MAX_BODY ? body : body.slice(0, MAX_BODY - 40) + '\n\n… (cut to fit GitHub\'s limit)\n';
}

;// CONCATENATED MODULE: ./src/cli/base.ts
/**
 * A commit read without a checkout: a pull request's base (`--base`, and the action's base read)
 * and, with the action's `source: api`, its head. The files the engine reads are fetched one by
 * one into a temporary folder (outside the workspace, removed afterwards) so that the same engine
 * can check them. From git, only its plumbing runs (`ls-tree`, `cat-file blob`: no hooks, filters
 * or textconv); links and submodules are never fetched, and neither are files over 1 MiB.
 */






class BaseError extends Error {
}
/** At most this many files of a base are fetched: the engine reads a handful. */
const MAX_BASE_FILES = 64;
/** Checks a base commit (see `checkSnapshot`); returns the report and how many files were fetched. */
async function checkBase(source, options) {
    return checkSnapshot(source, options, async (s) => ({ report: s.result.report, fetched: s.fetched }));
}
/**
 * Checks a commit fetching only the files the engine reads (each costs an API request; a
 * `GITHUB_TOKEN` has 1,000 an hour per repository, and an app with 750 locale files is common).
 * The snapshot has the commit's folders, and in place of every file not fetched yet a link that
 * leads nowhere: the engine sees the file exists (as it does in the commit) and, when it tries to
 * read one, notes it as unreadable — that list is what it wanted. Those files are fetched and the
 * check runs again, until it asks for nothing new. A file that cannot be had (too large, a link
 * or submodule in the commit, gone) stays unreadable, as it would be in a checkout.
 * `use` gets the result while the folder still exists (a renderer may read an excerpt); the folder
 * is removed when it returns or throws.
 */
async function checkSnapshot(source, options, use) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'rack-check-snapshot-'));
    // never created: the placeholders' target, outside the snapshot
    const nowhere = dir + '.not-fetched';
    const safe = (p) => p !== '' && !p.split('/').some((part) => part === '..' || part === '' || part === '.');
    try {
        const placeholders = new Set();
        const fetchable = new Set();
        const kinds = new Map();
        for (const e of source.entries) {
            if (!safe(e.path))
                continue;
            kinds.set(e.path, e);
            const target = (0,external_node_path_.join)(dir, ...e.path.split('/'));
            if (e.kind === 'folder' || e.kind === 'submodule') {
                // a submodule is a folder in a checkout
                (0,external_node_fs_namespaceObject.mkdirSync)(target, { recursive: true });
                continue;
            }
            (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            if (e.kind === 'file' && e.size > MAX_FILE_BYTES) {
                // never fetched: a sparse file of its size (no disk used), so that the engine says what it says of a checkout
                (0,external_node_fs_namespaceObject.writeFileSync)(target, '');
                (0,external_node_fs_namespaceObject.truncateSync)(target, e.size);
                continue;
            }
            (0,external_node_fs_namespaceObject.symlinkSync)((0,external_node_path_.join)(nowhere, ...e.path.split('/')), target);
            placeholders.add(e.path);
            if (e.kind === 'file')
                fetchable.add(e.path);
        }
        let fetched = 0;
        const failed = new Map();
        const fetch = async (paths) => {
            for (const path of paths) {
                // asked for once: whatever the answer, it is not asked for again
                fetchable.delete(path);
                if (fetched >= MAX_BASE_FILES) {
                    failed.set(path, 'over the limit of files fetched');
                    continue;
                }
                fetched++;
                const content = await source.read(path);
                if (content === null || content.length > MAX_FILE_BYTES) {
                    failed.set(path, content === null ? 'not readable through the API' : 'over 1 MiB');
                    continue;
                }
                const target = (0,external_node_path_.join)(dir, ...path.split('/'));
                (0,external_node_fs_namespaceObject.unlinkSync)(target);
                (0,external_node_fs_namespaceObject.writeFileSync)(target, content);
                placeholders.delete(path);
            }
        };
        // what every app reads first (model/app.ts), fetched before the first pass saves one
        await fetch(['Procfile', `Procfile_${options.environment}`, MANIFEST, DEPLOY_HOOKS, 'Gemfile.lock', 'gems.locked'].filter((p) => fetchable.has(p)));
        for (;;) {
            const result = await check_checkDirectory(dir, options);
            const wanted = [...new Set(result.analyses.flatMap((a) => a.app.unreadable.map((u) => u.path)))];
            const wantedNow = wanted.filter((p) => fetchable.has(p));
            if (wantedNow.length === 0 || fetched >= MAX_BASE_FILES) {
                const skipped = [];
                for (const path of wanted) {
                    const e = kinds.get(path);
                    const why = failed.get(path) ?? (e?.kind === 'link' ? 'a symbolic link' : e && e.kind === 'file' && e.size > MAX_FILE_BYTES ? 'over 1 MiB' : null);
                    if (why)
                        skipped.push({ path, why });
                }
                // a submodule is never read, though a checkout would have its (empty) folder
                for (const e of kinds.values())
                    if (e.kind === 'submodule')
                        skipped.push({ path: e.path, why: 'a submodule' });
                return await use({ result, dir, fetched, skipped });
            }
            await fetch(wantedNow);
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The base as the local git history has it: `ls-tree` for the entries, `cat-file blob` per file. */
async function gitBaseSource(dir, ref) {
    const { execFileSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    const git = (args) => execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    let top;
    try {
        top = git(['rev-parse', '--show-toplevel']).toString().trim();
        git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch (e) {
        const msg = e.stderr?.toString().trim();
        throw new BaseError(msg ? `cannot read ${ref}: ${msg.split('\n')[0]}` : `${ref} is not a commit of the git repository at ${dir}`);
    }
    const prefix = (0,external_node_path_.relative)((0,external_node_fs_namespaceObject.realpathSync)(top), (0,external_node_fs_namespaceObject.realpathSync)(dir)).split(external_node_path_.sep).join('/');
    // -t: the folders too (the engine asks whether some exist)
    const listing = git(['ls-tree', '-r', '-t', '-z', '--long', '--full-tree', ref, '--', prefix || '.']).toString();
    const entries = [];
    const blobs = new Map();
    for (const entry of listing.split('\0')) {
        // <mode> SP <type> SP <object> SP+ <size> TAB <path>
        const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(entry);
        if (!m || (prefix && !m[5].startsWith(prefix + '/')))
            continue;
        const path = prefix ? m[5].slice(prefix.length + 1) : m[5];
        const kind = m[2] === 'tree' ? 'folder' : m[2] === 'commit' ? 'submodule' : m[1] === '120000' ? 'link' : 'file';
        entries.push({ path, kind, size: m[4] === '-' ? 0 : Number(m[4]) });
        if (kind === 'file')
            blobs.set(path, m[3]);
    }
    return {
        entries,
        read: async (path) => {
            const object = blobs.get(path);
            return object ? git(['cat-file', 'blob', object]) : null;
        }
    };
}

;// CONCATENATED MODULE: ./src/action/api-guard.ts
/**
 * Bounds on the action's GitHub API calls: a time limit per request, a budget for the whole run,
 * retries of what may succeed on a second try, and rate-limit waits only when they are short.
 * A job that waits on the API holds a runner: undici's default lets one stuck request stall
 * 302 s, and a primary rate limit can reset an hour later. Past the budget every call fails at
 * once with an ApiProblem, and the action turns that into a warning and finishes its run.
 *
 * GitHub's rate-limit answers (REST docs, "Rate limits for the REST API"; octokit's throttling
 * plugin reads them the same way): a 403 or 429 whose message names a "secondary rate limit"
 * (wait `retry-after` seconds, else at least a minute), or whose `x-ratelimit-remaining` is 0
 * (the primary limit: wait until `x-ratelimit-reset`, epoch seconds).
 */
const DEFAULT_LIMITS = { requestMs: 20_000, budgetMs: 120_000, maxWaitMs: 20_000, retries: 3, backoffMs: 1000 };
/**
 * The limits, with the `RACK_CHECK_API_*` variables (milliseconds) that the end-to-end tests use
 * to make a stuck or rate-limited API fail in a second rather than in minutes.
 */
function limitsFrom(env) {
    const num = (name, dflt) => {
        const v = Number(env[name]);
        return env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : dflt;
    };
    return {
        requestMs: num('RACK_CHECK_API_REQUEST_MS', DEFAULT_LIMITS.requestMs),
        budgetMs: num('RACK_CHECK_API_BUDGET_MS', DEFAULT_LIMITS.budgetMs),
        maxWaitMs: num('RACK_CHECK_API_MAX_WAIT_MS', DEFAULT_LIMITS.maxWaitMs),
        retries: num('RACK_CHECK_API_RETRIES', DEFAULT_LIMITS.retries),
        backoffMs: num('RACK_CHECK_API_BACKOFF_MS', DEFAULT_LIMITS.backoffMs)
    };
}
/** A failure the guard or a reader of an answer decided on; `message` is a sentence for the log. */
class ApiProblem extends Error {
    kind;
    status;
    constructor(kind, message, status = null) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
/** A 403 or 429 that is a rate limit, and how long to wait; null for any other answer. */
function rateLimitOf(status, headers, message, now) {
    if (status !== 403 && status !== 429)
        return null;
    const h = headers ?? {};
    const retryAfter = Number(h['retry-after']);
    const hasRetryAfter = h['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0;
    if (/\bsecondary rate\b/i.test(message))
        return { kind: 'secondary-rate-limit', waitMs: hasRetryAfter ? retryAfter * 1000 : 60_000 };
    if (String(h['x-ratelimit-remaining']) === '0') {
        const reset = Number(h['x-ratelimit-reset']);
        // one second past the reset, as octokit's throttling plugin does
        const byReset = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : 60_000;
        return { kind: 'rate-limit', waitMs: hasRetryAfter ? Math.max(retryAfter * 1000, 0) : byReset };
    }
    if (status === 429)
        return { kind: 'secondary-rate-limit', waitMs: hasRetryAfter ? retryAfter * 1000 : 60_000 };
    return null;
}
function seconds(ms) {
    return ms > 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.ceil(ms / 1000)} s`;
}
/** Why a rate limit was not waited for, as a sentence. */
function rateLimitMessage(limit, why) {
    const which = limit.kind === 'rate-limit' ? "GitHub's API rate limit for this token is used up" : "GitHub's secondary rate limit (too many requests in a short time) was hit";
    return `${which}; it asks to wait ${seconds(limit.waitMs)}, ${why}`;
}
/** POST is not repeated blindly: a write whose answer was lost may have been done (see comment.ts). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
/**
 * Wraps octokit's request hook (`octokit.hook.wrap('request', …)`). Each attempt gets its own
 * abort timer; the budget starts when the guard is made.
 */
function guardRequests(limits, log, clock = realClock) {
    const deadline = clock.now() + limits.budgetMs;
    const overBudget = () => new ApiProblem('budget', `the GitHub API calls took longer than rack-check's budget of ${seconds(limits.budgetMs)} for a run`);
    return async (request, options) => {
        const method = (options.method ?? 'GET').toUpperCase();
        const retries = IDEMPOTENT.has(method) || /\/graphql$/.test(options.url ?? '') ? limits.retries : 0;
        for (let attempt = 0;; attempt++) {
            const left = deadline - clock.now();
            if (left <= 0)
                throw overBudget();
            const controller = new AbortController();
            const limit = Math.min(limits.requestMs, left);
            const timer = setTimeout(() => controller.abort(), limit);
            let failure;
            try {
                // the hooks inside this one (octokit's token auth) were bound to this very options
                // object, so the signal is set on it rather than on a copy
                options.request = { ...options.request, signal: controller.signal };
                return await request(options);
            }
            catch (e) {
                failure = controller.signal.aborted ? new ApiProblem(limit < limits.requestMs ? 'budget' : 'timeout', limit < limits.requestMs ? overBudget().message : `GitHub did not answer ${method} ${options.url ?? ''} within ${seconds(limits.requestMs)}`) : e;
            }
            finally {
                clearTimeout(timer);
            }
            if (failure instanceof ApiProblem && failure.kind === 'budget')
                throw failure;
            const status = typeof failure.status === 'number' ? failure.status : null;
            const rate = failure instanceof ApiProblem ? null : rateLimitOf(status, failure.response?.headers, String(failure.message ?? ''), clock.now());
            let waitMs;
            if (rate) {
                const room = deadline - clock.now();
                if (rate.waitMs > limits.maxWaitMs)
                    throw new ApiProblem(rate.kind, rateLimitMessage(rate, `longer than rack-check waits (${seconds(limits.maxWaitMs)})`), status);
                if (rate.waitMs >= room)
                    throw new ApiProblem(rate.kind, rateLimitMessage(rate, `longer than is left of rack-check's API budget`), status);
                if (attempt >= 2)
                    throw new ApiProblem(rate.kind, rateLimitMessage(rate, 'again after two waits'), status);
                waitMs = rate.waitMs;
                log.info(`rack-check: ${rate.kind === 'rate-limit' ? 'GitHub rate limit' : 'GitHub secondary rate limit'}; retrying in ${seconds(waitMs)}`);
            }
            else {
                // a timeout, a lost connection (octokit reports those as 500) or a server error may pass on a second try
                const mayPass = failure instanceof ApiProblem || (status !== null && status >= 500);
                if (!mayPass || attempt >= retries)
                    throw failure;
                waitMs = limits.backoffMs * 2 ** attempt;
                if (waitMs >= deadline - clock.now())
                    throw failure;
            }
            await clock.sleep(waitMs);
        }
    };
}

;// CONCATENATED MODULE: ./src/action/comment.ts
/**
 * The sticky pull-request comment: found again by its hidden marker, on the first line of a
 * comment written by the token's own identity, edited in place, created only when the `comment`
 * policy says so, and never duplicated — after creating one, the comments are listed again and
 * the newer duplicates (from a run at the same time) are removed. The API is an interface so that
 * this logic does not depend on octokit; github.ts implements it.
 */

/** REST names a bot `<slug>[bot]`; GraphQL's viewer may name it without the suffix. */
const botName = (login) => login.replace(/\[bot\]$/, '');
/** Written by this identity: a bot only matches a Bot account, a user only a non-bot one. */
function writtenBy(c, who) {
    if (who.bot)
        return c.userType === 'Bot' && botName(c.login) === botName(who.login);
    return c.userType !== 'Bot' && c.login === who.login;
}
/**
 * rack-check's comment for this folder: the marker is the whole first line, where rack-check
 * puts it (repository text is never on that line, so it cannot make a comment look like one).
 */
function isOurComment(c, who, marker) {
    return writtenBy(c, who) && c.body.split(/\r?\n/, 1)[0] === marker;
}
/**
 * A write that failed in a way that does not say whether GitHub did it: the connection was lost
 * or timed out, a 5xx, or an answer that could not be read.
 */
function mayHaveBeenWritten(e) {
    if (e instanceof ApiProblem)
        return e.kind === 'timeout' || e.kind === 'unexpected-answer';
    const s = e?.status;
    return typeof s === 'number' && s >= 500;
}
/**
 * `create`: whether a new comment may be created (an existing one is always kept current, so a
 * pull request that becomes clean says so instead of keeping stale findings).
 */
async function upsertComment(api, marker, who, body, create) {
    const mine = (all) => all.filter((c) => isOurComment(c, who, marker)).sort((a, b) => a.id - b.id);
    const existing = mine(await api.list());
    if (existing.length)
        return keepOne(api, existing, body);
    if (!create)
        return { action: 'skipped', url: '' };
    let created = null;
    try {
        created = await api.create(body);
    }
    catch (e) {
        // the comment may be there though the answer was lost: look again before writing again,
        // since every new comment notifies everyone subscribed to the pull request
        if (!mayHaveBeenWritten(e))
            throw e;
    }
    // another run may have created one at the same time: keep the oldest, remove the rest
    const after = mine(await api.list());
    if (after.length === 0) {
        created ??= await api.create(body);
        return { action: 'created', url: created.url };
    }
    if (created === null || after[0].id === created.id) {
        const [keep, ...extra] = after;
        for (const c of extra)
            await api.remove(c.id);
        return { action: 'created', url: keep.url };
    }
    return keepOne(api, after, body);
}
/** Keeps the oldest of our comments current and removes the others. */
async function keepOne(api, ours, body) {
    const [keep, ...extra] = ours;
    for (const c of extra)
        await api.remove(c.id);
    if (keep.body === body)
        return { action: 'unchanged', url: keep.url };
    return { action: 'updated', url: (await api.update(keep.id, body)).url };
}
/** Files whose change makes `comment: changed` comment even without findings (contract §3). */
function touchesDeployment(files, prefix, serverConfig) {
    const inApp = (p) => (prefix === '' ? p : p.startsWith(prefix + '/') ? p.slice(prefix.length + 1) : null);
    const configs = new Set(serverConfig.map((c) => (prefix && c.startsWith(prefix + '/') ? c.slice(prefix.length + 1) : c)));
    return files.some(({ path, patch }) => {
        const p = inApp(path);
        if (p === null)
            return false;
        if (/^Procfile(_[^/]+)?$/.test(p) || p.startsWith('.cloud66/') || configs.has(p))
            return true;
        if (/^config\/(puma(\/[^/]+)?\.rb|unicorn\.rb|thin\.ya?ml)$/.test(p))
            return true;
        // Gemfile.lock: only when a server gem's line changes
        if (p === 'Gemfile.lock' || p === 'gems.locked')
            return patch === undefined || /^[+-] {4}(puma|unicorn|thin|passenger|rack|railties) \(/m.test(patch);
        return false;
    });
}

;// CONCATENATED MODULE: ./src/action/event.ts
/**
 * The parts of the workflow event the action uses, read from `GITHUB_EVENT_PATH` (the payload
 * file the runner writes). Anything missing or malformed reads as "not a pull request".
 */

function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = null;
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        payload = null;
    }
    const pr = payload?.pull_request;
    if (!pr || (name !== 'pull_request' && name !== 'pull_request_target'))
        return { name, pullRequest: null };
    const sha = (side) => (typeof side?.sha === 'string' ? side.sha : '');
    const repoOf = (side) => String(side?.repo?.full_name ?? '');
    const number = Number(pr.number);
    const baseSha = sha(pr.base);
    const headSha = sha(pr.head);
    if (!Number.isInteger(number) || !/^[0-9a-f]{40}$/.test(baseSha) || !/^[0-9a-f]{40}$/.test(headSha))
        return { name, pullRequest: null };
    return { name, pullRequest: { number, baseSha, headSha, fromFork: repoOf(pr.head) !== '' && repoOf(pr.head) !== repoOf(pr.base) } };
}

;// CONCATENATED MODULE: ./src/action/github.ts
/**
 * The GitHub API, loaded only when the action needs it (octokit is the heaviest part of the
 * bundle): `@actions/github`'s client pointed at `GITHUB_API_URL` at call time, every request
 * bounded by api-guard.ts. Every answer is checked for the fields the code reads: anything else
 * is an ApiProblem('unexpected-answer'), which the action reports as a warning.
 */

/** An HTTP status from an octokit error, if it has one. */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : null;
}
/** A rate limit in an error that did not come through the guard's own message (for the warning). */
function isRateLimit(e) {
    if (e instanceof ApiProblem)
        return e.kind === 'rate-limit' || e.kind === 'secondary-rate-limit';
    const err = e;
    return rateLimitOf(statusOf(e), err?.response?.headers, String(err?.message ?? ''), Date.now()) !== null;
}
const unexpected = (what) => new ApiProblem('unexpected-answer', `GitHub's answer to ${what} is not what its API describes`);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An issue comment (OpenAPI `issue-comment`), or null when the fields the action reads are not there. */
function commentOf(c) {
    if (!isObject(c) || typeof c.id !== 'number' || typeof c.html_url !== 'string')
        return null;
    const user = isObject(c.user) ? c.user : {};
    const app = isObject(c.performed_via_github_app) ? c.performed_via_github_app : null;
    return {
        id: c.id,
        body: typeof c.body === 'string' ? c.body : '',
        login: typeof user.login === 'string' ? user.login : '',
        userType: typeof user.type === 'string' ? user.type : '',
        app: app && typeof app.slug === 'string' ? app.slug : null,
        url: c.html_url
    };
}
/** A pull-request review comment (OpenAPI `pull-request-review-comment`), or null when the fields the action reads are not there. */
function reviewCommentOf(c) {
    if (!isObject(c) || typeof c.id !== 'number' || typeof c.path !== 'string')
        return null;
    const user = isObject(c.user) ? c.user : {};
    const lineOf = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
    return {
        id: c.id,
        body: typeof c.body === 'string' ? c.body : '',
        login: typeof user.login === 'string' ? user.login : '',
        userType: typeof user.type === 'string' ? user.type : '',
        path: c.path,
        line: lineOf(c.line),
        startLine: lineOf(c.start_line)
    };
}
async function connect(token, target, log) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
    // the only hook: timeouts, retries, rate-limit waits and the run's budget (api-guard.ts)
    octokit.hook.wrap('request', guardRequests(limitsFrom(process.env), log));
    const where = { owner: target.owner, repo: target.repo };
    const one = (data, what) => {
        const c = commentOf(data);
        if (!c)
            throw unexpected(what);
        return c;
    };
    const list = async (route, params, what) => {
        const out = [];
        // paginate.iterator: each page checked before the next is asked for
        for await (const page of octokit.paginate.iterator(route, params)) {
            if (!Array.isArray(page.data))
                throw unexpected(what);
            out.push(...page.data);
        }
        return out;
    };
    let who = null;
    return {
        async identity() {
            // asked for by the comment and by the suggestions: one answer per run
            return (who ??= github_identify(async () => (await octokit.rest.users.getAuthenticated()).data, async () => octokit.graphql('query { viewer { __typename login } }')));
        },
        async list() {
            const all = await list(octokit.rest.issues.listComments, { ...where, issue_number: target.number, per_page: 100 }, 'the list of comments');
            // an entry without an id or a URL cannot be ours to edit: it is left out
            return all.map(commentOf).filter((c) => c !== null);
        },
        async create(body) {
            return one((await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body })).data, 'the new comment');
        },
        async update(id, body) {
            return one((await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })).data, 'the edited comment');
        },
        async remove(id) {
            try {
                await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
            }
            catch (e) {
                // a run at the same time removed it first
                if (statusOf(e) !== 404)
                    throw e;
            }
        },
        async treeAt(sha, prefix) {
            const tree = (await octokit.rest.git.getTree({ ...where, tree_sha: sha, recursive: 'true' })).data;
            if (!isObject(tree) || !Array.isArray(tree.tree))
                throw unexpected('the base commit\'s tree');
            if (tree.truncated === true)
                return null;
            const out = [];
            for (const e of tree.tree) {
                if (!isObject(e) || typeof e.path !== 'string')
                    continue;
                if (prefix && !e.path.startsWith(prefix + '/'))
                    continue;
                const path = prefix ? e.path.slice(prefix.length + 1) : e.path;
                // git modes: 040000 a folder, 120000 a link, 160000 a submodule (commit)
                const kind = e.type === 'tree' ? 'folder' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'link' : e.type === 'blob' ? 'file' : null;
                if (kind)
                    out.push({ path, kind, size: typeof e.size === 'number' ? e.size : 0 });
            }
            return out;
        },
        async fileAt(sha, prefix, path) {
            let file;
            try {
                file = (await octokit.rest.repos.getContent({ ...where, path: prefix ? `${prefix}/${path}` : path, ref: sha })).data;
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return null;
                throw e;
            }
            if (Array.isArray(file) || !isObject(file))
                return null;
            if (file.type !== 'file')
                return null;
            if (typeof file.content !== 'string' || (file.encoding !== undefined && file.encoding !== 'base64'))
                throw unexpected(`the contents of ${path}`);
            return Buffer.from(file.content, 'base64');
        },
        async reviewComments() {
            const all = await list(octokit.rest.pulls.listReviewComments, { ...where, pull_number: target.number, per_page: 100 }, 'the list of review comments');
            return all.map(reviewCommentOf).filter((c) => c !== null);
        },
        async createReviewComment(c) {
            const data = (await octokit.rest.pulls.createReviewComment({
                ...where,
                pull_number: target.number,
                commit_id: c.commitId,
                path: c.path,
                line: c.line,
                side: 'RIGHT',
                ...(c.startLine === undefined ? {} : { start_line: c.startLine, start_side: 'RIGHT' }),
                body: c.body
            })).data;
            const made = reviewCommentOf(data);
            if (!made)
                throw unexpected('the new review comment');
            return made;
        },
        async updateReviewComment(id, body) {
            const made = reviewCommentOf((await octokit.rest.pulls.updateReviewComment({ ...where, comment_id: id, body })).data);
            if (!made)
                throw unexpected('the edited review comment');
            return made;
        },
        async removeReviewComment(id) {
            try {
                await octokit.rest.pulls.deleteReviewComment({ ...where, comment_id: id });
            }
            catch (e) {
                // a run at the same time removed it first
                if (statusOf(e) !== 404)
                    throw e;
            }
        },
        async files() {
            const all = await list(octokit.rest.pulls.listFiles, { ...where, pull_number: target.number, per_page: 100 }, 'the pull request\'s files');
            return all.filter(isObject).flatMap((f) => (typeof f.filename === 'string' ? [{ path: f.filename, patch: typeof f.patch === 'string' ? f.patch : undefined }] : []));
        }
    };
}
/**
 * Who the token is, for every kind of token (never a guess: a login taken for the wrong one finds
 * no comment and posts another on every run):
 * - a personal access token, classic or fine-grained, or a user's OAuth token: `GET /user`;
 * - an installation token (GITHUB_TOKEN, a GitHub App's token) cannot read `/user` (403
 *   "Resource not accessible by integration"); GraphQL's `viewer` answers for it, a `Bot`
 *   whose comments the REST API shows as `<login>[bot]`.
 * A `/user` call that keeps failing (5xx, a timeout) is not taken for an installation token:
 * the error goes up and the comment is skipped with a warning rather than duplicated.
 */
async function github_identify(user, viewer) {
    try {
        const u = await user();
        if (isObject(u) && typeof u.login === 'string' && u.login)
            return { login: u.login, bot: u.type === 'Bot' };
        throw unexpected('GET /user');
    }
    catch (e) {
        const status = statusOf(e);
        if (e instanceof ApiProblem || (status !== 401 && status !== 403) || isRateLimit(e))
            throw e;
    }
    const v = (await viewer()).viewer;
    if (!isObject(v) || typeof v.login !== 'string' || !v.login)
        throw unexpected('the GraphQL viewer query');
    return { login: v.login, bot: v.__typename === 'Bot' || v.login.endsWith('[bot]') };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
class InputError extends Error {
}
/** Reads and validates the inputs of contract §3; `get` is `core.getInput`. */
function readInputs(get) {
    const choice = (name, allowed, dflt) => {
        const v = get(name).trim() || dflt;
        if (!allowed.includes(v))
            throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`);
        return v;
    };
    const flag = (name, dflt) => {
        const v = (get(name).trim() || dflt).toLowerCase();
        if (!['true', 'false'].includes(v))
            throw new InputError(`input ${name} must be true or false, not "${v}"`);
        return v === 'true';
    };
    const sarifCategory = get('sarif-category').trim();
    if (sarifCategory && !/^[A-Za-z0-9_.@:+][A-Za-z0-9_.@:+/-]*$/.test(sarifCategory))
        throw new InputError(`input sarif-category must be letters, digits and _ . @ : + - /, not "${sarifCategory}"`);
    const workingDirectory = get('working-directory').trim() || '.';
    const lines = [...new Set(workingDirectory.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
    const auto = lines.length === 1 && lines[0] === 'auto';
    if (!auto && lines.includes('auto'))
        throw new InputError('input working-directory is either `auto` alone or folders, one per line');
    const environment = get('environment').trim() || 'production';
    if (!/^[A-Za-z0-9_.-]+$/.test(environment))
        throw new InputError(`input environment must be a plain name, not "${environment}"`);
    return {
        token: get('github-token'),
        workingDirectory,
        workingDirectories: auto ? [] : lines,
        auto,
        comment: choice('comment', ['changed', 'always', 'never'], 'changed'),
        failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'], 'error'),
        processManager: choice('process-manager', ['systemd', 'bluepill'], 'systemd'),
        environment,
        annotate: flag('annotate', 'true'),
        sarif: flag('sarif', 'false'),
        sarifCategory,
        source: choice('source', ['checkout', 'api'], 'checkout'),
        config: get('config').trim(),
        suggestions: flag('suggestions', 'true'),
        given: new Set([...(get('environment').trim() ? ['environment'] : []), ...(get('process-manager').trim() ? ['processManager'] : [])])
    };
}

;// CONCATENATED MODULE: ./src/config.ts
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
    const file = new SourceFile(path, text.replace(/^\uFEFF/, ''));
    const tree = (0,yaml_tree/* parseYamlTree */.NL)(file, yaml);
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

;// CONCATENATED MODULE: ./src/cli/apps.ts
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
            entries = (0,external_node_fs_namespaceObject.readdirSync)(rel ? (0,external_node_path_.join)(root, rel) : root, { withFileTypes: true });
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

;// CONCATENATED MODULE: ./src/cli/config-file.ts
/**
 * Finding and reading `.rack-check.yml` for the shells (CLI and action): `--config PATH` (the
 * `config` input), else the file in the app folder, else at the repository root. Read through the
 * Workspace (no links out, bounded, regular files only); a file that cannot be read or parsed is a
 * ConfigError — exit 2 — never a silent default.
 */





/** Reads a configuration file; a file that cannot be read is a ConfigError (exit 2), never a silent default. */
async function loadConfig(path, shown) {
    const folder = (0,external_node_path_.dirname)(path);
    const ws = new Workspace(folder);
    const r = ws.read((0,external_node_path_.relative)(folder, path));
    if (!r.ok)
        throw new ConfigError(`${shown}: ${r.missing ? 'no such file' : r.problem}`);
    return { folder, config: parseConfig(shown, r.file.text, await (0,yaml_tree/* loadYaml */.yv)(), new Set(src_rules/* RULES */.y.map((x) => x.id))) };
}
/** `.rack-check.yml` in the app folder, else at the repository root; null when there is none. */
async function findConfig(folder, root) {
    for (const dir of [folder, root]) {
        const ws = new Workspace(dir);
        if (ws.exists(CONFIG_FILE))
            return loadConfig((0,external_node_path_.join)(dir, CONFIG_FILE), config_file_slashes((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, CONFIG_FILE))) || CONFIG_FILE);
        if (dir === root)
            break;
    }
    return null;
}
/** A configuration's text (read elsewhere, e.g. through the GitHub API). */
async function configFromText(shown, folder, text) {
    return { folder, config: parseConfig(shown, text, await (0,yaml_tree/* loadYaml */.yv)(), new Set(src_rules/* RULES */.y.map((x) => x.id))) };
}
function config_file_slashes(p) {
    return p.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/fixes/apply.ts
/**
 * `--fix` and `--fix-dry-run`: apply the findings' mechanical fixes (finding.fix), one rule at a
 * time, checking the app again after each rule, because a fix changes what the next one sees (a
 * removed `-d` makes the line start, and only then is its socket judged). Files are written only
 * inside the checked folder, never through a link, each atomically (a temporary file beside it,
 * then a rename), with their line endings, byte order mark and every byte outside the edits kept.
 * The dry run does the same in a copy of the folder and returns the diffs.
 */






/** More rounds than rules that fix: a fix that does not make its finding go away stops the loop. */
const MAX_ROUNDS = 20;
class FixError extends Error {
}
/** Applies one fix's edits to a text (offsets from the edits' line/column, end exclusive). */
function applyEdits(text, edits) {
    const file = new SourceFile('', text);
    const ranges = edits
        .map((e) => ({ start: file.lineOffset(e.line) + e.column - 1, end: file.lineOffset(e.endLine) + e.endColumn - 1, text: e.text }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    let limit = Infinity;
    for (const r of ranges) {
        if (r.end > limit || r.start > r.end)
            throw new FixError('overlapping edits');
        out = out.slice(0, r.start) + r.text + out.slice(r.end);
        limit = r.start;
    }
    return out;
}
const overlaps = (a, b) => {
    if (a.file !== b.file)
        return false;
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 <= c2);
    // touching ranges count: two insertions at one place would depend on their order
    return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
};
/** Fixes the folder `dir` in place (`write`), or a copy of it, and says what changed. */
async function fixDirectory(dir, options, write) {
    const root = realpathSync(dir);
    const work = write ? root : copyOf(root);
    try {
        const original = new Map();
        const applied = [];
        const tried = new Set();
        for (let round = 0; round < MAX_ROUNDS; round++) {
            const { report } = await checkDirectory(work, options);
            const fixable = report.findings.filter((f) => f.fix !== undefined && !f.suppressed && !tried.has(keyOf(f)));
            if (fixable.length === 0)
                break;
            // one rule at a time, in the order the report lists findings; its edits must not overlap
            const rule = fixable[0].rule;
            const chosen = [];
            for (const f of fixable.filter((x) => x.rule === rule)) {
                if (chosen.some((c) => c.fix.edits.some((e) => f.fix.edits.some((g) => overlaps(e, g)))))
                    continue;
                chosen.push(f);
            }
            const byFile = new Map();
            for (const f of chosen) {
                tried.add(keyOf(f));
                for (const e of f.fix.edits)
                    byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
                applied.push({ rule: f.rule, file: f.file, line: f.line, description: f.fix.description });
            }
            for (const [file, edits] of byFile) {
                const path = inside(work, file);
                const raw = readFileSync(path, 'utf8');
                if (!original.has(file))
                    original.set(file, raw);
                const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
                writeAtomically(path, bom + applyEdits(raw.slice(bom.length), edits));
            }
        }
        const files = new Map();
        for (const [file, before] of original) {
            const after = readFileSync(inside(work, file), 'utf8');
            if (after !== before)
                files.set(file, { before, after });
        }
        const diff = [...files].map(([file, { before, after }]) => unifiedDiff(file, before, after)).join('');
        return { applied, files, diff };
    }
    finally {
        if (!write)
            rmSync(work, { recursive: true, force: true });
    }
}
/** A finding's identity across rounds: the same rule at the same place is not tried twice. */
function keyOf(f) {
    return `${f.rule}|${f.file}|${f.line}|${f.message}`;
}
/** The absolute path of a file of the folder; refuses links and anything outside it. */
function inside(root, file) {
    const path = join(root, ...file.split('/'));
    const rel = relative(root, path);
    if (rel.startsWith('..') || rel.split(sep).includes('..') || lstatSync(path).isSymbolicLink() || !lstatSync(path).isFile())
        throw new FixError(`${file} is not a regular file inside the checked folder; it was not changed`);
    if (relative(root, realpathSync(path)).startsWith('..'))
        throw new FixError(`${file} is outside the checked folder; it was not changed`);
    return path;
}
function writeAtomically(path, text) {
    const temp = `${path}.rack-check-${Math.random().toString(36).slice(2)}.tmp`;
    try {
        writeFileSync(temp, text, { mode: statSync(path).mode & 0o7777, flag: 'wx' });
        renameSync(temp, path);
    }
    finally {
        rmSync(temp, { force: true });
    }
}
/** A copy of the folder for the dry run, without what the checks never read. */
function copyOf(root) {
    const copy = mkdtempSync(join(tmpdir(), 'rack-check-fix-'));
    // what the engine never looks into (folders such as tmp/ stay: a missing one changes predictions)
    const skip = new Set(['.git', 'node_modules', 'vendor']);
    cpSync(root, copy, { recursive: true, verbatimSymlinks: true, filter: (src) => !skip.has(relative(root, src).split(sep)[0]) || relative(root, src) === '' });
    return copy;
}

;// CONCATENATED MODULE: ./src/fixes/corrected-line.ts
/**
 * The corrected `custom_web` line: the line rack-check would accept, made of the fixes of the
 * findings on that line (the same edits `--fix` applies: a daemon flag to drop, a socket or PID
 * path to replace or add, `-p $PORT` where Cloud 66 sets no `PORT`). A correction is shown only
 * after the engine has checked the app again with the corrected Procfile: the findings it fixes
 * are gone and it brings no finding of its own.
 */







/**
 * The edits of the findings' own fixes (finding.fix, the ones `--fix` applies) that fall on the
 * `custom_web` line; findings elsewhere are not part of the line.
 */
function lineEdits(web, findings) {
    const file = web.procfile;
    const line = web.entry.line;
    const edits = [];
    for (const f of findings) {
        if (!f.fix || f.suppressed || f.file !== file.path)
            continue;
        if (f.fix.edits.every((e) => e.file === file.path && e.line === line && e.endLine === line))
            edits.push(...f.fix.edits);
    }
    // one edit per place: two fixes that say the same (`-d` refused, and daemonizing) are one
    return edits.filter((e, i) => edits.findIndex((x) => x.column === e.column && x.endColumn === e.endColumn && x.text === e.text) === i);
}
/** The checked folder with one file's text replaced; everything else read as before. */
class Patched extends Workspace {
    path;
    file;
    constructor(root, path, file) {
        super(root);
        this.path = path;
        this.file = file;
    }
    read(rel) {
        return rel === this.path ? { ok: true, file: this.file } : super.read(rel);
    }
}
const key = (f) => `${f.rule}\u0000${f.file}\u0000${f.line}`;
/** The app checked again with the corrected file (the engine's own steps: parsers as needed, every rule). */
async function recheck(analysis, options, path, file) {
    const ws = new Patched(analysis.app.workspace.root, path, file);
    const parsers = { ruby: null, yaml: null };
    let again = analyzeApp(ws, analysis.app.root, options, parsers);
    while ((again.needs.ruby && !parsers.ruby) || (again.needs.yaml && !parsers.yaml)) {
        if (again.needs.ruby)
            parsers.ruby ??= await loadRubyParser();
        if (again.needs.yaml)
            parsers.yaml ??= await (0,yaml_tree/* loadYaml */.yv)();
        again = analyzeApp(ws, analysis.app.root, options, parsers);
    }
    again.change = analysis.change;
    const sorted = runRules(again, options).sort(compareFindings);
    return sorted.filter((f, i) => i === 0 || compareFindings(f, sorted[i - 1]) !== 0 || f.message !== sorted[i - 1].message);
}
/**
 * The corrected `custom_web` line of each app, verified: the app is checked again with it, and
 * the correction is kept only when it leaves no error on that line, removes findings of it and
 * adds none anywhere.
 * Anything that goes wrong in the check again drops the correction, never the report.
 */
async function verifiedCorrections(result, options) {
    const out = [];
    for (const analysis of result.analyses) {
        const web = analysis.web;
        if (!web || analysis.app.failures.length)
            continue;
        try {
            const findings = result.report.findings.filter((f) => result.analyses.length === 1 || f.file.startsWith(analysis.app.root));
            const edits = lineEdits(web, findings);
            if (!edits.length)
                continue;
            const file = web.procfile;
            const line = web.entry.line;
            // the same edits --fix writes (fixes/apply.ts)
            const corrected = new SourceFile(file.path, applyEdits(file.text, edits), file.hadBom);
            const again = await recheck(analysis, options, file.path, corrected);
            const before = new Set(findings.map(key));
            const after = new Set(again.map(key));
            const fixes = findings.filter((f) => f.file === file.path && f.line === line && !after.has(key(f)));
            // the line rack-check accepts: no error left on it, and nothing new anywhere
            if (!fixes.length || again.some((f) => !before.has(key(f)) || (f.severity === 'error' && f.file === file.path && f.line === line)))
                continue;
            out.push({ file: file.path, line, before: file.lineText(line), after: corrected.lineText(line), edits, fixes });
        }
        catch {
            // a correction rack-check cannot check is not shown
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/suggestions.ts




/** A value in the marker: it cannot close the HTML comment. */
const attr = (v) => JSON.stringify(v).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e');
/** The hidden first line of a suggestion. */
function suggestionMarker(rule, workingDirectory) {
    return `<!-- rack-check:suggestion rule=${attr(rule)} working-directory=${attr(workingDirectory || '.')} -->`;
}
/** Whether a first line is a suggestion marker of this folder (any rule). */
function isMarkerOf(firstLine, workingDirectory) {
    return firstLine.startsWith('<!-- rack-check:suggestion rule="') && firstLine.endsWith(` working-directory=${attr(workingDirectory || '.')} -->`);
}
/**
 * The head's line numbers a patch shows, by hunk (GitHub's `patch` of the files API is the diff's
 * hunks without the file header). Added and context lines count; removed ones are not at the head.
 */
function diffLines(patch) {
    const lines = new Map();
    let hunk = -1;
    let next = 0;
    for (const text of patch.split('\n')) {
        const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
        if (h) {
            hunk++;
            next = Number(h[1]);
            continue;
        }
        if (hunk < 0)
            continue;
        if (text.startsWith('+') || text.startsWith(' '))
            lines.set(next++, hunk);
        // '-' lines are only at the base; '\ No newline at end of file' is no line
    }
    return lines;
}
/** A fence no run of backticks in the text can close (CommonMark §4.5). */
function suggestions_fenced(info, text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${text}${text === '' ? '' : '\n'}${fence}`;
}
/**
 * The suggestions for one app's findings (app-relative files, as the engine reports them): only
 * fixes on one line or a run of lines of one file, all inside one hunk of the diff. `read` gives
 * an app-relative file's text; `patches` the diff by repository path; `label` names the folder
 * (or the set of folders) in the marker.
 */
function planSuggestions(findings, prefix, commitId, read, patches, label = prefix) {
    const suggestions = [];
    const keys = new Set();
    let outsideDiff = 0;
    const diffs = new Map();
    for (const f of findings) {
        if (f.suppressed || !f.fix || f.fix.edits.length === 0)
            continue;
        const file = f.fix.edits[0].file;
        if (f.fix.edits.some((e) => e.file !== file))
            continue;
        const text = read(file);
        if (text === null)
            continue;
        const first = Math.min(...f.fix.edits.map((e) => e.line));
        // an edit that ends at column 1 ends with the line before it (end exclusive)
        const last = Math.max(...f.fix.edits.map((e) => (e.endColumn === 1 && e.endLine > e.line ? e.endLine - 1 : e.endLine)));
        const source = new SourceFile(file, text);
        const start = source.lineOffset(first);
        const end = source.lineOffset(last + 1);
        const before = text.slice(start, end);
        // a line with a carriage return (a CRLF file) or invisible characters cannot be shown as a
        // suggestion that applies as it reads; the sticky comment has the corrected line
        if (before === '' || before.includes('\r'))
            continue;
        let fixed;
        try {
            fixed = applyEdits(text, f.fix.edits);
        }
        catch {
            continue;
        }
        let after = fixed.slice(start, end + fixed.length - text.length);
        // both keep their last line's newline; a suggestion's block holds the lines without it
        const strip = (s) => (s.endsWith('\n') ? s.slice(0, -1) : s);
        after = strip(after);
        if (after.includes('\r') || after.split('\n').some(hasHiddenCharacters) || strip(before).split('\n').some(hasHiddenCharacters))
            continue;
        const path = prefix ? `${prefix}/${file}` : file;
        const patch = patches.get(path);
        if (!diffs.has(path))
            diffs.set(path, patch === undefined ? new Map() : diffLines(patch));
        const shown = diffs.get(path);
        const hunk = shown.get(first);
        let inside = hunk !== undefined;
        for (let l = first; inside && l <= last; l++)
            inside = shown.get(l) === hunk;
        if (!inside) {
            outsideDiff++;
            continue;
        }
        const marker = suggestionMarker(f.rule, label);
        const key = `${marker}\n${path}\n${first}\n${last}`;
        if (keys.has(key))
            continue;
        keys.add(key);
        const body = `${marker}\n**rack-check** \`${f.rule}\`: ${inline(f.message)}\n\n${inline(f.fix.description)}:\n\n${suggestions_fenced('suggestion', after)}\n`;
        suggestions.push({ marker, commitId, path, line: last, ...(first < last ? { startLine: first } : {}), body });
    }
    return { suggestions, outsideDiff };
}
/**
 * Makes the pull request's rack-check suggestions for this folder the wanted ones: one review
 * comment per suggestion, never two (an extra one, from a run at the same time, is deleted).
 */
async function syncSuggestions(api, who, prefix, wanted) {
    const out = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
    const ours = (await api.reviewComments())
        .filter((c) => writtenBy({ id: c.id, body: c.body, login: c.login, userType: c.userType, app: null, url: '' }, who) && isMarkerOf(c.body.split(/\r?\n/, 1)[0], prefix))
        .sort((a, b) => a.id - b.id);
    const keyOf = (marker, path, start, line) => `${marker}\n${path}\n${start}\n${line}`;
    const existing = new Map();
    const stale = [];
    for (const c of ours) {
        // an outdated comment (no line at the head any more) is stale
        const key = c.line === null ? null : keyOf(c.body.split(/\r?\n/, 1)[0], c.path, c.startLine ?? c.line, c.line);
        if (key === null || existing.has(key))
            stale.push(c);
        else
            existing.set(key, c);
    }
    for (const s of wanted) {
        const key = keyOf(s.marker, s.path, s.startLine ?? s.line, s.line);
        const c = existing.get(key);
        if (!c) {
            await api.createReviewComment(s);
            out.created++;
            continue;
        }
        existing.delete(key);
        if (c.body === s.body)
            out.unchanged++;
        else {
            await api.updateReviewComment(c.id, s.body);
            out.updated++;
        }
    }
    for (const c of [...stale, ...existing.values()]) {
        await api.removeReviewComment(c.id);
        out.deleted++;
    }
    return out;
}
/** Posts, edits and deletes the suggestions; every failure is a warning. Never throws. */
async function publishSuggestions(apps, c) {
    if (!c.enabled || !c.api || !/^[0-9a-f]{40}$/.test(c.headSha))
        return;
    try {
        const api = await c.api();
        const patches = new Map((await api.files()).map((f) => [f.path, f.patch]));
        const wanted = [];
        let outsideDiff = 0;
        for (const app of apps) {
            const plan = planSuggestions(app.findings, app.prefix, c.headSha, app.read, patches, c.label);
            wanted.push(...plan.suggestions);
            outsideDiff += plan.outsideDiff;
        }
        const who = await api.identity();
        const r = await syncSuggestions(api, who, c.label, wanted);
        const outside = outsideDiff ? `; ${outsideDiff} fix${outsideDiff === 1 ? ' is' : 'es are'} on lines outside the diff (the comment shows the corrected line)` : '';
        c.log.info(`rack-check: suggested changes: ${r.created} posted, ${r.updated} edited, ${r.unchanged} unchanged, ${r.deleted} removed${outside}`);
    }
    catch (e) {
        c.log.warning(`rack-check could not update the suggested changes on the pull request (${c.describe(e)}); the comment and the annotations still have the fixes.`);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
























/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
async function run() {
    silenceWasiWarning();
    try {
        const inputs = readInputs((n) => getInput(n));
        if (inputs.token)
            setSecret(inputs.token);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const options = { environment: inputs.environment, processManager: inputs.processManager };
        const event = readEvent(process.env);
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        // the API client is made once, and only when something needs it (octokit is loaded then)
        let client = null;
        const reachable = Boolean(owner && repo && inputs.token);
        const connectApi = () => (client ??= connect(inputs.token, { owner, repo, number: event.pullRequest?.number ?? 0 }, runner_namespaceObject));
        const api = event.pullRequest && reachable ? connectApi : null;
        // several folders, or every app folder (`auto`): one report, one SARIF, one comment (contract §5)
        const several = inputs.auto || inputs.workingDirectories.length > 1;
        if (several && inputs.source === 'api')
            throw new InputError('source: api checks one working-directory; several folders or `auto` need source: checkout (or one job per folder)');
        if (inputs.source === 'api') {
            // the head read through the API: nothing of it is written to the workspace, nothing is run
            const prefix = apiPrefix(inputs.workingDirectory);
            const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '';
            if (!reachable)
                throw new InputError('source: api needs github-token and GITHUB_REPOSITORY to read the commit through the GitHub API');
            if (!/^[0-9a-f]{40}$/.test(sha))
                throw new InputError('source: api reads a pull request\'s head (or GITHUB_SHA); this event has neither');
            let entries;
            try {
                entries = await (await connectApi()).treeAt(sha, prefix);
            }
            catch (e) {
                warning(`rack-check could not read the commit ${sha.slice(0, 12)} through the GitHub API (${apiError(e)}), so nothing was checked.`);
                return;
            }
            if (!entries) {
                warning(`rack-check could not read the commit ${sha.slice(0, 12)} through the GitHub API (the repository tree is too large for one API answer), so nothing was checked; use source: checkout.`);
                return;
            }
            if (prefix && entries.length === 0)
                throw new InputError(`working-directory "${inputs.workingDirectory}" is not a folder at ${sha.slice(0, 12)}`);
            const headApi = await connectApi();
            // .rack-check.yml at the head: the `config` input, else the app folder's, else the root's
            const configured = withConfig(options, inputs.given, await apiConfig(inputs.config, prefix, (p) => headApi.fileAt(sha, '', p)));
            const base = event.pullRequest ? await baseReport(null, prefix, event.pullRequest.baseSha, configured, api) : null;
            await checkSnapshot({ entries, read: (path) => headApi.fileAt(sha, prefix, path) }, { ...configured, base }, async (snapshot) => {
                info(`rack-check: commit ${sha.slice(0, 12)} read through the GitHub API (${snapshot.fetched} file${snapshot.fetched === 1 ? '' : 's'}); nothing of it is checked out or run`);
                if (snapshot.skipped.length > 0) {
                    const names = snapshot.skipped.slice(0, 10).map((s) => `${paths_inRepository(prefix, s.path)} (${s.why})`);
                    const more = snapshot.skipped.length > 10 ? ` and ${snapshot.skipped.length - 10} more` : '';
                    notice(`rack-check did not read ${names.join(', ')}${more} through the API: links and submodules are never followed and files over 1 MiB are not read; a checkout would not give the engine more.`);
                }
                await publish(inputs, event, snapshot.result, { prefix, dir: snapshot.dir, rootUri: null, tmp: process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), sha, api, options: { ...configured, base } });
            });
            return;
        }
        if (several) {
            await runSeveral(inputs, event, workspace, options, api);
            return;
        }
        const { dir, prefix } = checkoutFolder(workspace, inputs.workingDirectory);
        // .rack-check.yml: the `config` input, else the app folder's, else the repository root's
        const configured = withConfig(options, inputs.given, await checkoutConfig(workspace, dir, inputs.config));
        const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, configured, api) : null;
        const result = await check_checkDirectory(dir, { ...configured, base });
        await publish(inputs, event, result, { prefix, dir, rootUri: (0,external_node_url_.pathToFileURL)((0,external_node_fs_namespaceObject.realpathSync)(workspace) + '/').href, tmp: process.env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '.rack-check'), sha: event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '', api, options: { ...configured, base } });
    }
    catch (e) {
        setFailed(e instanceof InputError || e instanceof ConfigError ? e.message : `rack-check failed: ${e.message}`);
    }
}
/** A working-directory line of a checkout: the folder on this machine and its repository path. */
function checkoutFolder(workspace, given) {
    const dir = (0,external_node_path_.resolve)(workspace, given);
    const inside = (0,external_node_path_.relative)((0,external_node_fs_namespaceObject.realpathSync)(workspace), realpathOr(dir));
    if (inside === '..' || inside.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(inside))
        throw new InputError(`working-directory "${given}" is outside the workspace`);
    if (!isDirectory(dir))
        throw new InputError(`working-directory "${given}" is not a folder`);
    // the workspace is the repository root (actions/checkout puts the repository there)
    return { dir, prefix: inside === '' ? '' : inside.split('\\').join('/') };
}
/**
 * Several app folders of a checkout: each checked with its own configuration (the `config`
 * input, else its folder's `.rack-check.yml`, else the root's), as one folder is; the reports
 * merged with repository paths, as the CLI merges them (cli/main.ts).
 */
async function runSeveral(inputs, event, workspace, options, api) {
    let folders;
    if (inputs.auto) {
        // the `ignore` globs of the `config` input, else of the root's .rack-check.yml
        const rootConfig = await checkoutConfig(workspace, workspace, inputs.config);
        const ignore = (rootConfig?.ignore ?? []).map(globMatcher);
        const found = findApps((0,external_node_fs_namespaceObject.realpathSync)(workspace), (rel) => ignore.some((m) => m(rel)));
        if (found.truncated)
            warning(`rack-check: working-directory: auto looked at ${MAX_FOLDERS} folders and stopped there; list the app folders instead`);
        folders = found.apps.map((rel) => ({ dir: rel ? (0,external_node_path_.join)(workspace, rel) : workspace, prefix: rel }));
        if (folders.length === 0)
            folders = [{ dir: workspace, prefix: '' }];
        info(`rack-check: working-directory: auto found ${folders.length} app folder${folders.length === 1 ? '' : 's'}: ${folders.map((f) => f.prefix || '.').join(', ')}`);
    }
    else {
        folders = inputs.workingDirectories.map((given) => checkoutFolder(workspace, given));
        folders = folders.filter((f, i) => folders.findIndex((g) => g.prefix === f.prefix) === i);
    }
    const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '';
    const merged = { analyses: [], report: { schemaVersion: 1, tool: { name: 'rack-check', version: docs_url/* TOOL_VERSION */.wr }, apps: [], findings: [], summary: { errors: 0, warnings: 0, notices: 0 } } };
    const sections = [];
    for (const { dir, prefix } of folders) {
        const configured = withConfig(options, inputs.given, await checkoutConfig(workspace, dir, inputs.config));
        const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, configured, api) : null;
        const result = await check_checkDirectory(dir, { ...configured, base });
        sections.push({ folder: prefix, result, corrections: await verifiedCorrections(result, { ...configured, base }) });
        const rooted = rootedReport(result.report, prefix);
        merged.analyses.push(...result.analyses);
        merged.report.apps.push(...rooted.apps);
        merged.report.findings.push(...rooted.findings);
    }
    merged.report.findings.sort(compareFindings);
    merged.report.summary = summarize(merged.report.findings);
    // the marker names the set, so that a one-folder job of the same repository keeps its own comment
    const label = inputs.auto ? 'auto' : folders.map((f) => f.prefix || '.').join(',');
    await publish(inputs, event, merged, { prefix: '', dir: workspace, rootUri: (0,external_node_url_.pathToFileURL)((0,external_node_fs_namespaceObject.realpathSync)(workspace) + '/').href, tmp: process.env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '.rack-check'), sha, api, options, set: { label, sections } });
}
/** The working directory for `source: api`: a plain relative folder of the repository. */
function apiPrefix(workingDirectory) {
    const prefix = normalPrefix(workingDirectory);
    if (workingDirectory.startsWith('/') || prefix.split('/').some((part) => part === '..' || part === '.' || (part === '' && prefix !== '')))
        throw new InputError(`working-directory "${workingDirectory}" must be a folder inside the repository, such as apps/web`);
    return prefix;
}
/** Annotations, job summary, report, SARIF, outputs and the comment, for a checkout or an API read alike. */
async function publish(inputs, event, result, where) {
    const { prefix } = where;
    const { report } = result;
    // every file named as the repository has it (contract §5), as the CLI names them
    const rooted = rootedReport(report, prefix);
    // GitHub shows at most 10 annotations of each severity per step: the most important ones
    const choice = chooseAnnotations(rooted.findings);
    if (inputs.annotate) {
        for (const f of choice.shown) {
            const props = { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine };
            if (f.line === f.endLine)
                Object.assign(props, { startColumn: f.column, endColumn: f.endColumn });
            const send = f.severity === 'error' ? error : f.severity === 'warning' ? warning : notice;
            send(f.message, props);
        }
    }
    // with annotate: false nothing is annotated on purpose, and there is nothing to explain
    const hidden = inputs.annotate ? hiddenCount(choice) : 0;
    // the corrected custom_web line, when the engine has verified it (fixes/corrected-line.ts)
    const corrections = where.set ? [] : await verifiedCorrections(result, where.options);
    const context = {
        repository: process.env.GITHUB_REPOSITORY ?? '',
        sha: where.sha || 'HEAD',
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        workingDirectory: prefix,
        hiddenAnnotations: hidden,
        corrections
    };
    // several folders: one comment, a section per app (each app's corrected lines were found as it was checked)
    const markdown = where.set ? renderApps(where.set.sections, where.set.label, context) : renderComment(result, context);
    try {
        appendSummary(markdown);
    }
    catch (e) {
        warning(`rack-check could not write the job summary: ${e.message}`);
    }
    (0,external_node_fs_namespaceObject.mkdirSync)(where.tmp, { recursive: true });
    const reportPath = (0,external_node_path_.join)(where.tmp, 'rack-check-report.json');
    (0,external_node_fs_namespaceObject.writeFileSync)(reportPath, formatJson(rooted));
    let sarifPath = '';
    if (inputs.sarif) {
        // loaded only when asked for: the rule pages and node:crypto
        const { defaultCategory, formatSarif } = await __nccwpck_require__.e(/* import() */ 242).then(__nccwpck_require__.bind(__nccwpck_require__, 5242));
        const ws = new Workspace(where.dir);
        const source = (p) => {
            const inside = inFolder(prefix, p);
            const r = inside === null ? null : ws.read(inside);
            return r?.ok ? r.file.text : undefined;
        };
        const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        const repository = process.env.GITHUB_REPOSITORY ?? '';
        const branch = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || null;
        const revision = repository ? { repositoryUri: httpsUrl(`${serverUrl}/${repository}`), revisionId: where.sha || null, branch } : null;
        sarifPath = (0,external_node_path_.join)(where.tmp, 'rack-check.sarif');
        (0,external_node_fs_namespaceObject.writeFileSync)(sarifPath, formatSarif(rooted, { source, category: inputs.sarifCategory || defaultCategory(prefix), rootUri: where.rootUri, revision }));
    }
    const app = report.apps[0];
    setOutput('errors', String(report.summary.errors));
    setOutput('warnings', String(report.summary.warnings));
    setOutput('notices', String(report.summary.notices));
    if (where.set) {
        // several apps: one value per app, in the order of the report's apps[], comma separated
        setOutput('server', report.apps.map((a) => a.webServer?.server ?? 'passenger').join(','));
        setOutput('restart-signal', report.apps.map((a) => a.restart?.signal ?? '').join(','));
        setOutput('passenger-transition', result.analyses.map((a) => a.change?.direction ?? 'none').join(',') || 'none');
    }
    else {
        setOutput('server', app ? (app.webServer?.server ?? 'passenger') : '');
        setOutput('restart-signal', app?.restart?.signal ?? '');
        setOutput('passenger-transition', result.analyses[0]?.change?.direction ?? 'none');
    }
    setOutput('report', reportPath);
    setOutput('sarif', sarifPath);
    setOutput('comment-url', await postComment(inputs, event, markdown, where.set ? where.set.sections.map((x) => x.folder) : [prefix], where.set?.label ?? prefix, report, where.api));
    // suggested changes (suggestions.ts): each app's own findings, whose fixes name app-relative files;
    // none with `comment: never`, nor with a read-only token (a fork's pull_request)
    const reader = (dir) => {
        const ws = new Workspace(dir);
        return (file) => {
            const r = ws.read(file);
            return r.ok ? r.file.text : null;
        };
    };
    const apps = where.set ? where.set.sections.map((x) => ({ findings: x.result.report.findings, prefix: x.folder, read: reader((0,external_node_path_.join)(where.dir, x.folder)) })) : [{ findings: report.findings, prefix, read: reader(where.dir) }];
    const writable = !(event.pullRequest?.fromFork && event.name === 'pull_request');
    await publishSuggestions(apps, { enabled: inputs.suggestions && inputs.comment !== 'never' && writable, headSha: event.pullRequest?.headSha ?? '', label: where.set?.label ?? prefix, api: where.api, log: runner_namespaceObject, describe: apiError });
    const s = report.summary;
    info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}${sarifPath ? `; SARIF: ${sarifPath}` : ''}`);
    if (failsAt(report.findings, inputs.failOn))
        setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`);
}
/** What to do when the token cannot write (pull requests from forks, Dependabot). */
const READ_ONLY_HELP = 'The token is read-only here (pull requests from forks and Dependabot get a read-only GITHUB_TOKEN), so rack-check cannot comment; the annotations and the job summary are still there. To comment on such pull requests, run rack-check with `source: api` from a pull_request_target workflow with no checkout: it reads the pull request\'s deployment files through the GitHub API and runs nothing from them (see the rack-check README, "Pull requests from forks").';
/** Creates or edits the one comment; returns its URL ('' when there is none). Never throws. */
async function postComment(inputs, event, body, prefixes, label, report, connectApi) {
    const pr = event.pullRequest;
    if (inputs.comment === 'never' || !pr)
        return '';
    if (!connectApi) {
        notice('rack-check: no repository or token, so no pull-request comment; the job summary has the report.');
        return '';
    }
    if (pr.fromFork && event.name === 'pull_request') {
        notice(`rack-check: ${READ_ONLY_HELP}`);
        return '';
    }
    const fallback = 'the annotations and the job summary have the report.';
    try {
        const api = await connectApi();
        const serverConfig = report.apps.flatMap((a) => a.files.serverConfig);
        const create = inputs.comment === 'always' || report.findings.length > 0 || (await api.files().then((files) => prefixes.some((p) => touchesDeployment(files, p, serverConfig))));
        let who;
        try {
            who = await api.identity();
        }
        catch (e) {
            // a login guessed wrong finds no comment and posts another one: skip instead
            warning(`rack-check could not tell which account the token belongs to (${apiError(e)}), so it does not comment rather than risk a second comment; ${fallback}`);
            return '';
        }
        const outcome = await upsertComment(api, commentMarker(label), who, body, create);
        info(`rack-check: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ' (the pull request does not touch deployment files and has no findings)'}`);
        return typeof outcome.url === 'string' ? outcome.url : '';
    }
    catch (e) {
        if (statusOf(e) === 403 && !isRateLimit(e))
            warning(`rack-check: ${READ_ONLY_HELP} (GitHub answered 403: ${e.message})`);
        else
            warning(`rack-check could not update the pull-request comment (${apiError(e)}); ${fallback}`);
        return '';
    }
}
/** An API failure in a few words: the guard's own sentence, else the status and GitHub's message. */
function apiError(e) {
    if (e instanceof ApiProblem)
        return e.message;
    const status = statusOf(e);
    const message = String(e?.message ?? e);
    if (isRateLimit(e))
        return `GitHub's rate limit: HTTP ${status}: ${message}`;
    return status ? `HTTP ${status}: ${message}` : message;
}
/**
 * The base commit's report: its deployment files read through the GitHub API at the base sha
 * (one tree listing, then only the files the engine asks for: cli/base.ts), else from the local
 * git history (which a shallow checkout lacks); null with a notice when neither works.
 */
async function baseReport(dir, prefix, sha, options, api) {
    let apiProblem = 'no token';
    if (api) {
        try {
            const client = await api();
            const entries = await client.treeAt(sha, prefix);
            if (entries) {
                const { report, fetched } = await checkBase({ entries, read: (path) => client.fileAt(sha, prefix, path) }, options);
                info(`rack-check: base commit ${sha.slice(0, 12)} read through the GitHub API (${fetched} file${fetched === 1 ? '' : 's'})`);
                return report;
            }
            apiProblem = 'the repository tree is too large for one API answer';
        }
        catch (e) {
            apiProblem = `the API: ${apiError(e)}`;
        }
    }
    // with source: api there is no checkout, so no local history either
    if (dir === null) {
        notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}); the switch to or from Passenger is not checked.`);
        return null;
    }
    try {
        return (await checkBase(await gitBaseSource(dir, sha), options)).report;
    }
    catch (e) {
        if (!(e instanceof BaseError))
            throw e;
        notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}; git: ${e.message}); the switch to or from Passenger is not checked.`);
        return null;
    }
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** `.rack-check.yml` of a checkout: the `config` input (relative to the workspace), else the app folder's, else the workspace's. */
async function checkoutConfig(workspace, dir, input) {
    if (input) {
        const path = (0,external_node_path_.resolve)(workspace, input);
        const inside = (0,external_node_path_.relative)((0,external_node_fs_namespaceObject.realpathSync)(workspace), path);
        if (inside === '..' || inside.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(inside))
            throw new InputError(`config "${input}" is outside the workspace`);
        return (await loadConfig(path, input)).config;
    }
    return (await findConfig(dir, workspace))?.config ?? null;
}
/** `.rack-check.yml` read through the API at the head, as checkoutConfig reads it from a checkout. */
async function apiConfig(input, prefix, read) {
    const candidates = input ? [normalPrefix(input)] : [...(prefix ? [`${prefix}/${CONFIG_FILE}`] : []), CONFIG_FILE];
    for (const path of candidates) {
        const bytes = await read(path);
        if (bytes)
            return (await configFromText(path, '', bytes.toString('utf8'))).config;
        if (input)
            throw new InputError(`config "${input}" is not a file at the pull request's head`);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/index.ts

/* The action's entry point: nothing but run(). */
void run();


"use strict";
exports.id = 600;
exports.ids = [600];
exports.modules = {

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyEdits: () => (/* binding */ applyEdits),
  fixDirectory: () => (/* binding */ fixDirectory)
});

// UNUSED EXPORTS: FixError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/check.ts + 7 modules
var check = __webpack_require__(5689);
// EXTERNAL MODULE: ./src/files/source-file.ts
var source_file = __webpack_require__(5133);
;// CONCATENATED MODULE: ./src/fixes/diff.ts
/**
 * A unified diff (`diff -u`, 3 lines of context) of one file, for `--fix-dry-run`. Lines are
 * compared by a longest-common-subsequence table, which is fine for deployment files (a fix
 * touches files of a few hundred lines); past MAX_CELLS the whole file is one hunk.
 */
const CONTEXT = 3;
const MAX_CELLS = 4_000_000;
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = a.length * b.length > MAX_CELLS ? [...a.map((t, i) => ({ kind: '-', text: t, a: i, b: 0 })), ...b.map((t, j) => ({ kind: '+', text: t, a: a.length, b: j }))] : lcsOps(a, b);
    let out = `--- a/${path}\n+++ b/${path}\n`;
    let i = 0;
    // a hunk's leading context never reaches back into the previous hunk
    let lastStop = 0;
    while (i < ops.length) {
        if (ops[i].kind === ' ') {
            i++;
            continue;
        }
        // a hunk: the changes from here, joined while fewer than 2*CONTEXT unchanged lines separate them
        const start = Math.max(lastStop, i - CONTEXT);
        let end = i;
        for (;;) {
            while (end < ops.length && ops[end].kind !== ' ')
                end++;
            let next = end;
            while (next < ops.length && ops[next].kind === ' ')
                next++;
            if (next < ops.length && next - end <= 2 * CONTEXT)
                end = next;
            else
                break;
        }
        const stop = Math.min(ops.length, end + CONTEXT);
        const hunk = ops.slice(start, stop);
        const aStart = hunk[0].a;
        const bStart = hunk[0].b;
        const aCount = hunk.filter((o) => o.kind !== '+').length;
        const bCount = hunk.filter((o) => o.kind !== '-').length;
        out += `@@ -${aCount ? aStart + 1 : aStart},${aCount} +${bCount ? bStart + 1 : bStart},${bCount} @@\n`;
        for (const o of hunk)
            out += o.kind + o.text + '\n';
        i = stop;
        lastStop = stop;
    }
    return out;
}
/** Lines without their `\n` (a `\r` stays); a last line without a newline is marked as diff does. */
function splitLines(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    else
        lines[lines.length - 1] += '\n\\ No newline at end of file';
    return lines;
}
function lcsOps(a, b) {
    const n = a.length;
    const m = b.length;
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j])
            ops.push({ kind: ' ', text: a[i], a: i++, b: j++ });
        // removals before additions, as diff -u prints them
        else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1]))
            ops.push({ kind: '-', text: a[i], a: i++, b: j });
        else
            ops.push({ kind: '+', text: b[j], a: i, b: j++ });
    }
    return ops;
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
    const file = new source_file/* SourceFile */.s('', text);
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
    const root = (0,external_node_fs_.realpathSync)(dir);
    const work = write ? root : copyOf(root);
    try {
        const original = new Map();
        const applied = [];
        const tried = new Set();
        for (let round = 0; round < MAX_ROUNDS; round++) {
            const { report } = await (0,check/* checkDirectory */.W3)(work, options);
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
                const raw = (0,external_node_fs_.readFileSync)(path, 'utf8');
                if (!original.has(file))
                    original.set(file, raw);
                const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
                writeAtomically(path, bom + applyEdits(raw.slice(bom.length), edits));
            }
        }
        const files = new Map();
        for (const [file, before] of original) {
            const after = (0,external_node_fs_.readFileSync)(inside(work, file), 'utf8');
            if (after !== before)
                files.set(file, { before, after });
        }
        const diff = [...files].map(([file, { before, after }]) => unifiedDiff(file, before, after)).join('');
        return { applied, files, diff };
    }
    finally {
        if (!write)
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** A finding's identity across rounds: the same rule at the same place is not tried twice. */
function keyOf(f) {
    return `${f.rule}|${f.file}|${f.line}|${f.message}`;
}
/** The absolute path of a file of the folder; refuses links and anything outside it. */
function inside(root, file) {
    const path = (0,external_node_path_.join)(root, ...file.split('/'));
    const rel = (0,external_node_path_.relative)(root, path);
    if (rel.startsWith('..') || rel.split(external_node_path_.sep).includes('..') || (0,external_node_fs_.lstatSync)(path).isSymbolicLink() || !(0,external_node_fs_.lstatSync)(path).isFile())
        throw new FixError(`${file} is not a regular file inside the checked folder; it was not changed`);
    if ((0,external_node_path_.relative)(root, (0,external_node_fs_.realpathSync)(path)).startsWith('..'))
        throw new FixError(`${file} is outside the checked folder; it was not changed`);
    return path;
}
function writeAtomically(path, text) {
    const temp = `${path}.rack-check-${Math.random().toString(36).slice(2)}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temp, text, { mode: (0,external_node_fs_.statSync)(path).mode & 0o7777, flag: 'wx' });
        (0,external_node_fs_.renameSync)(temp, path);
    }
    finally {
        (0,external_node_fs_.rmSync)(temp, { force: true });
    }
}
/** A copy of the folder for the dry run, without what the checks never read. */
function copyOf(root) {
    const copy = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rack-check-fix-'));
    // what the engine never looks into (folders such as tmp/ stay: a missing one changes predictions)
    const skip = new Set(['.git', 'node_modules', 'vendor']);
    (0,external_node_fs_.cpSync)(root, copy, { recursive: true, verbatimSymlinks: true, filter: (src) => !skip.has((0,external_node_path_.relative)(root, src).split(external_node_path_.sep)[0]) || (0,external_node_path_.relative)(root, src) === '' });
    return copy;
}


/***/ })

};
;
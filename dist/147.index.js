"use strict";
exports.id = 147;
exports.ids = [147];
exports.modules = {

/***/ 9147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishSuggestions: () => (/* binding */ publishSuggestions)
/* harmony export */ });
/* unused harmony exports suggestionMarker, diffLines, planSuggestions, syncSuggestions */
/* harmony import */ var _files_source_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5133);
/* harmony import */ var _reporters_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4369);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1151);



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
function fenced(info, text) {
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
function planSuggestions(findings, prefix, commitId, read, patches, 
/** fixes/apply.ts's, passed in: that module is a chunk of its own, loaded by whoever applies fixes first */
apply, label = prefix) {
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
        const source = new _files_source_file_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceFile */ .s(file, text);
        const start = source.lineOffset(first);
        const end = source.lineOffset(last + 1);
        const before = text.slice(start, end);
        // a line with a carriage return (a CRLF file) or invisible characters cannot be shown as a
        // suggestion that applies as it reads; the sticky comment has the corrected line
        if (before === '' || before.includes('\r'))
            continue;
        let fixed;
        try {
            fixed = apply(text, f.fix.edits);
        }
        catch {
            continue;
        }
        let after = fixed.slice(start, end + fixed.length - text.length);
        // both keep their last line's newline; a suggestion's block holds the lines without it
        const strip = (s) => (s.endsWith('\n') ? s.slice(0, -1) : s);
        after = strip(after);
        if (after.includes('\r') || after.split('\n').some(_reporters_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hasHiddenCharacters */ .nA) || strip(before).split('\n').some(_reporters_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hasHiddenCharacters */ .nA))
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
        const body = `${marker}\n**rack-check** \`${f.rule}\`: ${(0,_reporters_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(f.message)}\n\n${(0,_reporters_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(f.fix.description)}:\n\n${fenced('suggestion', after)}\n`;
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
        .filter((c) => (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenBy */ .xO)({ id: c.id, body: c.body, login: c.login, userType: c.userType, app: null, url: '' }, who) && isMarkerOf(c.body.split(/\r?\n/, 1)[0], prefix))
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
        const { applyEdits } = await __webpack_require__.e(/* import() */ 600).then(__webpack_require__.bind(__webpack_require__, 2600));
        for (const app of apps) {
            const plan = planSuggestions(app.findings, app.prefix, c.headSha, app.read, patches, applyEdits, c.label);
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


/***/ })

};
;
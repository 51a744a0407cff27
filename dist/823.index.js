"use strict";
exports.id = 823;
exports.ids = [823];
exports.modules = {

/***/ 3823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineEdits: () => (/* binding */ lineEdits),
/* harmony export */   verifiedCorrections: () => (/* binding */ verifiedCorrections)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5689);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2018);
/* harmony import */ var _files_source_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5133);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9622);
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
class Patched extends _files_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .Workspace */ .a {
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
    const parsers = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .noParsers */ .y5)();
    let again = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeApp */ ._L)(ws, analysis.app.root, options, parsers);
    while (await (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .loadNeeded */ .Yz)(again.needs, parsers))
        again = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeApp */ ._L)(ws, analysis.app.root, options, parsers);
    again.change = analysis.change;
    const sorted = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .runRules */ .xG)(again, options).sort(_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .compareFindings */ .E);
    return sorted.filter((f, i) => i === 0 || (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .compareFindings */ .E)(f, sorted[i - 1]) !== 0 || f.message !== sorted[i - 1].message);
}
/**
 * The corrected `custom_web` line of each app, verified: the app is checked again with it, and
 * the correction is kept only when it leaves no error on that line, removes findings of it and
 * adds none anywhere.
 * Anything that goes wrong in the check again drops the correction, never the report.
 */
async function verifiedCorrections(result, options) {
    const out = [];
    // the same edits --fix writes: one chunk of the bundle, whoever loads it first
    const { applyEdits } = await __webpack_require__.e(/* import() */ 600).then(__webpack_require__.bind(__webpack_require__, 2600));
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
            const corrected = new _files_source_file_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceFile */ .s(file.path, applyEdits(file.text, edits), file.hadBom);
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


/***/ })

};
;
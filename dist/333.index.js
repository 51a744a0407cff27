"use strict";
exports.id = 333;
exports.ids = [333];
exports.modules = {

/***/ 5333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BaseError: () => (/* binding */ BaseError),
/* harmony export */   MAX_BASE_FILES: () => (/* binding */ MAX_BASE_FILES),
/* harmony export */   checkBase: () => (/* binding */ checkBase),
/* harmony export */   checkSnapshot: () => (/* binding */ checkSnapshot),
/* harmony export */   gitBaseSource: () => (/* binding */ gitBaseSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5689);
/* harmony import */ var _files_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9622);
/* harmony import */ var _model_app_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6081);
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
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'rack-check-snapshot-'));
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
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ...e.path.split('/'));
            if (e.kind === 'folder' || e.kind === 'submodule') {
                // a submodule is a folder in a checkout
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
                continue;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            if (e.kind === 'file' && e.size > _files_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .g) {
                // never fetched: a sparse file of its size (no disk used), so that the engine says what it says of a checkout
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, '');
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.truncateSync)(target, e.size);
                continue;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(nowhere, ...e.path.split('/')), target);
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
                if (content === null || content.length > _files_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .g) {
                    failed.set(path, content === null ? 'not readable through the API' : 'over 1 MiB');
                    continue;
                }
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ...path.split('/'));
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(target);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, content);
                placeholders.delete(path);
            }
        };
        // what every app reads first (model/app.ts), fetched before the first pass saves one
        await fetch(['Procfile', `Procfile_${options.environment}`, _model_app_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST */ .e0, _model_app_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPLOY_HOOKS */ .Ni, 'Gemfile.lock', 'gems.locked'].filter((p) => fetchable.has(p)));
        for (;;) {
            const result = await (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDirectory */ .W3)(dir, options);
            const wanted = [...new Set(result.analyses.flatMap((a) => a.app.unreadable.map((u) => u.path)))];
            const wantedNow = wanted.filter((p) => fetchable.has(p));
            if (wantedNow.length === 0 || fetched >= MAX_BASE_FILES) {
                const skipped = [];
                for (const path of wanted) {
                    const e = kinds.get(path);
                    const why = failed.get(path) ?? (e?.kind === 'link' ? 'a symbolic link' : e && e.kind === 'file' && e.size > _files_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .g ? 'over 1 MiB' : null);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The base as the local git history has it: `ls-tree` for the entries, `cat-file blob` per file. */
async function gitBaseSource(dir, ref) {
    const { execFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
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
    const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(top), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
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


/***/ })

};
;
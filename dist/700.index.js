"use strict";
exports.id = 700;
exports.ids = [700];
exports.modules = {

/***/ 5700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   passenger: () => (/* binding */ passenger)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4417);
/* harmony import */ var _optparse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5210);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6549);
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
        const parsed = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .Ac)(ctx.command.argv.slice(2), OPTIONS);
        if (parsed.error) {
            const at = ctx.file.span(parsed.error.start, parsed.error.end);
            return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .allUnknown */ .SH)('unknown-value', at, { word: parsed.error.written });
        }
        const cwd = ctx.command.cwd;
        const base = cwd === null ? null : (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .appRelative */ .UH)(cwd);
        const configFile = base === null ? null : ['Passengerfile.json', 'passenger-standalone.json'].map((f) => (base ? base + '/' : '') + f).find((f) => ctx.exists(f));
        const configFiles = configFile ? [configFile] : [];
        const fromConfig = (r) => (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)(r, ctx.commandSpan, { files: configFiles.join(', ') });
        const daemon = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'daemonize');
        const daemonizes = daemon ? (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .verdict */ .WJ)(true, 'flag', (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, daemon), { option: daemon.written }) : configFile ? fromConfig('config-file') : (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .verdict */ .WJ)(false, 'foreground', ctx.commandSpan);
        const sock = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'socket');
        const port = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'port');
        const address = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'address');
        let socket;
        let listeners;
        if (sock?.value?.unknown) {
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)('unknown-value', (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, sock), { text: sock.value.text });
            listeners = null;
        }
        else if (sock?.value) {
            listeners = [{ kind: 'unix', path: sock.value.text, text: sock.value.text, at: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, sock), origin: 'command-line' }];
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .socketFromListeners */ .dA)(listeners, ctx.commandSpan, cwd);
        }
        else if (configFile) {
            socket = fromConfig('config-file');
            listeners = null;
        }
        else {
            const host = address?.value?.text ?? '0.0.0.0';
            listeners = [(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tcpListener */ .A1)(`${host}:${port?.value?.text ?? 3000}`, host, port?.value ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePort */ .pz)(port.value) : 3000, port ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, port) : ctx.commandSpan, port ? 'command-line' : 'default')];
            socket = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .socketFromListeners */ .dA)(listeners, ctx.commandSpan, cwd);
        }
        const pidOpt = (0,_optparse_js__WEBPACK_IMPORTED_MODULE_1__/* .lastOption */ .gt)(parsed, 'pid-file');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undecided */ .oo)('unknown-value', (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, pidOpt), { text: pidOpt.value.text })
                : (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pidFromPath */ .P9)(pidOpt.value.text, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .optionSpan */ .M1)(ctx, pidOpt), cwd)
            : configFile
                ? fromConfig('config-file')
                : (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .verdict */ .WJ)(false, 'other-path', ctx.commandSpan, { text: 'tmp/pids/passenger.<port>.pid', path: 'tmp/pids/passenger.<port>.pid' });
        return { boots: configFile ? null : true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes: [], configFiles };
    }
};


/***/ })

};
;
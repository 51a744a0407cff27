export declare const CHECKED_LINES: readonly string[]
export declare const WASI_LINES: readonly string[]
export declare function rubyWasmDir(): string
export type FoundRuby = { line: string; kind: 'binary'; command: string } | { line: string; kind: 'wasi'; api: string; wasm: string }
export declare function findRubies(): { found: FoundRuby[]; missing: Array<{ line: string; why: string }> }

import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** The layers of src/, low to high: a folder imports its own files and lower layers only. */
const LAYERS = { core: 0, generated: 0, io: 1, files: 1, model: 2, servers: 3, rules: 4, engine: 5, fixes: 6, reporters: 7, cli: 8, action: 8 }
const SHELLS = ['cli', 'action']
const PROCESS_ONLY = ['@actions/*', '@octokit/*', 'node:http', 'node:https', 'node:child_process']

/** The imports a folder of src/ may not use: higher or sideways layers, and (outside the shells) the toolkit, the network and child processes. */
function boundaries(folder, allowed = []) {
  const layer = LAYERS[folder]
  const packages = SHELLS.includes(folder) ? [] : PROCESS_ONLY.filter((p) => !allowed.includes(p))
  return {
    patterns: [
      ...(packages.length ? [{ group: packages, message: 'only the shells (src/cli/, src/action/) touch the toolkit, the network and child processes' }] : []),
      ...Object.entries(LAYERS)
        .filter(([other, otherLayer]) => other !== folder && otherLayer >= layer)
        .map(([other]) => ({ regex: `^(\\.\\./)+${other}/`, message: `src/${folder}/ may not import src/${other}/: data flows one way, from core/ up to the shells` }))
    ]
  }
}

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '__tests__/fixtures/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextDecoder: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', WebAssembly: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  },
  {
    // the bundle's loader (src/entry.cjs) and the V8 cache training run are CommonJS by design
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts', 'src/cli/index.ts', 'src/action/**', 'src/io/quiet-wasi.ts', 'src/engine/snapshot.ts'],
    rules: {
      // only the shells touch the process, the toolkit and the network
      'no-restricted-globals': ['error', 'process', { name: 'Intl', message: 'loads ICU locale data at run time (issue 25, docs/performance.md)' }]
    }
  },
  {
    // issue 23: a function over 150 lines is several jobs (__tests__/architecture.test.ts checks it too)
    files: ['src/**/*.ts'],
    ignores: ['src/generated/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 150 }],
      // start-up is a feature: the first toLocaleString or Intl call loads ICU's locale data, about
      // 12 ms of every run (issue 25, docs/performance.md#size-of-dist)
      'no-restricted-properties': ['error', { property: 'toLocaleString', message: 'loads ICU locale data at run time; format by hand' }]
    }
  },
  // the folders of src/ and what each may import (CONTRIBUTING.md, "How the code is laid out";
  // __tests__/architecture.test.ts checks the same layers over the whole import graph)
  ...Object.keys(LAYERS).map((folder) => ({ files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', boundaries(folder)] } })),
  // the base commit is read with git (the one child process outside the shells, never the checked repository's code)
  { files: ['src/engine/snapshot.ts'], rules: { 'no-restricted-imports': ['error', boundaries('engine', ['node:child_process'])] } }
)

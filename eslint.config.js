import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
      'no-restricted-globals': ['error', 'process'],
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '@octokit/*', 'node:http', 'node:https', 'node:child_process'] }]
    }
  }
)

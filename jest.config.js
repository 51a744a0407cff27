// ESM jest with ts-jest (see ../shared/reference/github-actions.md §5).
// `npm test` runs every test that needs no root, no server and nothing outside the repository; the
// live server suite (__tests__/live.test.ts) is `npm run test:live` (jest.live.config.js). The
// skip reporter ends the run with one line that names what was skipped and why (docs/maintainers/testing.md).
export default {
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true, diagnostics: { warnOnly: false } }]
  },
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/', '/fixtures/', '/__tests__/live\\.test\\.ts$'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  reporters: ['default', '<rootDir>/__tests__/helpers/skip-reporter.mjs'],
  clearMocks: true,
  // a hang guard, not a time limit: over 10x the slowest test measured on a busy machine
  testTimeout: 120000
}

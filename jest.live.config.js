// `npm run test:live`: only the live server suite (__tests__/live.test.ts), which starts the real
// servers in private namespaces (root, or passwordless sudo; docs/maintainers/testing.md). `npm test` leaves it out.
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['**/__tests__/live.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/', '/fixtures/'],
  reporters: ['default']
}

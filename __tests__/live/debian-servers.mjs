// The Debian packages that provide the servers the live suite (__tests__/live.test.ts) and
// scripts/measure-cases.mjs start, installed by .ci/run: per gem (src/servers/registry.ts names
// each server's gem), the package and the program it installs in /usr/bin. Plain JavaScript, so
// that the measuring script reads it without a build; a server Debian packages is one line here
// (CONTRIBUTING.md, "Adding a server").
export const DEBIAN_SERVERS = [
  { gem: 'puma', package: 'puma', bin: 'puma' },
  { gem: 'thin', package: 'thin', bin: 'thin' },
  { gem: 'unicorn', package: 'unicorn', bin: 'unicorn' },
  { gem: 'rack', package: 'ruby-rack', bin: 'rackup' },
  { gem: 'railties', package: 'ruby-railties', bin: 'rails' }
]

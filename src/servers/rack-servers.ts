/**
 * `rails server` and `rackup` run a server through Rack's handler (rack-handler.ts): one chunk for
 * the two, so that the handler's model is stored once in dist/ (servers/index.ts loads it).
 */
export { rackup } from './rackup.js'
export { rails } from './rails.js'

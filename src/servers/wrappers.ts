/**
 * The launchers that wrap a server (wrapper.ts): Thruster's, foreman's and `bin/dev`'s models in
 * one chunk with the wrapper analysis they share (wrapped.ts), so that dist/ stores it once
 * (registry.ts loads them from here, as rack-servers.ts does for rackup and `rails server`).
 */
export { thruster } from './thruster.js'
export { binDev, foreman } from './foreman.js'

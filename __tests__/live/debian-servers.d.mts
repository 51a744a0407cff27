/** A Debian package that provides a server the live suite starts (debian-servers.mjs). */
export interface DebianServer {
  /** the gem, as src/servers/registry.ts names it */
  gem: string
  package: string
  /** the program it installs in /usr/bin */
  bin: string
}

export declare const DEBIAN_SERVERS: readonly DebianServer[]

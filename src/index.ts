/**
 * The bundle's code (dist/main.js, ncc's output; issue 17: one build, one copy of each chunk and
 * of prism.wasm). dist/index.js, the small loader in src/entry.cjs, loads it: `node dist/index.js`
 * is the action (action.yml's `main`), and the CLI's bin, dist/cli/index.js, loads that file and
 * calls `cli()`. Each shell is a chunk of its own, loaded only by the one that runs, so neither
 * pays for the other's code.
 */

/** The action (the loader calls this when Node was started on dist/index.js). */
export function action(): void {
  void import('./action/main.js').then((shell) => shell.run())
}

/** The command line (the bin calls this). */
export function cli(): void {
  void import('./cli/index.js')
}

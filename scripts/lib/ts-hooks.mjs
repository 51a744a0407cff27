// Module hooks that let a script import this repository's TypeScript sources as they are, without a
// build: a relative `./x.js` import resolves to `./x.ts` when only the source exists (the sources
// import each other by their compiled names, as NodeNext requires), and a `.ts` file is loaded
// as TypeScript's transpileModule turns it into JavaScript. No type checking: tsc and the tests do
// that. Registered by scripts/lib/import-ts.mjs.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && (specifier.startsWith('.') || specifier.startsWith('/')) && context.parentURL?.endsWith('.ts')) {
    const source = new URL(specifier.slice(0, -3) + '.ts', context.parentURL)
    if (existsSync(fileURLToPath(source)) && !existsSync(fileURLToPath(new URL(specifier, context.parentURL)))) return { url: source.href, shortCircuit: true }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context)
  const source = readFileSync(fileURLToPath(url), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true, verbatimModuleSyntax: false }
  })
  return { format: 'module', source: outputText, shortCircuit: true }
}

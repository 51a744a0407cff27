/**
 * The layout of src/ (CONTRIBUTING.md, "How the code is laid out"; issue 23): data flows one way,
 * from core/ up to the two shells. Each import is read with TypeScript's own pre-processor (the
 * compiler's view of the file's imports, dynamic ones included), resolved to a file of src/, and
 * checked against the layers; the graph must have no circle, and no function of src/ may be over
 * 150 lines. eslint.config.js holds the same boundaries per folder, so an editor says it at once.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import ts from 'typescript'
import { PROJECT } from './helpers/paths.js'

const SRC = resolve(PROJECT, 'src')

/** Each folder's layer: a module may import its own folder or a lower layer, never a higher or an equal other one. */
const LAYERS: Record<string, number> = {
  core: 0,
  generated: 0,
  io: 1,
  files: 1,
  model: 2,
  servers: 3,
  rules: 4,
  engine: 5,
  fixes: 6,
  reporters: 7,
  cli: 8,
  action: 8,
  // src/index.ts: the bundle's door to the two shells
  '.': 9
}

function sources(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split('\\').join('/'))
    .sort()
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : '.'
}

/** Every relative import of a source file, as a path of src/ ('engine/check.ts'). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(SRC, file), 'utf8'), true, true)
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((n) => n.startsWith('.'))
    .map((n) => relative(SRC, resolve(dirname(join(SRC, file)), n)).split('\\').join('/').replace(/\.js$/, '.ts'))
}

const graph = new Map(sources().map((f) => [f, importsOf(f)] as const))

describe('the layout of src/', () => {
  test('every folder of src/ has a layer', () => {
    expect([...new Set([...graph.keys()].map(folderOf))].filter((f) => !(f in LAYERS))).toEqual([])
  })

  test('every import resolves to a file of src/', () => {
    const missing = [...graph].flatMap(([f, deps]) => deps.filter((d) => !graph.has(d)).map((d) => `${f} -> ${d}`))
    expect(missing).toEqual([])
  })

  test('no import runs up the layers or sideways into another folder of the same layer', () => {
    const wrong: string[] = []
    for (const [file, deps] of graph) {
      const from = folderOf(file)
      for (const dep of deps) {
        const to = folderOf(dep)
        if (to === from) continue
        if (LAYERS[to] >= LAYERS[from]) wrong.push(`${file} -> ${dep}`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('the import graph has no circle', () => {
    // Tarjan's strongly connected components: any component of more than one module is a circle
    let index = 0
    const order = new Map<string, number>()
    const low = new Map<string, number>()
    const stack: string[] = []
    const onStack = new Set<string>()
    const circles: string[][] = []
    const visit = (v: string): void => {
      order.set(v, index)
      low.set(v, index++)
      stack.push(v)
      onStack.add(v)
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue
        if (!order.has(w)) {
          visit(w)
          low.set(v, Math.min(low.get(v)!, low.get(w)!))
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!))
      }
      if (low.get(v) === order.get(v)) {
        const component: string[] = []
        let w: string
        do {
          w = stack.pop()!
          onStack.delete(w)
          component.push(w)
        } while (w !== v)
        if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort())
      }
    }
    for (const v of graph.keys()) if (!order.has(v)) visit(v)
    expect(circles).toEqual([])
  })

  test('the two shells never import each other', () => {
    const across = [...graph].flatMap(([f, deps]) =>
      deps.filter((d) => (folderOf(f) === 'cli' && folderOf(d) === 'action') || (folderOf(f) === 'action' && folderOf(d) === 'cli')).map((d) => `${f} -> ${d}`)
    )
    expect(across).toEqual([])
  })

  test('each shell main is under 150 lines', () => {
    const long = ['cli/main.ts', 'action/main.ts'].map((m) => ({ m, lines: readFileSync(join(SRC, m), 'utf8').trimEnd().split('\n').length })).filter((x) => x.lines >= 150)
    expect(long).toEqual([])
  })

  test('no function of src/ is over 150 lines', () => {
    const long: string[] = []
    for (const file of graph.keys()) {
      const sf = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (n: ts.Node): void => {
        if (ts.isFunctionLike(n) && 'body' in n && n.body) {
          const first = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line
          const last = sf.getLineAndCharacterOfPosition(n.end).line
          if (last - first + 1 > 150) long.push(`${file}:${first + 1} ${last - first + 1} lines`)
        }
        ts.forEachChild(n, visit)
      }
      visit(sf)
    }
    expect(long).toEqual([])
  })
  test('outside src/servers/, no code switches on a server or compares it with a server\'s name: it asks the model', () => {
    // what a server does and what Cloud 66 does with it is the server's file (servers/<name>.ts,
    // its `cloud66` part); a rule that tested `web.server === 'thin'` would make a new server a
    // change in many places again. 'unknown' (no model) is not a server's name.
    const names = new Set(['puma', 'thin', 'unicorn', 'unicorn_rails', 'passenger', 'rails', 'rackup'])
    const isServer = (n: ts.Node): boolean => (ts.isPropertyAccessExpression(n) && /^(server|program|programName)$/.test(n.name.text)) || (ts.isIdentifier(n) && /^(server|program)$/.test(n.text))
    const found: string[] = []
    for (const file of graph.keys()) {
      if (folderOf(file) === 'servers') continue
      const sf = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true)
      const at = (n: ts.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`
      const visit = (n: ts.Node): void => {
        if (ts.isSwitchStatement(n) && isServer(n.expression)) found.push(`${at(n)} switch (${n.expression.getText(sf)})`)
        if (ts.isBinaryExpression(n) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(n.operatorToken.kind)) {
          const [a, b] = [n.left, n.right]
          const literal = ts.isStringLiteral(b) ? b : ts.isStringLiteral(a) ? a : null
          const other = literal === b ? a : b
          if (literal && names.has(literal.text) && isServer(other)) found.push(`${at(n)} ${n.getText(sf)}`)
        }
        ts.forEachChild(n, visit)
      }
      visit(sf)
    }
    expect(found).toEqual([])
  })
})

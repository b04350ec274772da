/**
 * What the Circuits screen's first load may hold, read from the real tree: the modules the
 * app's entry and each edition's platform import statically (what the bundler puts in the
 * first load; a dynamic import and a type-only one are not followed). Its size is measured by
 * `npm run bench`; this keeps out, quickly, the two things that once made most of it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
const ALIASES: Record<string, string> = {
  '@shared/': 'src/shared/',
  '@renderer/': 'src/renderer/src/',
}

/** The file an import names, or undefined for a package or a style sheet. */
function resolveImport(from: string, specifier: string): string | undefined {
  const alias = Object.keys(ALIASES).find((a) => specifier.startsWith(a))
  let base: string
  if (alias) base = join(root, ALIASES[alias]!, specifier.slice(alias.length))
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else return undefined
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f))
}

/** The specifiers a file imports for their values: what stays in its bundled code. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const named = (elements: readonly { isTypeOnly: boolean }[]) =>
    elements.some((e) => !e.isTypeOnly)
  return source.statements.flatMap((s) => {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause
      const values =
        !clause ||
        (clause.phaseModifier !== ts.SyntaxKind.TypeKeyword &&
          (clause.name !== undefined ||
            !clause.namedBindings ||
            ts.isNamespaceImport(clause.namedBindings) ||
            named(clause.namedBindings.elements)))
      return values ? [(s.moduleSpecifier as ts.StringLiteral).text] : []
    }
    if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly) {
      const values =
        !s.exportClause || !ts.isNamedExports(s.exportClause) || named(s.exportClause.elements)
      return values ? [(s.moduleSpecifier as ts.StringLiteral).text] : []
    }
    return []
  })
}

/** Every source file `entries` reach through imports of values, and what each imports. */
function firstLoad(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const todo = entries.map((e) => join(root, e))
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    const name = relative(root, file)
    if (files.has(name)) continue
    files.add(name)
    for (const specifier of valueImports(file)) {
      const next = resolveImport(file, specifier)
      if (next) todo.push(next)
      else if (!specifier.startsWith('.') && !specifier.startsWith('@renderer/'))
        packages.add(specifier)
    }
  }
  return { files, packages }
}

describe("the Circuits screen's first load", () => {
  const { files, packages } = firstLoad([
    'src/renderer/src/main.tsx',
    'src/renderer/src/platform/browser.ts',
    'src/renderer/src/platform/electron.ts',
  ])

  it('reaches the screen, its presets and both platforms', () => {
    for (const f of [
      'src/renderer/src/features/circuits/circuits-screen.tsx',
      'src/shared/circuits/presets.ts',
      'src/shared/circuits/exercise-basics.ts',
      'src/shared/data/stores.ts',
    ])
      expect(files).toContain(f)
    expect(packages).toContain('react-dom/client')
  })

  it('holds no schema: zod and the stores’ readers load when there is stored text to read', () => {
    expect(packages).not.toContain('zod/mini')
    expect([...files].filter((f) => f.endsWith('/zod.ts') || f.includes('schema'))).toEqual([])
    expect(files).not.toContain('src/shared/data/store-files.ts')
  })

  it('holds none of the exercises’ cues, benefits or muscles: the catalogue loads with what shows them', () => {
    expect(files).not.toContain('src/shared/circuits/exercises.ts')
  })
})

/**
 * The house rules that keep the code readable, checked on the real tree: small files, and
 * styles kept beside their components. The lint zones are proved by `npm run lint` itself
 * (scripts/lint-rooms.mjs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')

function sourceFiles(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern)
    return pattern.test(name) ? [path] : []
  })
}

const renderer = resolve(root, 'src/renderer/src')

/** The classes a CSS module defines itself: every `.name` in its selectors but `:global(…)`. */
function localClasses(css: string): Set<string> {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/:global\([^)]*\)/g, '')
  // A selector (or an at-rule's prelude) is what runs up to a `{`, from the last `{`, `}` or `;`.
  const selectors = [...bare.matchAll(/([^{};]*)\{/g)].map((m) => m[1]!).join(' ')
  return new Set([...selectors.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]!))
}

/** Each component's CSS module imports, with the class names it reads from each. */
function moduleUses(): { file: string; sheet: string; names: string[] }[] {
  return sourceFiles(renderer, /\.tsx$/).flatMap((file) => {
    const code = readFileSync(file, 'utf8')
    const body = code.replace(/^import .*$/gm, '')
    return [...code.matchAll(/^import (\w+) from '\.\/([\w.-]+\.module\.css)'$/gm)].map(
      ([, name, sheet]) => ({
        file,
        sheet: join(dirname(file), sheet!),
        names: [...body.matchAll(new RegExp(`\\b${name!}\\.(\\w+)`, 'g'))].map((m) => m[1]!),
      }),
    )
  })
}

describe('the house rules', () => {
  it('keeps every source file under 300 lines, but for the exercise catalogue', () => {
    const long = sourceFiles(resolve(root, 'src'))
      .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([f, lines]) => lines > 300 && !f.endsWith('exercises.ts'))
    expect(long).toEqual([])
  })

  it('keeps styles beside their components: two global sheets, then one module per component', () => {
    const sheets = sourceFiles(renderer, /\.css$/).map((f) => relative(renderer, f))
    expect(sheets.filter((f) => !f.endsWith('.module.css')).sort()).toEqual([
      'styles/base.css',
      'styles/tokens.css',
    ])
    for (const sheet of sheets.filter((f) => f.endsWith('.module.css')))
      expect(existsSync(join(renderer, sheet.replace(/\.module\.css$/, '.tsx'))), sheet).toBe(true)
    // The global sheets come first, so a module wins where both say something.
    const entry = readFileSync(join(renderer, 'main.tsx'), 'utf8')
    expect(entry.match(/^import .*$/gm)!.slice(0, 2)).toEqual([
      "import '@renderer/styles/tokens.css'",
      "import '@renderer/styles/base.css'",
    ])
  })

  it('reads from a CSS module only the classes it defines, and leaves none of them unused', () => {
    const uses = moduleUses()
    const used = new Map<string, Set<string>>()
    for (const { file, sheet, names } of uses) {
      const defined = localClasses(readFileSync(sheet, 'utf8'))
      const where = `${relative(root, file)} reads ${basename(sheet)}`
      expect(
        names.filter((n) => !defined.has(n)),
        where,
      ).toEqual([])
      used.set(sheet, new Set([...(used.get(sheet) ?? []), ...names]))
    }
    for (const sheet of sourceFiles(renderer, /\.module\.css$/)) {
      const read = used.get(sheet) ?? new Set()
      const unused = [...localClasses(readFileSync(sheet, 'utf8'))].filter((c) => !read.has(c))
      expect(unused, relative(root, sheet)).toEqual([])
    }
  })
})

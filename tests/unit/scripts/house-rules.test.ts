/**
 * The house rules that keep the code readable, checked on the real tree: small files, and
 * lint zones that refuse a feature importing another.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

describe('the house rules', () => {
  it('keeps every source file under 300 lines, but for the exercise catalogue', () => {
    const long = sourceFiles(resolve(root, 'src'))
      .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([f, lines]) => lines > 300 && !f.endsWith('exercises.ts'))
    expect(long).toEqual([])
  })

  it('refuses, in lint, a feature that imports another feature or the app shell', async () => {
    const eslint = new ESLint({ cwd: root })
    const file = resolve(root, 'src/renderer/src/features/settings/settings-screen.tsx')
    const code = readFileSync(file, 'utf8')
    const lint = async (extra: string) =>
      (await eslint.lintText(`${extra}\n${code}`, { filePath: file }))[0]!.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => m.message)
    expect(await lint('')).toEqual([])
    expect(
      await lint("import { RunnerScreen } from '@renderer/features/runner/runner-screen'"),
    ).toEqual([expect.stringMatching(/may not import another feature/)])
    expect(await lint("import { App } from '@renderer/app/app'")).toHaveLength(1)
  }, 120_000)
})

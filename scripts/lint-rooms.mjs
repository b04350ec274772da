#!/usr/bin/env node
// Part of `npm run lint`: proves the lint zones still refuse what they are there to refuse.
// ESLint's own run passes when nothing breaks a rule, which a zone that lost its pattern
// also gives: here one feature's file is checked with its resolved `no-restricted-imports`
// rule against its own imports (allowed) and against another feature, the app shell and a
// climb out of the source tree (each refused).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ESLint, Linter } from 'eslint'

const root = resolve(import.meta.dirname, '..')
const file = resolve(root, 'src/renderer/src/features/settings/settings-screen.tsx')
const config = await new ESLint({ cwd: root }).calculateConfigForFile(file)
const rule = config.rules['no-restricted-imports']
const linter = new Linter({ configType: 'flat' })
const lint = (specifiers) =>
  linter
    .verify(
      specifiers.map((s) => `import '${s}'`).join('\n'),
      [{ rules: { 'no-restricted-imports': rule } }],
      { filename: 'imports.js' },
    )
    .map((m) => m.message)

const own = [...readFileSync(file, 'utf8').matchAll(/^import [^;]*?'([^']+)'$/gm)].map((m) => m[1])
const problems = []
if (own.length <= 3) problems.push(`found only ${own.length} imports in ${file}`)
const ownRefused = lint(own)
if (ownRefused.length) problems.push(`its own imports are refused: ${ownRefused.join('; ')}`)
const feature = lint(['@renderer/features/runner/runner-screen'])
if (!feature.some((m) => /may not import another feature/.test(m)))
  problems.push('a feature importing another feature is not refused')
if (lint(['@renderer/app/app']).length !== 1)
  problems.push('importing the app shell is not refused')
if (lint(['../../lib/x']).length !== 1) problems.push('climbing with ../ is not refused')

if (problems.length) {
  console.error(`The lint zones no longer keep the rooms:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('Lint zones: a feature may not import another feature, the app shell or ../ (checked)')

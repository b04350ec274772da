#!/usr/bin/env node
// Runs every test: the unit tests (Vitest) and the end-to-end tests (Playwright in Chromium
// against the built renderer), then prints one line `N passed, N failed` counting them all.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { countResults } from './test-count.mjs'

// Not test-results/: Playwright empties that folder when it starts.
mkdirSync('.test-reports', { recursive: true })
const unitJson = '.test-reports/unit.json'
const e2eJson = '.test-reports/e2e.json'
for (const f of [unitJson, e2eJson]) rmSync(f, { force: true })

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false,
  })
  return r.status ?? 1
}

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
])
const buildStatus = run('node', ['scripts/build-if-stale.mjs'])
const e2eStatus =
  buildStatus === 0
    ? run('npx', ['playwright', 'test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
      })
    : 1

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null)
const { passed, failed, skipped } = countResults(read(unitJson), read(e2eJson))

const ok = unitStatus === 0 && e2eStatus === 0 && failed === 0
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(ok ? 0 : 1)

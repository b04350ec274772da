#!/usr/bin/env node
// Builds the app when out/ is missing or older than any source file, so e2e tests and
// benchmarks always run against the current code.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newest(dir) {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

const built = 'out/renderer/index.html'
const sources = Math.max(
  newest('src'),
  newest('resources'),
  statSync('electron.vite.config.ts').mtimeMs,
)
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  execSync('npx electron-vite build', { stdio: 'inherit' })
}

#!/usr/bin/env node
// Builds the app when out/ is missing or older than any source file, so e2e tests and
// benchmarks always run against the current code. `npm start` falls back on it too.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function newest(dir) {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/** Runs `electron-vite build` in `root` when its out/ is stale; returns whether it built. */
export function buildIfStale(root = repo) {
  const built = join(root, 'out/renderer/index.html')
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'resources')),
    statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  )
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false
  execSync('npx electron-vite build', { cwd: root, stdio: 'inherit' })
  return true
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) buildIfStale()

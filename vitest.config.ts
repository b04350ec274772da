import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import react from '@vitejs/plugin-react'

/** What every unit test shares, whichever project runs it. */
const shared = {
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
}

const testDefaults: TestProjectInlineConfiguration['test'] = {
  // Node by default; the files that render or need a DOM say `// @vitest-environment jsdom`.
  environment: 'node',
  // A test of 1 to 2 s on a quiet machine took up to 7 s beside two CPU-bound jobs: 20 s
  // holds them; the heavy data tests carry their own, larger, timeouts.
  testTimeout: 20_000,
  setupFiles: ['tests/unit/setup.ts'],
  // Every test starts with clean mocks: no calls, and spies put back.
  clearMocks: true,
  restoreMocks: true,
}

const project = (test: TestProjectInlineConfiguration['test']): TestProjectInlineConfiguration => ({
  ...shared,
  test: { ...testDefaults, ...test },
})

/**
 * The app's test files, split by whether a file changes the world its modules load in: one
 * that mocks a module, stubs a global or the environment, resets modules or listens on the
 * process needs its own module graph (and DOM), as does one that says `@vitest-isolate`
 * (it reads a module's state as a fresh page has it); one that does none of these shares its
 * worker's, as the domain's files do. Sharing skips loading React, Testing Library and a
 * fresh jsdom for each file: the renderer's 18 such files take 6.6 s instead of 24 s.
 */
const APP_DIRS = ['contract', 'main', 'renderer', 'scripts'].map((d) => `tests/unit/${d}`)
const CHANGES_THE_WORLD =
  /vi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\(|process\.(on|once)\(|@vitest-isolate\b/
const appFiles = APP_DIRS.flatMap((dir) =>
  readdirSync(resolve(import.meta.dirname, dir))
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => join(dir, f)),
)
const read = (f: string) => readFileSync(resolve(import.meta.dirname, f), 'utf8')
const isolated = appFiles.filter((f) => CHANGES_THE_WORLD.test(read(f)))
const inDom = (f: string) => read(f).includes('@vitest-environment jsdom')
const sharedDom = appFiles.filter((f) => !isolated.includes(f) && inDom(f))
const sharedNode = appFiles.filter((f) => !isolated.includes(f) && !inDom(f))

export default defineConfig({
  ...shared,
  test: {
    // Vitest's default on 2 cores is one worker (cores - 1): every file in turn. Two forks keep
    // both cores busy, and a file waiting on a child process (packaging, SIGKILLs) blocks no other.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      // The pure domain's files mock nothing and keep no state between files: they share one
      // module cache per worker instead of loading the domain afresh for each file.
      project({ name: 'shared', include: ['tests/unit/shared/**/*.test.ts'], isolate: false }),
      project({ name: 'app', include: sharedNode, isolate: false }),
      project({ name: 'dom', include: sharedDom, isolate: false, environment: 'jsdom' }),
      project({ name: 'isolated', include: isolated }),
    ],
  },
})

import { resolve } from 'node:path'
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
      project({
        name: 'app',
        include: ['tests/unit/{contract,main,renderer,scripts}/**/*.test.{ts,tsx}'],
      }),
    ],
  },
})

import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Node by default; the files that render or need a DOM say `// @vitest-environment jsdom`.
    environment: 'node',
    // Vitest's default on 2 cores is one worker (cores - 1): every file in turn. Two forks keep
    // both cores busy, and a file waiting on a child process (packaging, SIGKILLs) blocks no other.
    pool: 'forks',
    maxWorkers: 2,
    // A test of 1 to 2 s on a quiet machine took up to 7 s beside two CPU-bound jobs: 20 s
    // holds them; the heavy data tests carry their own, larger, timeouts.
    testTimeout: 20_000,
    setupFiles: ['tests/unit/setup.ts'],
    // Every test starts with clean mocks: no calls, and spies put back.
    clearMocks: true,
    restoreMocks: true,
  },
})

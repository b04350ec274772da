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
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Every test starts with clean mocks: no calls, and spies put back.
    clearMocks: true,
    restoreMocks: true,
    // electron-store must be inlined or vi.mock('electron') never reaches it.
    server: { deps: { inline: ['electron-store'] } },
  },
})

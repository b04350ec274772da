import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, EXECUTABLE, TEST_EXECUTABLE } from './tests/support/chromium.mjs'

const PORT = Number(process.env.E2E_PORT ?? 4317)
export { CHROMIUM_ARGS, EXECUTABLE, TEST_EXECUTABLE }

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      ...TEST_EXECUTABLE,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  projects: [
    { name: 'browser', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve-web.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})

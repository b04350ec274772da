// The one place that says which Chromium the tests, benchmarks and screenshots drive, and
// how: Debian's Chromium (Playwright's own download cannot be fetched here), with the
// flags a closed network and a root user need.
import { existsSync } from 'node:fs'

/** Debian's Chromium, or another one named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Launch options that name the executable only where it exists. */
export const EXECUTABLE = existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
]

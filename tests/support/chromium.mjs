// The one place that says which Chromium the tests, benchmarks and screenshots drive, and
// how: Debian's Chromium (Playwright's own download cannot be fetched here), with the
// flags a closed network and a root user need.
import { existsSync } from 'node:fs'

/** Debian's Chromium, or another one named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Launch options that name the executable only where it exists. */
export const EXECUTABLE = existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}

/**
 * The end-to-end tests' browser: Chromium's headless shell (Debian's
 * `chromium-headless-shell`, the build Playwright itself runs headless tests in), the same
 * Blink and compositor as Chromium without the desktop browser around them, so a page costs
 * half the CPU. CHROMIUM_PATH, when set, wins: `CHROMIUM_PATH=/usr/bin/chromium npm test`
 * runs the suite in the full browser. Without the shell, the full browser. Hidden-tab tests
 * need a real window and the benchmarks compare with browsers as people run them: those
 * keep CHROMIUM_PATH.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell'
export const TEST_EXECUTABLE =
  process.env.CHROMIUM_PATH === undefined && existsSync(HEADLESS_SHELL_PATH)
    ? { executablePath: HEADLESS_SHELL_PATH }
    : EXECUTABLE

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
]

import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/**
 * The Electron binary's path, or why there is none. Read from the package's path.txt, not
 * by requiring it: requiring `electron` starts a download where the binary is missing.
 */
function electronBinary(): { path: string } | { why: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile))
    return { why: 'the Electron binary was never downloaded (no path.txt)' }
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(path) ? { path } : { why: `the Electron binary is missing at ${path}` }
}

const binary = electronBinary()
const skipReason =
  'why' in binary
    ? `Electron e2e skipped: ${binary.why}. Its download comes from outside the npm registry; run these on a machine where \`npx electron --version\` works.`
    : ''
if (skipReason) console.log(skipReason)

test.describe('the Electron edition', () => {
  test.skip(Boolean(skipReason), skipReason)

  test('opens one secure window that runs a short session', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: ['.', `--user-data-dir=${userData}`],
    })
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined')
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: /^Start/ }).click()
    await expect(page.getByTestId('phase')).toHaveText('Warm-up')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await app.close()
  })
})

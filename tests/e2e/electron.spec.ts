import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'

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

/** Starts the built app with its data in `userData`. */
function launch(userData: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: (binary as { path: string }).path,
    args: ['.'],
    env: { ...process.env, RUNSTRONG_USER_DATA: userData },
  })
}

/** The app's laptop window (not the runner's display window). */
async function appWindow(app: ElectronApplication): Promise<Page> {
  const ours = (p: Page) => p.url().startsWith('app://runstrong/') && !p.url().includes('#/display')
  // A window's address is known only once it has started loading: look until one is ours.
  await expect.poll(() => app.windows().some(ours), { timeout: 30_000 }).toBe(true)
  return app.windows().find(ours)!
}

test.describe('the Electron edition', () => {
  test.skip(Boolean(skipReason), skipReason)

  test('runs a short session in a secure window and finds it in History after a restart', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    let app = await launch(userData)
    let page = await appWindow(app)
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/runstrong\//)
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined')
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: /^Start/ }).click()
    await expect(page.getByTestId('phase')).toHaveText('Warm-up')
    while ((await page.getByTestId('phase').textContent()) !== 'Done')
      await page.keyboard.press('ArrowRight')
    await page.keyboard.press('2')
    await app.close()

    expect(readdirSync(userData)).toContain('history.json')
    app = await launch(userData)
    page = await appWindow(app)
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByText('Quick 15').first()).toBeVisible()
    await app.close()
  })

  test('moves a damaged store aside and says where the copy is', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    writeFileSync(join(userData, 'circuits.json'), '{"schemaVersion":1,"data":{"vers')
    const app = await launch(userData)
    const page = await appWindow(app)
    await expect(page.getByRole('alert')).toContainText('could not be read')
    await expect(page.getByRole('alert')).toContainText('circuits.corrupt-')
    expect(readdirSync(userData).some((f) => f.startsWith('circuits.corrupt-'))).toBe(true)
    await app.close()
  })

  test('offers a session cut short by a crash, and resumes it paused', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    let app = await launch(userData)
    let page = await appWindow(app)
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: /^Start/ }).click()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await page.waitForTimeout(6000)
    app.process().kill('SIGKILL')

    app = await launch(userData)
    page = await appWindow(app)
    await expect(page.getByRole('heading', { name: /Carry on with Quick 15/ })).toBeVisible()
    await page.getByRole('button', { name: 'Resume' }).click()
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
    await app.close()
  })

  test('opens one window from app:// at once on a first start, no hand-over page', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const started = Date.now()
    const app = await launch(userData)
    const page = await appWindow(app)
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    // The old hand-over page made every first start wait up to 10 s.
    expect(Date.now() - started).toBeLessThan(8000)
    expect(app.windows().map((w) => w.url().split(':')[0])).toEqual(['app'])
    await app.close()
  })

  test('gives the global keys back at once when the runner’s page crashes or reloads', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const app = await launch(userData)
    const page = await appWindow(app)
    const keysTaken = () =>
      app.evaluate(({ globalShortcut }) => globalShortcut.isRegistered('PageDown'))
    const start = async (p: Page) => {
      await p.getByRole('button', { name: /^Quick 15/ }).click()
      await p.getByRole('button', { name: /^Start/ }).click()
      await expect(p.getByTestId('phase')).toHaveText('Warm-up')
    }
    await start(page)
    await expect.poll(keysTaken).toBe(true)
    await page.reload()
    await expect.poll(keysTaken).toBe(false)

    const again = await appWindow(app)
    await again.getByRole('button', { name: 'Discard' }).click()
    await start(again)
    await expect.poll(keysTaken).toBe(true)
    await app.evaluate(({ BrowserWindow }) => {
      const main = BrowserWindow.getAllWindows().find(
        (w) => !w.webContents.getURL().includes('#/display'),
      )
      main?.webContents.forcefullyCrashRenderer()
    })
    await expect.poll(keysTaken).toBe(false)
    await app.close()
  })

  test('opens the display window without taking focus, and closes it with the app window', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const app = await launch(userData)
    const page = await appWindow(app)
    await page.bringToFront()
    const opened = await page.evaluate(async () => {
      const api = (window as unknown as { runstrong: Record<string, (...a: unknown[]) => unknown> })
        .runstrong
      const displays = (await api.listDisplays!()) as { ok: true; value: { id: number }[] }
      return api.openDisplay!({ displayId: displays.value[0]!.id })
    })
    expect(opened).toEqual({ ok: true, value: true })
    await expect.poll(() => app.windows().length).toBe(2)
    const focus = await app.evaluate(({ BrowserWindow }) => {
      const focused = BrowserWindow.getFocusedWindow()
      return focused ? focused.webContents.getURL() : null
    })
    expect(focus ?? '').not.toContain('#/display')
    const displayGone = await app.evaluate(async ({ BrowserWindow }) => {
      const all = BrowserWindow.getAllWindows()
      const displayWindow = all.find((w) => w.webContents.getURL().includes('#/display'))!
      const main = all.find((w) => w !== displayWindow)!
      const closed = new Promise<boolean>((resolve) => {
        displayWindow.once('closed', () => resolve(true))
        setTimeout(() => resolve(displayWindow.isDestroyed()), 5000)
      })
      main.close()
      return closed
    })
    expect(displayGone).toBe(true)
    await app.close().catch(() => undefined)
  })

  test('reloads a crashed page at once, then offers the session it held', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const app = await launch(userData)
    const page = await appWindow(app)
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: /^Start/ }).click()
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(6000)
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
    )
    const again = await appWindow(app)
    await expect(again.getByRole('heading', { name: /Carry on with Quick 15/ })).toBeVisible({
      timeout: 20_000,
    })
    await app.close()
  })

  test('holds the clicker keys only while running, and the media session with them', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const app = await launch(userData)
    const page = await appWindow(app)
    const keysTaken = () =>
      app.evaluate(({ globalShortcut }) => globalShortcut.isRegistered('PageDown'))
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: /^Start/ }).click()
    await expect.poll(keysTaken).toBe(true)
    await expect
      .poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title ?? null))
      .toMatch(/Warm-up/)
    await page.keyboard.press('Space')
    await expect.poll(keysTaken).toBe(false)
    await page.keyboard.press('Space')
    await expect.poll(keysTaken).toBe(true)
    expect(
      await app.evaluate(({ globalShortcut }) => globalShortcut.isRegistered('MediaPlayPause')),
    ).toBe(false)
    await app.close()
  })

  test('keeps Runstrong in the tray for reminders when its window closes', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'runstrong-e2e-'))
    const app = await launch(userData)
    const page = await appWindow(app)
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('checkbox', { name: 'Monday' }).check()
    await page.getByRole('checkbox', { name: 'Remind me on strength days' }).check()
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
      .toBe(0)
    // Still running: the tray holds it.
    expect(await app.evaluate(({ app: a }) => a.isReady())).toBe(true)
    await app.close()
  })
})

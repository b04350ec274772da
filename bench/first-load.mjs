// What the page fetches: the JS of the first load of the Circuits screen, and what each
// other screen adds when it is first opened. Prefetching is held back (no idle callback
// ever runs), so each figure is what that screen itself needs.
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'

const ASSETS = 'out/renderer/assets'
const gzipKB = (files) =>
  Math.round(
    [...files].reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(ASSETS, f)), { level: 9 }).length,
      0,
    ) / 102.4,
  ) / 10

/**
 * The desktop edition's bridge as the page sees it, standing in for the preload: every load
 * answers "nothing stored" by failing (so the app takes its defaults), every event is never
 * sent, every other call succeeds. Only what the page fetches is measured with it.
 */
function fakeDesktopBridge() {
  const answer = (name) =>
    name.startsWith('on')
      ? () => () => undefined
      : name.startsWith('load')
        ? () => Promise.resolve({ ok: false, error: 'No stored data in this measurement' })
        : () => Promise.resolve({ ok: true, value: null })
  Object.defineProperty(window, 'runstrong', {
    value: new Proxy({}, { get: (_, name) => answer(String(name)) }),
  })
}

/** A page that records every JS file it fetches, and never prefetches. */
async function recordingPage(browser, url, { desktop = false } = {}) {
  const page = await browser.newPage()
  await page.addInitScript(() => {
    // No background task and no idle callback ever runs: nothing is prefetched.
    Object.defineProperty(window, 'scheduler', { value: undefined })
    window.requestIdleCallback = () => 0
  })
  if (desktop) await page.addInitScript(fakeDesktopBridge)
  const fetched = new Set()
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) fetched.add(basename(new URL(r.url()).pathname))
  })
  await page.goto(url)
  await page.getByRole('heading', { name: 'Circuits', level: 1 }).waitFor()
  await page.waitForLoadState('networkidle')
  return { page, fetched }
}

/** The screens opened after the first, and how each is reached and known to be shown. */
const SCREENS = [
  ['builder', (p) => p.getByRole('button', { name: 'New circuit' }).click(), 'New circuit'],
  [
    'generator',
    (p) => p.getByRole('button', { name: 'Generate', exact: true }).click(),
    'Generate a session',
  ],
  ['history', (p) => p.getByRole('link', { name: 'History' }).click(), 'History'],
  ['week', (p) => p.getByRole('link', { name: 'Week' }).click(), 'Your week'],
  ['settings', (p) => p.getByRole('link', { name: 'Settings' }).click(), 'Settings'],
  ['about', (p) => p.getByRole('link', { name: 'About' }).click(), 'About Runstrong'],
  [
    'runner',
    async (p) => {
      await p.getByRole('button', { name: /^Full body/ }).click()
      await p.getByRole('button', { name: /^Start/ }).click()
      await p.getByTestId('countdown').waitFor()
    },
    null,
  ],
]

/**
 * `firstLoadKB`: every JS file the Circuits screen fetches before the page is idle
 * (modulepreloads included), gzipped; `screensKB`: what opening each other screen adds. The
 * Week screen also fetches the runner ahead of its Start buttons: that is counted once, as
 * the runner's.
 */
export async function firstLoad(browser, url) {
  const { page, fetched } = await recordingPage(browser, url)
  const first = [...fetched]
  await page.close()
  const { page: desk, fetched: deskFetched } = await recordingPage(browser, url, { desktop: true })
  const desktopFirst = [...deskFetched]
  await desk.close()
  const added = {}
  for (const [name, open, heading] of [...SCREENS].reverse()) {
    const { page: p, fetched: seen } = await recordingPage(browser, url)
    const before = new Set(seen)
    await open(p)
    if (heading) await p.getByRole('heading', { name: heading }).first().waitFor()
    await p.waitForLoadState('networkidle')
    const runner = new Set(added.runner ?? [])
    added[name] = [...seen].filter((f) => !before.has(f) && (name === 'runner' || !runner.has(f)))
    await p.close()
  }
  const screensKB = Object.fromEntries(SCREENS.map(([name]) => [name, gzipKB(added[name])]))
  return {
    firstLoadKB: gzipKB(first),
    firstLoadFiles: first.sort(),
    desktopFirstLoadKB: gzipKB(desktopFirst),
    desktopFirstLoadFiles: desktopFirst.sort(),
    screensKB,
  }
}

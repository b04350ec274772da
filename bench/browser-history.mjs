// The browser edition's history in page storage, timed in Chromium on the preview's origin.
import { resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..')

/** The bench's page script: `window.__historyBench` and `window.__seedHistory`. */
async function benchScript() {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: {
      alias: {
        '@shared': resolve(root, 'src/shared'),
        '@renderer': resolve(root, 'src/renderer/src'),
      },
    },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, 'bench/browser-history-page.mjs'), formats: ['iife'], name: 'b' },
    },
  })
  return (Array.isArray(out) ? out[0] : out).output[0].code
}

/** `{ oneYear, tenYears }`: add and load p50/p99 in ms, in a fresh browser context. */
export async function browserHistory(browser, url, quick) {
  const code = await benchScript()
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // An empty page of the app's origin, for its page storage.
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html>' }))
    await page.goto(url)
    await page.addScriptTag({ content: code })
    const adds = quick ? 20 : 60
    const run = (n) => page.evaluate(([s, a]) => window.__historyBench(s, a), [n, adds])
    return { oneYear: await run(160), tenYears: await run(1600) }
  } finally {
    await context.close()
  }
}

/** In the page: opens History from the tab bar; ms from the click to the painted screen. */
const OPEN_HISTORY = () =>
  new Promise((resolve) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'History')
    const shown = () =>
      document.querySelector('h1')?.textContent === 'History' &&
      document.querySelector('ol, article .muted')
    const observer = new MutationObserver(() => {
      if (!shown()) return
      observer.disconnect()
      // Painted: after the next frame, which holds the screen React just put in the page.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)))
    })
    observer.observe(document.body, { childList: true, subtree: true })
    const t0 = performance.now()
    link.click()
  })

/**
 * Opening the History screen with `sessions` recorded, in the built app (its code already
 * prefetched, as after the first idle moment): p50 and max of the opens, in ms.
 */
export async function historyScreen(browser, url, sessions, quick) {
  const code = await benchScript()
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // Seeded from an empty page of the app's origin (the app's CSP refuses inline scripts).
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html>' }))
    await page.goto(url)
    await page.addScriptTag({ content: code })
    await page.evaluate((n) => window.__seedHistory(n), sessions)
    await page.unroute(url)
    await page.goto(url)
    await page.getByRole('heading', { name: 'Circuits', level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    const runs = []
    for (let i = 0; i < (quick ? 5 : 15); i++) {
      runs.push(await page.evaluate(OPEN_HISTORY))
      await page.getByRole('link', { name: 'Circuits' }).click()
      await page.getByRole('heading', { name: 'Circuits', level: 1 }).waitFor()
    }
    runs.sort((a, b) => a - b)
    const round = (n) => Math.round(n * 10) / 10
    return { sessions, p50: round(runs[Math.floor(runs.length / 2)]), max: round(runs.at(-1)) }
  } finally {
    await context.close()
  }
}

// Runstrong Remote's figures: how soon a press on a paired phone reaches the runner (beside
// the runner's own key, Space), and how far a paired TV display's countdown is from the
// laptop's. Everything over loopback, against the browser edition with its hub
// (scripts/serve-web.mjs), on real time: the phone and TV run on their own clocks.
import { serveWeb } from '../scripts/serve-web.mjs'
import { importAndStart } from './app-steps.mjs'

const PORT = 4392
const ORIGIN = `http://127.0.0.1:${PORT}`

const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Bench remote',
  warmupSec: 0,
  items: [{ exercise: 'plank', sets: 3, seconds: 60 }],
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d
const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return {
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted.at(-1)),
    samples: sorted.length,
  }
}

/** In a page: the wall-clock time in ms, to the microsecond where the browser allows. */
const NOW = 'performance.timeOrigin + performance.now()'

/** In the runner page: records each time the countdown's paused mark changes. */
const watchPaused = `(() => {
  window.__pausedAt = []
  const el = document.querySelector('[data-testid="countdown"]')
  new MutationObserver(() => window.__pausedAt.push(${NOW})).observe(el, {
    attributes: true,
    attributeFilter: ['data-paused'],
  })
})()`

/** In a page: records the wall-clock time each countdown text first shows. */
const watchCountdown = `(() => {
  window.__shownAt = {}
  const el = document.querySelector('[data-testid="countdown"]')
  new MutationObserver(() => {
    window.__shownAt[el.textContent] ??= ${NOW}
  }).observe(el, { childList: true, characterData: true, subtree: true })
})()`

async function openRunner(browser) {
  const page = await browser.newPage()
  // The key is timed from its keydown, heard before the app's own listener runs.
  await page.addInitScript(
    `window.addEventListener('keydown', () => (window.__keyAt = ${NOW}), true)`,
  )
  await page.goto(ORIGIN)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Phone remote and TV display' }).check()
  await page.getByTestId('pairing-code').waitFor()
  const url = await page.getByTestId('remote-url').textContent()
  await page.getByRole('link', { name: 'Circuits' }).click()
  await importAndStart(page, CIRCUIT)
  return { page, url }
}

/** The pairing code in force (it changes after each pairing), from the runner page's hub. */
function codeNow(page) {
  return page.evaluate(async () => {
    const res = await fetch('/api/remote', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: localStorage.getItem('runstrong.remoteHost') }),
    })
    return (await res.json()).code
  })
}

async function pair(browser, url, code, role) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url)
  await page.getByRole('textbox', { name: 'Pairing code' }).fill(code)
  await page.getByRole('button', { name: 'Pair' }).click()
  await page.getByRole('button', { name: role, exact: true }).click()
  await page.getByTestId('countdown').waitFor()
  return { context, page }
}

/** Presses Pause/Resume `n` times by `press`, each timed from `sentAt` to the runner's change. */
async function pressLatency(runner, n, press) {
  const late = []
  for (let i = 0; i < n; i++) {
    const before = await runner.evaluate('window.__pausedAt.length')
    const sentAt = await press()
    await runner.waitForFunction((k) => window.__pausedAt.length > k, before)
    late.push((await runner.evaluate(`window.__pausedAt[${before}]`)) - sentAt)
    await runner.waitForTimeout(120)
  }
  return stats(late)
}

/** The phone and TV figures; `quick` takes fewer presses and a shorter watch. */
export async function remoteBench(browser, { quick }) {
  const presses = quick ? 20 : 60
  const server = await serveWeb({ port: PORT })
  try {
    const { page: runner, url } = await openRunner(browser)
    await runner.evaluate(watchPaused)
    // The key: Space, timed from its keydown in the runner's page.
    const keyboard = await pressLatency(runner, presses, async () => {
      await runner.keyboard.press(' ')
      return runner.evaluate('window.__keyAt')
    })
    const phone = await pair(browser, url, await codeNow(runner), 'Remote')
    await phone.page.evaluate(
      `document.addEventListener('click', () => (window.__clickAt = ${NOW}), true)`,
    )
    const remote = await pressLatency(runner, presses, async () => {
      const button = phone.page.getByRole('button', { name: /^(Pause|Resume)$/ })
      await button.click()
      return phone.page.evaluate('window.__clickAt')
    })
    if (await runner.getByTestId('countdown').getAttribute('data-paused'))
      await runner.keyboard.press(' ')

    const tv = await pair(browser, url, await codeNow(runner), 'Display')
    await Promise.all([runner.evaluate(watchCountdown), tv.page.evaluate(watchCountdown)])
    await runner.waitForTimeout(quick ? 8000 : 30_000)
    const [a, b] = await Promise.all([
      runner.evaluate('window.__shownAt'),
      tv.page.evaluate('window.__shownAt'),
    ])
    const drift = Object.keys(b)
      .filter((t) => t in a)
      .map((t) => Math.abs(b[t] - a[t]))
    await phone.context.close()
    await tv.context.close()
    await runner.close()
    return { keyboardPressMs: keyboard, remotePressMs: remote, displayDriftMs: stats(drift) }
  } finally {
    server.httpServer.close()
  }
}

import { expect, test } from '@playwright/test'
import { launchRawChromium } from '../support/raw-chromium.mjs'

const SHORT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Short',
  warmupSec: 0,
  restBetweenExercisesSec: 5,
  items: [
    { exercise: 'squats', seconds: 5 },
    { exercise: 'plank', seconds: 5 },
  ],
}

// Playwright keeps its pages visible and unthrottled; this test drives Chromium over the
// DevTools protocol itself so the runner's tab is really hidden behind another one.
test('keeps time and keeps sounding while its tab is hidden behind another', async ({
  baseURL,
}) => {
  test.setTimeout(60_000)
  const browser = await launchRawChromium()
  try {
    const app = await browser.newTab(baseURL!)
    await app.waitFor(`!!document.querySelector('h1')`)
    const stored = {
      version: 1,
      circuits: [{ id: 'short', createdAtMs: 0, updatedAtMs: 0, circuit: SHORT }],
    }
    await app.evaluate(
      `localStorage.setItem('runstrong.circuits', ${JSON.stringify(JSON.stringify(stored))}); location.reload()`,
    )
    await app.waitFor(
      `[...document.querySelectorAll('button')].some((b) => b.textContent.startsWith('Short'))`,
    )
    await app.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Short')).click()`,
    )
    await app.waitFor(
      `[...document.querySelectorAll('button')].some((b) => /^Start/.test(b.textContent))`,
    )
    await app.evaluate(
      `[...document.querySelectorAll('button')].find((b) => /^Start/.test(b.textContent)).click()`,
    )
    await app.waitFor(`document.querySelector('[data-testid="phase"]')?.textContent === 'Work'`)

    const other = await browser.newTab('about:blank')
    await other.activate()
    await app.waitFor('document.hidden')
    await new Promise((r) => setTimeout(r, 8_500))
    const sounds = (await app.evaluate('window.__runstrong.soundsPlayed()')) as string[]
    // The first effort's 3-2-1 pips and the rest tone sounded while the tab was hidden.
    expect(sounds.slice(0, 5)).toEqual(['start', 'pip', 'pip', 'pip', 'rest'])

    await app.activate()
    await app.waitFor('!document.hidden')
    // Shown again, it is where the clock says: the rest before the plank, then the plank.
    expect(
      await app.evaluate(`document.querySelector('[data-testid="exercise"]').textContent`),
    ).toBe('Plank')
    await app.waitFor(`document.querySelector('[data-testid="phase"]')?.textContent === 'Hold'`)
  } finally {
    await browser.close()
  }
})

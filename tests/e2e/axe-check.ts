import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { measureContrast } from './contrast'
import type { TestClock } from './helpers'

/** The findings a screen may not have: axe's three worst impacts. */
const BARRED = ['critical', 'serious', 'moderate'] as const

/**
 * Everything a page reports going wrong while a screen shows: console errors, uncaught
 * exceptions, requests that failed or came back 400 or worse (a missing favicon among them).
 */
export class PageTrouble {
  private seen: string[] = []

  constructor(page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.seen.push(`console error: ${m.text()}`)
    })
    page.on('pageerror', (e) => this.seen.push(`uncaught: ${e.message}`))
    page.on('crash', () => this.seen.push('the page crashed'))
    page.on('requestfailed', (r) =>
      this.seen.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`),
    )
    page.on('response', (r) => {
      if (r.status() >= 400) this.seen.push(`HTTP ${r.status()}: ${r.url()}`)
    })
  }

  /** What went wrong since the last call. */
  take(): string[] {
    return this.seen.splice(0)
  }
}

/** The page names its icon, and the server that served the page serves it too. */
export async function expectIcon(page: Page): Promise<void> {
  const href = await page.locator('link[rel=icon]').getAttribute('href')
  expect(href, 'the icon link').toBeTruthy()
  const icon = await page.request.get(new URL(href!, page.url()).href)
  expect(icon.status(), href!).toBe(200)
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/)
}

/** How far a paused clock moves per step while axe runs, in ms. */
const AXE_STEP_MS = 20

/**
 * One line per barred finding: the rule, its impact, and where. axe waits on the page's
 * timers, so a paused test clock is stepped on meanwhile (a second or so of session time).
 * It runs in the page itself (legacy mode): otherwise it finishes in a page of its own, which
 * the context's clock would step too and which closes under a step.
 */
export async function barredFindings(
  page: Page,
  clock?: TestClock,
): Promise<{ counts: string; lines: string[] }> {
  const axe = { settled: false }
  const analysis = new AxeBuilder({ page })
    .setLegacyMode(true)
    .analyze()
    .finally(() => (axe.settled = true))
  while (clock && !axe.settled) await clock.run(AXE_STEP_MS)
  const { violations } = await analysis
  const barred = violations.filter((v) => (BARRED as readonly string[]).includes(v.impact ?? ''))
  const count = (impact: string) =>
    barred.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0)
  return {
    counts: BARRED.map((i) => `${count(i)} ${i}`).join(', '),
    lines: barred.flatMap((v) =>
      v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} (${v.help})`),
    ),
  }
}

/** Every control and the words in it, disabled and dimmed ones too. */
const CONTROLS = 'button, button *, a[href], a[href] *, select, input, textarea, [role=button]'

/**
 * Checks the screen now showing: one `main` and a top-level heading, no critical, serious or
 * moderate axe finding, every control's words at 4.5:1 or more (disabled ones too, which axe
 * leaves out), and nothing gone wrong in the page since the last check. A page on a paused
 * test clock passes it. The counts are printed per screen, and every screen is checked even
 * when one fails (soft assertions), so one run reports them all.
 */
export async function checkScreen(
  page: Page,
  trouble: PageTrouble,
  screen: string,
  clock?: TestClock,
): Promise<void> {
  const { counts, lines } = await barredFindings(page, clock)
  console.log(`axe ${screen}: ${counts}`)
  expect.soft(lines, `${screen}: axe findings`).toEqual([])
  // axe takes a full-window fixed element (the runner) for a modal and then asks no heading.
  const landmarks = await page.evaluate(() => ({
    main: document.querySelectorAll('main, [role=main]').length,
    h1: document.querySelectorAll('h1, [role=heading][aria-level="1"]').length,
  }))
  expect.soft(landmarks.main, `${screen}: main landmarks`).toBe(1)
  expect.soft(landmarks.h1, `${screen}: top-level headings`).toBeGreaterThanOrEqual(1)
  const contrast = await page.evaluate(measureContrast, [CONTROLS, 4.5] as const)
  expect.soft(contrast.low, `${screen}: controls under 4.5:1`).toEqual([])
  expect.soft(trouble.take(), `${screen}: console errors and failed requests`).toEqual([])
}

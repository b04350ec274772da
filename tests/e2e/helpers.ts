import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'

/** A fixed wall-clock start so every run sees the same times. */
export const T0 = new Date('2026-03-02T07:00:00Z').getTime()

/** The example file of docs/circuit-format.md. */
export const EXAMPLE = JSON.parse(
  readFileSync(new URL('../fixtures/example-circuit.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { name: string; items: Record<string, unknown>[] }

const FRAME_SLACK_MS = 34

/**
 * Drives the page's clock: installed before the app loads, paused, then moved on exactly.
 * `at` is the time since the clock was paused, in ms.
 */
export class TestClock {
  at = 0
  constructor(private readonly page: Page) {}

  async install(): Promise<void> {
    await this.page.clock.install({ time: T0 })
  }

  async pause(): Promise<void> {
    await this.page.clock.pauseAt(T0 + 10_000)
    this.at = 0
  }

  /**
   * Moves time on by `ms`, then 34 ms more so timers due at that moment run and paint
   * in the animation frame that follows.
   */
  async forward(ms: number): Promise<void> {
    await this.page.clock.fastForward(ms)
    await this.page.clock.runFor(FRAME_SLACK_MS)
    this.at += ms + FRAME_SLACK_MS
  }

  /** Runs time for `ms`, firing every timer and frame at its own moment (slower, exact). */
  async run(ms: number): Promise<void> {
    await this.page.clock.runFor(ms)
    this.at += ms
  }
}

/** Opens the app with a paused clock. */
export async function openApp(page: Page, path = '/'): Promise<TestClock> {
  const clock = new TestClock(page)
  await clock.install()
  await page.goto(path)
  await clock.pause()
  await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
  return clock
}

/** Imports a circuit file through the Import button's file chooser. */
export async function importCircuit(
  page: Page,
  content: unknown,
  name = 'circuit.json',
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const text = typeof content === 'string' ? content : JSON.stringify(content)
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

/** Opens a listed circuit by its name and starts it. */
export async function startCircuit(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })
    .first()
    .click()
  await page.getByRole('button', { name: /^Start/ }).click()
  await expect(page.getByTestId('countdown')).toBeVisible()
}

/**
 * Starts Quick 15 and runs it until its crash-safety copy is saved (every 5 s), as a session
 * a crash would cut short: still in the warm-up, or with `effortDone` past its first effort.
 */
export async function runUntilSaved(
  page: Page,
  clock: TestClock,
  { effortDone = false } = {},
): Promise<void> {
  await startCircuit(page, 'Quick 15')
  if (effortDone) {
    await page.keyboard.press('ArrowRight') // past the warm-up
    await clock.forward(60_000) // the first effort done
  }
  await clock.forward(6_000)
}

export interface Shown {
  phase: string
  countdown: string
  exercise: string | null
  set: string | null
  side: string | null
}

/** What the runner shows now. */
export async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const t = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null
    return {
      phase: t('phase') ?? '',
      countdown: t('countdown') ?? '',
      exercise: t('exercise'),
      set: t('set'),
      side: t('side'),
    }
  })
}

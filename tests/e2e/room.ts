import { expect, type Page } from '@playwright/test'
import { readText, type Reading } from './read-text'

/**
 * What the across-the-room checks share: the screen sizes, the circuit that shows every kind
 * of line, and a reading of the runner's text.
 */

/** The common screens, 16:9 then 16:10. */
export const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
  // 16:10: the countdown and every line as at 16:9. The longest name (Superman / Back
  // Extension, 25 letters) is fitted to the width there, at 7.3%; every other name is 8%.
  [1280, 800],
  [1920, 1200],
] as const

/** The longest name, a per-side move with a load, a side hold, and the challenge line. */
export const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Across the room',
  warmupSec: 60,
  cooldownSec: 60,
  switchSidesSec: 5,
  restBetweenSetsSec: 20,
  restBetweenExercisesSec: 30,
  items: [
    { exercise: 'superman', sets: 1, reps: 10, variant: 'challenge' },
    { exercise: 'single-leg-deadlift', sets: 2, reps: 10, load: '2 x 12 kg' },
    { exercise: 'side-plank', sets: 1, seconds: 30 },
  ],
}

/** The smallest glyph share among the boxes of one test id. */
export const share = (r: Reading, who: string) =>
  Math.min(...r.boxes.filter((b) => b.who === who).map((b) => b.share))

/**
 * The runner's text, read with the last seconds' pulse (it runs on the real clock) held at
 * its largest: text that would touch other text at the pulse's peak then always shows, not
 * only when a reading happens to land there.
 */
export async function look(page: Page): Promise<Reading> {
  const pulses = (hold: boolean) =>
    page.evaluate((held) => {
      for (const a of document.getAnimations()) {
        if (!(a instanceof CSSAnimation) || a.animationName !== 'pulse') continue
        if (!held) {
          a.play()
          continue
        }
        a.pause()
        a.currentTime = 500 // the keyframe at 50% of its second: the largest
      }
    }, hold)
  await pulses(true)
  try {
    return await page.evaluate(readText, 'main.runner')
  } finally {
    await pulses(false)
  }
}

/**
 * Brings the runner's CSS transitions (the buttons' fade, and the band and caption that
 * change once it is all but done) to their end at once: they run on the real clock, not the
 * page's, and a reading is of where they end. Asking for the animations first applies any
 * style change still pending, so a fade just begun is ended too.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    for (const a of document.getAnimations())
      if (a instanceof CSSTransition && a.playState !== 'finished') a.finish()
    return document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState === 'finished')
  })
}

/** Waits until the runner's buttons have faded to `opacity`, ending the fade once begun. */
export async function buttonsAt(page: Page, opacity: '0' | '1'): Promise<void> {
  const controls = page.getByRole('group', { name: 'Session controls' })
  await expect(async () => {
    await settled(page)
    await expect(controls).toHaveCSS('opacity', opacity, { timeout: 50 })
  }).toPass({ intervals: [10, 20, 50, 100] })
}

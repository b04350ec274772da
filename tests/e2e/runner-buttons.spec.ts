import { expect, test, type Page } from '@playwright/test'
import { importCircuit, openApp, startCircuit, type TestClock } from './helpers'
import { wordsUnderButtons, type Reading } from './read-text'
import { buttonsAt, CIRCUIT, look, share, SIZES } from './room'

/**
 * The runner's buttons keep a band of their own. Brought back by a move of the mouse (as
 * anyone reaching for them makes), they cover no word in any phase at any size; and every
 * text on the runner and the Done screen, buttons included, is at least 1.5% of the
 * screen's height in capital height.
 */
const SMALLEST = 0.015

/** Where a picture of the buttons shown in a per-side effort goes (`RUNSTRONG_SHOTS`). */
const SHOTS = process.env.RUNSTRONG_SHOTS

/** Moves the mouse (somewhere new each time, or no move is seen) and waits for the buttons. */
async function wake(page: Page, clock: TestClock, step: number): Promise<void> {
  await page.mouse.move(40 + step * 7, 40)
  await page.mouse.move(60 + step * 7, 60)
  await clock.forward(100)
  await buttonsAt(page, '1')
}

/** Text an ellipsis cuts short under the runner: a caption giving way must keep its words. */
async function cutShort(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main.runner *'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).textOverflow === 'ellipsis')
      .map((el) => el.textContent),
  )
}

async function check(page: Page, at: string): Promise<Reading> {
  const r = await look(page)
  expect(await cutShort(page), `cut short: ${at}`).toEqual([])
  expect(r.controls.length, `buttons shown: ${at}`).toBeGreaterThan(0)
  expect(wordsUnderButtons(r), `words under the buttons: ${at}`).toEqual([])
  expect(r.overlaps, `text over text: ${at}`).toEqual([])
  expect(r.outside, `text off the screen: ${at}`).toEqual([])
  const small = r.boxes
    .filter((b) => b.share < SMALLEST)
    .map((b) => `${b.who} "${b.text}" at ${(b.share * 100).toFixed(2)}%`)
  expect(small, `text under 1.5% of the height: ${at}`).toEqual([])
  return r
}

for (const [width, height] of SIZES) {
  test(`shown buttons cover no word in any phase at ${width}x${height}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height })
    const clock = await openApp(page)
    await importCircuit(page, CIRCUIT)
    await startCircuit(page, CIRCUIT.name)
    const seen = new Set<string>()
    const text = async (id: string) =>
      (await page.getByTestId(id).count()) ? await page.getByTestId(id).textContent() : null
    for (let step = 0; step < 30; step++) {
      // Past the moment the buttons step aside in an effort, then brought back.
      await clock.forward(3_500)
      await wake(page, clock, step)
      const phase = (await text('phase')) ?? ''
      const side = await text('side')
      const kind = side ? `${phase} ${side}` : phase
      await check(page, `${kind} (step ${step}) at ${width}x${height}`)
      // The worst case the issue found, pictured at the 16:9 sizes: a per-side caption.
      if (SHOTS && kind === 'Work Left' && !seen.has(kind) && width / height > 1.7)
        await page.screenshot({ path: `${SHOTS}/runner-buttons-shown-${width}x${height}.png` })
      seen.add(kind)
      if (phase === 'Work' && !seen.has('Paused')) {
        await page.keyboard.press('Space')
        await clock.forward(500)
        await wake(page, clock, step + 100)
        await check(page, `paused at ${width}x${height}`)
        seen.add('Paused')
        await page.keyboard.press('Space')
      }
      if (phase === 'Done') {
        // Answered, then each exercise to rate: the Done screen's smallest text.
        await page.keyboard.press('2')
        await page.getByRole('button', { name: /Rate each exercise/ }).click()
        await expect(page.getByRole('group', { name: /How .* felt/ }).first()).toBeVisible()
        await wake(page, clock, step + 200)
        await check(page, `Done, rating each exercise, at ${width}x${height}`)
        seen.add('Done, rating')
        break
      }
      await page.keyboard.press('ArrowRight')
    }
    expect(seen).toEqual(
      new Set([
        'Warm-up',
        'Work',
        'Paused',
        'Rest',
        'Work Left',
        'Switch sides',
        'Work Right',
        'Hold Left',
        'Hold Right',
        'Cool-down',
        'Done',
        'Done, rating',
      ]),
    )
  })
}

/** Six moves of 20 s each way: the longest names of both routines, each beside its clock. */
const ROUTINES = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Every move',
  warmupSec: 120,
  cooldownSec: 120,
  items: [{ exercise: 'squats', sets: 1, seconds: 30 }],
}

for (const [width, height] of SIZES) {
  test(`every warm-up and cool-down move reads beside its own clock at ${width}x${height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height })
    const clock = await openApp(page)
    await importCircuit(page, ROUTINES)
    await startCircuit(page, ROUTINES.name)
    const names: string[] = []
    for (const [phase, moves] of [
      ['Warm-up', 6],
      ['Cool-down', 6],
    ] as const) {
      await expect(page.getByTestId('phase')).toHaveText(phase)
      for (let i = 0; i < moves; i++) {
        await wake(page, clock, names.length)
        const name = (await page.getByTestId('exercise').textContent()) ?? ''
        const at = `${phase}, ${name}, at ${width}x${height}`
        const r = await check(page, at)
        expect(share(r, 'exercise'), `name: ${at}`).toBeGreaterThanOrEqual(0.08)
        expect(share(r, 'move-countdown'), `move's clock: ${at}`).toBeGreaterThanOrEqual(0.045)
        expect(share(r, 'countdown'), `countdown: ${at}`).toBeGreaterThanOrEqual(0.4)
        names.push(name)
        await clock.forward(20_000)
      }
      // From the warm-up's end, past the effort to the cool-down.
      if (phase === 'Warm-up') await clock.forward(30_000)
    }
    expect(names).toContain('Alternating lunges')
    expect(names).toContain('Hip flexor stretch')
    expect(new Set(names).size).toBe(12)
  })
}

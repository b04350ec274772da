import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { importCircuit, openApp, startCircuit, type TestClock } from './helpers'
import { buttonsAt, CIRCUIT, look, settled, share, SIZES } from './room'

/**
 * The runner read from 4 m. Normal sight reads a letter 3% of a 15.6" laptop screen's height
 * there; every line is held to 4.5% (capital height), the name to 8% and the countdown's
 * digits to 40%, with no text over other text or off the screen, at each common size.
 */

/** Where screenshots of every phase go when asked for (`RUNSTRONG_SHOTS=docs/screens`). */
const SHOTS = process.env.RUNSTRONG_SHOTS

for (const [width, height] of SIZES) {
  test(`every phase reads from across the room at ${width}x${height}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height })
    const clock: TestClock = await openApp(page)
    await importCircuit(page, CIRCUIT)
    await startCircuit(page, CIRCUIT.name)
    const seen: string[] = []
    // Pictures at the 16:9 sizes only (the 16:10 ones look the same, a little taller).
    const pictured = SHOTS !== undefined && width / height > 1.7
    if (pictured) mkdirSync(SHOTS, { recursive: true })
    for (let step = 0; step < 30; step++) {
      // Past the moment the buttons step aside (their fade runs on the real clock).
      await clock.forward(3_500)
      if (['Work', 'Hold'].includes((await page.getByTestId('phase').textContent()) ?? ''))
        await buttonsAt(page, '0')
      await settled(page)
      const phase = (await page.getByTestId('phase').textContent()) ?? ''
      const r = await look(page)
      const at = `${phase} (step ${step}) at ${width}x${height}`
      expect(r.overlaps, `text over text: ${at}`).toEqual([])
      expect(r.outside, `text off the screen: ${at}`).toEqual([])
      if (phase !== 'Done') {
        expect(share(r, 'countdown'), `countdown: ${at}`).toBeGreaterThanOrEqual(0.4)
        expect(share(r, 'next'), `Next: ${at}`).toBeGreaterThanOrEqual(0.045)
      }
      const name = r.boxes.find((b) => b.who === 'exercise')?.text
      const wide = width / height > 1.7 || (name?.length ?? 0) < 20
      if (r.boxes.some((b) => b.who === 'exercise'))
        expect(share(r, 'exercise'), `name: ${at}`).toBeGreaterThanOrEqual(wide ? 0.08 : 0.07)
      if (r.boxes.some((b) => b.who === 'side'))
        expect(share(r, 'side'), `side: ${at}`).toBeGreaterThanOrEqual(0.045)
      if (phase === 'Work' || phase === 'Hold') {
        // During an effort nothing smaller than a readable line stays on the runner.
        const small = r.boxes.filter((b) => b.share < 0.045).map((b) => `${b.who} "${b.text}"`)
        expect(small, `small text in an effort: ${at}`).toEqual([])
        expect(share(r, 'cues'), `cue: ${at}`).toBeGreaterThanOrEqual(0.045)
      }
      if (phase === 'Work' && !seen.includes('Paused')) {
        // Paused, the cue line says so, as large; nothing else moves.
        await page.keyboard.press('Space')
        await clock.forward(500)
        const paused = await look(page)
        expect(paused.overlaps, `text over text: paused ${at}`).toEqual([])
        const badge = paused.boxes.find((b) => b.text === 'Paused')
        expect(badge?.share, `paused: ${at}`).toBeGreaterThanOrEqual(0.045)
        expect(share(paused, 'countdown')).toBeGreaterThanOrEqual(0.4)
        if (pictured) {
          await page.waitForTimeout(500)
          await page.screenshot({ path: `${SHOTS}/runner-paused-${width}x${height}.png` })
        }
        await page.keyboard.press('Space')
        seen.push('Paused')
        await clock.forward(3_500)
      }
      if (pictured && !seen.includes(phase)) {
        // The buttons' fade runs on the real clock: let it finish before the picture.
        await page.waitForTimeout(500)
        const file = phase.toLowerCase().replace(/[^a-z]+/g, '-')
        await page.screenshot({ path: `${SHOTS}/runner-${file}-${width}x${height}.png` })
      }
      seen.push(phase)
      if (phase === 'Done') break
      await page.keyboard.press('ArrowRight')
    }
    expect(new Set(seen)).toEqual(
      new Set(['Warm-up', 'Work', 'Paused', 'Rest', 'Switch sides', 'Hold', 'Cool-down', 'Done']),
    )
  })
}

test.describe('an effort seen from the mat', () => {
  const SIDES = {
    format: 'runner-strength-circuit',
    version: 1,
    name: 'Sides',
    warmupSec: 0,
    switchSidesSec: 5,
    items: [{ exercise: 'side-plank', sets: 1, seconds: 30 }],
  }

  test('the side is a band down that side of the screen, with an arrow and its name', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await importCircuit(page, SIDES)
    await startCircuit(page, SIDES.name)
    const band = async () =>
      page.getByTestId('side').evaluate((el) => {
        const r = el.parentElement!.getBoundingClientRect()
        return {
          word: el.textContent,
          arrow: el.parentElement!.textContent.replace(el.textContent, '').trim(),
          left: r.left,
          right: r.right,
          height: r.height,
        }
      })
    const left = await band()
    expect(left).toMatchObject({ word: 'Left', arrow: '\u2190', left: 0, height: 720 })
    await clock.forward(30_000 + 5_000)
    await expect(page.getByTestId('side')).toHaveText('Right')
    const right = await band()
    expect(right).toMatchObject({ arrow: '\u2192', right: 1280, height: 720 })
  })

  test('the form cues take turns on one large line; a screen reader gets them all', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await importCircuit(page, SIDES)
    await startCircuit(page, SIDES.name)
    const cues = page.getByTestId('cues')
    const line = cues.locator('p')
    await expect(line).toHaveText('Shoulders, hips, knees, feet in line')
    await clock.forward(6_000)
    await expect(line).not.toHaveText('Shoulders, hips, knees, feet in line')
    // All of them, as a list without bullets, for a screen reader.
    const listed = await cues.getByRole('listitem').allTextContents()
    expect(listed[0]).toBe('Shoulders, hips, knees, feet in line')
    expect(listed.length).toBeGreaterThanOrEqual(4)
    expect(listed.join(' ')).not.toMatch(/•/)
  })

  test('left alone, the buttons step aside during an effort and come back on a move', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await importCircuit(page, SIDES)
    await startCircuit(page, SIDES.name)
    const buttons = page.getByRole('group', { name: 'Session controls' })
    // Focus starts on the runner itself: not the page, not a button that keeps them showing.
    await expect(page.getByRole('main', { name: 'Session runner' })).toBeFocused()
    await clock.forward(3_000)
    await expect(buttons).toHaveCSS('opacity', '0')
    await page.mouse.move(200, 200)
    await page.mouse.move(300, 300)
    await clock.forward(100)
    await expect(buttons).toHaveCSS('opacity', '1')
    // A rest keeps them: there is room for them there.
    await page.keyboard.press('Space')
    await clock.forward(5_000)
    await expect(buttons).toHaveCSS('opacity', '1')
  })

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true })

    test('a tap on a faded button only brings the buttons back; the next tap presses it', async ({
      page,
    }) => {
      const clock = await openApp(page)
      await importCircuit(page, SIDES)
      await startCircuit(page, SIDES.name)
      const buttons = page.getByRole('group', { name: 'Session controls' })
      const countdown = page.getByTestId('countdown')
      await clock.forward(3_000)
      await expect(buttons).toHaveCSS('opacity', '0')
      const box = await buttons.getByRole('button', { name: 'Pause' }).boundingBox()
      if (!box) throw new Error('the Pause button has no box')
      const tapPause = () => page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)

      await tapPause()
      await clock.forward(100)
      await expect(buttons).toHaveCSS('opacity', '1')
      await expect(countdown).not.toHaveAttribute('data-paused', 'true')

      await tapPause()
      await clock.forward(100)
      await expect(countdown).toHaveAttribute('data-paused', 'true')
    })
  })
})

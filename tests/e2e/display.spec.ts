import { expect, test, type Page } from '@playwright/test'
import { measureContrast } from './contrast'
import { importCircuit, openApp, startCircuit } from './helpers'

const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Display check',
  warmupSec: 0,
  restBetweenSetsSec: 20,
  items: [{ exercise: 'side-plank', sets: 2, seconds: 30 }],
}

async function boxes(page: Page) {
  return page.evaluate(() => {
    const rect = (sel: string) => {
      const el = document.querySelector(sel)
      if (!el) return null
      const r = el.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height }
    }
    const clipped = [...document.querySelectorAll('.runner *')].filter((el) => {
      const r = el.getBoundingClientRect()
      return (
        r.width > 0 &&
        (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1)
      )
    })
    return {
      countdown: rect('[data-testid="countdown"]'),
      clipped: clipped.map((el) => el.outerHTML.slice(0, 80)),
      viewport: { width: innerWidth, height: innerHeight },
    }
  })
}

for (const [label, width, height] of [
  ['1920x1080', 1920, 1080],
  ['1280x720', 1280, 720],
  ['portrait 1080x1920', 1080, 1920],
] as const) {
  test(`the countdown is big and nothing is cut off at ${label}`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await openApp(page)
    await importCircuit(page, CIRCUIT)
    await startCircuit(page, CIRCUIT.name)
    for (const phase of ['Hold', 'Switch sides', 'Hold', 'Rest']) {
      await expect(page.getByTestId('phase')).toHaveText(phase)
      const b = await boxes(page)
      expect(b.clipped, `${phase}: clipped elements`).toEqual([])
      if (label === '1920x1080') expect(b.countdown!.height / height).toBeGreaterThanOrEqual(0.35)
      else
        expect(b.countdown!.height / height).toBeGreaterThanOrEqual(
          label.startsWith('portrait') ? 0.15 : 0.3,
        )
      await page.keyboard.press('ArrowRight')
    }
  })
}

test('every text on the runner, dimmed controls too, has 7:1 contrast with the phase colour', async ({
  page,
}) => {
  await openApp(page)
  await importCircuit(page, CIRCUIT)
  await startCircuit(page, CIRCUIT.name)
  const add = page.getByRole('button', { name: 'Add 15 seconds' })
  for (let i = 0; i < 5; i++) {
    const phase = (await page.getByTestId('phase').textContent()) ?? ''
    // Every opacity on the way counts: a faded button fades its words.
    const { measured, low } = await page.evaluate(measureContrast, ['.runner *', 7] as const)
    expect(low, phase).toEqual([])
    expect(measured, phase).toContain('button "Add 15 seconds"')
    // Outside rests it is the dimmed one: measured so, not left out.
    if (phase !== 'Rest') await expect(add).toHaveAccessibleDescription('Lengthens rests only')
    await page.keyboard.press('ArrowRight')
  }
})

test('keyboard focus is always visible, on every runner control', async ({ page }) => {
  await openApp(page)
  await importCircuit(page, CIRCUIT)
  await startCircuit(page, CIRCUIT.name)
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const s = getComputedStyle(el)
      return {
        tag: el.tagName,
        style: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
        name: el.textContent,
      }
    })
    expect(outline.tag, `tab ${i}`).toBe('BUTTON')
    expect(outline.style, outline.name).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(3)
  }
})

test('respects reduced motion: no pulsing countdown', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const clock = await openApp(page)
  await importCircuit(page, CIRCUIT)
  await startCircuit(page, CIRCUIT.name)
  await clock.forward(28_000)
  const countdown = page.getByTestId('countdown')
  await expect(countdown).toHaveClass(/final/)
  expect(await countdown.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  expect(await countdown.evaluate((el) => getComputedStyle(el).animationName)).toBe('pulse')
})

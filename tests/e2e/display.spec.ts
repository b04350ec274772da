import { expect, test, type Page } from '@playwright/test'
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

test('every text on the runner has 7:1 contrast with the phase colour', async ({ page }) => {
  await openApp(page)
  await importCircuit(page, CIRCUIT)
  await startCircuit(page, CIRCUIT.name)
  for (let i = 0; i < 5; i++) {
    const worst = await page.evaluate(() => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
      const lum = ([r, g, b]: number[]) => {
        const ch = (v: number) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        }
        return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!)
      }
      const bgOf = (el: Element | null): number[] => {
        while (el) {
          const c = parse(getComputedStyle(el).backgroundColor)
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3)
          el = el.parentElement
        }
        return [255, 255, 255]
      }
      let min = 21
      for (const el of document.querySelectorAll('.runner *')) {
        if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue
        const fg = lum(parse(getComputedStyle(el).color))
        const bg = lum(bgOf(el))
        min = Math.min(min, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05))
      }
      return { min, phase: document.querySelector('[data-testid="phase"]')!.textContent }
    })
    expect(worst.min, worst.phase).toBeGreaterThanOrEqual(7)
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

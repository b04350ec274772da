import { expect, test, type Page } from '@playwright/test'
import { measureContrast } from './contrast'
import { importCircuit, openApp, startCircuit } from './helpers'

// Light pages for a bright room, dark for a dim one: the system's choice by default, or the
// one made in Settings; every screen readable in both.

const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Theme check',
  warmupSec: 60,
  restBetweenSetsSec: 20,
  items: [
    { exercise: 'squats', sets: 2, reps: 10 },
    { exercise: 'side-plank', sets: 1, seconds: 20 },
  ],
}

/** The page's background, as `rgb(…)`. */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map((v) => {
    const s = Number(v) / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const SCREENS = [
  ['Circuits', 'Circuits'],
  ['Week', 'Week'],
  ['History', 'History'],
  ['Settings', 'Settings'],
  ['About', 'About Runstrong'],
] as const

for (const scheme of ['light', 'dark'] as const) {
  test(`with the system ${scheme}, every screen is ${scheme} and its text holds 4.5:1`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await importCircuit(page, CIRCUIT)
    const bg = luminance(await background(page))
    expect(scheme === 'light' ? bg > 0.8 : bg < 0.05, `background luminance ${bg}`).toBe(true)
    for (const [link, heading] of SCREENS) {
      await page.getByRole('link', { name: link }).click()
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
      const { measured, low } = await page.evaluate(measureContrast, ['body *', 4.5] as const)
      expect(low, `${link} in ${scheme}`).toEqual([])
      expect(measured.length, `${link}: text measured`).toBeGreaterThan(3)
    }
  })

  test(`with the system ${scheme}, every text on the runner holds 7:1 in each phase`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await importCircuit(page, CIRCUIT)
    await startCircuit(page, CIRCUIT.name)
    const seen: string[] = []
    for (let i = 0; i < 6; i++) {
      const phase = (await page.getByTestId('phase').textContent()) ?? ''
      seen.push(phase)
      const { measured, low } = await page.evaluate(measureContrast, ['body *', 7] as const)
      expect(low, `${phase} in ${scheme}`).toEqual([])
      expect(measured).toContain('caption')
      await page.keyboard.press('ArrowRight')
    }
    expect(seen).toEqual(['Warm-up', 'Work', 'Rest', 'Work', 'Rest', 'Hold'])
    await page.keyboard.press('Escape')
    const leave = page.getByRole('dialog', { name: 'Leave this session?' })
    await expect(leave).toBeVisible()
    const { low } = await page.evaluate(measureContrast, ['[role=dialog] *', 7] as const)
    expect(low, `the leave question in ${scheme}`).toEqual([])
  })
}

test('a theme chosen in Settings wins over the system’s, stays after a restart, and can follow it again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  const dark = await background(page)
  expect(luminance(dark)).toBeLessThan(0.05)
  await page.getByRole('link', { name: 'Settings' }).click()
  const theme = page.getByRole('combobox', { name: 'Theme' })
  await expect(theme.locator('option:checked')).toHaveText('Follow the system: dark')
  await theme.selectOption('light')
  await expect.poll(() => background(page).then(luminance)).toBeGreaterThan(0.8)

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  expect(luminance(await background(page))).toBeGreaterThan(0.8)
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light')

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system')
  await expect.poll(() => background(page)).toBe(dark)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(() => background(page).then(luminance)).toBeGreaterThan(0.8)
})

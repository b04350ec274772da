import { expect, test } from '@playwright/test'
import { importCircuit, openApp, startCircuit } from './helpers'
import { readText } from './read-text'

/** The end of a session: what was done and how it felt, and no clock left at zero. */
const SHORT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Short and done',
  warmupSec: 0,
  items: [{ exercise: 'squats', sets: 1, seconds: 5 }],
}

test('the Done screen shows no zero clock; the timer stays for screen readers', async ({
  page,
}) => {
  const clock = await openApp(page)
  await importCircuit(page, SHORT)
  await startCircuit(page, SHORT.name)
  await clock.forward(10_000)
  await expect(page.getByTestId('phase')).toHaveText('Done')
  // The testing contract's hooks are still there, out of sight.
  await expect(page.getByRole('timer', { name: 'Session complete' })).toHaveText('0:00')
  await expect(page.getByTestId('session-remaining')).toHaveText('0:00')
  const seen = (await page.evaluate(readText, 'main.runner')).boxes.map((b) => b.text)
  expect(seen).toContain('Short and done')
  expect(seen.filter((t) => /^0:00/.test(t))).toEqual([])
})

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`every text on the Done screen is at least 1.5% of the height at ${width}x${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    const clock = await openApp(page)
    await importCircuit(page, SHORT)
    await startCircuit(page, SHORT.name)
    await clock.forward(10_000)
    const small = async () =>
      (await page.evaluate(readText, 'main.runner')).boxes
        .filter((b) => b.share < 0.015)
        .map((b) => `${b.who} "${b.text}" at ${(b.share * 100).toFixed(2)}%`)
    expect(await small()).toEqual([])
    // Answered, then each exercise to rate: the smallest buttons of the Done screen.
    await page.getByRole('button', { name: '2 · About right' }).click()
    await page.getByRole('button', { name: /Rate each exercise/ }).click()
    await expect(page.getByRole('group', { name: 'How Squats felt' })).toBeVisible()
    expect(await small()).toEqual([])
  })
}

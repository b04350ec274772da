import { expect, test } from '@playwright/test'
import { EXAMPLE, importCircuit, openApp } from './helpers'

test.describe('the builder’s words', () => {
  test('names each field as the builder shows it, beside the field, and clears when fixed', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Words')
    await page.getByRole('button', { name: 'Add exercise' }).click()
    await page.getByRole('button', { name: 'Squats', exact: true }).click()
    const row = page.getByRole('listitem', { name: '1. Squats' })
    // The field's name is its label alone, the message its description.
    const sets = row.getByRole('spinbutton', { name: 'Sets', exact: true })
    await sets.fill('11')
    await expect(sets).toHaveAccessibleName('Sets')
    await expect(sets).toHaveAccessibleDescription('A whole number from 1 to 10')
    await expect(sets).toHaveAttribute('aria-invalid', 'true')
    const warmup = page.getByRole('spinbutton', { name: 'Warm-up (s)', exact: true })
    await warmup.fill('2000')
    await expect(warmup).toHaveAccessibleDescription('A whole number of seconds from 0 to 1800')

    await page.getByRole('button', { name: 'Save' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Exercise 1, Sets: a whole number from 1 to 10')
    await expect(alert).toContainText('Warm-up: a whole number of seconds from 0 to 1800')
    await expect(alert).not.toContainText('items[')
    await expect(alert).not.toContainText('warmupSec')

    // Each message goes the moment its field is right.
    await sets.fill('3')
    await expect(sets).not.toHaveAttribute('aria-invalid')
    await expect(sets).not.toHaveAttribute('aria-describedby')
    await expect(alert).not.toContainText('Exercise 1, Sets')
    await expect(alert).toContainText('Warm-up: a whole number of seconds from 0 to 1800')
    await warmup.fill('300')
    await expect(alert).toHaveCount(0)
    await expect(page.getByText('A whole number', { exact: false })).toHaveCount(0)
  })

  test('ties the name’s message to the name, outside its label', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    const name = page.getByRole('textbox', { name: 'Name', exact: true })
    await name.fill(' ')
    await expect(name).toHaveAccessibleName('Name')
    await expect(name).toHaveAccessibleDescription('1 to 80 characters')
    await name.fill('Fixed')
    await expect(name).not.toHaveAttribute('aria-describedby')
    await expect(page.getByText('1 to 80 characters')).toHaveCount(0)
  })

  test('previews the session in the runner’s words', async ({ page }) => {
    await openApp(page)
    await importCircuit(page, EXAMPLE)
    await page.getByRole('button', { name: 'Edit' }).click()
    // The example: warm-up 5:00, squats 2 x 15 at 3 s, 30 s between sets, 60 s between exercises.
    await expect(page.getByTestId('phase-preview')).toHaveText(
      'Phase by phase: Warm-up 5:00, Squats 0:45, Rest 0:30, Squats 0:45, Rest 1:00, ' +
        'Walking Lunges 0:48, Rest 0:30, Walking Lunges 0:48 and 5 more phases',
    )
    await expect(page.getByTestId('phase-preview')).not.toContainText(/warmup|work /)
  })
})

test.describe('the Done screen', () => {
  test('shows every exercise to rate at 1280x720, clear of the controls', async ({ page }) => {
    const ids = [
      'squats',
      'press-ups',
      'step-ups',
      'dumbbell-row',
      'burpees',
      'front-lunges',
      'glute-bridge',
      'plank',
    ]
    const clock = await openApp(page)
    await importCircuit(page, {
      ...EXAMPLE,
      name: 'Eight moves',
      warmupSec: 0,
      cooldownSec: 0,
      restBetweenSetsSec: 0,
      restBetweenExercisesSec: 0,
      items: ids.map((exercise) => ({ exercise, sets: 1, seconds: 5, perSide: false })),
    })
    await page.getByRole('button', { name: /^Start/ }).click()
    await clock.forward(60_000)
    // The answer key is taken once the question is there.
    await expect(page.getByText('How did it feel?')).toBeVisible()
    await page.keyboard.press('2')
    await page.getByRole('button', { name: 'Rate each exercise (optional)' }).click()
    await expect(
      page.getByRole('button', { name: 'Rate each exercise (optional)' }),
    ).toHaveAttribute('aria-expanded', 'true')
    const groups = page.getByRole('group', { name: /^How .* felt$/ })
    await expect(groups).toHaveCount(8)
    const controlsTop = await page
      .getByRole('button', { name: 'Back to circuits' })
      .evaluate((b) => b.getBoundingClientRect().top)
    for (const group of await groups.all()) {
      await expect(group).toBeInViewport({ ratio: 1 })
      const box = await group.evaluate((g) => g.getBoundingClientRect().bottom)
      expect(box).toBeLessThan(controlsTop)
    }
    await expect(page.getByTestId('rate-count')).toHaveText('8 exercises')
  })

  test('says plainly when the list scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 600 })
    const clock = await openApp(page)
    const ids = ['squats', 'press-ups', 'step-ups', 'dumbbell-row', 'burpees', 'front-lunges']
    await importCircuit(page, {
      ...EXAMPLE,
      warmupSec: 0,
      cooldownSec: 0,
      restBetweenSetsSec: 0,
      restBetweenExercisesSec: 0,
      items: [...ids, 'glute-bridge', 'plank', 'leg-raises', 'superman'].map((exercise) => ({
        exercise,
        sets: 1,
        seconds: 5,
        perSide: false,
      })),
    })
    await page.getByRole('button', { name: /^Start/ }).click()
    await clock.forward(80_000)
    await expect(page.getByText('How did it feel?')).toBeVisible()
    await page.keyboard.press('2')
    await page.getByRole('button', { name: 'Rate each exercise (optional)' }).click()
    await expect(page.getByTestId('rate-count')).toHaveText(
      '10 exercises: scroll the list for all of them',
    )
    const list = page.getByRole('list').filter({ has: page.getByRole('group') })
    await expect(list).toHaveAccessibleDescription('10 exercises: scroll the list for all of them')
    // The last row is reached by scrolling the list itself.
    const last = page.getByRole('group', { name: 'How Superman / Back Extension felt' })
    await last.scrollIntoViewIfNeeded()
    await expect(last).toBeInViewport({ ratio: 1 })
  })
})

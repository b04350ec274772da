import { expect, test, type Page } from '@playwright/test'
import { EXAMPLE, importCircuit, openApp } from './helpers'

/** What holds focus: never the page's body after an action. */
async function expectFocusOffBody(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName ?? 'none'))
    .not.toMatch(/^(BODY|none)$/)
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true })

async function pick(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await page.getByRole('button', { name, exact: true }).click()
}

test.describe('focus after each action', () => {
  test('the builder: New circuit, picking, removing, closing the picker, Save', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await page.getByRole('textbox', { name: 'Name' }).fill('Focus legs')

    await page.getByRole('button', { name: 'Add exercise' }).click()
    await expect(page.getByRole('searchbox', { name: 'Search exercises' })).toBeFocused()
    await page.getByRole('button', { name: 'Squats', exact: true }).click()
    const squats = page.getByRole('listitem', { name: '1. Squats' })
    await expect(squats.getByRole('spinbutton', { name: 'Sets' })).toBeFocused()
    await expectFocusOffBody(page)

    await pick(page, 'Plank')
    await expect(
      page.getByRole('listitem', { name: '2. Plank' }).getByRole('spinbutton', { name: 'Sets' }),
    ).toBeFocused()

    // Removing a row: the row that takes its place, else the one before.
    await squats.getByRole('button', { name: 'Remove' }).click()
    await expect(
      page.getByRole('listitem', { name: '1. Plank' }).getByRole('spinbutton', { name: 'Sets' }),
    ).toBeFocused()
    await page
      .getByRole('listitem', { name: '1. Plank' })
      .getByRole('button', { name: 'Remove' })
      .click()
    await expect(page.getByRole('button', { name: 'Add exercise' })).toBeFocused()

    // Closing the picker without a pick: back to the button that opened it.
    await page.getByRole('button', { name: 'Add exercise' }).click()
    await page.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('button', { name: 'Add exercise' })).toBeFocused()

    await pick(page, 'Glute Bridge')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(heading(page, 'Focus legs')).toBeFocused()
  })

  test('a refused Save: to the list of problems, and each problem to its field', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await page.getByRole('button', { name: 'Save' }).click()
    const problems = page.getByRole('alert')
    await expect(problems).toBeFocused()
    await problems.getByRole('button', { name: 'Name: 1 to 80 characters' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await problems
      .getByRole('button', { name: 'Exercises: a circuit holds 1 to 50 exercises' })
      .click()
    await expect(page.getByRole('button', { name: 'Add exercise' })).toBeFocused()
  })

  test('editing, cancelling, Generate, Create, deleting and Undo', async ({ page }) => {
    await openApp(page)
    await importCircuit(page, EXAMPLE)
    await expect(heading(page, 'Easy-run day legs')).toBeFocused()

    await page.getByRole('button', { name: 'Edit' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(heading(page, 'Easy-run day legs')).toBeFocused()

    await page.getByRole('button', { name: 'Generate' }).click()
    await expect(page.getByRole('spinbutton', { name: 'Minutes' })).toBeFocused()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(heading(page, 'Easy-run day legs')).toBeFocused()
    await page.getByRole('button', { name: 'Generate' }).click()
    await page.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(heading(page, 'Easy-run day legs')).toBeFocused()

    await page.getByRole('button', { name: 'Delete' }).click()
    await expect(heading(page, 'Your circuits')).toBeFocused()
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(heading(page, 'Easy-run day legs')).toBeFocused()
  })

  test('Duplicate opens the copy, and dismissing a refused import returns to Import', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: 'Duplicate' }).click()
    await expect(heading(page, 'Quick 15 (copy)')).toBeFocused()

    await importCircuit(page, 'not a circuit', 'notes.txt')
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click()
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused()
  })

  test('the Done screen: the question, the answer said back, then Back to circuits', async ({
    page,
  }) => {
    const clock = await openApp(page)
    const short = {
      ...EXAMPLE,
      name: 'Two moves',
      warmupSec: 0,
      cooldownSec: 0,
      items: [
        { exercise: 'squats', sets: 1, seconds: 5 },
        { exercise: 'plank', sets: 1, seconds: 5 },
      ],
    }
    await importCircuit(page, short)
    await page.getByRole('button', { name: /^Start/ }).click()
    await clock.forward(80_000)
    await expect(page.getByTestId('phase')).toHaveText('Done')
    // The runner's countdown says what it is at the end, and keeps its hooks.
    const timer = page.getByRole('timer', { name: 'Session complete' })
    await expect(timer).toHaveText('0:00')
    await expect(timer).toHaveAttribute('data-testid', 'countdown')

    await expect(page.getByText('How did it feel?')).toBeFocused()
    await page.getByRole('button', { name: '2 · About right' }).click()
    await expect(page.getByText('Noted: about right')).toBeFocused()
    await page.getByRole('button', { name: 'Back to circuits' }).click()
    await expect(heading(page, 'Circuits')).toBeFocused()
    await expectFocusOffBody(page)
  })

  test('the Done screen after skipping the question: the summary', async ({ page }) => {
    const clock = await openApp(page)
    await importCircuit(page, {
      ...EXAMPLE,
      warmupSec: 0,
      cooldownSec: 0,
      items: [{ exercise: 'squats', sets: 1, seconds: 5 }],
    })
    await page.getByRole('button', { name: /^Start/ }).click()
    await clock.forward(10_000)
    await page.getByRole('button', { name: 'Skip question' }).click()
    await expect(page.locator('.summary')).toBeFocused()
  })
})

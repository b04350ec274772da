import { expect, test, type Page } from '@playwright/test'
import { openApp } from './helpers'

async function addExercise(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await page.getByRole('button', { name, exact: true }).click()
}

const rowNames = (page: Page) => page.locator('.rows > li .row-name').allTextContents()

test.describe('the circuit builder', () => {
  test('builds a circuit from the picker, shows its length live, and saves it', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday legs')
    await addExercise(page, 'Squats')
    // Warm-up 5:00, then 2 x 15 reps at 3 s with a 30 s rest: 45 + 30 + 45 s.
    await expect(page.getByTestId('planned-duration')).toHaveText('7:00')
    await addExercise(page, 'Side Plank')
    const side = page.getByRole('listitem').filter({ hasText: 'Side Plank' })
    await expect(side.getByRole('checkbox', { name: 'Per side' })).toBeChecked()
    await expect(side.getByRole('spinbutton', { name: 'Seconds' })).toHaveValue('30')
    // + 60 s rest, then 2 x (30 + 5 + 30) with a 30 s rest.
    await expect(page.getByTestId('planned-duration')).toHaveText('10:40')
    const squats = page.getByRole('listitem').filter({ hasText: 'Squats' })
    await squats.getByRole('spinbutton', { name: 'Sets' }).fill('3')
    await expect(page.getByTestId('planned-duration')).toHaveText('11:55')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('button', { name: /^Tuesday legs/ })).toBeVisible()
    await expect(page.getByTestId('planned-duration')).toHaveText('11:55')
    await page.reload()
    await expect(page.getByRole('button', { name: /^Tuesday legs/ })).toBeVisible()
  })

  test('reorders rows with the buttons and with Alt+Arrow keys', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await addExercise(page, 'Squats')
    await addExercise(page, 'Plank')
    await addExercise(page, 'Glute Bridge')
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Glute Bridge' })
      .getByRole('button', { name: 'Move up' })
      .click()
    expect(await rowNames(page)).toEqual(['Squats', 'Glute Bridge', 'Plank'])
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Squats' })
      .getByRole('button', { name: 'Move down' })
      .focus()
    await page.keyboard.press('Alt+ArrowDown')
    expect(await rowNames(page)).toEqual(['Glute Bridge', 'Squats', 'Plank'])
    await page.keyboard.press('Alt+ArrowDown')
    expect(await rowNames(page)).toEqual(['Glute Bridge', 'Plank', 'Squats'])
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Plank' })
      .getByRole('button', { name: 'Remove' })
      .click()
    expect(await rowNames(page)).toEqual(['Glute Bridge', 'Squats'])
  })

  test('reorders rows by dragging with a pointer', async ({ page }) => {
    // Tall enough that the three rows (the bridge's own pace open) are all in view.
    await page.setViewportSize({ width: 1280, height: 1400 })
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await addExercise(page, 'Squats')
    await addExercise(page, 'Plank')
    await addExercise(page, 'Glute Bridge')
    const handle = page.locator('.rows > li').nth(2).locator('.drag-handle')
    const target = page.locator('.rows > li').nth(0)
    const from = (await handle.boundingBox())!
    const to = (await target.boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 })
    await page.mouse.move(to.x + 30, to.y + 5, { steps: 15 })
    await page.mouse.up()
    await expect.poll(() => rowNames(page)).toEqual(['Glute Bridge', 'Squats', 'Plank'])
  })

  test('validates inline with the file format’s messages and refuses to save', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    // A fresh circuit is not scolded until Save is tried.
    await expect(page.getByText('A circuit holds 1 to 50 exercises')).toHaveCount(0)
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('alert')).toContainText('Name: 1 to 80 characters')
    await expect(page.getByRole('alert')).toContainText(
      'Exercises: a circuit holds 1 to 50 exercises',
    )
    await page.getByRole('textbox', { name: 'Name' }).fill('Too much')
    await addExercise(page, 'Squats')
    const reps = page
      .getByRole('listitem')
      .filter({ hasText: 'Squats' })
      .getByRole('spinbutton', { name: 'Reps' })
    await reps.fill('101')
    await expect(reps).toHaveAccessibleDescription('A whole number from 1 to 100')
    await expect(page.getByText('A whole number from 1 to 100', { exact: true })).toBeVisible()
    await expect(page.getByTestId('planned-duration')).toHaveText('–:––')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('alert')).toContainText(
      'Exercise 1, Reps: a whole number from 1 to 100',
    )
    await expect(page.getByRole('button', { name: /^Too much/ })).toHaveCount(0)
  })

  test('asks before leaving with unsaved changes', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Draft')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible()
    await page.getByRole('button', { name: 'Keep editing' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Draft')
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible()
    await page.getByRole('button', { name: 'Keep editing' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Draft')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Leave' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveCount(0)
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible()
  })

  test('edits a saved circuit in place, and opens a preset as a copy', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: /^Beginner 15/ }).click()
    await page.getByRole('button', { name: 'Edit' }).click()
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Beginner 15 (copy)')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('button', { name: /^Beginner 15 \(copy\)/ })).toBeVisible()
    await page.getByRole('button', { name: 'Edit' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('My beginner')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('button', { name: /^My beginner/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Beginner 15 \(copy\)/ })).toHaveCount(0)
  })

  test('the library filters by muscle, equipment and benefit, and shows each exercise’s facts', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New circuit' }).click()
    await page.getByRole('button', { name: 'Add exercise' }).click()
    const picker = page.getByRole('region', { name: 'Pick an exercise' })
    await expect(picker).toContainText('19 of 19 exercises')
    await picker.getByRole('combobox', { name: 'At hand' }).selectOption('No equipment')
    await expect(picker.getByRole('button', { name: 'Box Jumps', exact: true })).toHaveCount(0)
    await expect(picker.getByRole('button', { name: 'Dumbbell Row', exact: true })).toHaveCount(0)
    await picker.getByRole('combobox', { name: 'Muscle' }).selectOption('obliques')
    await expect(picker).toContainText('1 of 19 exercises')
    await picker.getByRole('button', { name: 'Details' }).click()
    await expect(picker).toContainText('2 x 30-45 s per side')
    await expect(picker).toContainText('Shoulders, Obliques, Quads')
    await expect(picker).toContainText('Dip the hip to the floor and back up')
    await picker.getByRole('button', { name: 'Side Plank', exact: true }).click()
    await expect(page.getByRole('listitem').filter({ hasText: 'Side Plank' })).toBeVisible()
  })
})

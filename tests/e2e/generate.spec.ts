import { expect, test } from '@playwright/test'
import { openApp } from './helpers'

test('generates a circuit that fits the minutes asked, and saves it', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Generate' }).click()
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('20')
  await page.getByRole('checkbox', { name: 'Dumbbells' }).check()
  const preview = page.locator('.preview')
  const first = await preview.textContent()
  await page.getByRole('button', { name: 'Shuffle' }).click()
  await expect(preview).not.toHaveText(first!)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Full body, 20 minutes')
  const planned = await page.getByTestId('planned-duration').textContent()
  const [m, s] = planned!.split(':').map(Number)
  const minutes = m! + s! / 60
  expect(Math.abs(minutes - 20)).toBeLessThanOrEqual(2)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status')).toHaveText(/Saved "Full body, 20 minutes"/)
  await page.reload()
  await expect(page.getByRole('button', { name: /^Full body, 20 minutes/ })).toBeVisible()
})

test('says what is wrong with the minutes and creates nothing', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Generate' }).click()
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('5')
  await expect(page.getByRole('spinbutton', { name: 'Minutes' })).toHaveAccessibleDescription(
    'A whole number from 10 to 60',
  )
  await expect(page.getByText('A whole number from 10 to 60')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create' })).toBeDisabled()
})

test('tells someone new the article’s start, and still makes the minutes asked', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Generate' }).click()
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('30')
  await expect(page.getByTestId('beginner-advice')).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'New to strength training' }).check()
  await expect(page.getByTestId('beginner-advice')).toContainText('one 15-minute session a week')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('planned-duration')).toHaveText(/^(2[7-9]|3[0-3]):\d\d$/)
})

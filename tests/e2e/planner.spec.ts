import { expect, test } from '@playwright/test'
import { openApp } from './helpers'

test('proposes strength days by the article’s rules and says what today holds', async ({
  page,
}) => {
  await openApp(page) // the page clock says Monday morning
  await expect(page.getByTestId('today')).toHaveText('Today · Rest day')
  await page.getByRole('link', { name: 'Week' }).click()
  const reasons = page.getByTestId('plan-reasons')
  await expect(reasons).toContainText(
    'Tuesday: after your easy run; the workout tomorrow could not be avoided',
  )
  await expect(reasons).toContainText('Thursday: after your easy run')
  const sunday = page.getByRole('row', { name: /Sunday/ })
  await expect(sunday.getByRole('checkbox')).toBeDisabled()
  await expect(sunday).toContainText('Never on a long-run day')

  await page.getByRole('combobox', { name: 'Monday running' }).selectOption('easy')
  await page
    .getByRole('combobox', { name: 'Circuit for strength days' })
    .selectOption({ label: 'Quick 15' })
  await expect(reasons).toContainText('Monday: after your easy run')

  // Moving a day by hand sticks, and the suggestion stays one click away.
  await page
    .getByRole('row', { name: /Friday/ })
    .getByRole('checkbox')
    .check()
  await expect(reasons).toContainText('Friday: on a rest day (your choice)')
  await page.reload()
  await page.getByRole('link', { name: 'Circuits' }).click()
  await expect(page.getByTestId('today')).toHaveText(
    'Today · Strength after your easy run: Quick 15',
  )
})

test('says 4 or 5 sessions a week are the article’s short ones', async ({ page }) => {
  await openApp(page)
  await page.getByRole('link', { name: 'Week' }).click()
  await expect(page.getByTestId('sessions-advice')).toHaveCount(0)
  await page.getByRole('spinbutton', { name: 'Strength sessions a week' }).fill('4')
  await expect(page.getByTestId('sessions-advice')).toContainText(
    'only as short sessions of 10 to 15 minutes',
  )
})

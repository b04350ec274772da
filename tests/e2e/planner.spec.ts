import { expect, test } from '@playwright/test'
import { openApp } from './helpers'

test('proposes strength days by the article’s rules and says what today holds', async ({
  page,
}) => {
  await openApp(page) // the page clock says Monday morning
  // A week plan nobody has set says nothing about today.
  await expect(page.getByTestId('today')).toHaveCount(0)
  await page.getByRole('link', { name: 'Week' }).click()
  const reasons = page.getByTestId('plan-reasons')
  // Clear of the day before the workout and the long run, and never back to back.
  await expect(reasons).toContainText('Monday: on a rest day')
  await expect(reasons).toContainText('Thursday: after your easy run')
  await expect(reasons).not.toContainText('could not be avoided')
  const sunday = page.getByRole('row', { name: /Sunday/ })
  await expect(sunday.getByRole('checkbox')).toBeDisabled()
  await expect(sunday).toContainText('Long run: no strength')
  await expect(page.getByRole('checkbox', { name: 'Strength on Monday' })).toBeChecked()

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

test('runs a six-week programme on the strength days: where you are, and this week’s session', async ({
  page,
}) => {
  const clock = await openApp(page)
  await page.getByRole('link', { name: 'Week' }).click()
  await page.getByRole('button', { name: 'Start the six-week programme' }).click()
  const status = page.getByTestId('programme-status')
  await expect(status).toHaveText(/^Week 1 of 6 · 0 of 2 sessions this week · next session today$/)
  await page.getByRole('button', { name: 'Start this week’s session' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Warm-up')
  // The whole session, done: a session counts for the programme only with two thirds of its
  // efforts done.
  await clock.forward(61 * 60_000)
  await expect(page.getByTestId('phase')).toHaveText('Done')
  await page.getByRole('button', { name: 'Back to circuits' }).click()
  await page.getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('heading', { name: 'Six weeks · Week 1 of 6' })).toBeVisible()
  await page.reload()
  await page.getByRole('link', { name: 'Week' }).click()
  await expect(status).toContainText('Week 1 of 6 · 1 of 2 sessions this week')
  await page.getByRole('button', { name: 'End the programme' }).click()
  await expect(page.getByRole('button', { name: 'Start the six-week programme' })).toBeVisible()
})

test('today’s session, asked for by the tray or a reminder, opens the circuit for strength days', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('link', { name: 'Week' }).click()
  await page.getByRole('combobox', { name: 'Circuit for strength days' }).selectOption({
    label: 'Quick 15',
  })
  await page.goto('/#/today')
  await expect(page).toHaveURL(/#\/circuits\/[^/]+$/)
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Quick 15' })).toBeVisible()
})

test('asks before starting the programme’s session on a long-run day', async ({ page }) => {
  await openApp(page) // the page clock says Monday morning
  await page.getByRole('link', { name: 'Week' }).click()
  await page.getByRole('combobox', { name: 'Monday running' }).selectOption('long')
  await page.getByRole('combobox', { name: 'Sunday running' }).selectOption('easy')
  await page.getByRole('button', { name: 'Start the six-week programme' }).click()
  await page.getByRole('button', { name: 'Start this week’s session' }).click()
  const ask = page.getByRole('dialog', { name: 'Today is your long run' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Not today' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByTestId('phase')).toHaveCount(0)
  await page.getByRole('button', { name: 'Start this week’s session' }).click()
  await ask.getByRole('button', { name: 'Start anyway' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Warm-up')
})

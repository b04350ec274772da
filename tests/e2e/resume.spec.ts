import { expect, test } from '@playwright/test'
import { openApp, runUntilSaved, shown, startCircuit } from './helpers'

test.describe('a session cut short', () => {
  test('is offered back after the page dies, and resumes paused where it stopped', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await startCircuit(page, 'Quick 15')
    await page.keyboard.press('ArrowRight') // past the warm-up
    await clock.forward(17_000)
    const before = await shown(page)
    expect(before.phase).toBe('Work')

    // Close the page without ending the session, as a crash or a closed window would.
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Carry on with Quick 15?' })).toBeVisible()
    await expect(page.getByText(/stopped unexpectedly at Work: /)).toBeVisible()
    await page.getByRole('button', { name: 'Resume' }).click()

    const after = await shown(page)
    expect(after).toMatchObject({ phase: 'Work', exercise: before.exercise, set: before.set })
    // Saved every 5 s: at most 5 s are given back.
    const secs = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1])
    const lost = secs(after.countdown) - secs(before.countdown)
    expect(lost).toBeGreaterThanOrEqual(0)
    expect(lost).toBeLessThanOrEqual(5)
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
    await page.keyboard.press('Space')
    await clock.forward(1000)
    expect(secs((await shown(page)).countdown)).toBe(secs(after.countdown) - 1)
  })

  test('Discard forgets it for good', async ({ page }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock)
    await page.reload()
    await page.getByRole('button', { name: 'Discard' }).click()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
  })

  test('an offer whose code cannot be fetched says so, leaves Circuits standing, and comes on Try again', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock)
    const offerCode = /\/assets\/resume-offer-[\w-]+\.js$/
    await page.route(offerCode, (route) => route.abort())
    await page.reload()
    await expect(
      page.getByRole('heading', { name: 'Your unfinished session could not be offered' }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    await page.unroute(offerCode)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { name: 'Carry on with Quick 15?' })).toBeVisible()
  })

  test('a Discard whose code cannot be fetched says so and keeps the offer and the session', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock)
    const recordCode = /\/assets\/interrupted-[\w-]+\.js$/
    await page.route(recordCode, (route) => route.abort())
    await page.reload()
    await page.getByRole('button', { name: 'Discard' }).click()
    await expect(page.getByText('could not be put away just now')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Carry on with Quick 15?' })).toBeVisible()
    await page.unroute(recordCode)
    await page.getByRole('button', { name: 'Discard' }).click()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
    await expect(page.getByText('could not be put away just now')).toHaveCount(0)
  })

  test('a Discard still on its way when Resume is pressed asks nothing and puts nothing away', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock, { effortDone: true })
    // The left-early record's code is held on its way, as on a slow disk or network.
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route(/\/assets\/interrupted-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.reload()
    await page.getByRole('button', { name: 'Discard' }).click()
    await page.getByRole('button', { name: 'Resume' }).click()
    await expect(page.getByTestId('countdown')).toBeVisible()
    const arrived = page.waitForResponse(/\/assets\/interrupted-/)
    release()
    await arrived
    await clock.forward(100)
    // The session runs on; left, it is recorded as any session left early, and nothing asks
    // about the old copy of it.
    await expect(page.getByTestId('countdown')).toBeVisible()
    await page.getByRole('button', { name: 'Exit' }).click()
    await page.getByRole('button', { name: 'Leave' }).click()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    await clock.forward(100)
    await expect(page.getByRole('dialog', { name: 'Keep what you did?' })).toHaveCount(0)
  })

  test('is not offered once it is more than 12 hours old', async ({ page }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock)
    await page.reload()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toBeVisible()
    await page.clock.fastForward(12 * 60 * 60 * 1000)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
  })

  test('a session that finished is not offered', async ({ page }) => {
    const clock = await openApp(page)
    await startCircuit(page, 'Quick 15')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Leave' }).click()
    await clock.forward(100)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
  })
})

test('reminder settings are kept, and the week plan sets their days', async ({ page }) => {
  await openApp(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Remind me on strength days' }).check()
  await page.getByLabel('Reminder time').fill('06:45')
  await page.getByRole('checkbox', { name: 'Saturday' }).check()
  await page
    .getByRole('checkbox', {
      name: 'Announce each new exercise while Runstrong is hidden or minimised',
    })
    .uncheck()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Remind me on strength days' })).toBeChecked()
  await expect(page.getByLabel('Reminder time')).toHaveValue('06:45')
  await expect(page.getByRole('checkbox', { name: 'Saturday' })).toBeChecked()
  await expect(
    page.getByRole('checkbox', {
      name: 'Announce each new exercise while Runstrong is hidden or minimised',
    }),
  ).not.toBeChecked()

  // A change to the week moves the reminder days to its strength days.
  await page.getByRole('link', { name: 'Week' }).click()
  await page.getByRole('combobox', { name: 'Monday running' }).selectOption('easy')
  await page.getByRole('link', { name: 'Settings' }).click()
  const days = page.getByRole('group', { name: 'Strength days' })
  const checked = await days
    .getByRole('checkbox', { checked: true })
    .evaluateAll((els) => els.map((e) => e.closest('label')?.textContent))
  expect(checked).toEqual(['Monday', 'Thursday'])
})

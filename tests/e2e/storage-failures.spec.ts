import { expect, test, type Page } from '@playwright/test'
import { EXAMPLE, importCircuit, openApp, runUntilSaved, startCircuit } from './helpers'

/** Fills the page's storage to the last few bytes, as months of other data would. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20
    let n = 0
    while (size >= 4) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(size))
        n++
      } catch {
        size = Math.floor(size / 2)
      }
    }
  })
}

async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('filler-')) localStorage.removeItem(key)
  })
}

test.describe('full page storage', () => {
  test('an import says storage is full, lists nothing that was not saved, and keeps what was', async ({
    page,
  }) => {
    await openApp(page)
    await importCircuit(page, { ...EXAMPLE, name: 'Saved before' })
    await expect(page.getByRole('status')).toHaveText(/Imported "Saved before"/)
    await fillStorage(page)
    await importCircuit(page, { ...EXAMPLE, name: 'Too much' })
    const alert = page.getByRole('alert').filter({ hasText: 'Could not save your circuits' })
    await expect(alert).toContainText(/storage for Runstrong is full/)
    await expect(alert).toContainText(/What was saved before is unchanged/)
    await expect(page.getByRole('button', { name: /^Too much/ })).toHaveCount(0)
    await expect(page.getByText('Imported "Too much"')).toHaveCount(0)
    // The message stays until it is dismissed.
    await page.waitForTimeout(500)
    await expect(alert).toBeVisible()
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(alert).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('button', { name: /^Saved before/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Too much/ })).toHaveCount(0)
  })

  test('a session starts and runs on at full storage, says its crash recovery is off, and is recorded once there is room', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await fillStorage(page)
    await startCircuit(page, 'Quick 15')
    await expect(page.getByTestId('phase')).toHaveText('Warm-up')
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not save your session in progress' }),
    ).toContainText(/runs on/)
    await clock.forward(3000)
    await expect(page.getByTestId('countdown')).toBeVisible()
    // To the end: the record cannot be written yet.
    while ((await page.getByTestId('phase').textContent()) !== 'Done')
      await page.keyboard.press('ArrowRight')
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not save your history' }),
    ).toBeVisible()
    await freeStorage(page)
    // The next save that works carries the kept record with it.
    await page.keyboard.press('2')
    await page
      .getByRole('button', { name: /Back to circuits|Circuits/ })
      .first()
      .click()
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByRole('heading', { name: 'Quick 15', level: 2 })).toBeVisible()
  })

  test('a setting that could not be saved is taken back, and said', async ({ page }) => {
    await openApp(page)
    await page.getByRole('link', { name: 'Settings' }).click()
    const voice = page.getByRole('checkbox', { name: 'Speak the cues' })
    const before = await voice.isChecked()
    await fillStorage(page)
    await voice.click()
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not save your settings' }),
    ).toBeVisible()
    await expect(voice).toBeChecked({ checked: before })
  })
})

test.describe('notices', () => {
  test('a damaged history is said on the first screen, not swallowed', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('runstrong.history', '[{"id":')
        sessionStorage.setItem('seeded', '1')
      }
    })
    await openApp(page)
    await expect(page.getByRole('alert')).toContainText(/saved history could not be read/)
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByText('No sessions yet')).toBeVisible()
  })
})

test.describe('a session not resumed', () => {
  test('Discard asks whether to keep what was done, and Keep puts it in History as left early', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock, { effortDone: true })
    await page.reload()
    await page.getByRole('button', { name: 'Discard' }).click()
    const dialog = page.getByRole('dialog', { name: 'Keep what you did?' })
    await expect(dialog).toContainText(/You finished 1 of \d+ efforts of Quick 15/)
    await dialog.getByRole('button', { name: 'Keep in History' }).click()
    await page.getByRole('link', { name: 'History' }).click()
    const entry = page.getByRole('listitem').filter({ hasText: 'Quick 15' })
    await expect(entry.getByText('Left early')).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
  })

  test('Discard it all records nothing', async ({ page }) => {
    const clock = await openApp(page)
    await runUntilSaved(page, clock, { effortDone: true })
    await page.reload()
    await page.getByRole('button', { name: 'Discard' }).click()
    await page.getByRole('button', { name: 'Discard it all' }).click()
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByText('No sessions yet')).toBeVisible()
  })
})

test('a session too old to resume that finished an effort is kept in History as left early', async ({
  page,
}) => {
  const clock = await openApp(page)
  await runUntilSaved(page, clock, { effortDone: true })
  await page.reload()
  await expect(page.getByRole('heading', { name: /Carry on with/ })).toBeVisible()
  await page.clock.fastForward(12 * 60 * 60 * 1000)
  await page.reload()
  await expect(page.getByRole('heading', { name: /Carry on with/ })).toHaveCount(0)
  await page.getByRole('link', { name: 'History' }).click()
  const entry = page.getByRole('listitem').filter({ hasText: 'Quick 15' })
  await expect(entry.getByText('Left early')).toBeVisible()
  await expect(entry).toContainText(/1 of \d+ done/)
})

test('the display window shows the session alone and leaves stored data as it is', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('runstrong.history', '[{"id":')
  })
  await page.goto('/#/display')
  await expect(page.getByRole('main', { name: 'Session runner' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  // Nothing was read, repaired or copied aside from this window.
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['runstrong.history'])
})

test('a page whose platform code cannot load says it could not start, instead of waiting on', async ({
  page,
}) => {
  // The browser edition's adapter is fetched when the page starts: a damaged install lacks it.
  await page.route(/\/assets\/browser-[\w-]+\.js$/, (route) => route.abort())
  await page.goto('/')
  await expect(page.getByRole('status')).toContainText('Runstrong could not start')
  await expect(page.getByRole('status')).toContainText('Reload the page to try again')
})

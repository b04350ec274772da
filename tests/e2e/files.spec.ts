/**
 * A runner's world, in the browser edition: the week as a calendar file, and everything in
 * one backup file that restores into a fresh page.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { eventsOf, prop, readIcs } from '../support/ics-reader'
import { EXAMPLE, importCircuit, openApp, startCircuit } from './helpers'

/** The types the page gave its downloads, recorded as it makes them. */
async function recordDownloadTypes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const made = URL.createObjectURL.bind(URL)
    const types: string[] = []
    Object.assign(window, { downloadTypes: types })
    URL.createObjectURL = (b: Blob | MediaSource) => {
      if (b instanceof Blob) types.push(b.type)
      return made(b)
    }
  })
}

/** Clicks a button that downloads, and gives the file's name and text. */
async function download(page: Page, button: string | RegExp) {
  const file = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const d = await file
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') }
}

test('Add to calendar downloads the strength days as a calendar, with the same ids after a change', async ({
  page,
}) => {
  await recordDownloadTypes(page)
  await openApp(page)
  await page.getByRole('link', { name: 'Week' }).click()
  await page
    .getByRole('combobox', { name: 'Circuit for strength days' })
    .selectOption({ label: 'Quick 15' })
  const first = await download(page, /calendar/)
  expect(first.name).toMatch(/\.ics$/)
  expect(
    await page.evaluate(() => (window as unknown as { downloadTypes: string[] }).downloadTypes),
  ).toEqual(['text/calendar'])
  const events = eventsOf(readIcs(first.text))
  // The suggested days: Monday and Thursday.
  expect(events.map((e) => prop(e, 'RRULE'))).toEqual([
    'FREQ=WEEKLY;BYDAY=MO',
    'FREQ=WEEKLY;BYDAY=TH',
  ])
  for (const e of events) {
    expect(prop(e, 'SUMMARY')).toBe('Strength: Quick 15')
    expect(prop(e, 'DTSTART')).toMatch(/T180000$/)
    expect(prop(e, 'DURATION')).toMatch(/^PT\d+M$/)
    expect(e.children.map((c) => c.type)).toEqual(['VALARM'])
  }

  // Monday moved to Friday: the same two events, updated.
  await page.getByRole('checkbox', { name: 'Strength on Monday' }).uncheck()
  await page.getByRole('checkbox', { name: 'Strength on Friday' }).check()
  const again = eventsOf(readIcs((await download(page, /calendar/)).text))
  expect(again.map((e) => prop(e, 'RRULE'))).toEqual([
    'FREQ=WEEKLY;BYDAY=TH',
    'FREQ=WEEKLY;BYDAY=FR',
  ])
  expect(again.map((e) => prop(e, 'UID'))).toEqual(events.map((e) => prop(e, 'UID')))
})

/** A page with a circuit, a finished session, settings and a week plan of its own. */
async function runnersPage(page: Page): Promise<void> {
  await openApp(page)
  await importCircuit(page, EXAMPLE)
  await startCircuit(page, EXAMPLE.name)
  for (let i = 0; i < 60; i++) {
    if ((await page.getByTestId('phase').textContent()) === 'Done') break
    await page.keyboard.press('ArrowRight')
  }
  await expect(page.getByTestId('phase')).toHaveText('Done')
  await page.getByRole('button', { name: 'Back to circuits' }).click()
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Mute every cue' }).check()
  await page.getByRole('link', { name: 'Week' }).click()
  await page.getByRole('spinbutton', { name: 'Strength sessions a week' }).fill('3')
}

/** Chooses a file for Restore, on the Settings screen. */
async function chooseForRestore(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore', exact: true }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('Back up downloads everything; Restore brings it into a fresh page after saying what it replaces', async ({
  page,
  browser,
}) => {
  await runnersPage(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const backup = await download(page, 'Back up')
  expect(backup.name).toMatch(/^runstrong-backup-\d{4}-\d\d-\d\d\.json$/)
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'runstrong-backup', version: 1 })

  const fresh = await (await browser.newContext()).newPage()
  await openApp(fresh)
  await fresh.getByRole('link', { name: 'Settings' }).click()
  await chooseForRestore(fresh, backup.name, backup.text)
  const dialog = fresh.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog.getByTestId('backup-holds')).toContainText('1 circuit')
  await expect(dialog.getByTestId('backup-holds')).toContainText('1 session in History')
  await expect(dialog.getByTestId('backup-holds')).toContainText('3 strength days a week')
  await expect(dialog.getByTestId('backup-replaces')).toContainText('0 circuits')
  await expect(dialog.getByTestId('backup-replaces')).toContainText('0 sessions in History')
  await expect(dialog.getByTestId('backup-replaces')).toContainText('2 strength days a week')
  await dialog.getByRole('button', { name: /^Restore/ }).click()

  await expect(
    fresh.getByRole('status').filter({ hasText: 'Restored the backup of' }),
  ).toContainText('What was here before is kept in')
  await expect(fresh.getByRole('checkbox', { name: 'Mute every cue' })).toBeChecked()
  await fresh.getByRole('link', { name: 'History' }).click()
  await expect(fresh.getByRole('heading', { name: EXAMPLE.name, level: 2 })).toHaveCount(1)
  await fresh.getByRole('link', { name: 'Week' }).click()
  await expect(fresh.getByRole('spinbutton', { name: 'Strength sessions a week' })).toHaveValue('3')
  await fresh.getByRole('link', { name: 'Circuits' }).click()
  await expect(fresh.getByRole('button', { name: new RegExp(`^${EXAMPLE.name}`) })).toHaveCount(1)
  await fresh.context().close()
})

test('Restore refuses a damaged or foreign file with why, and changes nothing', async ({
  page,
}) => {
  await runnersPage(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const backup = await download(page, 'Back up')
  const stored = () => page.evaluate(() => Object.entries(localStorage).sort())
  const before = await stored()

  const damaged = JSON.parse(backup.text) as Record<string, { data: Record<string, unknown> }>
  damaged['settings']!.data['volume'] = 7
  await chooseForRestore(page, 'damaged.json', JSON.stringify(damaged))
  await expect(page.getByRole('alert')).toContainText(
    '"damaged.json" was not restored: its settings could not be read (Tones volume held a value',
  )
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await chooseForRestore(page, 'circuit.json', JSON.stringify(EXAMPLE))
  await expect(page.getByRole('alert')).toContainText('it is not a Runstrong backup')
  await chooseForRestore(
    page,
    'newer.json',
    JSON.stringify({ ...JSON.parse(backup.text), version: 2 }),
  )
  await expect(page.getByRole('alert')).toContainText('made by a newer Runstrong')
  await chooseForRestore(page, 'cut.json', backup.text.slice(0, 200))
  await expect(page.getByRole('alert')).toContainText('not JSON')
  expect(await stored()).toEqual(before)
})

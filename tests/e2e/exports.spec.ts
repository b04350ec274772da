/**
 * A runner's world, in the browser edition through the UI: the Done screen and History save
 * FIT files that Garmin's own SDK decodes, and Export CSV saves guarded text/csv.
 */
import { readFileSync } from 'node:fs'
import { Decoder, Stream } from '@garmin/fitsdk'
import { expect, test, type Download, type Page } from '@playwright/test'
import { importCircuit, openApp, startCircuit, type TestClock } from './helpers'

/** A circuit whose name a spreadsheet would run as a formula, were it not guarded. */
const NAME = '=HYPERLINK("https://example.com","Legs")'
const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: NAME,
  structure: 'sets',
  warmupSec: 30,
  cooldownSec: 0,
  switchSidesSec: 5,
  restBetweenSetsSec: 20,
  restBetweenExercisesSec: 20,
  items: [
    { exercise: 'squats', sets: 2, reps: 10, load: '8 kg' },
    { exercise: 'side-plank', sets: 1, seconds: 20, perSide: true },
  ],
}
/** 30 s warm-up, 2 x 30 s squats with a 20 s rest, 20 s rest, 20 s + 5 s + 20 s side plank. */
const SESSION_MS = 30_000 + 30_000 + 20_000 + 30_000 + 20_000 + 45_000

/** The media type of every file the page hands the browser to download, in order. */
async function watchDownloads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const make = URL.createObjectURL.bind(URL)
    const proto = HTMLAnchorElement.prototype
    const click = (a: HTMLAnchorElement) => HTMLElement.prototype.click.call(a)
    const typeOf = new Map<string, string>()
    const types: string[] = []
    Object.assign(window, { __savedTypes: types })
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = make(obj)
      if (obj instanceof Blob) typeOf.set(url, obj.type)
      return url
    }
    // Only a link that downloads counts (the sounds are blobs too).
    proto.click = function (this: HTMLAnchorElement) {
      if (this.download) types.push(typeOf.get(this.href) ?? '(not a blob)')
      click(this)
    }
  })
}
const savedTypes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __savedTypes: string[] }).__savedTypes)

/** Runs the circuit to its end and answers how it felt. */
async function runSession(page: Page, clock: TestClock): Promise<void> {
  await startCircuit(page, NAME)
  await clock.forward(SESSION_MS)
  await expect(page.getByTestId('phase')).toHaveText('Done')
}

/** A download's bytes. */
async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(await download.path()))
}

/** The FIT file's sets, once its integrity (size, header and CRC) is checked. */
function fitSets(bytes: Uint8Array) {
  expect(new Decoder(Stream.fromByteArray([...bytes])).checkIntegrity()).toBe(true)
  const { messages, errors } = new Decoder(Stream.fromByteArray([...bytes])).read()
  expect(errors).toEqual([])
  expect(messages.sessionMesgs?.[0]).toMatchObject({
    sport: 'training',
    subSport: 'strengthTraining',
  })
  return (messages.setMesgs ?? []).map((s) => [s.setType, s.category?.[0], s.repetitions, s.weight])
}

const SETS = [
  ['active', 'warmUp', undefined, undefined],
  ['active', 'squat', 10, 8],
  ['rest', undefined, undefined, undefined],
  ['active', 'squat', 10, 8],
  ['rest', undefined, undefined, undefined],
  ['active', 'plank', undefined, undefined],
]

/** The FIT files in a stored zip, by their local headers. */
function unzipFits(zip: Uint8Array): Uint8Array[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const out: Uint8Array[] = []
  for (let at = 0; v.getUint32(at, true) === 0x04034b50;) {
    const size = v.getUint32(at + 18, true)
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true)
    out.push(zip.subarray(start, start + size))
    at = start + size
  }
  return out
}

test.describe('a runner’s world: files for Garmin, Strava and spreadsheets', () => {
  test('the Done screen saves the session as a FIT file that Garmin’s SDK decodes', async ({
    page,
  }) => {
    await watchDownloads(page)
    const clock = await openApp(page)
    await importCircuit(page, CIRCUIT)
    await runSession(page, clock)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save for Garmin or Strava' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(
      /^runstrong-\d{4}-\d\d-\d\d-\d{4}-hyperlink-https-example-com-legs\.fit$/,
    )
    expect(await savedTypes(page)).toEqual(['application/vnd.ant.fit'])
    expect(fitSets(await bytesOf(file))).toEqual(SETS)
  })

  test('History saves one session or every one listed, and exports guarded text/csv', async ({
    page,
  }) => {
    await watchDownloads(page)
    const clock = await openApp(page)
    await importCircuit(page, CIRCUIT)
    await runSession(page, clock)
    await page.getByRole('button', { name: 'Run again' }).click()
    await clock.forward(SESSION_MS)
    await expect(page.getByTestId('phase')).toHaveText('Done')
    await page.getByRole('button', { name: 'Back to circuits' }).click()
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()

    // One session, from its own button, reached from the keyboard.
    const one = page.getByRole('button', { name: /^Save for Garmin or Strava: / })
    await expect(one).toHaveCount(2)
    await one.first().focus()
    let download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    let file = await download
    expect(file.suggestedFilename()).toMatch(/\.fit$/)
    expect(fitSets(await bytesOf(file))).toEqual(SETS)

    // Every session listed, in one zip of FIT files.
    download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save the 2 listed for Garmin or Strava' }).click()
    file = await download
    expect(file.suggestedFilename()).toBe('runstrong-2-sessions-fit.zip')
    const fits = unzipFits(await bytesOf(file))
    expect(fits).toHaveLength(2)
    for (const fit of fits) expect(fitSets(fit)).toEqual(SETS)

    // The CSV: text/csv, its formula-like cells guarded with a leading quote.
    download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    file = await download
    expect(file.suggestedFilename()).toBe('runstrong-history.csv')
    const csv = readFileSync(await file.path(), 'utf8')
    const rows = csv.trim().split('\n').slice(1)
    expect(rows).toHaveLength(2)
    for (const row of rows)
      expect(row).toContain(`,"'=HYPERLINK(""https://example.com"",""Legs"")",`)
    expect(await savedTypes(page)).toEqual([
      'application/vnd.ant.fit',
      'application/zip',
      'text/csv',
    ])

    // Progress: the squats' chart, with its table for screen readers.
    const chart = page.getByTestId('exercise-progress').filter({ hasText: 'Squats' })
    await expect(chart).toContainText('8 kg, 10 reps · 2 sessions')
    await expect(chart.getByRole('table', { name: 'Squats: each session' })).toBeAttached()
  })
})

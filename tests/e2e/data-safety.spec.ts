import { expect, test, type Page } from '@playwright/test'
import { EXAMPLE, importCircuit, openApp, runUntilSaved } from './helpers'

/** Imports a file of raw bytes, as a file saved in some other encoding would arrive. */
async function importBytes(page: Page, bytes: Buffer, name = 'circuit.json'): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: bytes })
}

const circuitButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}`) })

test.describe('two tabs of the browser edition', () => {
  test('keep both imports, and each tab shows the other’s', async ({ page }) => {
    const other = await page.context().newPage()
    await openApp(page)
    await openApp(other)
    await importCircuit(page, { ...EXAMPLE, name: 'From tab A' })
    await expect(page.getByRole('status')).toHaveText(/Imported "From tab A"/)
    await importCircuit(other, { ...EXAMPLE, name: 'From tab B' })
    await expect(other.getByRole('status')).toHaveText(/Imported "From tab B"/)
    // Each tab shows the other's import once its storage event arrives: no reload.
    await expect(circuitButton(page, 'From tab B')).toBeVisible()
    await expect(circuitButton(other, 'From tab A')).toBeVisible()
    for (const tab of [page, other]) {
      await tab.reload()
      await expect(circuitButton(tab, 'From tab A')).toBeVisible()
      await expect(circuitButton(tab, 'From tab B')).toBeVisible()
    }
  })
})

test('the 1,001st circuit is refused at import, plainly, before anything is saved', async ({
  page,
}) => {
  await openApp(page)
  await page.evaluate((file) => {
    const circuits = Array.from({ length: 1000 }, (_, i) => ({
      id: `c${i}`,
      createdAtMs: 1,
      updatedAtMs: 1,
      circuit: { ...file, name: `Kept ${i}` },
    }))
    localStorage.setItem('runstrong.circuits', JSON.stringify({ version: 1, circuits }))
  }, EXAMPLE)
  await page.reload()
  await expect(circuitButton(page, 'Kept 999')).toBeVisible()
  const before = await page.evaluate(() => localStorage.getItem('runstrong.circuits'))
  await importCircuit(page, { ...EXAMPLE, name: 'One too many' }, 'more.json')
  await expect(page.getByRole('alert')).toContainText(
    'Could not import "more.json": Runstrong keeps at most 1,000 circuits: delete some to import more.',
  )
  await expect(page.getByText('Imported "One too many"')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('runstrong.circuits'))).toBe(before)
  await page.reload()
  await expect(circuitButton(page, 'Kept 999')).toBeVisible()
  await expect(circuitButton(page, 'One too many')).toHaveCount(0)
})

test('a saved session that cannot be resumed exactly offers Keep what was done, never Resume', async ({
  page,
}) => {
  const clock = await openApp(page)
  await runUntilSaved(page, clock, { effortDone: true })
  // Its progress no longer fits its circuit: more time left than its phase lasts.
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('runstrong.session')!) as {
      snapshot: { remainingMs: number; phaseDurationMs: number }
    }
    saved.snapshot.remainingMs = saved.snapshot.phaseDurationMs + 30_000
    localStorage.setItem('runstrong.session', JSON.stringify(saved))
  })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Quick 15 stopped unexpectedly' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Resume' })).toHaveCount(0)
  await expect(page.getByText(/stopped unexpectedly at/)).toHaveCount(0)
  await expect(
    page.getByRole('alert').filter({ hasText: 'does not fit its circuit' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Keep what was done' }).click()
  await page.getByRole('link', { name: 'History' }).click()
  const entry = page.getByRole('listitem').filter({ hasText: 'Quick 15' })
  await expect(entry.getByText('Left early')).toBeVisible()
  await expect(entry).toContainText(/1 of \d+ done/)
  await page.reload()
  await expect(
    page.getByRole('heading', { name: /stopped unexpectedly|Carry on with/ }),
  ).toHaveCount(0)
})

test.describe('circuit files in other encodings', () => {
  const text = JSON.stringify({ ...EXAMPLE, name: 'Café légs' })

  test('a Latin-1 file is refused saying so, and nothing is imported', async ({ page }) => {
    await openApp(page)
    await importBytes(page, Buffer.from(text, 'latin1'), 'latin1.json')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not import "latin1.json"')
    await expect(alert).toContainText(/not UTF-8 text.*Latin-1/)
    await expect(alert).not.toContainText('\uFFFD')
    await expect(circuitButton(page, 'Caf')).toHaveCount(0)
  })

  test('UTF-16 files are read, with or without a byte order mark', async ({ page }) => {
    await openApp(page)
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(le).swap16()
    const files: [string, Buffer][] = [
      ['le-no-bom.json', le],
      ['be-with-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['be-no-bom.json', be],
    ]
    for (const [name, bytes] of files) {
      await importBytes(page, bytes, name)
      await expect(page.getByRole('status')).toHaveText(/Imported "Café légs"/)
      await expect(page.getByRole('alert')).toHaveCount(0)
    }
    await expect(circuitButton(page, 'Café légs')).toHaveCount(3)
  })
})

import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { EXAMPLE, importCircuit, openApp } from './helpers'

test.describe('the circuits screen', () => {
  test('is the first screen and lists the presets with their planned length', async ({ page }) => {
    await openApp(page)
    await expect(page.getByRole('link', { name: 'Circuits' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await expect(page.getByTestId('planned-duration')).toHaveText('13:40')
    await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible()
    await expect(page.getByText('Preset · read-only')).toBeVisible()
  })

  test('imports a circuit, lists it under its name, and keeps it after a reload', async ({
    page,
  }) => {
    await openApp(page)
    await importCircuit(page, EXAMPLE)
    await expect(page.getByRole('status')).toHaveText(/Imported "Easy-run day legs"/)
    await expect(page.getByTestId('planned-duration')).toHaveText('15:06')
    await expect(page.getByText('2 x 6 kg')).toBeVisible()
    await page.reload()
    await page.getByRole('button', { name: /^Easy-run day legs/ }).click()
    await expect(page.getByTestId('planned-duration')).toHaveText('15:06')
  })

  test('refuses broken files with a reason, and changes nothing saved', async ({ page }) => {
    await openApp(page)
    await importCircuit(page, EXAMPLE)
    await expect(page.getByRole('status')).toHaveText(/Imported/)
    const before = await page.evaluate(() => localStorage.getItem('runstrong.circuits'))
    expect(before).toContain('Easy-run day legs')

    await importCircuit(page, '{ "format": "runner-strength-circuit", ', 'broken.json')
    await expect(page.getByRole('alert')).toContainText('not valid JSON')

    const bad = { ...EXAMPLE, items: [...EXAMPLE.items, { exercise: 'plank', sets: 2, reps: 101 }] }
    await importCircuit(page, bad, 'bad.json')
    await expect(page.getByRole('alert')).toContainText(
      'Exercise 4, Reps: a whole number from 1 to 100',
    )
    await expect(page.getByRole('alert')).not.toContainText('items[')

    await importCircuit(page, { ...EXAMPLE, version: 2 }, 'future.json')
    await expect(page.getByRole('alert')).toContainText('is version 2, newer than this app reads')

    await importCircuit(page, { ...EXAMPLE, colour: 'red' }, 'extra.json')
    await expect(page.getByRole('alert')).toContainText(
      '"colour" is not a field of the circuit format',
    )

    await importCircuit(page, 'name,sets,reps\nsquats,2,15\n', 'notes.csv')
    await expect(page.getByRole('alert')).toContainText(
      'This is not a circuit file: it is not JSON.',
    )
    await expect(page.getByRole('alert')).not.toContainText(/Unexpected|token|SyntaxError/)

    await importCircuit(page, `${JSON.stringify(EXAMPLE)}${' '.repeat(1024 * 1024)}`, 'huge.json')
    await expect(page.getByRole('alert')).toContainText('larger than 1 MB')

    expect(await page.evaluate(() => localStorage.getItem('runstrong.circuits'))).toBe(before)
    await expect(page.getByRole('button', { name: /^Easy-run day legs/ })).toHaveCount(1)
  })

  test('exports a circuit file that imports back to the same circuit', async ({ page }) => {
    await openApp(page)
    await importCircuit(page, EXAMPLE)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('easy-run-day-legs.json')
    const text = readFileSync(await file.path(), 'utf8')
    const exported = JSON.parse(text) as Record<string, unknown>
    expect(exported).toMatchObject({
      format: 'runner-strength-circuit',
      version: 1,
      name: 'Easy-run day legs',
    })
    expect(exported.items).toEqual([
      { exercise: 'squats', sets: 2, reps: 15, perSide: false },
      { exercise: 'walking-lunges', sets: 2, reps: 16, perSide: false, load: '2 x 6 kg' },
      { exercise: 'plank', sets: 2, seconds: 45, perSide: false },
    ])
    await importCircuit(page, text, 'again.json')
    await expect(page.getByRole('button', { name: /^Easy-run day legs/ })).toHaveCount(2)
    await expect(page.getByTestId('planned-duration')).toHaveText('15:06')
  })

  test('duplicates a preset into a circuit of your own, and deletes with undo', async ({
    page,
  }) => {
    await openApp(page)
    await page.getByRole('button', { name: /^Beginner 15/ }).click()
    await page.getByRole('button', { name: 'Duplicate' }).click()
    const copy = page.getByRole('button', { name: /^Beginner 15 \(copy\)/ })
    await expect(copy).toBeVisible()
    await page.getByRole('button', { name: 'Delete' }).click()
    await expect(copy).toHaveCount(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(copy).toBeVisible()
  })

  test('keeps unreadable saved data aside and says so', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('runstrong.circuits', '{"version":1,"circuits":[{"id":"x"')
        localStorage.setItem('runstrong.settings', '"not settings"')
        sessionStorage.setItem('seeded', '1')
      }
    })
    await openApp(page)
    await expect(
      page.getByRole('alert').filter({ hasText: 'circuits could not be read' }),
    ).toContainText('runstrong.circuits.corrupt-')
    await expect(
      page.getByRole('alert').filter({ hasText: 'settings could not be read' }),
    ).toBeVisible()
    const keys = await page.evaluate(() => Object.keys(localStorage))
    const aside = keys.find((k) => k.startsWith('runstrong.circuits.corrupt-'))!
    expect(await page.evaluate((k) => localStorage.getItem(k), aside)).toBe(
      '{"version":1,"circuits":[{"id":"x"',
    )
    // The presets still work.
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible()
  })

  test('credits the article on the About screen', async ({ page }) => {
    await openApp(page)
    await page.getByRole('link', { name: 'About' }).click()
    await expect(page.getByText('Strength Training For Runners')).toBeVisible()
    await expect(page.getByText(/Revel Sports/)).toBeVisible()
  })
})

test('a first run says how to set up, and where circuits come from', async ({ page }) => {
  await openApp(page)
  const card = page.getByTestId('first-run')
  await expect(card).toContainText('Put the screen where you can see it')
  await expect(card).toContainText('press Start')
  await expect(page.getByText(/None yet\. Make one with New circuit, let Generate/)).toBeVisible()
  await expect(page.getByTestId('today')).toHaveCount(0)
  await importCircuit(page, EXAMPLE)
  await page.getByRole('link', { name: 'Circuits' }).click()
  await expect(page.getByRole('heading', { name: 'Strength for runners' })).toBeVisible()
  await expect(card).toHaveCount(0)
})

import { expect, test, type Page } from '@playwright/test'
import { checkScreen, expectIcon, PageTrouble } from './axe-check'
import { importCircuit, openApp, startCircuit } from './helpers'
import { openRunner, startSession, switchOn } from './remote-helpers'

// Every screen and page as axe sees it: no critical, serious or moderate finding, and no
// console error or failed request (a missing favicon included) while it shows.

/** One of each phase kind: warm-up, work, rest, hold, switch sides, cool-down. */
const EVERY_PHASE = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Every phase',
  warmupSec: 60,
  cooldownSec: 60,
  restBetweenExercisesSec: 30,
  items: [
    { exercise: 'squats', sets: 1, reps: 10 },
    { exercise: 'side-plank', sets: 1, seconds: 20 },
  ],
}

const phase = (page: Page) => page.getByTestId('phase')

// axe takes seconds a screen on a busy machine.
const AXE_TEST_MS = 240_000

test('every screen of the app passes axe, with no console error', async ({ page }) => {
  test.setTimeout(AXE_TEST_MS)
  const trouble = new PageTrouble(page)
  const clock = await openApp(page)
  const check = (screen: string) => checkScreen(page, trouble, screen, clock)
  await expectIcon(page)
  await check('Circuits, none saved')

  await importCircuit(page, EVERY_PHASE)
  await expect(page.getByRole('button', { name: /^Every phase/ })).toBeVisible()
  await check('Circuits, with circuits')
  await page.getByRole('button', { name: /^Every phase/ }).click()
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible()
  await check('An opened circuit')

  await page.getByRole('link', { name: 'Circuits' }).click()
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await page.getByRole('button', { name: 'Squats', exact: true }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Squats' })).toBeVisible()
  await check('The builder with a row')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('alert')).toContainText('Name')
  await check('The builder with a refused Save')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click()

  await page.getByRole('button', { name: 'Generate' }).click()
  await expect(page.getByRole('spinbutton', { name: 'Minutes' })).toBeVisible()
  await check('Generate')
  await page.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
  await check('History, empty')
  await page.getByRole('link', { name: 'Week' }).click()
  await expect(page.getByRole('spinbutton', { name: 'Strength sessions a week' })).toBeVisible()
  await check('Week')
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await check('Settings')
  await page.getByRole('link', { name: 'About' }).click()
  await expect(page.getByRole('heading', { name: 'About Runstrong', level: 1 })).toBeVisible()
  await check('About')
})

test('the runner in every phase, Done, and History and Week after it pass axe', async ({
  page,
}) => {
  test.setTimeout(AXE_TEST_MS)
  const trouble = new PageTrouble(page)
  const clock = await openApp(page)
  const check = (screen: string) => checkScreen(page, trouble, screen, clock)
  await importCircuit(page, EVERY_PHASE)
  await startCircuit(page, EVERY_PHASE.name)
  for (const [kind, shown] of [
    ['warm-up', 'Warm-up'],
    ['work', 'Work'],
    ['rest', 'Rest'],
    ['hold', 'Hold'],
    ['switch sides', 'Switch sides'],
  ] as const) {
    // Each shown phase once: the second hold (the right side) is the same screen as the first.
    await expect(phase(page)).toHaveText(shown)
    await check(`Runner, ${kind}`)
    if (kind === 'work') {
      await page.keyboard.press('Space')
      await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
      await check('Runner, paused')
      await page.keyboard.press('Space')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Leave this session?' })).toBeVisible()
      await check('Runner, the leave question')
      await page.getByRole('button', { name: 'Keep going' }).click()
    }
    await page.keyboard.press('ArrowRight')
  }
  await expect(phase(page)).toHaveText('Hold')
  await page.keyboard.press('ArrowRight')
  await expect(phase(page)).toHaveText('Cool-down')
  await check('Runner, cool-down')
  await page.keyboard.press('ArrowRight')
  await expect(phase(page)).toHaveText('Done')
  await expect(page.getByText('How did it feel?')).toBeVisible()
  await check('Done, with its rating question')

  await page.getByRole('button', { name: 'Back to circuits' }).click()
  await page.getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: EVERY_PHASE.name })).toBeVisible()
  await check('History, with sessions')
  await page.getByRole('link', { name: 'Week' }).click()
  await page.getByRole('button', { name: 'Start the six-week programme' }).click()
  await expect(page.getByTestId('programme-status')).toBeVisible()
  await check('Week, with a programme')
})

test('the display window’s page passes axe, with no console error', async ({ page }) => {
  const trouble = new PageTrouble(page)
  await page.goto('/#/display')
  await expect(page.getByRole('main')).toBeVisible()
  await checkScreen(page, trouble, 'Display window, waiting')
})

test('the phone and TV pages pass axe, with no console error', async ({ page, browser }) => {
  test.setTimeout(AXE_TEST_MS)
  const laptop = new PageTrouble(page)
  await openRunner(page)
  const hub = await switchOn(page)
  await checkScreen(page, laptop, 'Settings, with the remote on')

  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  })
  const phone = await phoneContext.newPage()
  const trouble = new PageTrouble(phone)
  const check = (screen: string) => checkScreen(phone, trouble, screen)
  await phone.goto(hub.url)
  await expect(phone.getByRole('textbox', { name: 'Pairing code' })).toBeVisible()
  await expectIcon(phone)
  await check('Phone, pair form')
  await phone.getByRole('textbox', { name: 'Pairing code' }).fill(await hub.current())
  await phone.getByRole('button', { name: 'Pair' }).click()
  await expect(phone.getByRole('heading', { name: 'What should this device be?' })).toBeVisible()
  await check('Phone, role choice')
  await phone.getByRole('button', { name: 'Remote', exact: true }).click()
  await expect(phone.getByRole('button', { name: 'Skip' })).toBeVisible()
  await check('Phone, remote pad waiting')

  const tvContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const tv = await tvContext.newPage()
  const tvTrouble = new PageTrouble(tv)
  await tv.goto(hub.url)
  await tv.getByRole('textbox', { name: 'Pairing code' }).fill(await hub.current())
  await tv.getByRole('radio', { name: 'Display' }).check()
  await tv.getByRole('button', { name: 'Pair' }).click()
  await expect(tv.getByText('Waiting for a session')).toBeVisible()
  await checkScreen(tv, tvTrouble, 'TV, display waiting')

  await startSession(page)
  await expect(phone.getByTestId('phase')).toHaveText('Work')
  await check('Phone, remote pad in a session')
  await expect(tv.getByTestId('phase')).toHaveText('Work')
  await checkScreen(tv, tvTrouble, 'TV, display in a session')
  await phoneContext.close()
  await tvContext.close()
  expect.soft(laptop.take(), 'the laptop: console errors and failed requests').toEqual([])
})

test('a device paired before roles were kept is asked its role, and that page passes axe', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const phone = await context.newPage()
  const trouble = new PageTrouble(phone)
  // A token kept without a role: the page asks before it connects.
  await phone.addInitScript(() => localStorage.setItem('runstrong.remote.token', 'a'.repeat(43)))
  await phone.goto(hub.url)
  await expect(phone.getByRole('button', { name: 'Display', exact: true })).toBeVisible()
  await checkScreen(phone, trouble, 'Phone, role choice after an old pairing')
  await context.close()
})

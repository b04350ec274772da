import { expect, test } from '@playwright/test'
import { WebSocket } from 'ws'
import { openApp } from './helpers'
import {
  countdownDrift,
  REMOTE_CIRCUIT,
  hubStatus,
  openRunner,
  pairDevice,
  seconds,
  startSession,
  switchOn,
} from './remote-helpers'

// Runstrong Remote end to end in the browser edition: one context is the laptop's runner,
// others are phones and TVs on their own clocks (real time: the point is that they agree).
// Each runner page has its own hub, code and port, so the tests do not share one.

test('the switch is off by default and pairing gives a phone every control', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page)
  const { context, page: phone } = await pairDevice(browser, hub, 'Remote')

  // The phone shows what the runner shows, in the same words.
  await expect(phone.getByTestId('phase')).toHaveText('Work')
  await expect(phone.getByTestId('exercise')).toHaveText(
    (await page.getByTestId('exercise').textContent()) ?? '',
  )
  await expect(phone.getByTestId('next')).toHaveText(
    (await page.getByTestId('next').textContent()) ?? '',
  )
  await expect(phone.getByTestId('countdown')).toHaveText(/^0:\d\d$/)

  // Pause and Resume.
  await phone.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
  await expect(phone.getByRole('button', { name: 'Resume' })).toBeVisible()
  await expect(phone.getByTestId('countdown')).toHaveText(
    (await page.getByTestId('countdown').textContent()) ?? '',
  )
  await phone.getByRole('button', { name: 'Resume' }).click()
  await expect(page.getByTestId('countdown')).not.toHaveAttribute('data-paused', 'true')

  // Skip: the set ends, the rest begins, on both.
  await phone.getByRole('button', { name: 'Skip' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expect(phone.getByTestId('phase')).toHaveText('Rest')
  await expect(phone.getByTestId('exercise')).toHaveText(
    (await page.getByTestId('exercise').textContent()) ?? '',
  )
  await expect(phone.getByTestId('next')).toHaveText(
    (await page.getByTestId('next').textContent()) ?? '',
  )

  // Add 15 seconds lengthens the rest, as the runner's own button does.
  const before = seconds(await page.getByTestId('countdown').textContent())
  await phone.getByRole('button', { name: 'Add 15 seconds' }).click()
  await expect
    .poll(async () => seconds(await page.getByTestId('countdown').textContent()))
    .toBeGreaterThanOrEqual(before + 13)

  // Previous: a press restarts the rest; a second within 3 s goes back to the set.
  await phone.getByRole('button', { name: 'Previous' }).click()
  await expect(page.getByTestId('countdown')).toHaveText(/^0:(20|19)$/)
  await phone.getByRole('button', { name: 'Previous' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(phone.getByTestId('phase')).toHaveText('Work')

  // Mute and Unmute: the runner's own setting.
  await phone.getByRole('button', { name: 'Mute' }).click()
  await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible()
  await expect(phone.getByRole('button', { name: 'Unmute' })).toBeVisible()
  await phone.getByRole('button', { name: 'Unmute' }).click()
  await expect(page.getByRole('button', { name: 'Mute', exact: true })).toBeVisible()
  await context.close()
})

test('a display follows the runner within 50 ms, read-only, and several can watch', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page)
  const tv = await pairDevice(browser, hub, 'Display')
  const tablet = await pairDevice(browser, hub, 'Display')
  for (const d of [tv.page, tablet.page]) {
    await expect(d.getByTestId('phase')).toHaveText('Work')
    await expect(d.getByTestId('exercise')).toHaveText('Squats')
    await expect(d.getByTestId('next')).toHaveText(/^Next:/)
    await expect(d.getByRole('button', { name: /^(Pause|Skip|Previous|Mute)$/ })).toHaveCount(0)
  }
  // Each second's turn of the display's countdown against the moment the laptop's session
  // turns it: a clock error shows as a steady offset, which the median keeps.
  const drift = await countdownDrift(page, tv.page, hub, 6500)
  test.info().annotations.push({
    type: 'drift (ms)',
    description: `display ${drift.display.join(', ')}; laptop's own page ${drift.laptop.join(', ')}`,
  })
  expect(drift.display.length).toBeGreaterThanOrEqual(5)
  const sorted = [...drift.display].sort((a, b) => a - b)
  expect(Math.abs(sorted[Math.floor(sorted.length / 2)]!)).toBeLessThanOrEqual(50)

  // A pause on the laptop shows on every display at once, at the same second.
  await page.getByRole('button', { name: 'Pause' }).click()
  const shown = (await page.getByTestId('countdown').textContent()) ?? ''
  for (const d of [tv.page, tablet.page]) {
    await expect(d.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
    await expect(d.getByTestId('countdown')).toHaveText(shown)
  }
  await tv.context.close()
  await tablet.context.close()
})

test('a phone that drops off the network reconnects on its own and resyncs', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page)
  const { context, page: phone } = await pairDevice(browser, hub, 'Remote')
  await expect(phone.getByRole('button', { name: 'Pause' })).toBeEnabled()

  // The phone's network goes (its Wi-Fi drops, or it sleeps) while the laptop pauses and
  // resumes: it notices the silence, comes back by itself and shows the session as it is.
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(phone.getByRole('button', { name: 'Resume' })).toBeEnabled()
  await context.setOffline(true)
  await expect(phone.getByText('Reconnecting…')).toBeVisible({ timeout: 20_000 })
  await expect(phone.getByRole('button', { name: 'Resume' })).toBeDisabled()
  await page.getByRole('button', { name: 'Resume' }).click()
  await context.setOffline(false)
  await expect(phone.getByRole('button', { name: 'Pause' })).toBeEnabled({ timeout: 10_000 })
  await phone.getByRole('button', { name: 'Skip' }).click()
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await context.close()
})

test('wrong codes are refused, and five keep that device out for a minute', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  const context = await browser.newContext()
  const phone = await context.newPage()
  await phone.goto(hub.url)
  const wrong = hub.code === '000000' ? '000001' : '000000'
  const box = phone.getByRole('textbox', { name: 'Pairing code' })
  await phone.getByRole('radio', { name: 'Remote' }).check()
  for (let i = 1; i <= 4; i += 1) {
    await box.fill(wrong)
    await phone.getByRole('button', { name: 'Pair' }).click()
    await expect(phone.getByRole('alert')).toHaveText(
      'That code is not the one Runstrong shows. It changes after each pairing: read it again.',
    )
    await expect(phone.getByRole('button', { name: 'Pair' })).toBeEnabled()
  }
  await box.fill(wrong)
  await phone.getByRole('button', { name: 'Pair' }).click()
  await expect(phone.getByRole('alert')).toContainText('wait a minute')
  // Even the right code waits out the minute, from this device.
  await box.fill(hub.code)
  await phone.getByRole('button', { name: 'Pair' }).click()
  await expect(phone.getByRole('alert')).toContainText('wait a minute')
  await expect(phone.getByRole('textbox', { name: 'Pairing code' })).toBeVisible()
  // Settings says how many were tried, and the code is still the one it shows.
  await expect(page.getByText(/Wrong codes tried: 5\./)).toBeVisible()
  await expect(page.getByTestId('pairing-code')).toHaveText(hub.code)
  await context.close()
})

test("a stranger's messages are dropped and counted, never acted on", async ({ page, browser }) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page)
  await page.getByRole('button', { name: 'Pause' }).click()
  const shown = await page.getByTestId('countdown').textContent()

  const wsUrl = `${hub.url.replace('http', 'ws')}ws`
  const tries = [
    [JSON.stringify({ type: 'command', command: 'skip' })],
    ['not json at all', JSON.stringify({ type: 'command', command: 'skip' })],
    [JSON.stringify({ type: 'hello', token: 'A'.repeat(43), role: 'remote' })],
  ]
  for (const messages of tries) {
    const ws = new WebSocket(wsUrl)
    await new Promise((resolve) => ws.once('open', resolve))
    for (const m of messages) ws.send(m)
    await new Promise((resolve) => ws.once('close', resolve))
  }
  await expect.poll(async () => (await hubStatus(page)).dropped).toBeGreaterThanOrEqual(3)

  // A paired display may watch but not press: a press ends its socket.
  const tv = await pairDevice(browser, hub, 'Display')
  await expect(tv.page.getByTestId('phase')).toHaveText('Work')
  const token = await tv.page.evaluate(() => localStorage.getItem('runstrong.remote.token'))
  const display = new WebSocket(wsUrl)
  await new Promise((resolve) => display.once('open', resolve))
  display.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
  display.send(JSON.stringify({ type: 'command', command: 'skip' }))
  await new Promise((resolve) => display.once('close', resolve))
  await expect.poll(async () => (await hubStatus(page)).dropped).toBeGreaterThanOrEqual(4)

  await expect(page.getByTestId('phase')).toHaveText('Work')
  await expect(page.getByTestId('countdown')).toHaveText(shown ?? '')
  await tv.context.close()
})

test('Settings shows each new code at once; each device keeps the role it was paired as', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  const code = page.getByTestId('pairing-code')
  // A phone chooses its role before Pair; the code in Settings changes at once.
  const phone = await pairDevice(browser, hub, 'Remote', { roleFirst: true })
  await expect(code).not.toHaveText(hub.code)
  const second = (await code.textContent()) ?? ''
  // The old code no longer pairs: a TV types the one Settings shows now.
  const tv = await browser.newContext()
  const tvPage = await tv.newPage()
  await tvPage.goto(hub.url)
  await tvPage.getByRole('textbox', { name: 'Pairing code' }).fill(hub.code)
  await tvPage.getByRole('button', { name: 'Pair' }).click()
  await tvPage.getByRole('button', { name: 'Display', exact: true }).click()
  await expect(tvPage.getByRole('alert')).toContainText('not the one Runstrong shows')
  await tvPage.getByRole('textbox', { name: 'Pairing code' }).fill(second)
  await tvPage.getByRole('button', { name: 'Pair' }).click()
  await tvPage.getByRole('button', { name: 'Display', exact: true }).click()
  await expect(tvPage.getByText('Waiting for a session')).toBeVisible()
  await expect(code).not.toHaveText(second)
  const devices = page.getByRole('list', { name: 'Paired devices' }).getByRole('listitem')
  await expect(devices).toHaveCount(2)
  await expect(devices.nth(0)).toContainText(', remote, connected now, paired')
  await expect(devices.nth(1)).toContainText(', display, connected now, paired')
  // Reopened, each carries on as what it is, without asking again.
  await phone.page.reload()
  await expect(phone.page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await tvPage.reload()
  await expect(tvPage.getByText('Waiting for a session')).toBeVisible()
  await expect(tvPage.getByRole('button', { name: /^(Remote|Display)$/ })).toHaveCount(0)
  await phone.context.close()
  await tv.close()
})

test('a forgotten device must pair again; switching off stops the server', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  const { context, page: phone } = await pairDevice(browser, hub, 'Remote')
  await expect(phone.getByRole('button', { name: 'Pause' })).toBeEnabled()
  await expect(
    page.getByRole('list', { name: 'Paired devices' }).getByRole('listitem'),
  ).toHaveCount(1)
  await page.getByRole('button', { name: /^Forget / }).click()
  await expect(phone.getByRole('textbox', { name: 'Pairing code' })).toBeVisible()
  await expect(phone.getByRole('status')).toContainText('forgotten')

  // The switch shows the hub's answer, which comes a moment after the click.
  const remoteSwitch = page.getByRole('checkbox', { name: 'Phone remote and TV display' })
  await remoteSwitch.click()
  await expect(remoteSwitch).not.toBeChecked()
  await expect(page.getByTestId('remote-url')).toHaveCount(0)
  const refused = await fetch(hub.url).then(
    () => false,
    () => true,
  )
  expect(refused).toBe(true)
  await context.close()
})

test('a runner on a test clock still takes the phone’s presses and tells the phone', async ({
  page,
  browser,
}) => {
  const clock = await openApp(page)
  const hub = await switchOn(page)
  await startSession(page)
  const { context, page: phone } = await pairDevice(browser, hub, 'Remote')
  await expect(phone.getByTestId('phase')).toHaveText('Work')
  await phone.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
  await expect(phone.getByRole('button', { name: 'Resume' })).toBeVisible()
  await expect(phone.getByTestId('countdown')).toHaveText(
    (await page.getByTestId('countdown').textContent()) ?? '',
  )
  await phone.getByRole('button', { name: 'Skip' }).click()
  await clock.forward(0)
  await expect(page.getByTestId('phase')).toHaveText('Rest')
  await expect(phone.getByTestId('phase')).toHaveText('Rest')
  await context.close()
})

test('the TV and the phone follow every skip on the laptop, with its caption, to Done', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page)
  const tv = await pairDevice(browser, hub, 'Display')
  const phone = await pairDevice(browser, hub, 'Remote')
  const devices = [tv.page, phone.page]
  for (const d of devices) {
    await expect(d.getByTestId('phase')).toHaveText('Work')
    await expect(d.getByTestId('caption')).toHaveText('Squats. Set 1 of 2. 10 reps')
  }
  // Each jump: the phase the laptop lands in, and the line it says there, on every device.
  for (const phase of ['Rest', 'Work', 'Rest', 'Hold', 'Cool-down', 'Done']) {
    await page.getByRole('button', { name: 'Skip' }).click()
    await expect(page.getByTestId('phase')).toHaveText(phase)
    const caption = (await page.getByTestId('caption').textContent()) ?? ''
    expect(caption).not.toBe('')
    for (const d of devices) {
      await expect(d.getByTestId('phase')).toHaveText(phase)
      await expect(d.getByTestId('caption')).toHaveText(caption)
    }
  }
  // Done stays Done: nobody goes back to counting down the cool-down.
  await page.waitForTimeout(2500)
  for (const d of devices) await expect(d.getByTestId('phase')).toHaveText('Done')
  await tv.context.close()
  await phone.context.close()
})

test('leaving the runner shows the last session on the phone and TV, then Waiting', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page)
  const tv = await pairDevice(browser, hub, 'Display', { clock: true })
  const phone = await pairDevice(browser, hub, 'Remote', { clock: true })
  const devices = [tv.page, phone.page]
  // Skipped from the first set to the end: no effort done.
  for (const d of devices) await expect(d.getByTestId('phase')).toHaveText('Work')
  for (const phase of ['Rest', 'Work', 'Rest', 'Hold', 'Cool-down', 'Done']) {
    await page.getByRole('button', { name: 'Skip' }).click()
    await expect(page.getByTestId('phase')).toHaveText(phase)
  }
  for (const d of devices) await expect(d.getByTestId('phase')).toHaveText('Done')

  await page.getByRole('button', { name: 'Back to circuits' }).click()
  for (const d of devices) {
    const last = d.getByTestId('last-session')
    await expect(last).toContainText(REMOTE_CIRCUIT.name)
    await expect(last).toContainText(/Time\s*0:\d\d/)
    await expect(last).toContainText(/Efforts done\s*0 of 3/)
    await expect(d.getByText('Waiting for a session')).toHaveCount(0)
    await expect(d.getByTestId('phase')).toHaveCount(0)
  }
  // Two minutes on, each says it waits for the next session.
  for (const d of devices) await d.clock.fastForward('02:01')
  for (const d of devices) {
    await expect(d.getByText('Waiting for a session')).toBeVisible()
    await expect(d.getByTestId('last-session')).toHaveCount(0)
  }
  await tv.context.close()
  await phone.context.close()
})

test('the phone shows the side of a per-side effort, as the runner does', async ({
  page,
  browser,
}) => {
  await openRunner(page)
  const hub = await switchOn(page)
  await startSession(page, {
    format: 'runner-strength-circuit',
    version: 1,
    name: 'Side check',
    warmupSec: 0,
    items: [{ exercise: 'side-lunges', sets: 1, reps: 10 }],
  })
  const { context, page: phone } = await pairDevice(browser, hub, 'Remote')
  await expect(page.getByTestId('side')).toHaveText('Left')
  await expect(phone.getByTestId('phase')).toHaveText('Work')
  await expect(phone.getByTestId('side')).toHaveText('Left')
  await phone.getByRole('button', { name: 'Skip' }).click()
  await expect(phone.getByTestId('phase')).toHaveText('Switch sides')
  await expect(phone.getByTestId('side')).toHaveCount(0)
  await phone.getByRole('button', { name: 'Skip' }).click()
  await expect(page.getByTestId('side')).toHaveText('Right')
  await expect(phone.getByTestId('side')).toHaveText('Right')
  await context.close()
})

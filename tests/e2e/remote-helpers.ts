import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { WebSocket } from 'ws'
import { importCircuit, startCircuit } from './helpers'

/** A short circuit with a rest early on: two sets of squats, 20 s apart. */
export const REMOTE_CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Remote check',
  warmupSec: 0,
  cooldownSec: 60,
  secondsPerRep: 3,
  restBetweenSetsSec: 20,
  restBetweenExercisesSec: 30,
  items: [
    { exercise: 'squats', sets: 2, reps: 10 },
    { exercise: 'plank', sets: 1, seconds: 40 },
  ],
}

export interface Hub {
  url: string
  /** The code shown when the switch went on (it changes with each pairing). */
  code: string
  /** The code in force now, as the runner page's Settings has it. */
  current: () => Promise<string>
}

/** Opens the app on real time (phones and TVs run on their own clocks) and goes to Settings. */
export async function openRunner(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
}

/** Switches the remote on in Settings and reads its address and code. */
export async function switchOn(page: Page): Promise<Hub> {
  await page.getByRole('link', { name: 'Settings' }).click()
  const box = page.getByRole('checkbox', { name: 'Phone remote and TV display' })
  await expect(box).toBeEnabled()
  await expect(box).not.toBeChecked()
  // The switch shows the hub's answer, which comes a moment after the click.
  await box.click()
  await expect(box).toBeChecked()
  await expect(page.getByTestId('pairing-code')).toHaveText(/^\d{6}$/)
  const url = (await page.getByTestId('remote-url').textContent()) ?? ''
  const code = (await page.getByTestId('pairing-code').textContent()) ?? ''
  expect(url).toMatch(/^http:\/\/[\d.]+:\d+\/$/)
  return { url, code, current: async () => (await hubStatus(page)).code }
}

/** Starts a circuit (the remote circuit unless told) on the runner page. */
export async function startSession(
  page: Page,
  circuit: { name: string } & Record<string, unknown> = REMOTE_CIRCUIT,
): Promise<void> {
  await page.getByRole('link', { name: 'Circuits' }).click()
  await importCircuit(page, circuit)
  await startCircuit(page, circuit.name)
}

/**
 * A phone (390x844) or TV (1280x720) browser of its own, paired with the code in force, as a
 * remote or a display: the role chosen after Pair, or before it (`roleFirst`). With `clock`,
 * its clock is Playwright's, running in real time until a test moves it on.
 */
export async function pairDevice(
  browser: Browser,
  hub: Hub,
  role: 'Remote' | 'Display',
  { roleFirst = false, clock = false } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const viewport = role === 'Remote' ? { width: 390, height: 844 } : { width: 1280, height: 720 }
  const context = await browser.newContext({ viewport, hasTouch: role === 'Remote' })
  if (clock) await context.clock.install()
  const page = await context.newPage()
  await page.goto(hub.url)
  await page.getByRole('textbox', { name: 'Pairing code' }).fill(await hub.current())
  if (roleFirst) await page.getByRole('radio', { name: role }).check()
  await page.getByRole('button', { name: 'Pair' }).click()
  if (!roleFirst) await page.getByRole('button', { name: role, exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Pairing code' })).toHaveCount(0)
  return { context, page }
}

/** The hub's status as the runner page sees it (the browser edition's API). */
export async function hubStatus(
  page: Page,
): Promise<{ dropped: number; devices: unknown[]; code: string; wrongCodes: number }> {
  return page.evaluate(async () => {
    const key = localStorage.getItem('runstrong.remoteHost')
    const res = await fetch('/api/remote', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key }),
    })
    return (await res.json()) as {
      dropped: number
      devices: unknown[]
      code: string
      wrongCodes: number
    }
  })
}

/** Seconds shown by a countdown ("1:05" is 65). */
export function seconds(text: string | null): number {
  const [m, s] = (text ?? '').split(':').map(Number)
  return (m ?? 0) * 60 + (s ?? 0)
}

/** In a page: records the wall-clock moment each countdown text first shows. */
function watchCountdown(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: Record<string, number> = {}
    const el = document.querySelector('[data-testid="countdown"]')!
    new MutationObserver(() => {
      seen[el.textContent] ??= Date.now()
    }).observe(el, { childList: true, characterData: true, subtree: true })
    Object.assign(window, { __countdownSeen: seen })
  })
}

const countdownSeen = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __countdownSeen: Record<string, number> }).__countdownSeen,
  )

/**
 * How far a display's countdown is from the laptop's session, in ms, second by second over
 * `ms`: each time the display's countdown turns, minus the moment the laptop's session
 * says it should (its phase's end, from the state the runner sends, less the seconds
 * shown). Also, for the record, the same for the laptop's own page. A paired socket of its
 * own reads the runner's state; the runner must not be touched meanwhile.
 */
export async function countdownDrift(
  runner: Page,
  display: Page,
  hub: Hub,
  ms: number,
): Promise<{ display: number[]; laptop: number[] }> {
  const res = await fetch(`${hub.url}pair`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: await hub.current(), role: 'display' }),
  })
  const { token } = (await res.json()) as { token: string }
  const ws = new WebSocket(`${hub.url.replace('http', 'ws')}ws`)
  const ends: number[] = []
  ws.on('message', (d: Buffer) => {
    const m = JSON.parse(d.toString()) as {
      type: string
      state?: { display: { atMs: number; paused: boolean; snapshot: { remainingMs: number } } }
    }
    const sent = m.state?.display
    if (m.type === 'state' && sent && !sent.paused) ends.push(sent.atMs + sent.snapshot.remainingMs)
  })
  await new Promise((resolve) => ws.once('open', resolve))
  ws.send(JSON.stringify({ type: 'hello', token }))
  await Promise.all([watchCountdown(runner), watchCountdown(display)])
  await runner.waitForTimeout(ms)
  ws.close()
  const phaseEnd = ends.at(-1)!
  const late = (seen: Record<string, number>) =>
    Object.entries(seen).map(([text, t]) => Math.round(t - (phaseEnd - seconds(text) * 1000)))
  return { display: late(await countdownSeen(display)), laptop: late(await countdownSeen(runner)) }
}

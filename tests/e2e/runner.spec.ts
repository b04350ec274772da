import { expect, test, type Page } from '@playwright/test'
import { importCircuit, openApp, shown, startCircuit, type TestClock } from './helpers'

const SETS = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Sets session',
  structure: 'sets',
  warmupSec: 60,
  cooldownSec: 30,
  switchSidesSec: 5,
  restBetweenSetsSec: 20,
  restBetweenExercisesSec: 40,
  items: [
    { exercise: 'squats', sets: 2, reps: 15 },
    { exercise: 'side-plank', sets: 1, seconds: 30 },
  ],
}

const ROUNDS = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Rounds session',
  structure: 'rounds',
  rounds: 2,
  warmupSec: 0,
  restBetweenExercisesSec: 15,
  restBetweenRoundsSec: 45,
  items: [
    { exercise: 'burpees', seconds: 30 },
    { exercise: 'glute-bridge', reps: 10, secondsPerRep: 2 },
  ],
}

async function begin(page: Page, circuit: object & { name: string }): Promise<TestClock> {
  const clock = await openApp(page)
  await importCircuit(page, circuit)
  await startCircuit(page, circuit.name)
  return clock
}

type Row = [
  phase: string,
  seconds: number,
  exercise: string | null,
  set: string | null,
  side: string | null,
]

/** Walks a session by time alone, checking each phase as it begins. */
async function walk(page: Page, clock: TestClock, rows: Row[]): Promise<void> {
  for (const [phase, seconds, exercise, set, side] of rows) {
    const now = await shown(page)
    expect(now, `${phase} ${exercise ?? ''}`).toEqual({
      phase,
      countdown: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
      exercise,
      set,
      side,
    })
    // Jump to just before the end, then run the last seconds for real so the pips sound.
    await clock.forward(seconds * 1000 - 3534)
    await clock.run(3534)
  }
}

test.describe('the runner', () => {
  test('runs a whole sets session hands-free, phase by phase', async ({ page }) => {
    const clock = await begin(page, SETS)
    await expect(page.getByTestId('session-remaining')).toHaveText('5:05')
    // The warm-up's Next is its next move; the first exercise follows its last one.
    await expect(page.getByTestId('next')).toHaveText('Next: Mountain climbers (0:20)')
    await walk(page, clock, [
      ['Warm-up', 60, 'Jumping jacks', null, null],
      ['Work', 45, 'Squats', 'Set 1 of 2', null],
      ['Rest', 20, 'Squats', null, null],
      ['Work', 45, 'Squats', 'Set 2 of 2', null],
      ['Rest', 40, 'Side Plank', null, null],
      ['Hold', 30, 'Side Plank', 'Set 1 of 1', 'Left'],
      ['Switch sides', 5, 'Side Plank', 'Set 1 of 1', null],
      ['Hold', 30, 'Side Plank', 'Set 1 of 1', 'Right'],
      ['Cool-down', 30, 'Walk and breathe', null, null],
    ])
    await expect(page.getByTestId('phase')).toHaveText('Done')
    await expect(page.getByText('Efforts done')).toBeVisible()
    await expect(page.locator('.summary')).toContainText('4 of 4')
    const sounds = await page.evaluate(() =>
      (
        window as unknown as { __runstrong: { soundsPlayed(): string[] } }
      ).__runstrong.soundsPlayed(),
    )
    expect(sounds.filter((s) => s === 'pip').length).toBe(27) // 3 before each of 9 phases
    expect(sounds).toContain('switch')
    expect(sounds.at(-1)).toBe('fanfare')
  })

  test('runs a whole rounds session, round by round', async ({ page }) => {
    const clock = await begin(page, ROUNDS)
    await walk(page, clock, [
      ['Work', 30, 'Burpees', 'Round 1 of 2', null],
      ['Rest', 15, 'Glute Bridge', null, null],
      ['Work', 20, 'Glute Bridge', 'Round 1 of 2', null],
      ['Rest', 45, 'Burpees', null, null],
      ['Work', 30, 'Burpees', 'Round 2 of 2', null],
      ['Rest', 15, 'Glute Bridge', null, null],
      ['Work', 20, 'Glute Bridge', 'Round 2 of 2', null],
    ])
    await expect(page.getByTestId('phase')).toHaveText('Done')
    await expect(page.getByText('How did it feel?')).toBeVisible()
    await page.keyboard.press('2')
    await expect(page.getByText('Noted: about right')).toBeVisible()
    await page.getByRole('button', { name: 'Back to circuits' }).click()
    await page.getByRole('link', { name: 'History' }).click()
    const entry = page.getByRole('listitem').filter({ hasText: 'Rounds session' })
    await expect(entry).toContainText('4 of 4 done')
    await expect(entry).toContainText('Felt about right')
    await expect(entry).not.toContainText('Left early')
    // Under 3 minutes: shorter than the article's shortest session, so it does not count.
    await expect(entry).toContainText("under the article's shortest session (10 minutes)")
    await expect(page.getByTestId('week-count')).toHaveText('0 of 2 to 3 sessions')
    await expect(page.getByRole('img', { name: /Sessions per week/ })).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    expect((await download).suggestedFilename()).toBe('runstrong-history.csv')
  })

  test('after an easy session, suggests one step up and applies it as a new version', async ({
    page,
  }) => {
    const clock = await begin(page, ROUNDS)
    await clock.forward(176_000)
    await expect(page.getByTestId('phase')).toHaveText('Done')
    await page.keyboard.press('1')
    await expect(page.getByText('Noted: easy')).toBeVisible()
    await page.getByRole('button', { name: 'Back to circuits' }).click()
    await page.getByRole('button', { name: /^Rounds session/ }).click()
    const steps = page.getByRole('region', { name: 'Suggested next step' })
    // Burpees are at the article's 30 s already: the harder version comes next.
    await expect(steps).toContainText('Burpees: try the challenge version')
    await expect(steps).toContainText('Glute Bridge: 11 reps (from 10)')
    await steps.getByRole('button', { name: 'Apply as a new version' }).click()
    await expect(page.getByRole('status')).toHaveText(/Saved the next step as "Rounds session v2"/)
    await expect(page.getByRole('button', { name: /^Rounds session v2/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Rounds session \d/ })).toHaveCount(1)
  })

  test('records a session left early in History, marked so', async ({ page }) => {
    const clock = await begin(page, ROUNDS)
    await clock.forward(31_000)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Leave' }).click()
    await page.getByRole('link', { name: 'History' }).click()
    const entry = page.getByRole('listitem').filter({ hasText: 'Rounds session' })
    await expect(entry).toContainText('Left early')
    await expect(entry).toContainText('1 of 4 done')
  })

  test('counts down in whole seconds rounded up, and shows cues during efforts', async ({
    page,
  }) => {
    const clock = await begin(page, ROUNDS)
    await expect(page.getByTestId('countdown')).toHaveText('0:30')
    await clock.forward(1000)
    await expect(page.getByTestId('countdown')).toHaveText('0:29')
    await expect(page.getByTestId('cues')).toContainText('Hands down right by your feet')
    await expect(page.getByRole('status')).toHaveText('Burpees. Round 1 of 2. 30 seconds')
    await clock.run(14_500)
    await expect(page.getByRole('status')).toHaveText('Halfway')
    const sounds = await page.evaluate(() =>
      (
        window as unknown as { __runstrong: { soundsPlayed(): string[] } }
      ).__runstrong.soundsPlayed(),
    )
    expect(sounds).toEqual(['start', 'halfway'])
    await clock.forward(14_500)
    await expect(page.getByTestId('phase')).toHaveText('Rest')
    await expect(page.getByTestId('cues')).toHaveCount(0)
    await expect(page.getByText('Squeeze your glutes to lift')).toBeVisible()
    await expect(page.getByRole('status')).toHaveText('Rest, 15 seconds. Next: Glute Bridge')
  })

  test('pauses with Space: no time passes, and the phase stays', async ({ page }) => {
    const clock = await begin(page, ROUNDS)
    await clock.forward(5000)
    await page.keyboard.press('Space')
    const countdown = page.getByTestId('countdown')
    await expect(countdown).toHaveAttribute('data-paused', 'true')
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
    await clock.forward(60_000)
    await expect(countdown).toHaveText('0:25')
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await page.keyboard.press('Space')
    await expect(countdown).not.toHaveAttribute('data-paused', 'true')
    await clock.forward(1000)
    await expect(countdown).toHaveText('0:24')
  })

  test('skips, goes back and adds rest from the keyboard', async ({ page }) => {
    const clock = await begin(page, ROUNDS)
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('phase')).toHaveText('Rest')
    await expect(page.getByTestId('countdown')).toHaveText('0:15')
    await clock.forward(3000)
    await page.keyboard.press('+')
    await expect(page.getByTestId('countdown')).toHaveText('0:27')
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByTestId('countdown')).toHaveText('0:15')
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await expect(page.getByTestId('exercise')).toHaveText('Burpees')
    await expect(page.getByTestId('countdown')).toHaveText('0:30')
    await page.keyboard.press('m')
    await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible()
    await page.keyboard.press('M')
    await expect(page.getByRole('button', { name: 'Mute' })).toBeVisible()
  })

  test('does the same with the buttons, and a focused button never acts twice', async ({
    page,
  }) => {
    const clock = await begin(page, ROUNDS)
    await page.getByRole('button', { name: 'Skip' }).click()
    await expect(page.getByTestId('phase')).toHaveText('Rest')
    await page.getByRole('button', { name: 'Add 15 seconds' }).click()
    await expect(page.getByTestId('countdown')).toHaveText('0:30')
    // Skip now has focus; Space must pause, not skip again.
    await page.keyboard.press('Space')
    await expect(page.getByTestId('phase')).toHaveText('Rest')
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
    await page.getByRole('button', { name: 'Resume' }).click()
    await clock.forward(1000)
    await expect(page.getByTestId('countdown')).toHaveText('0:29')
    await page.getByRole('button', { name: 'Previous' }).click()
    await expect(page.getByTestId('countdown')).toHaveText('0:15')
    await page.getByRole('button', { name: 'Skip' }).click()
    // Outside rests the button is there but lengthens nothing.
    await page.getByRole('button', { name: 'Add 15 seconds' }).click()
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await expect(page.getByTestId('countdown')).toHaveText('0:20')
  })

  test('asks before leaving with Escape or Exit', async ({ page }) => {
    await begin(page, ROUNDS)
    await page.keyboard.press('Escape')
    const dialog = page.getByRole('dialog', { name: 'Leave this session?' })
    await expect(dialog).toBeVisible()
    await page.getByRole('button', { name: 'Keep going' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await page.getByRole('button', { name: 'Exit' }).click()
    await page.getByRole('button', { name: 'Leave' }).click()
    await expect(page.getByRole('heading', { name: 'Circuits', level: 1 })).toBeVisible()
  })

  test('starts at once at the first phase of the timeline, with no extra lead-in', async ({
    page,
  }) => {
    const clock = await openApp(page)
    await page.getByRole('button', { name: /^Quick 15/ }).click()
    await page.getByRole('button', { name: /^Start/ }).click()
    await expect(page.getByTestId('phase')).toHaveText('Warm-up')
    await expect(page.getByTestId('countdown')).toHaveText('3:00')
    // Quick 15: two rounds of four, a 3-minute warm-up and a 2-minute cool-down.
    await expect(page.getByTestId('session-remaining')).toHaveText('13:40')
    await clock.forward(180_000)
    await expect(page.getByTestId('exercise')).toHaveText('Squats')
    await expect(page.getByTestId('set')).toHaveText('Round 1 of 2')
  })
})

test.describe('small things on the runner', () => {
  test('the leave question pauses the session, and Keep going carries on', async ({ page }) => {
    const clock = await begin(page, ROUNDS)
    await clock.forward(5000)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Leave this session?' })).toBeVisible()
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-paused', 'true')
    const held = await page.getByTestId('countdown').textContent()
    await clock.forward(10_000)
    await expect(page.getByTestId('countdown')).toHaveText(held!)
    await page.getByRole('button', { name: 'Keep going' }).click()
    await expect(page.getByTestId('countdown')).not.toHaveAttribute('data-paused', 'true')
  })

  test('holds the system’s media controls while running: what is on, paused, then let go', async ({
    page,
  }) => {
    const media = () =>
      page.evaluate(() => ({
        title: navigator.mediaSession.metadata?.title ?? null,
        album: navigator.mediaSession.metadata?.album ?? null,
        state: navigator.mediaSession.playbackState,
      }))
    await begin(page, ROUNDS)
    await expect
      .poll(media)
      .toEqual({ title: 'Work: Burpees', album: ROUNDS.name, state: 'playing' })
    await page.keyboard.press('Space')
    await expect.poll(media).toMatchObject({ state: 'paused' })
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(media)
      .toMatchObject({ title: expect.stringMatching(/^Rest/), state: 'playing' })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: /^Leave/ }).click()
    await expect.poll(media).toEqual({ title: null, album: null, state: 'none' })
  })

  test('says pause and resume to screen readers, and names the phase in the title', async ({
    page,
  }) => {
    await begin(page, ROUNDS)
    await expect(page).toHaveTitle('Work: Burpees · Runstrong')
    await page.keyboard.press('Space')
    await expect(page.getByTestId('pause-news')).toHaveText('Paused')
    await page.keyboard.press('Space')
    await expect(page.getByTestId('pause-news')).toHaveText('Resumed')
  })

  test('Add 15 seconds is plainly dimmed and described outside rests, not struck through or faded', async ({
    page,
  }) => {
    await begin(page, ROUNDS)
    const add = page.getByRole('button', { name: 'Add 15 seconds' })
    const skip = page.getByRole('button', { name: 'Skip' })
    await expect(add).toHaveAccessibleDescription('Lengthens rests only')
    const look = (b: typeof add) =>
      b.evaluate((el) => {
        const s = getComputedStyle(el)
        return {
          line: s.textDecorationLine,
          opacity: s.opacity,
          edge: s.borderTopStyle,
          ink: s.color,
          weight: s.fontWeight,
        }
      })
    const dimmed = await look(add)
    // A dashed edge and a quieter, lighter ink; no fading, which would take its words under 7:1.
    expect(dimmed).toMatchObject({ line: 'none', opacity: '1', edge: 'dashed' })
    expect(dimmed.ink).not.toBe((await look(skip)).ink)
    expect(Number(dimmed.weight)).toBeLessThan(Number((await look(skip)).weight))
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('phase')).toHaveText('Rest')
    await expect(add).toHaveAccessibleDescription('')
    expect(await look(add)).toEqual(await look(skip))
  })
})

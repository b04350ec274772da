import { describe, expect, it } from 'vitest'
import {
  cueShownAt,
  initRunner,
  isFinalCountdown,
  positionMs,
  runnerStep,
  RUNNER_RULES,
  type RunnerCore,
  type RunnerEffect,
} from '@shared/engine/runner-core'
import { finish, pause, previous, skip, start, type SessionState } from '@shared/engine/session'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

/** Squats 2 x 15 at 3 s a rep (45 s), 20 s rest between, no warm-up. */
const timeline = compileTimeline(
  circuit({
    warmupSec: 0,
    restBetweenSetsSec: 20,
    items: [{ exercise: 'squats', sets: 2, reps: 15 }],
  }),
)
const started = (): RunnerCore =>
  runnerStep(initRunner(start(timeline, 0), false), { type: 'start', hidden: false }, 0).core

const sounds = (effects: RunnerEffect[]) =>
  effects.flatMap((e) => (e.type === 'sound' ? [e.id] : []))
const said = (effects: RunnerEffect[]) =>
  effects.flatMap((e) => (e.type === 'say' ? [e.line.text] : []))
const painted = (effects: RunnerEffect[]) =>
  effects.flatMap((e) => (e.type === 'paint' ? [e.at] : []))

describe('the runner step', () => {
  it('announces the first phase as it starts, and paints it at once', () => {
    const r = runnerStep(initRunner(start(timeline, 0), false), { type: 'start', hidden: false }, 0)
    expect(sounds(r.effects)).toEqual(['start'])
    expect(said(r.effects)).toEqual(['Squats. Set 1 of 2. 15 reps'])
    expect(r.effects).toContainEqual({ type: 'caption', text: 'Squats. Set 1 of 2. 15 reps' })
    expect(painted(r.effects)).toEqual(['now'])
  })

  it('wakes at the next second boundary, and paints a plain second in the next frame', () => {
    const core = started()
    const first = runnerStep(core, { type: 'wake', hidden: false }, 10)
    expect(first.wakeAtMs).toBe(1000)
    const tick = runnerStep(first.core, { type: 'wake', hidden: false }, 1000)
    expect(sounds(tick.effects)).toEqual([])
    expect(painted(tick.effects)).toEqual(['frame'])
  })

  it('says how soon the next tone sounds, so the audio output can rest until then', () => {
    const wake = (core: RunnerCore, atMs: number) =>
      runnerStep(core, { type: 'wake', hidden: false }, atMs)
    // Squats, 45 s: halfway at 22.5 s, pips at 42, 43 and 44 s, the rest's tone at 45 s.
    const a = wake(started(), 10)
    expect(a.soundInMs).toBe(22_490)
    const b = wake(a.core, 22_600)
    expect(sounds(b.effects)).toEqual(['halfway'])
    expect(b.soundInMs).toBe(19_400)
    const c = wake(b.core, 42_000)
    expect(c.soundInMs).toBe(1000)
    const d = wake(wake(c.core, 43_000).core, 44_000)
    expect(d.soundInMs).toBe(1000)
    // Paused, no tone can sound; finished, none will.
    expect(
      runnerStep(d.core, { type: 'act', action: 'togglePause', hidden: false }, 44_200),
    ).toMatchObject({ soundInMs: null })
    expect(
      runnerStep(d.core, { type: 'act', action: 'finish', hidden: false }, 44_200),
    ).toMatchObject({ soundInMs: null })
  })

  it('sounds the 3-2-1 pips and keeps speech out of them', () => {
    let core = started()
    const r = runnerStep(core, { type: 'wake', hidden: false }, 42_000)
    expect(sounds(r.effects)).toEqual(['pip'])
    core = r.core
    expect(runnerStep(core, { type: 'wake', hidden: false }, 43_000).effects).toContainEqual({
      type: 'sound',
      id: 'pip',
    })
    const entry = runnerStep(
      initRunner(start(timeline, 0), false),
      { type: 'start', hidden: false },
      0,
    )
    const say = entry.effects.find((e) => e.type === 'say')
    expect(say).toMatchObject({ quietAtMs: 45_000 - 3000 })
  })

  it('paints a new phase at once and announces it', () => {
    const r = runnerStep(started(), { type: 'wake', hidden: false }, 45_000)
    expect(painted(r.effects)).toEqual(['now'])
    expect(sounds(r.effects)).toContain('rest')
    expect(said(r.effects)).toEqual(['Rest, 20 seconds. Next: Squats'])
  })

  it('drops a pip more than 350 ms late in a visible page, plays it up to 1.1 s late when hidden', () => {
    const core = started()
    const late = 42_000 + RUNNER_RULES.soundLateMs + 50
    expect(sounds(runnerStep(core, { type: 'wake', hidden: false }, late).effects)).toEqual([])
    expect(sounds(runnerStep(core, { type: 'wake', hidden: true }, late).effects)).toEqual(['pip'])
    // 1.15 s after the first pip: it is dropped, the second (0.15 s late) plays.
    const tooLate = 42_000 + RUNNER_RULES.hiddenSoundLateMs + 50
    expect(sounds(runnerStep(core, { type: 'wake', hidden: true }, tooLate).effects)).toEqual([
      'pip',
    ])
    expect(sounds(runnerStep(core, { type: 'wake', hidden: true }, 43_050).effects)).toEqual([
      'pip',
      'pip',
    ])
  })

  it('announces the phase again after Skip and Previous, not after a pause', () => {
    const core = started()
    const skipped = runnerStep(core, { type: 'act', action: 'skip', hidden: false }, 5000)
    expect(said(skipped.effects)).toEqual(['Rest, 20 seconds. Next: Squats'])
    const back = runnerStep(skipped.core, { type: 'act', action: 'previous', hidden: false }, 6000)
    expect(said(back.effects)).toEqual(['Rest, 20 seconds. Next: Squats'])
    const paused = runnerStep(core, { type: 'act', action: 'togglePause', hidden: false }, 5000)
    expect(said(paused.effects)).toEqual([])
    expect(paused.effects).toContainEqual({ type: 'silence' })
    expect(paused.wakeAtMs).toBeNull()
  })

  it('does nothing for an action that changes nothing', () => {
    const core = started()
    const r = runnerStep(core, { type: 'act', action: 'addRest', hidden: false }, 5000)
    expect(r.effects).toEqual([])
    expect(r.core).toBe(core)
  })

  it('marks the last three seconds of a phase as the final countdown', () => {
    expect(isFinalCountdown({ remainingMs: 3000, done: false })).toBe(true)
    expect(isFinalCountdown({ remainingMs: 3001, done: false })).toBe(false)
    expect(isFinalCountdown({ remainingMs: 0, done: true })).toBe(false)
  })

  it('shows the form cues one at a time, each in turn, then round again', () => {
    const cues = ['Chest up', 'Knees out', 'Drive through heels']
    const every = RUNNER_RULES.cueShowMs
    expect(cueShownAt(cues, 0)).toBe('Chest up')
    expect(cueShownAt(cues, every - 1)).toBe('Chest up')
    expect(cueShownAt(cues, every)).toBe('Knees out')
    expect(cueShownAt(cues, 2 * every)).toBe('Drive through heels')
    expect(cueShownAt(cues, 3 * every)).toBe('Chest up')
    expect(cueShownAt([], 5000)).toBeUndefined()
  })
})

describe('a follower (a display, a phone) handed the runner’s state', () => {
  /** A follower that began with the runner at 0 and has run on its own clock to `nowMs`. */
  const following = (nowMs: number): RunnerCore => {
    const r = runnerStep(started(), { type: 'wake', hidden: false }, nowMs)
    return r.core
  }
  const handed = (core: RunnerCore, session: SessionState, nowMs: number) =>
    runnerStep(core, { type: 'replace', session, hidden: false }, nowMs)

  it('announces the phase a skip lands in, only that one, over what was being said', () => {
    // The laptop skips the set and the rest: the follower lands in the last set.
    const laptop = skip(skip(start(timeline, 0), 5000), 5000)
    const r = handed(following(5000), laptop, 5100)
    expect(said(r.effects)).toEqual(['Squats. Last set. 15 reps'])
    expect(r.effects).toContainEqual({ type: 'caption', text: 'Squats. Last set. 15 reps' })
    expect(r.effects[0]).toEqual({ type: 'silence' })
    expect(sounds(r.effects)).toEqual(['start'])
    expect(painted(r.effects)).toEqual(['now'])
  })

  it('announces Done when the runner skips to the end', () => {
    let laptop = start(timeline, 0)
    for (let i = 0; i < timeline.phases.length; i++) laptop = skip(laptop, 8000)
    const r = handed(following(8000), laptop, 8050)
    expect(said(r.effects)).toEqual(['Session complete. Well done'])
    expect(sounds(r.effects)).toEqual(['fanfare'])
  })

  it('announces the phase again after a Previous that restarts it', () => {
    const r = handed(following(20_000), previous(start(timeline, 0), 20_000), 20_000)
    expect(said(r.effects)).toEqual(['Squats. Set 1 of 2. 15 reps'])
  })

  it('says nothing for a state that only agrees with its own clock: a resend or a pause', () => {
    const core = following(10_000)
    expect(said(handed(core, start(timeline, 0), 10_000).effects)).toEqual([])
    expect(said(handed(core, start(timeline, 30), 10_000).effects)).toEqual([])
    const paused = handed(core, pause(start(timeline, 0), 9990), 10_000)
    expect(said(paused.effects)).toEqual([])
  })

  it('announces a phase its own clock had not reached yet once, and not again at its own turn', () => {
    // The laptop is 200 ms ahead: it is in the rest while the follower still counts the set.
    const laptop = start(timeline, -200)
    const r = handed(following(44_900), laptop, 44_900)
    expect(said(r.effects)).toEqual(['Rest, 20 seconds. Next: Squats'])
    expect(said(runnerStep(r.core, { type: 'wake', hidden: false }, 45_000).effects)).toEqual([])
  })

  it('does not announce again a phase it had already left when its clock is a little ahead', () => {
    // The follower's clock is 200 ms ahead: it has announced the rest; the laptop's set ends.
    const ahead = runnerStep(
      runnerStep(initRunner(start(timeline, -200), false), { type: 'start', hidden: false }, 0)
        .core,
      { type: 'wake', hidden: false },
      44_850,
    )
    expect(said(ahead.effects)).toEqual(['Rest, 20 seconds. Next: Squats'])
    const r = handed(ahead.core, start(timeline, 0), 44_900)
    expect(said(r.effects)).toEqual([])
    expect(said(runnerStep(r.core, { type: 'wake', hidden: false }, 45_000).effects)).toEqual([])
  })

  it('measures where a session is on its planned timeline: time, skips and the end', () => {
    const s = start(timeline, 0)
    expect(positionMs(s, 10_000)).toBe(10_000)
    expect(positionMs(skip(s, 10_000), 10_000)).toBe(45_000)
    expect(positionMs(pause(s, 5000), 60_000)).toBe(5000)
    expect(positionMs(finish(s, 1000), 1000)).toBe(timeline.totalMs)
  })
})

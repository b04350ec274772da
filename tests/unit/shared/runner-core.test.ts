import { describe, expect, it } from 'vitest'
import {
  cueShownAt,
  initRunner,
  isFinalCountdown,
  runnerStep,
  RUNNER_RULES,
  type RunnerCore,
  type RunnerEffect,
} from '@shared/engine/runner-core'
import { start } from '@shared/engine/session'
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

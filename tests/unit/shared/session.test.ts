import { describe, expect, it } from 'vitest'
import { compileTimeline } from '@shared/engine/timeline'
import {
  addRest,
  advance,
  finish,
  pause,
  previous,
  resume,
  skip,
  start,
} from '@shared/engine/session'
import { restore, snapshot } from '@shared/engine/session-snapshot'
import { summarize } from '@shared/engine/session-summary'
import { nextSecondBoundaryMs, view } from '@shared/engine/session-view'
import { formatClock } from '@shared/engine/format'
import { circuit } from './helpers'

// warm-up 10 s, squats 2 x 10 reps (30 s) with 20 s rest, 40 s rest, plank 45 s.
const timeline = compileTimeline(
  circuit({
    warmupSec: 10,
    restBetweenSetsSec: 20,
    restBetweenExercisesSec: 40,
    items: [
      { exercise: 'squats', sets: 2, reps: 10 },
      { exercise: 'plank', sets: 1, seconds: 45 },
    ],
  }),
)
const T0 = 1_000

describe('the session engine', () => {
  it('starts the first phase at once and derives the time left', () => {
    const s = start(timeline, T0)
    expect(view(s, T0)).toMatchObject({ index: 0, remainingMs: 10_000, paused: false, done: false })
    expect(formatClock(view(s, T0 + 1).remainingMs)).toBe('0:10')
    expect(formatClock(view(s, T0 + 1000).remainingMs)).toBe('0:09')
    expect(view(s, T0).sessionRemainingMs).toBe(timeline.totalMs)
  })

  it('moves on at each deadline, chaining deadlines rather than wake-ups', () => {
    const s = advance(start(timeline, T0), T0 + 10_000 + 700)
    expect(s.index).toBe(1)
    expect(view(s, T0 + 10_700).remainingMs).toBe(29_300)
    const later = advance(s, T0 + 10_000 + 30_000 + 20_000 + 5)
    expect(later.index).toBe(3)
  })

  it('passes no time while paused', () => {
    let s = start(timeline, T0)
    s = pause(s, T0 + 4_000)
    expect(view(s, T0 + 60_000)).toMatchObject({ paused: true, remainingMs: 6_000, index: 0 })
    s = resume(s, T0 + 60_000)
    expect(view(s, T0 + 61_000).remainingMs).toBe(5_000)
    expect(summarize(s, T0 + 61_000).actualMs).toBe(5_000)
  })

  it('skips to the next phase and counts a skipped effort', () => {
    let s = start(timeline, T0)
    s = skip(s, T0 + 2_000)
    expect(view(s, T0 + 2_000)).toMatchObject({ index: 1, remainingMs: 30_000 })
    s = skip(s, T0 + 3_000)
    expect(s.outcomes[1]).toBe('skipped')
    expect(view(s, T0 + 3_000).phase?.kind).toBe('rest')
  })

  it('skipping while paused stays paused at the full length of the next phase', () => {
    let s = pause(start(timeline, T0), T0 + 2_000)
    s = skip(s, T0 + 9_000)
    expect(view(s, T0 + 50_000)).toMatchObject({ index: 1, remainingMs: 30_000, paused: true })
  })

  it('restarts the phase on Previous, and goes back a phase when pressed again within 3 s', () => {
    let s = advance(start(timeline, T0), T0 + 10_000) // squats set 1 starts at T0+10 s
    s = previous(s, T0 + 25_000)
    expect(view(s, T0 + 25_000)).toMatchObject({ index: 1, remainingMs: 30_000 })
    s = previous(s, T0 + 27_000)
    expect(view(s, T0 + 27_000)).toMatchObject({ index: 0, remainingMs: 10_000 })
  })

  it('treats presses of Previous 3 s apart as two restarts', () => {
    let s = advance(start(timeline, T0), T0 + 10_000)
    s = previous(s, T0 + 15_000)
    s = previous(s, T0 + 18_000)
    expect(view(s, T0 + 18_000)).toMatchObject({ index: 1, remainingMs: 30_000 })
  })

  it('adds 15 s to a rest and to nothing else', () => {
    let s = advance(start(timeline, T0), T0 + 40_000) // rest 20 s starts
    expect(view(s, T0 + 40_000).phase?.kind).toBe('rest')
    s = addRest(s, T0 + 45_000)
    expect(view(s, T0 + 45_000)).toMatchObject({ remainingMs: 30_000, phaseDurationMs: 35_000 })
    expect(view(s, T0 + 45_000).sessionRemainingMs).toBe(timeline.totalMs - 45_000 + 15_000)
    const work = start(timeline, T0)
    expect(addRest(work, T0)).toBe(work)
  })

  it('lengthens one rest by 10 minutes at most, however often it is pressed', () => {
    let s = advance(start(timeline, T0), T0 + 40_000) // rest 20 s starts
    for (let i = 0; i < 1000; i += 1) s = addRest(s, T0 + 41_000)
    expect(view(s, T0 + 41_000)).toMatchObject({ phaseDurationMs: 20_000 + 600_000 })
    expect(s.addedMs).toBe(600_000)
    // The next rest may be lengthened again.
    s = skip(skip(s, T0 + 42_000), T0 + 43_000)
    expect(view(s, T0 + 43_000).phaseDurationMs).toBe(40_000)
    s = addRest(s, T0 + 43_000)
    expect(view(s, T0 + 43_000).phaseDurationMs).toBe(55_000)
  })

  it('finishes with a summary: planned and actual length, efforts done and skipped', () => {
    let s = start(timeline, T0)
    s = advance(s, T0 + 40_000) // warm-up and squats set 1 done
    s = skip(s, T0 + 41_000) // the rest
    s = skip(s, T0 + 42_000) // squats set 2 skipped
    s = finish(s, T0 + 50_000)
    expect(view(s, T0 + 50_000)).toMatchObject({ done: true, remainingMs: 0 })
    expect(summarize(s, T0 + 99_000)).toEqual({
      plannedMs: timeline.totalMs,
      actualMs: 50_000,
      elapsedMs: 50_000,
      effortsTotal: 3,
      effortsDone: 1,
      effortsSkipped: 1,
      addedMs: 0,
      endedEarly: true,
    })
  })

  it('ends on its own at the planned length when nothing is pressed', () => {
    const s = advance(start(timeline, T0), T0 + timeline.totalMs + 5_000)
    expect(s.finishedAtMs).toBe(T0 + timeline.totalMs)
    expect(summarize(s, T0 + timeline.totalMs + 5_000)).toMatchObject({
      actualMs: timeline.totalMs,
      effortsDone: 3,
      effortsSkipped: 0,
      endedEarly: false,
    })
  })

  it('restores a snapshot paused at the phase and time it had reached', () => {
    let s = start(timeline, T0)
    s = advance(s, T0 + 42_500) // 2.5 s into the rest between sets
    const snap = JSON.parse(JSON.stringify(snapshot(s, T0 + 42_500))) as ReturnType<typeof snapshot>
    const restored = restore(timeline, snap, 5_000_000)
    expect(restored).not.toBeNull()
    expect(view(restored!, 5_000_000 + 99_999)).toMatchObject({
      index: 2,
      remainingMs: 17_500,
      paused: true,
    })
    const running = resume(restored!, 5_100_000)
    expect(view(running, 5_101_000).remainingMs).toBe(16_500)
    expect(summarize(running, 5_101_000).actualMs).toBe(43_500)
  })

  it('restores a finished session as finished, with what was done and skipped', () => {
    // Skipped to the end 5 s in: every phase has an outcome, so it did not end early.
    let s = start(timeline, T0)
    for (let i = 0; i < timeline.phases.length; i++) s = skip(s, T0 + 5_000)
    const restored = restore(timeline, snapshot(s, T0 + 6_000), 9_000_000)
    expect(restored).not.toBeNull()
    expect(view(restored!, 9_000_500)).toMatchObject({ done: true, remainingMs: 0 })
    expect(summarize(restored!, 9_000_500)).toMatchObject({
      actualMs: 5_000,
      effortsSkipped: 3,
      endedEarly: false,
    })
    // Left with Finish half way: the phases not reached say it ended early.
    const left = finish(start(timeline, T0), T0 + 20_000)
    expect(summarize(restore(timeline, snapshot(left, T0 + 20_000), 0)!, 0).endedEarly).toBe(true)
  })

  it('refuses a snapshot of another timeline', () => {
    const snap = snapshot(start(timeline, T0), T0)
    const other = compileTimeline(circuit({ items: [{ exercise: 'squats', reps: 5 }] }))
    expect(restore(other, snap, 0)).toBeNull()
    expect(restore(timeline, { ...snap, index: -1 }, 0)).toBeNull()
    expect(restore(timeline, { ...snap, index: timeline.phases.length + 1 }, 0)).toBeNull()
  })

  it('wakes at the next whole-second boundary of the countdown', () => {
    const s = start(timeline, T0)
    expect(nextSecondBoundaryMs(s, T0)).toBe(T0 + 1_000)
    expect(nextSecondBoundaryMs(s, T0 + 1_234)).toBe(T0 + 2_000)
    expect(nextSecondBoundaryMs(s, T0 + 9_999)).toBe(T0 + 10_000)
    expect(nextSecondBoundaryMs(pause(s, T0), T0)).toBeNull()
  })

  it('does not drift after 10,000 wake-ups at random lateness', () => {
    const long = compileTimeline(
      circuit({
        structure: 'rounds',
        rounds: 20,
        warmupSec: 1800,
        cooldownSec: 1800,
        restBetweenExercisesSec: 17,
        restBetweenRoundsSec: 93,
        secondsPerRep: 2.7,
        items: [
          { exercise: 'squats', reps: 13 },
          { exercise: 'side-plank', seconds: 31 },
          { exercise: 'step-ups', reps: 7 },
          { exercise: 'plank', seconds: 59 },
        ],
      }),
    )
    let seed = 42
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    let s = start(long, T0)
    let now = T0
    let wakes = 0
    while (wakes < 10_000 && s.finishedAtMs === null) {
      const target = nextSecondBoundaryMs(s, now) ?? now
      now = target + random() * 250 // late by up to 250 ms
      const before = s.index
      s = advance(s, now)
      if (s.index !== before) {
        // The current phase started exactly at its planned offset.
        if (s.index < long.phases.length) {
          const startedAt = s.deadlineMs - s.phaseDurationMs
          expect(startedAt).toBe(T0 + long.phases[s.index]!.startMs)
        }
      }
      const shown = view(s, now)
      if (!shown.done) expect(shown.sessionRemainingMs).toBe(T0 + long.totalMs - now)
      wakes++
    }
    expect(wakes).toBe(10_000)
    s = advance(s, T0 + long.totalMs)
    expect(s.finishedAtMs).toBe(T0 + long.totalMs)
  })
})

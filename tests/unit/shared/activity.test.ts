import { describe, expect, it } from 'vitest'
import { advance, start } from '@shared/engine/session'
import { compileTimeline } from '@shared/engine/timeline'
import { activityOf } from '@shared/training/activity'
import { KG_PER_LB } from '@shared/training/loads'
import type { HistoryEntry } from '@shared/training/history'
import { recordSession } from '@shared/training/history-record'
import { circuit } from './helpers'
import { randomHistory } from './session-runs'

const T0 = Date.UTC(2026, 2, 2, 7, 0, 0)

/** A circuit run to its end, untouched, and recorded. */
function ranThrough(fields: Parameters<typeof circuit>[0]): HistoryEntry {
  const c = circuit(fields)
  const t = compileTimeline(c)
  return recordSession('e', c, advance(start(t, 0), t.totalMs), t.totalMs, T0)
}

describe('a session laid out as sets and rests', () => {
  it('gives each set its planned work and shares the rest of the time evenly between sets', () => {
    const entry = ranThrough({
      warmupSec: 60,
      cooldownSec: 30,
      switchSidesSec: 5,
      restBetweenSetsSec: 20,
      restBetweenExercisesSec: 40,
      items: [
        { exercise: 'squats', sets: 2, reps: 15, load: '2 x 6 kg' },
        { exercise: 'side-plank', sets: 1, seconds: 30, perSide: true, load: '20 lb' },
      ],
    })
    const { blocks, totalMs, activeMs } = activityOf(entry)
    expect(totalMs).toBe(305_000)
    // Rests of 20 s and 40 s were planned; the entry keeps only their sum, shared evenly.
    expect(blocks.map((b) => [b.part, b.name, b.durationMs, b.reps])).toEqual([
      ['warmup', 'Warm-up', 60_000, undefined],
      ['set', 'Squats', 45_000, 15],
      ['rest', 'Rest', 30_000, undefined],
      ['set', 'Squats', 45_000, 15],
      ['rest', 'Rest', 30_000, undefined],
      ['set', 'Side Plank', 65_000, undefined],
      ['cooldown', 'Cool-down', 30_000, undefined],
    ])
    expect(activeMs).toBe(245_000)
    expect(blocks.map((b) => b.startMs - T0)).toEqual([
      0, 60_000, 105_000, 135_000, 180_000, 210_000, 275_000,
    ])
    expect(blocks[1]!.weight).toEqual({ kg: 6, unit: 'kg' })
    expect(blocks[5]!.weight).toEqual({ kg: 20 * KG_PER_LB, unit: 'lb' })
  })

  it('runs rounds one of each in turn, counts both sides in reps, and names the harder version', () => {
    const entry = ranThrough({
      structure: 'rounds',
      rounds: 2,
      warmupSec: 0,
      items: [
        { exercise: 'side-lunges', reps: 8, perSide: true, variant: 'challenge' },
        { exercise: 'plank', seconds: 30, load: 'weight vest' },
      ],
    })
    const sets = activityOf(entry).blocks.filter((b) => b.part === 'set')
    expect(sets.map((b) => [b.name, b.reps, b.weight])).toEqual([
      ['Side Lunges (harder version)', 16, undefined],
      ['Plank', undefined, undefined],
      ['Side Lunges (harder version)', 16, undefined],
      ['Plank', undefined, undefined],
    ])
  })

  it('over many sessions: the sets done, in order, filling the session and never more', () => {
    let sessions = 0
    for (const entry of randomHistory(11, 300, T0)) {
      const { blocks, totalMs, activeMs } = activityOf(entry)
      const sets = blocks.filter((b) => b.part === 'set')
      // Each exercise's sets done, no more and no fewer.
      const done = new Map<string, number>()
      for (const r of entry.exercises)
        done.set(r.exercise, (done.get(r.exercise) ?? 0) + r.setsDone)
      for (const [id, n] of done) expect(sets.filter((b) => b.exercise === id)).toHaveLength(n)
      expect(sets).toHaveLength(entry.exercises.reduce((n, r) => n + r.setsDone, 0))
      const lasted = blocks.reduce((n, b) => n + b.durationMs!, 0)
      expect(lasted).toBeLessThanOrEqual(totalMs + 1e-6)
      if (sets.length > 0) expect(lasted).toBeCloseTo(totalMs, 3)
      expect(activeMs).toBeLessThanOrEqual(totalMs + 1e-6)
      for (const [i, b] of blocks.entries())
        if (i > 0)
          expect(b.startMs).toBeCloseTo(blocks[i - 1]!.startMs + blocks[i - 1]!.durationMs!, 3)
      if (entry.structure === 'sets') {
        // Exercise by exercise: a row's sets are never split by another row's.
        const order = sets.map((b) => b.exercise)
        const runs = order.filter((x, i) => i === 0 || order[i - 1] !== x)
        expect(runs.length).toBeLessThanOrEqual(
          entry.exercises.filter((r) => r.setsDone > 0).length,
        )
      }
      sessions++
    }
    expect(sessions).toBe(300)
  }, 30_000)

  it('spreads an older entry’s sets over the session with no length or reps made up', () => {
    const entry: HistoryEntry = {
      id: 'old',
      circuitName: 'Old',
      startedAt: T0,
      plannedMs: 600_000,
      actualMs: 600_000,
      effortsDone: 3,
      effortsSkipped: 0,
      effortsTotal: 3,
      endedEarly: false,
      exercises: [
        { exercise: 'squats', setsDone: 2, setsPlanned: 2, load: '8 kg' },
        { exercise: 'plank', setsDone: 1, setsPlanned: 1 },
      ],
    }
    const { blocks, activeMs } = activityOf(entry)
    expect(activeMs).toBeUndefined()
    expect(blocks.map((b) => [b.name, b.startMs - T0, b.durationMs, b.reps, b.weight?.kg])).toEqual(
      [
        ['Squats', 0, undefined, undefined, 8],
        ['Squats', 200_000, undefined, undefined, 8],
        ['Plank', 400_000, undefined, undefined, undefined],
      ],
    )
  })

  it('shrinks a plan longer than the session to fit, rather than claim work not done', () => {
    const entry = ranThrough({ items: [{ exercise: 'squats', sets: 2, reps: 10 }] })
    const short = { ...entry, actualMs: entry.actualMs / 2 }
    const { blocks, activeMs } = activityOf(short)
    expect(activeMs).toBeCloseTo(short.actualMs, 6)
    expect(blocks.filter((b) => b.part === 'rest')).toEqual([])
  })
})

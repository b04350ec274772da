import { describe, expect, it } from 'vitest'
import { interruptedEntry } from '@shared/training/interrupted'
import { skip, start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import type { SavedSession } from '@shared/data/store-files'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

const c = circuit({
  warmupSec: 0,
  restBetweenSetsSec: 20,
  items: [{ exercise: 'squats', sets: 2, reps: 15 }],
})

/** A session saved `ms` after it started, running all the while. */
function savedAfter(ms: number, skipFirst = false): SavedSession {
  let s = start(compileTimeline(c), 0)
  if (skipFirst) s = skip(s, 1_000)
  return { savedAt: 1_000, startedAt: 500, circuit: c, snapshot: snapshot(s, ms) }
}

describe('a session not resumed', () => {
  it('keeps what was done as a session left early', () => {
    const entry = interruptedEntry(savedAfter(68_000), 'x')
    expect(entry).toMatchObject({
      id: 'x',
      circuitName: c.name,
      startedAt: 500,
      endedEarly: true,
      actualMs: 68_000,
    })
    expect(entry!.exercises[0]).toMatchObject({ exercise: 'squats', setsDone: 1, setsPlanned: 2 })
  })

  it('records nothing when no effort was finished', () => {
    expect(interruptedEntry(savedAfter(30_000), 'x')).toBeNull()
    expect(interruptedEntry(savedAfter(25_000, true), 'x')).toBeNull()
  })

  it('keeps what was done of a session whose progress does not fit its circuit, never more', () => {
    const fits = savedAfter(68_000)
    const misfits: Partial<SavedSession['snapshot']>[] = [
      { remainingMs: fits.snapshot.phaseDurationMs + 30_000 },
      { totalMs: fits.snapshot.totalMs + 1 },
      { index: 40 },
      // A phase after where it stopped claims to be done: it cannot have been.
      { outcomes: fits.snapshot.outcomes.map((o, i) => (i < 2 ? o : 'done')) },
    ]
    const kept = misfits.map((snap) =>
      interruptedEntry({ ...fits, snapshot: { ...fits.snapshot, ...snap } }, 'x')!,
    )
    console.log(
      `sessions that do not fit, kept with what was done: ${kept.filter((e) => e.effortsDone >= 1).length} of ${kept.length}`,
    )
    // Stopped past its end or not, only the effort the snapshot records as done is kept.
    for (const e of kept)
      expect(e).toMatchObject({ endedEarly: true, effortsDone: 1, actualMs: 68_000 })
  })

  it('keeps the time of a session whose outcomes cannot be matched to its circuit', () => {
    const fits = savedAfter(68_000)
    const snap = { ...fits.snapshot, outcomes: [...fits.snapshot.outcomes, 'done' as const] }
    const e = interruptedEntry({ ...fits, snapshot: snap }, 'x')
    expect(e).toMatchObject({ endedEarly: true, effortsDone: 0, actualMs: 68_000 })
  })
})

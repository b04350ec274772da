import { describe, expect, it } from 'vitest'
import { savedSessionFromStored, savedSessionToStored } from '@shared/data/store-files'
import { start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

const c = circuit({ items: [{ exercise: 'squats', sets: 2, reps: 15 }] })
const stored = savedSessionToStored({
  savedAt: 2_000,
  startedAt: 1_000,
  circuit: c,
  snapshot: snapshot(start(compileTimeline(c), 0), 5_000),
}) as Record<string, unknown>

/** The reason a damaged saved session is refused, as the notice shows it. */
function reason(value: unknown): string {
  const r = savedSessionFromStored(value)
  if (r.ok) throw new Error('expected a refusal')
  return r.reason
}

describe('a damaged saved session', () => {
  it('reads back whole when nothing is wrong', () => {
    const r = savedSessionFromStored(stored)
    expect(r.ok && r.value?.circuit.name).toBe(c.name)
  })

  it('names the field and its rule in plain words, not zod’s', () => {
    const snap = stored.snapshot as Record<string, unknown>
    expect(reason({ ...stored, snapshot: { ...snap, index: 10_001 } })).toBe(
      'it is not a session this version knows (snapshot.index: at most 10000)',
    )
    expect(reason({ ...stored, savedAt: 'yesterday' })).toBe(
      'it is not a session this version knows (savedAt: a number, not text)',
    )
    const noStart = { ...stored }
    delete noStart.startedAt
    expect(reason(noStart)).toBe('it is not a session this version knows (startedAt: required)')
    expect(reason({ ...stored, extra: 1 })).toBe(
      'it is not a session this version knows (the session: "extra" is not a field of it)',
    )
    expect(reason({ ...stored, snapshot: { ...snap, outcomes: ['maybe'] } })).toBe(
      'it is not a session this version knows (snapshot.outcomes[0]: one of "done", "skipped")',
    )
  })
})

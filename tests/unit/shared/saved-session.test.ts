import { describe, expect, it } from 'vitest'
import { plainRule } from '@shared/circuits/circuit-messages'
import * as z from '@shared/zod'
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
    expect(reason({ ...stored, snapshot: { ...snap, index: 1.5 } })).toBe(
      'it is not a session this version knows (snapshot.index: a whole number)',
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

describe('a rule in plain words', () => {
  const rule = (schema: z.ZodMiniType, value: unknown) => {
    const r = schema.safeParse(value, { reportInput: true })
    if (r.success) throw new Error('expected a refusal')
    return plainRule(r.error.issues[0]!)
  }

  it('tells a bound that excludes its edge from one that includes it', () => {
    expect(rule(z.number().check(z.gt(0)), 0)).toBe('more than 0')
    expect(rule(z.number().check(z.gte(1)), 0)).toBe('at least 1')
    expect(rule(z.number().check(z.lt(10)), 10)).toBe('less than 10')
    expect(rule(z.string().check(z.maxLength(3)), 'four')).toBe('at most 3 characters')
    expect(rule(z.array(z.unknown()).check(z.minLength(2)), [1])).toBe('at least 2 items')
  })
})

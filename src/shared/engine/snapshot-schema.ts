/**
 * A saved session's stored form and its bounds: what the session store and IPC check. Taking
 * and restoring a snapshot is `session-snapshot.ts`, which needs the session engine.
 */
import * as z from '../zod'
import { MAX_ADDED_REST_MS } from './session'
import type { Timeline } from './timeline'

/**
 * The most phases a session has: the circuit format allows at most 4,002 (20 rounds of 50
 * per-side items, with their rests, a warm-up and a cool-down).
 */
export const MAX_SESSION_PHASES = 10_000
/**
 * The longest time a session holds, in ms: a year. The longest circuit the format allows
 * plans about 31 days (20 rounds of 50 per-side items of 100 reps at 10 s a rep).
 */
export const MAX_SESSION_MS = 365 * 86_400_000

const sessionMs = z.number().check(z.gte(0), z.lte(MAX_SESSION_MS))

export const snapshotSchema = z.strictObject({
  version: z.literal(1),
  phaseCount: z.int().check(z.gte(0), z.lte(MAX_SESSION_PHASES)),
  totalMs: z.int().check(z.gte(0), z.lte(MAX_SESSION_MS)),
  index: z.int().check(z.gte(0), z.lte(MAX_SESSION_PHASES)),
  remainingMs: sessionMs,
  phaseDurationMs: sessionMs,
  activeElapsedMs: sessionMs,
  addedMs: sessionMs,
  outcomes: z.array(z.nullable(z.enum(['done', 'skipped']))).check(z.maxLength(MAX_SESSION_PHASES)),
})

/** A session's progress in a form that survives a restart (the monotonic clock does not). */
export type SessionSnapshot = z.infer<typeof snapshotSchema>

/**
 * Why a snapshot cannot be restored exactly onto `timeline`, in words; undefined when it can.
 * A snapshot fits when it was taken of this very timeline (its phase count and planned length)
 * and its position is one the session engine reaches: a phase of the timeline, every phase
 * before it ended and none after, no more time left than the phase lasts, and the phase as
 * long as the timeline makes it (a rest lengthened by at most `MAX_ADDED_REST_MS`).
 */
export function snapshotMisfit(timeline: Timeline, snap: SessionSnapshot): string | undefined {
  const count = timeline.phases.length
  if (snap.phaseCount !== count || snap.outcomes.length !== count)
    return `it was saved for a session of ${snap.phaseCount} phases, and its circuit makes ${count}`
  if (snap.totalMs !== timeline.totalMs)
    return `it was saved for a session of ${snap.totalMs} ms, and its circuit plans ${timeline.totalMs} ms`
  const phase = timeline.phases[snap.index]
  if (!phase) return `it stopped at phase ${snap.index + 1}, and its circuit has ${count}`
  const ended = snap.outcomes.every((o, i) => i < snap.index === (o !== null))
  if (!ended) return 'what it records as done does not match where it stopped'
  const longest = phase.durationMs + (phase.kind === 'rest' ? MAX_ADDED_REST_MS : 0)
  if (snap.phaseDurationMs < phase.durationMs || snap.phaseDurationMs > longest)
    return `its phase lasts ${snap.phaseDurationMs} ms, where its circuit makes it ${phase.durationMs} ms`
  if (snap.remainingMs > snap.phaseDurationMs)
    return 'more time is left of its phase than the phase lasts'
  return undefined
}

/**
 * A saved session's stored form and its bounds: what the session store and IPC check. Taking
 * and restoring a snapshot is `session-snapshot.ts`, which needs the session engine.
 */
import * as z from '../zod'

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

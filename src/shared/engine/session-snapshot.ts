/**
 * A session saved and restored: a snapshot holds its progress without the monotonic clock,
 * so it survives a restart or crosses to another process, within the bounds below.
 */
import { z } from 'zod'
import { advance, remainingMs, type SessionState } from './session'
import { summarize } from './session-summary'
import type { Timeline } from './timeline'

/**
 * The most phases a session has: the circuit format allows at most 4,002 (20 rounds of 50
 * per-side items, with their rests, a warm-up and a cool-down).
 */
const MAX_SESSION_PHASES = 10_000
/**
 * The longest time a session holds, in ms: a year. The longest circuit the format allows
 * plans about 31 days (20 rounds of 50 per-side items of 100 reps at 10 s a rep).
 */
export const MAX_SESSION_MS = 365 * 86_400_000

const sessionMs = z.number().min(0).max(MAX_SESSION_MS)

export const snapshotSchema = z.strictObject({
  version: z.literal(1),
  phaseCount: z.int().min(0).max(MAX_SESSION_PHASES),
  totalMs: z.int().min(0).max(MAX_SESSION_MS),
  index: z.int().min(0).max(MAX_SESSION_PHASES),
  remainingMs: sessionMs,
  phaseDurationMs: sessionMs,
  activeElapsedMs: sessionMs,
  addedMs: sessionMs,
  outcomes: z.array(z.enum(['done', 'skipped']).nullable()).max(MAX_SESSION_PHASES),
})

/** A session's progress in a form that survives a restart (the monotonic clock does not). */
export type SessionSnapshot = z.infer<typeof snapshotSchema>

/** Captures the session at `nowMs` so it can be restored later, even in another process. */
export function snapshot(state: SessionState, nowMs: number): SessionSnapshot {
  const s = advance(state, nowMs)
  return {
    version: 1,
    phaseCount: s.timeline.phases.length,
    totalMs: s.timeline.totalMs,
    index: s.index,
    remainingMs: remainingMs(s, nowMs),
    phaseDurationMs: s.phaseDurationMs,
    activeElapsedMs: summarize(s, nowMs).actualMs,
    addedMs: s.addedMs,
    outcomes: s.outcomes.slice(),
  }
}

/**
 * Restores a snapshot onto the same timeline at `nowMs`, paused at the phase and time it
 * had reached. Returns null when the snapshot does not belong to this timeline.
 */
export function restore(
  timeline: Timeline,
  snap: SessionSnapshot,
  nowMs: number,
): SessionState | null {
  const parsed = snapshotSchema.safeParse(snap)
  if (!parsed.success) return null
  const v = parsed.data
  if (
    v.phaseCount !== timeline.phases.length ||
    v.totalMs !== timeline.totalMs ||
    v.outcomes.length !== timeline.phases.length ||
    v.index >= timeline.phases.length
  )
    return null
  return {
    timeline,
    index: v.index,
    deadlineMs: nowMs + v.remainingMs,
    phaseDurationMs: v.phaseDurationMs,
    pausedAtMs: nowMs,
    startedAtMs: nowMs - v.activeElapsedMs,
    pausedTotalMs: 0,
    addedMs: v.addedMs,
    lastPreviousAtMs: null,
    outcomes: v.outcomes,
    finishedAtMs: null,
    endedEarly: false,
  }
}

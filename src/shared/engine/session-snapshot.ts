/**
 * A session saved and restored: a snapshot holds its progress without the monotonic clock,
 * so it survives a restart or crosses to another process, within the bounds below.
 */
import { advance, remainingMs, type SessionState } from './session'
import { summarize } from './session-summary'
import { snapshotSchema, type SessionSnapshot } from './snapshot-schema'
import type { Timeline } from './timeline'

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
 * had reached; a finished session comes back finished at `nowMs` (a display following the
 * runner must reach Done too). Returns null when the snapshot does not belong to this
 * timeline.
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
    v.index > timeline.phases.length
  )
    return null
  if (v.index === timeline.phases.length)
    return {
      timeline,
      index: v.index,
      deadlineMs: nowMs,
      phaseDurationMs: 0,
      pausedAtMs: null,
      startedAtMs: nowMs - v.activeElapsedMs,
      pausedTotalMs: 0,
      addedMs: v.addedMs,
      lastPreviousAtMs: null,
      outcomes: v.outcomes,
      finishedAtMs: nowMs,
      // Finish leaves the phases it never reached without an outcome; the last phase's own
      // end, or a skip past it, leaves none without.
      endedEarly: v.outcomes.some((o) => o === null),
    }
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

/**
 * What the runner shows of a session at one moment, and when that next changes.
 */
import { advance, isDone, remainingMs, type SessionState } from './session'
import type { Phase } from './timeline'

/** What the runner shows at one moment. */
export interface SessionView {
  done: boolean
  paused: boolean
  index: number
  phase: Phase | undefined
  next: Phase | undefined
  /** Time left in the current phase, in ms (0 when done). */
  remainingMs: number
  phaseDurationMs: number
  phaseElapsedMs: number
  /** Time left in the whole session, in ms. */
  sessionRemainingMs: number
  /** 0 to 1: how much of the session is behind. */
  progress: number
}

/** What the runner shows at `nowMs`. */
export function view(state: SessionState, nowMs: number): SessionView {
  const s = advance(state, nowMs)
  const { phases, totalMs } = s.timeline
  const phase = phases[s.index]
  const remaining = remainingMs(s, nowMs)
  const after = phase ? totalMs - (phase.startMs + phase.durationMs) : 0
  const sessionRemainingMs = remaining + after
  const plannedWithAdded = totalMs + s.addedMs
  return {
    done: isDone(s),
    paused: s.pausedAtMs !== null,
    index: s.index,
    phase,
    next: phases[s.index + 1],
    remainingMs: remaining,
    phaseDurationMs: s.phaseDurationMs,
    phaseElapsedMs: s.phaseDurationMs - remaining,
    sessionRemainingMs,
    progress:
      plannedWithAdded > 0
        ? Math.min(1, Math.max(0, 1 - sessionRemainingMs / plannedWithAdded))
        : 1,
  }
}

/**
 * The next moment anything shown changes: the next whole-second boundary of the
 * countdown, which includes the deadline itself. Null while paused or done.
 */
export function nextSecondBoundaryMs(s: SessionState, nowMs: number): number | null {
  if (isDone(s) || s.pausedAtMs !== null) return null
  const left = s.deadlineMs - nowMs
  if (left <= 0) return nowMs
  const secondsShown = Math.ceil(left / 1000)
  return s.deadlineMs - (secondsShown - 1) * 1000
}

/**
 * The session engine: plain functions over plain, serialisable data. It never calls a
 * timer. Every function takes the monotonic time `nowMs` (performance.now() in the
 * renderer) and returns a new state; what is left of a phase is always derived as
 * `deadlineMs - nowMs`, never decremented per tick, so late wake-ups cannot drift.
 * What the runner shows is in `session-view.ts`, the summary in `session-summary.ts`, and
 * saving and restoring a session in `session-snapshot.ts`.
 */
import type { Phase, Timeline } from './timeline'

export type Outcome = 'done' | 'skipped'

export interface SessionState {
  timeline: Timeline
  /** Index of the current phase; equal to the phase count once the session is over. */
  index: number
  /** Monotonic time at which the current phase ends (while running), in ms. */
  deadlineMs: number
  /** The current phase's length including added rest, in ms. */
  phaseDurationMs: number
  /** Monotonic time the pause began, or null while running. */
  pausedAtMs: number | null
  startedAtMs: number
  /** Time spent paused, before the current pause, in ms. */
  pausedTotalMs: number
  /** Time added to rests over the whole session, in ms. */
  addedMs: number
  /** When Previous was last pressed, to tell a double press; null when not recently. */
  lastPreviousAtMs: number | null
  /** What became of each phase; null while not finished. */
  outcomes: (Outcome | null)[]
  /** Monotonic time the session ended, or null. */
  finishedAtMs: number | null
  /** True when the session was finished before its last phase ended. */
  endedEarly: boolean
}

/** Presses of Previous closer together than this go back a phase. */
const PREVIOUS_DOUBLE_PRESS_MS = 3000
/** What "Add 15 seconds" adds to a rest. */
const ADD_REST_MS = 15_000
/**
 * The most one rest can be lengthened, in ms: 10 minutes is more than any runner needs
 * between sets, and a flood of presses (a stuck key, a remote gone wrong) stops there.
 */
export const MAX_ADDED_REST_MS = 10 * 60_000

const phaseAt = (s: SessionState, i: number): Phase | undefined => s.timeline.phases[i]

/** Starts a session at `nowMs`: the first phase begins at once. */
export function start(timeline: Timeline, nowMs: number): SessionState {
  const first = timeline.phases[0]
  return {
    timeline,
    index: first ? 0 : timeline.phases.length,
    deadlineMs: nowMs + (first?.durationMs ?? 0),
    phaseDurationMs: first?.durationMs ?? 0,
    pausedAtMs: null,
    startedAtMs: nowMs,
    pausedTotalMs: 0,
    addedMs: 0,
    lastPreviousAtMs: null,
    outcomes: timeline.phases.map(() => null),
    finishedAtMs: first ? null : nowMs,
    endedEarly: false,
  }
}

/** True once the session has ended, by its last phase or by Finish. */
export function isDone(s: SessionState): boolean {
  return s.finishedAtMs !== null
}

/**
 * Moves past every phase whose deadline is at or before `nowMs`. Each next deadline is
 * chained from the previous deadline, not from `nowMs`, so lateness never accumulates.
 * Returns the same object when nothing changed.
 */
export function advance(s: SessionState, nowMs: number): SessionState {
  if (isDone(s) || s.pausedAtMs !== null || nowMs < s.deadlineMs) return s
  const outcomes = s.outcomes.slice()
  let index = s.index
  let deadlineMs = s.deadlineMs
  let phaseDurationMs = s.phaseDurationMs
  while (index < s.timeline.phases.length && nowMs >= deadlineMs) {
    outcomes[index] ??= 'done'
    index++
    const next = phaseAt(s, index)
    if (!next) break
    phaseDurationMs = next.durationMs
    deadlineMs += next.durationMs
  }
  const over = index >= s.timeline.phases.length
  return {
    ...s,
    index,
    deadlineMs,
    phaseDurationMs: over ? 0 : phaseDurationMs,
    outcomes,
    finishedAtMs: over ? deadlineMs : null,
  }
}

/** Pauses at `nowMs`; no time passes until `resume`. */
export function pause(state: SessionState, nowMs: number): SessionState {
  const s = advance(state, nowMs)
  if (isDone(s) || s.pausedAtMs !== null) return s
  return { ...s, pausedAtMs: nowMs }
}

/** Resumes a paused session: the deadline moves by the time spent paused. */
export function resume(s: SessionState, nowMs: number): SessionState {
  if (isDone(s) || s.pausedAtMs === null) return s
  const pausedMs = Math.max(0, nowMs - s.pausedAtMs)
  return {
    ...s,
    pausedAtMs: null,
    deadlineMs: s.deadlineMs + pausedMs,
    pausedTotalMs: s.pausedTotalMs + pausedMs,
  }
}

/** Pauses a running session or resumes a paused one. */
export function togglePause(s: SessionState, nowMs: number): SessionState {
  return s.pausedAtMs === null ? pause(s, nowMs) : resume(s, nowMs)
}

/** Starts phase `index` now (the pause moment if paused), at its full planned length. */
function enterPhase(
  s: SessionState,
  index: number,
  nowMs: number,
  outcomes: (Outcome | null)[],
): SessionState {
  const phase = phaseAt(s, index)
  if (!phase) {
    const endMs = s.pausedAtMs ?? nowMs
    const resumed = resume(s, nowMs)
    return {
      ...resumed,
      index: s.timeline.phases.length,
      phaseDurationMs: 0,
      deadlineMs: endMs,
      outcomes,
      finishedAtMs: nowMs,
    }
  }
  const fromMs = s.pausedAtMs ?? nowMs
  return {
    ...s,
    index,
    phaseDurationMs: phase.durationMs,
    deadlineMs: fromMs + phase.durationMs,
    outcomes,
  }
}

/** Ends the current phase now and starts the next; a skipped effort counts as skipped. */
export function skip(state: SessionState, nowMs: number): SessionState {
  const s = advance(state, nowMs)
  if (isDone(s)) return s
  const outcomes = s.outcomes.slice()
  outcomes[s.index] = 'skipped'
  return { ...enterPhase(s, s.index + 1, nowMs, outcomes), lastPreviousAtMs: null }
}

/**
 * Restarts the current phase; pressed again within 3 s, goes to the previous phase.
 * Added rest is dropped with the restart.
 */
export function previous(state: SessionState, nowMs: number): SessionState {
  const s = advance(state, nowMs)
  if (isDone(s)) return s
  const double =
    s.lastPreviousAtMs !== null && nowMs - s.lastPreviousAtMs < PREVIOUS_DOUBLE_PRESS_MS
  const target = double && s.index > 0 ? s.index - 1 : s.index
  const outcomes = s.outcomes.slice()
  for (let i = target; i < outcomes.length; i++) outcomes[i] = null
  return { ...enterPhase(s, target, nowMs, outcomes), lastPreviousAtMs: nowMs }
}

/**
 * Lengthens the current rest by `ms` (15 s by default), up to `MAX_ADDED_REST_MS` in all for
 * one rest; other phases are left as they are.
 */
export function addRest(state: SessionState, nowMs: number, ms = ADD_REST_MS): SessionState {
  const s = advance(state, nowMs)
  const phase = phaseAt(s, s.index)
  if (isDone(s) || phase?.kind !== 'rest') return s
  const added = Math.min(ms, phase.durationMs + MAX_ADDED_REST_MS - s.phaseDurationMs)
  if (added <= 0) return s
  return {
    ...s,
    deadlineMs: s.deadlineMs + added,
    phaseDurationMs: s.phaseDurationMs + added,
    addedMs: s.addedMs + added,
  }
}

/** Ends the session now; phases not reached stay without an outcome. */
export function finish(state: SessionState, nowMs: number): SessionState {
  const s = advance(state, nowMs)
  if (isDone(s)) return s
  const resumed = resume(s, nowMs)
  return {
    ...resumed,
    index: s.timeline.phases.length,
    phaseDurationMs: 0,
    deadlineMs: nowMs,
    finishedAtMs: nowMs,
    endedEarly: true,
  }
}

/** Time left in the current phase at `nowMs`, in ms. */
export function remainingMs(s: SessionState, nowMs: number): number {
  if (isDone(s)) return 0
  return Math.max(0, s.deadlineMs - (s.pausedAtMs ?? nowMs))
}

/**
 * The session engine: plain functions over plain, serialisable data. It never calls a
 * timer. Every function takes the monotonic time `nowMs` (performance.now() in the
 * renderer) and returns a new state; what is left of a phase is always derived as
 * `deadlineMs - nowMs`, never decremented per tick, so late wake-ups cannot drift.
 */
import { z } from 'zod'
import { isEffort, type Phase, type Timeline } from './timeline'

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

/** Presses of Previous closer together than this go back a phase. */
export const PREVIOUS_DOUBLE_PRESS_MS = 3000
/** What "Add 15 seconds" adds to a rest. */
export const ADD_REST_MS = 15_000

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

/** Lengthens the current rest by `ms` (15 s by default); other phases are left as they are. */
export function addRest(state: SessionState, nowMs: number, ms = ADD_REST_MS): SessionState {
  const s = advance(state, nowMs)
  if (isDone(s) || phaseAt(s, s.index)?.kind !== 'rest') return s
  return {
    ...s,
    deadlineMs: s.deadlineMs + ms,
    phaseDurationMs: s.phaseDurationMs + ms,
    addedMs: s.addedMs + ms,
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

/** What the runner shows at `nowMs`. */
export function view(state: SessionState, nowMs: number): SessionView {
  const s = advance(state, nowMs)
  const { phases, totalMs } = s.timeline
  const phase = phaseAt(s, s.index)
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

export interface SessionSummary {
  plannedMs: number
  /** Time the session ran, pauses excluded, in ms. */
  actualMs: number
  /** Time from start to end, pauses included, in ms. */
  elapsedMs: number
  effortsTotal: number
  effortsDone: number
  effortsSkipped: number
  addedMs: number
  endedEarly: boolean
}

/** The summary of a finished (or current) session. */
export function summarize(s: SessionState, nowMs: number): SessionSummary {
  const endMs = s.finishedAtMs ?? nowMs
  const pausedNow = s.pausedAtMs !== null && s.finishedAtMs === null ? endMs - s.pausedAtMs : 0
  let effortsTotal = 0
  let effortsDone = 0
  let effortsSkipped = 0
  s.timeline.phases.forEach((p, i) => {
    if (!isEffort(p)) return
    effortsTotal++
    if (s.outcomes[i] === 'done') effortsDone++
    else if (s.outcomes[i] === 'skipped') effortsSkipped++
  })
  return {
    plannedMs: s.timeline.totalMs,
    actualMs: Math.max(0, endMs - s.startedAtMs - s.pausedTotalMs - pausedNow),
    elapsedMs: Math.max(0, endMs - s.startedAtMs),
    effortsTotal,
    effortsDone,
    effortsSkipped,
    addedMs: s.addedMs,
    endedEarly: s.endedEarly,
  }
}

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

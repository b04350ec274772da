/**
 * One wording per phase: what the display, the voice, notifications and the resume offer
 * all say about a phase comes from `describePhase`.
 */
import { getExercise, repsText } from '../circuits/exercises'
import { routineMoveAt } from '../circuits/routines'
import { formatClock, formatSpokenDuration } from './format'
import type { SessionView } from './session-view'
import { isEffort, type Phase, type PhaseKind } from './timeline'

export type ShownPhase = PhaseKind | 'done'

/** The word the runner shows for each phase: the testing contract's exact labels. */
export const PHASE_LABELS: Readonly<Record<ShownPhase, string>> = {
  warmup: 'Warm-up',
  work: 'Work',
  hold: 'Hold',
  switch: 'Switch sides',
  rest: 'Rest',
  cooldown: 'Cool-down',
  done: 'Done',
}

/** A phase in words, in the parts each place puts together. */
export interface PhaseWords {
  /** The phase's label: "Work", "Rest". */
  label: string
  /** The exercise: during an effort or switch its own; during a rest the one that comes next. */
  name: string | undefined
  /** "Set 1 of 2", "Round 2 of 3"; undefined outside sets and rounds. */
  counter: string | undefined
  /** The last of several sets or rounds. */
  last: boolean
  /** How much, as shown: "15 reps", "16 steps", "Hold 0:45", "1:00". */
  amount: string
  /** How much, as said: "15 reps", "Hold 45 seconds", "1 minute". */
  spokenAmount: string
  /** The side of a per-side effort. */
  side: 'Left' | 'Right' | undefined
}

/** The words for one phase. */
export function describePhase(phase: Phase): PhaseWords {
  const c = phase.counter
  const reps =
    phase.reps !== undefined ? repsText(phase.reps, phase.exerciseId, phase.side) : undefined
  const hold = phase.kind === 'hold' ? 'Hold ' : ''
  return {
    label: PHASE_LABELS[phase.kind],
    name: phase.exerciseId ? getExercise(phase.exerciseId).name : undefined,
    counter: c ? `${c.label} ${c.n} of ${c.of}` : undefined,
    last: c !== undefined && c.of > 1 && c.n === c.of,
    amount: reps ?? `${hold}${formatClock(phase.durationMs)}`,
    spokenAmount: reps ?? `${hold}${formatSpokenDuration(phase.durationMs)}`,
    side: phase.side ? (phase.side === 'left' ? 'Left' : 'Right') : undefined,
  }
}

/** The phase a view shows: its phase's kind, or done. */
export function shownPhase(v: Pick<SessionView, 'done' | 'phase'>): ShownPhase {
  return v.done || !v.phase ? 'done' : v.phase.kind
}

/** Whether a view shows an effort (a work or hold phase) now: not once it is done. */
export function showsEffort(v: Pick<SessionView, 'done' | 'phase'>): boolean {
  return !v.done && v.phase !== undefined && isEffort(v.phase)
}

/**
 * The big name a view shows: the warm-up move of the moment, the cool-down, or the
 * exercise (in a rest, the one that comes next). One rule for the runner and the phone.
 */
export function phaseHeading(
  v: Pick<SessionView, 'done' | 'phase' | 'phaseElapsedMs'>,
): string | undefined {
  const phase = v.phase
  const shown = shownPhase(v)
  if ((shown === 'warmup' || shown === 'cooldown') && phase)
    return routineMoveAt(phase, v.phaseElapsedMs).move.name
  return phase?.exerciseId ? getExercise(phase.exerciseId).name : undefined
}

/** The warm-up or cool-down move a view shows, with its slot; undefined in other phases. */
function routineNow(v: Pick<SessionView, 'done' | 'phase' | 'phaseElapsedMs'>) {
  const shown = shownPhase(v)
  if ((shown !== 'warmup' && shown !== 'cooldown') || !v.phase) return undefined
  return routineMoveAt(v.phase, v.phaseElapsedMs)
}

/**
 * The time left in the warm-up or cool-down move a view shows, as the runner shows it beside
 * the move's name: `M:SS`, whole seconds rounded up like the phase's countdown (and ticking
 * with it). Undefined outside those phases, and where the routine is one move (its time left
 * is the phase's).
 */
export function moveClock(
  v: Pick<SessionView, 'done' | 'phase' | 'phaseElapsedMs'>,
): string | undefined {
  const now = routineNow(v)
  if (!now || now.count < 2) return undefined
  return formatClock(now.slotEndMs - v.phaseElapsedMs)
}

/**
 * What comes next, as the runner and the phone word it: `Next: …`. In a warm-up or
 * cool-down, the next move while there is one (with its length); then the next phase: an
 * effort by its exercise and side, anything else by its label and length.
 */
export function nextText(
  v: Pick<SessionView, 'done' | 'phase' | 'next' | 'phaseElapsedMs'>,
): string {
  const now = routineNow(v)
  if (now && v.phase && now.index + 1 < now.count) {
    const after = routineMoveAt(v.phase, now.slotEndMs)
    return `Next: ${after.move.name} (${formatClock(after.slotEndMs - after.slotStartMs)})`
  }
  const next = v.next
  if (!next) return 'Next: Done'
  const length = formatClock(next.durationMs)
  const w = describePhase(next)
  if (isEffort(next)) {
    // One line across the room: the set shows once it starts.
    const side = w.side ? `, ${w.side.toLowerCase()}` : ''
    return `Next: ${w.name ?? w.label}${side} (${length})`
  }
  return `Next: ${w.label} ${length}`
}

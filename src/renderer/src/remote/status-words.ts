import { PHASE_LABELS, type ShownPhase } from '@shared/engine/describe-phase'
import { getExercise, warmupMoveAt } from '@shared/circuits/exercises'
import type { SessionView } from '@shared/engine/session-view'

/** The phase shown: the phase's kind, or done. */
export function shownPhase(v: SessionView): ShownPhase {
  return v.done || !v.phase ? 'done' : v.phase.kind
}

/** The phase's word, as the runner shows it. */
export function phaseWord(v: SessionView): string {
  return PHASE_LABELS[shownPhase(v)]
}

/**
 * The big name, as the runner shows it: the warm-up move, the cool-down, or the exercise
 * (in a rest, the one that comes next).
 */
export function headingFor(v: SessionView): string | undefined {
  const phase = v.phase
  const shown = shownPhase(v)
  if (shown === 'warmup' && phase) return warmupMoveAt(phase.durationMs, v.phaseElapsedMs).move.name
  if (shown === 'cooldown') return 'Easy stretching'
  return phase?.exerciseId ? getExercise(phase.exerciseId).name : undefined
}

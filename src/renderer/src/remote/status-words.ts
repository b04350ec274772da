import { PHASE_LABELS, shownPhase } from '@shared/engine/describe-phase'
import type { SessionView } from '@shared/engine/session-view'

/** The phase's word, as the runner shows it. */
export function phaseWord(v: SessionView): string {
  return PHASE_LABELS[shownPhase(v)]
}

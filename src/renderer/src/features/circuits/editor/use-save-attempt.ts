import { useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { CircuitProblem } from '@shared/circuits/circuit-messages'
import type { DraftCheck } from '@shared/circuits/draft'

/** What `useSaveAttempt` gives the editor. */
export interface SaveAttempt {
  /** True once Save was tried: from then on a blank name or an empty list is flagged too. */
  attempted: boolean
  /**
   * After a refused Save, the draft's problems as they are now: each one goes as soon as it
   * is fixed, and the list is empty once the draft is a circuit again.
   */
  problems: readonly CircuitProblem[]
  save: () => Promise<void>
}

/**
 * Save: refused while the draft is not a valid circuit, with its problems listed (then
 * `onRefused`, to bring the list to the user); otherwise the circuit goes to `onSave`.
 */
export function useSaveAttempt(
  check: DraftCheck,
  onSave: (circuit: Circuit) => Promise<void>,
  onRefused: () => void,
): SaveAttempt {
  const [attempted, setAttempted] = useState(false)
  const save = async () => {
    setAttempted(true)
    if (!check.ok) {
      onRefused()
      return
    }
    await onSave(check.circuit)
  }
  return { attempted, problems: attempted && !check.ok ? check.problems : [], save }
}

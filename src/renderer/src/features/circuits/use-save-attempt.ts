import { useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { DraftCheck } from '@shared/circuits/draft'

/** What `useSaveAttempt` gives the editor. */
export interface SaveAttempt {
  /** True once Save was tried: from then on a blank name or an empty list is flagged too. */
  attempted: boolean
  /** Every problem of the last refused Save, one a line; undefined when there was none. */
  saveError: string | undefined
  save: () => Promise<void>
}

/** Save: refused with the format's problems listed while the draft is not a valid circuit. */
export function useSaveAttempt(
  check: DraftCheck,
  onSave: (circuit: Circuit) => Promise<void>,
): SaveAttempt {
  const [attempted, setAttempted] = useState(false)
  const [saveError, setSaveError] = useState<string>()
  const save = async () => {
    setAttempted(true)
    if (!check.ok) {
      setSaveError(
        check.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'),
      )
      return
    }
    setSaveError(undefined)
    await onSave(check.circuit)
  }
  return { attempted, saveError, save }
}

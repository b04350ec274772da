import { useEffect, useMemo, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { HistoryEntry } from '@shared/training/history'
import type { Suggestion } from '@shared/training/overload'
import { loadOnce } from '@renderer/lib/load-once'

type Overload = typeof import('@shared/training/overload')

let loaded: Overload | undefined

/**
 * The progression rules' code: fetched when a circuit is first opened (or earlier, when the
 * page is idle), so the list of circuits loads without it. A failed fetch is tried again.
 */
export const loadOverload = loadOnce(() =>
  import('@shared/training/overload').then((m) => (loaded = m)),
)

/**
 * The next steps suggested for an open circuit from how its sessions felt: none until the
 * rules' code is here (a moment after a circuit is first opened), none without a circuit.
 */
export function useSuggestedSteps(
  circuit: Circuit | undefined,
  history: readonly HistoryEntry[],
): Suggestion[] {
  const [rules, setRules] = useState(() => loaded)
  useEffect(() => {
    if (rules || !circuit) return
    let live = true
    loadOverload().then(
      (m) => live && setRules(m),
      () => undefined, // No suggestion this time: opening a circuit again asks again.
    )
    return () => {
      live = false
    }
  }, [rules, circuit])
  return useMemo(
    () => (rules && circuit ? rules.suggestSteps(circuit, history) : []),
    [rules, circuit, history],
  )
}

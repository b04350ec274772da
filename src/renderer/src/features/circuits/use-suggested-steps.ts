import { useEffect, useMemo, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { Equipment } from '@shared/circuits/equipment'
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
 * A harder version never needs kit beyond `kit` (the runner's, from Settings) and what the
 * circuit itself uses.
 */
export function useSuggestedSteps(
  circuit: Circuit | undefined,
  history: readonly HistoryEntry[],
  kit: readonly Equipment[],
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
    () => (rules && circuit ? rules.suggestSteps(circuit, history, kit) : []),
    [rules, circuit, history, kit],
  )
}

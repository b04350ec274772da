/**
 * How a save of the circuit list from one window lands on what another window saved
 * meanwhile (two tabs of the browser edition share one page storage): the window's own change
 * goes on top of what is stored now, and everything else the other window saved stays.
 * (History only ever appends, read afresh before each add; settings and the week plan are
 * each saved whole, the last change winning, and the other window takes it at once.)
 */
import type { SavedCircuit } from './saved-circuits'

/** Whether two stored values hold the same data (they are plain JSON). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/**
 * A list of circuits merged by id. `base` is the list this window last had from storage,
 * `mine` the list it now wants saved, `theirs` what storage holds now. This window's change
 * is what differs between `base` and `mine`: circuits it added or edited replace theirs by
 * id (new ones go last), circuits it deleted are deleted; every other circuit is as stored.
 */
export function mergeCircuitLists(
  base: readonly SavedCircuit[],
  mine: readonly SavedCircuit[],
  theirs: readonly SavedCircuit[],
): SavedCircuit[] {
  const before = new Map(base.map((c) => [c.id, c]))
  const kept = new Set(mine.map((c) => c.id))
  const changed = new Map(
    mine.filter((c) => !before.has(c.id) || !same(before.get(c.id), c)).map((c) => [c.id, c]),
  )
  const merged = theirs
    .filter((c) => kept.has(c.id) || !before.has(c.id))
    .map((c) => changed.get(c.id) ?? c)
  const present = new Set(merged.map((c) => c.id))
  return [...merged, ...[...changed.values()].filter((c) => !present.has(c.id))]
}

import { useState } from 'react'
import { draftItemFor, moveItem, type Draft, type DraftItem } from '@shared/circuits/draft'

/** The draft's own fields that hold a number (NaN while blank). */
export type DraftNumberKey = {
  [K in keyof Draft]: Draft[K] extends number ? K : never
}[keyof Draft]

/** The working copy `useCircuitDraft` holds, and every change to it. */
export interface CircuitDraft {
  draft: Draft
  /** True once anything was changed since the editor opened. */
  dirty: boolean
  set: (patch: Partial<Draft>) => void
  setNumber: (key: DraftNumberKey, n: number) => void
  setItem: (index: number, patch: Partial<DraftItem>) => void
  addItem: (exerciseId: string) => void
  removeItem: (index: number) => void
  /** Moves the row at `from` to `to`; false, and nothing moves, when `to` is off the list. */
  move: (from: number, to: number) => boolean
}

/** The editor's working copy of a circuit and every change it allows. */
export function useCircuitDraft(initial: Draft): CircuitDraft {
  const [draft, setDraft] = useState(initial)
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  return {
    draft,
    dirty: draft !== initial,
    set,
    setNumber: (key, n) => setDraft((d) => ({ ...d, [key]: n })),
    setItem: (index, patch) =>
      setDraft((d) => ({
        ...d,
        items: d.items.map((it, i) => (i === index ? { ...it, ...patch } : it)),
      })),
    addItem: (exerciseId) => set({ items: [...draft.items, draftItemFor(exerciseId)] }),
    removeItem: (index) => set({ items: draft.items.filter((_, j) => j !== index) }),
    move: (from, to) => {
      if (to < 0 || to >= draft.items.length) return false
      setDraft((d) => moveItem(d, from, to))
      return true
    },
  }
}

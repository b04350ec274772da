import { useCallback, useEffect, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { SavedCircuit } from '@shared/data/saved-circuits'
import type { Platform } from '@renderer/platform/platform'
import { newId } from '@renderer/lib/new-id'

export interface SavedCircuits {
  loaded: boolean
  list: SavedCircuit[]
  /** Why some stored circuits could not be read, if any. */
  notice: string | undefined
  dismissNotice: () => void
  /** Saves a new circuit; undefined when it could not be saved (the app says why). */
  add: (circuit: Circuit) => Promise<SavedCircuit | undefined>
  /** Each resolves to whether the change was saved; the list changes only if it was. */
  remove: (id: string) => Promise<boolean>
  update: (id: string, circuit: Circuit) => Promise<boolean>
}

/**
 * The user's saved circuits, read once through the platform and written on every change.
 * A change shows only once it is saved: nothing is listed that a reload would lose.
 */
export function useSavedCircuits(platform: Platform): SavedCircuits {
  const [list, setList] = useState<SavedCircuit[]>([])
  const [loaded, setLoaded] = useState(false)
  const [notice, setNotice] = useState<string>()
  const listRef = useRef(list)
  listRef.current = list

  useEffect(() => {
    let live = true
    void platform.loadCircuits().then((r) => {
      if (!live) return
      setList(r.value)
      setNotice(r.notice)
      setLoaded(true)
    })
    return () => {
      live = false
    }
  }, [platform])

  // Changes are saved one after another, each from the list the one before it saved: two
  // quick presses (a double-click on Duplicate) both land, neither writes over the other.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const commit = useCallback(
    (change: (list: SavedCircuit[]) => SavedCircuit[]): Promise<boolean> => {
      const done = queue.current.then(async () => {
        const next = change(listRef.current)
        try {
          await platform.saveCircuits(next)
        } catch {
          // The platform (guarded at app level) has said why; what was saved stays as it was.
          return false
        }
        listRef.current = next
        setList(next)
        return true
      })
      queue.current = done
      return done
    },
    [platform],
  )

  const add = useCallback(
    async (circuit: Circuit) => {
      const nowMs = Date.now()
      const saved: SavedCircuit = { id: newId(), circuit, createdAtMs: nowMs, updatedAtMs: nowMs }
      return (await commit((list) => [...list, saved])) ? saved : undefined
    },
    [commit],
  )

  const remove = useCallback(
    (id: string) => commit((list) => list.filter((c) => c.id !== id)),
    [commit],
  )

  const update = useCallback(
    (id: string, circuit: Circuit) =>
      commit((list) =>
        list.map((c) => (c.id === id ? { ...c, circuit, updatedAtMs: Date.now() } : c)),
      ),
    [commit],
  )

  return { loaded, list, notice, dismissNotice: () => setNotice(undefined), add, remove, update }
}

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
 * A change shows only once it is saved: nothing is listed that a reload would lose. What
 * another window saves (a second tab) shows at once, and this window's changes land on it.
 */
export function useSavedCircuits(platform: Platform): SavedCircuits {
  const [list, setList] = useState<SavedCircuit[]>([])
  const [loaded, setLoaded] = useState(false)
  const [notice, setNotice] = useState<string>()
  const listRef = useRef(list)
  listRef.current = list

  useEffect(() => {
    let live = true
    /** Another window's save came first: it is newer than what the load read. */
    let shown = false
    const off = platform.onStoredChange((change) => {
      if (change.store !== 'circuits') return
      shown = true
      // At once, not at the next render: a change saved from here next must start from it.
      listRef.current = change.value
      setList(change.value)
    })
    void platform.loadCircuits().then((r) => {
      if (!live) return
      if (!shown) {
        listRef.current = r.value
        setList(r.value)
      }
      setNotice(r.notice)
      setLoaded(true)
    })
    return () => {
      live = false
      off()
    }
  }, [platform])

  // Changes are saved one after another, each from the list the one before it saved: two
  // quick presses (a double-click on Duplicate) both land, neither writes over the other.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const commit = useCallback(
    (change: (list: SavedCircuit[]) => SavedCircuit[]): Promise<boolean> => {
      const done = queue.current.then(async () => {
        let saved: SavedCircuit[]
        try {
          // What is saved may hold more: circuits another window saved meanwhile.
          saved = await platform.saveCircuits(change(listRef.current))
        } catch {
          // The platform (guarded at app level) has said why; what was saved stays as it was.
          return false
        }
        listRef.current = saved
        setList(saved)
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
      commit((list) => {
        const nowMs = Date.now()
        // Deleted meanwhile in another window: the edit brings it back rather than vanish.
        if (!list.some((c) => c.id === id))
          return [...list, { id, circuit, createdAtMs: nowMs, updatedAtMs: nowMs }]
        return list.map((c) => (c.id === id ? { ...c, circuit, updatedAtMs: nowMs } : c))
      }),
    [commit],
  )

  return { loaded, list, notice, dismissNotice: () => setNotice(undefined), add, remove, update }
}

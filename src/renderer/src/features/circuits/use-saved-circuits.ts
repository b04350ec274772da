import { useCallback, useEffect, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuit'
import type { SavedCircuit } from '@shared/storage'
import type { Platform } from '../../platform/platform'
import { newId } from '../../components/ui/new-id'

export interface SavedCircuits {
  loaded: boolean
  list: SavedCircuit[]
  /** Why some stored circuits could not be read, if any. */
  notice: string | undefined
  dismissNotice: () => void
  add: (circuit: Circuit) => Promise<SavedCircuit>
  remove: (id: string) => Promise<void>
  update: (id: string, circuit: Circuit) => Promise<void>
}

/** The user's saved circuits, read once through the platform and written on every change. */
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

  const commit = useCallback(
    async (next: SavedCircuit[]) => {
      listRef.current = next
      setList(next)
      await platform.saveCircuits(next)
    },
    [platform],
  )

  const add = useCallback(
    async (circuit: Circuit) => {
      const nowMs = Date.now()
      const saved: SavedCircuit = { id: newId(), circuit, createdAtMs: nowMs, updatedAtMs: nowMs }
      await commit([...listRef.current, saved])
      return saved
    },
    [commit],
  )

  const remove = useCallback(
    (id: string) => commit(listRef.current.filter((c) => c.id !== id)),
    [commit],
  )

  const update = useCallback(
    (id: string, circuit: Circuit) =>
      commit(
        listRef.current.map((c) => (c.id === id ? { ...c, circuit, updatedAtMs: Date.now() } : c)),
      ),
    [commit],
  )

  return { loaded, list, notice, dismissNotice: () => setNotice(undefined), add, remove, update }
}

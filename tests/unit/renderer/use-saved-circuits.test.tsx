// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SavedCircuit } from '@shared/data/saved-circuits'
import { useSavedCircuits } from '@renderer/features/circuits/library/use-saved-circuits'
import type { Platform, StoredChange } from '@renderer/platform/platform'
import { circuit } from '../shared/helpers'

/** A platform whose saves answer late, as IPC to the main process does. */
function slowPlatform() {
  let stored: SavedCircuit[] = []
  const platform = {
    loadCircuits: () => Promise.resolve({ value: stored }),
    saveCircuits: (list: readonly SavedCircuit[]) =>
      new Promise<SavedCircuit[]>((resolve) =>
        setTimeout(() => {
          stored = [...list]
          resolve(stored)
        }, 20),
      ),
    onStoredChange: () => () => undefined,
  } as unknown as Platform
  return { platform, stored: () => stored }
}

describe('saved circuits', () => {
  it('keeps both of two quick saves: neither writes over the other', async () => {
    const { platform, stored } = slowPlatform()
    const { result } = renderHook(() => useSavedCircuits(platform))
    await waitFor(() => expect(result.current.loaded).toBe(true))
    const a = circuit({ name: 'A', items: [{ exercise: 'squats', reps: 10 }] })
    const b = circuit({ name: 'B', items: [{ exercise: 'squats', reps: 10 }] })
    await act(async () => {
      await Promise.all([result.current.add(a), result.current.add(b)])
    })
    expect(stored().map((c) => c.circuit.name)).toEqual(['A', 'B'])
    expect(result.current.list.map((c) => c.circuit.name)).toEqual(['A', 'B'])
  })

  it('shows what another window saved at once, and an edit of a circuit it deleted keeps the edit', async () => {
    let tell: (change: StoredChange) => void = () => undefined
    const platform = {
      loadCircuits: () => Promise.resolve({ value: [] }),
      saveCircuits: (list: readonly SavedCircuit[]) => Promise.resolve([...list]),
      onStoredChange: (l: (change: StoredChange) => void) => {
        tell = l
        return () => undefined
      },
    } as unknown as Platform
    const { result } = renderHook(() => useSavedCircuits(platform))
    await waitFor(() => expect(result.current.loaded).toBe(true))
    const a = circuit({ name: 'A', items: [{ exercise: 'squats', reps: 10 }] })
    let added: SavedCircuit | undefined
    await act(async () => {
      added = await result.current.add(a)
    })
    // The other window deleted it and imported B.
    const b = { id: 'b', circuit: { ...a, name: 'B' }, createdAtMs: 1, updatedAtMs: 1 }
    act(() => tell({ store: 'circuits', value: [b] }))
    expect(result.current.list.map((c) => c.circuit.name)).toEqual(['B'])
    await act(async () => {
      await result.current.update(added!.id, { ...a, name: 'A edited' })
    })
    expect(result.current.list.map((c) => c.circuit.name)).toEqual(['B', 'A edited'])
  })
})

// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SavedCircuit } from '@shared/data/saved-circuits'
import { useSavedCircuits } from '@renderer/features/circuits/use-saved-circuits'
import type { Platform } from '@renderer/platform/platform'
import { circuit } from '../shared/helpers'

/** A platform whose saves answer late, as IPC to the main process does. */
function slowPlatform() {
  let stored: SavedCircuit[] = []
  const platform = {
    loadCircuits: () => Promise.resolve({ value: stored }),
    saveCircuits: (list: readonly SavedCircuit[]) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          stored = [...list]
          resolve()
        }, 20),
      ),
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
})

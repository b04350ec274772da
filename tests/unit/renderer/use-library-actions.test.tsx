// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useLibraryActions } from '@renderer/features/circuits/library/use-library-actions'
import type { SavedCircuits } from '@renderer/features/circuits/library/use-saved-circuits'

// The file checks are fetched when a file is chosen; here that fetch fails, as it does when
// the server stopped or was updated under the page.
vi.mock('@shared/circuits/circuit-file', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('importing a circuit file', () => {
  it('says so, and imports nothing, when the file checks cannot be fetched', async () => {
    const saved: SavedCircuits = {
      loaded: true,
      list: [],
      notice: undefined,
      dismissNotice: () => undefined,
      add: vi.fn(() => Promise.resolve(undefined)),
      remove: vi.fn(() => Promise.resolve(true)),
      update: vi.fn(() => Promise.resolve(true)),
    }
    const onOpen = vi.fn()
    const { result } = renderHook(() => useLibraryActions(saved, onOpen))
    // jsdom's File has no arrayBuffer(): a chosen file as the page reads it.
    const bytes = new TextEncoder().encode('{"format":"runner-strength-circuit"}')
    const file = {
      name: 'mine.json',
      size: bytes.length,
      arrayBuffer: () => Promise.resolve(bytes.buffer),
    } as unknown as File
    await act(() => result.current.importFile(file))
    expect(result.current.error).toBe(
      'Could not import "mine.json": Runstrong could not load its file checks. Nothing was imported. Reload the page (or restart Runstrong) and import it again.',
    )
    expect(saved.add).not.toHaveBeenCalled()
    expect(onOpen).not.toHaveBeenCalled()
  })
})

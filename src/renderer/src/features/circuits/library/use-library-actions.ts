import { useState } from 'react'
import { MAX_CIRCUIT_FILE_BYTES, type Circuit } from '@shared/circuits/circuit'
import { decodeCircuitBytes } from '@shared/circuits/circuit-bytes'
import type { Suggestion } from '@shared/training/overload'
import {
  circuitLimitMessage,
  MAX_SAVED_CIRCUITS,
  type SavedCircuit,
} from '@shared/data/circuit-list'
import type { SavedCircuits } from './use-saved-circuits'
import { loadOverload } from '@renderer/features/circuits/use-suggested-steps'

/** The format's checks, fetched when a file is imported: the Circuits screen starts without them. */
const loadCircuitFile = () => import('@shared/circuits/circuit-file')

/** What `useLibraryActions` gives the Circuits screen: its messages and changes. */
export interface LibraryActions {
  /** Why the last import failed, one reason a line. */
  error: string | undefined
  dismissError: () => void
  /** What the last change did: "Imported …", "Deleted …". */
  status: string | undefined
  /** The circuit just deleted, while it can be restored. */
  undo: SavedCircuit | undefined
  importFile: (file: File) => Promise<void>
  duplicate: (c: Circuit) => Promise<void>
  remove: (id: string) => Promise<void>
  restore: () => Promise<void>
  /** Saves the next step of a circuit as a new one. */
  saveSteps: (c: Circuit, steps: Suggestion[]) => Promise<void>
  /** Saves an edited circuit over `id`, or as a new one; the id it was saved as, if it was. */
  saveEdited: (id: string | undefined, c: Circuit) => Promise<string | undefined>
}

/**
 * Changes to the saved circuits from the Circuits screen, each saying what it did;
 * `onOpen` shows the circuit a change leaves, or none.
 */
export function useLibraryActions(
  saved: SavedCircuits,
  onOpen: (id: string | undefined) => void,
): LibraryActions {
  const [error, setError] = useState<string>()
  const [status, setStatus] = useState<string>()
  const [undo, setUndo] = useState<SavedCircuit>()

  const importFile = async (file: File) => {
    setStatus(undefined)
    // Said before the file is read: nothing is saved, and no sentence about a circuit left out.
    if (saved.list.length >= MAX_SAVED_CIRCUITS) {
      setError(`Could not import "${file.name}": ${circuitLimitMessage('import')}.`)
      return
    }
    if (file.size > MAX_CIRCUIT_FILE_BYTES) {
      setError(
        `Could not import "${file.name}": the file is larger than 1 MB; a circuit file is far smaller.`,
      )
      return
    }
    // Decoded here, strictly: `file.text()` would turn bytes of another encoding into �.
    const decoded = decodeCircuitBytes(new Uint8Array(await file.arrayBuffer()))
    if (!decoded.ok) {
      setError(`Could not import "${file.name}":\n${decoded.message}`)
      return
    }
    const checks = await loadCircuitFile().catch(() => undefined)
    if (!checks) {
      // The app's own code could not be fetched (the server stopped, or was updated under
      // the page): nothing was imported, and reloading the page fetches it afresh.
      setError(
        `Could not import "${file.name}": Runstrong could not load its file checks. Nothing was imported. Reload the page (or restart Runstrong) and import it again.`,
      )
      return
    }
    const result = checks.parseCircuitText(decoded.text)
    if (!result.ok) {
      setError(`Could not import "${file.name}":\n${result.message}`)
      return
    }
    setError(undefined)
    const added = await saved.add(result.circuit)
    if (!added) return
    setStatus(`Imported "${added.circuit.name}".`)
    onOpen(added.id)
  }

  const duplicate = async (c: Circuit) => {
    const copy = await saved.add({ ...c, name: `${c.name} (copy)`.slice(0, 80) })
    if (!copy) return
    setStatus(`Saved a copy as "${copy.circuit.name}".`)
    onOpen(copy.id)
  }

  const remove = async (id: string) => {
    const gone = saved.list.find((s) => s.id === id)
    if (!(await saved.remove(id))) return
    setUndo(gone)
    setStatus(gone ? `Deleted "${gone.circuit.name}".` : undefined)
    onOpen(undefined)
  }

  const restore = async () => {
    if (!undo) return
    const back = await saved.add(undo.circuit)
    if (!back) return
    setUndo(undefined)
    setStatus(`Restored "${back.circuit.name}".`)
    onOpen(back.id)
  }

  const saveSteps = async (c: Circuit, steps: Suggestion[]) => {
    const { applySteps } = await loadOverload()
    const added = await saved.add(applySteps(c, steps))
    if (!added) return
    setStatus(`Saved the next step as "${added.circuit.name}".`)
    onOpen(added.id)
  }

  const saveEdited = async (id: string | undefined, c: Circuit) => {
    if (id) {
      if (!(await saved.update(id, c))) return undefined
      setStatus(`Saved "${c.name}".`)
      return id
    }
    const added = await saved.add(c)
    if (!added) return undefined
    setStatus(`Saved "${c.name}".`)
    return added.id
  }

  return {
    error,
    dismissError: () => setError(undefined),
    status,
    undo,
    importFile,
    duplicate,
    remove,
    restore,
    saveSteps,
    saveEdited,
  }
}

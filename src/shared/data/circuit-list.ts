/**
 * The list of saved circuits as the app keeps it: its limits, what may not be saved, and
 * the stored form it is written in. Reading a stored list back, by the circuit format's
 * rules, is `saved-circuits.ts`; this module needs no schema, so the Circuits screen saves
 * and lists without loading one.
 */
import type { Circuit } from '../circuits/circuit'
import { toCircuitFile } from '../circuits/circuit-convert'
import { shownValue } from '../circuits/circuit-messages'

export interface SavedCircuit {
  id: string
  circuit: Circuit
  createdAtMs: number
  updatedAtMs: number
}

/**
 * The most circuits a list holds, in both editions: far more than anyone keeps. A save of
 * more is refused before anything is written; a stored list with more (written by hand) is
 * read as its first `MAX_SAVED_CIRCUITS`, reported as a partial read.
 */
export const MAX_SAVED_CIRCUITS = 1000
/** The longest id of a saved circuit, in characters (ours are 36). */
export const MAX_CIRCUIT_ID_CHARS = 100

/**
 * The refusal of one more circuit at the limit, in the words of what was asked: "import",
 * "save", "add".
 */
export function circuitLimitMessage(verb = 'add'): string {
  return `Runstrong keeps at most ${MAX_SAVED_CIRCUITS.toLocaleString('en')} circuits: delete some to ${verb} more`
}

/**
 * Why a list of circuits may not be saved, or undefined when it may: more than
 * `MAX_SAVED_CIRCUITS`, or an id used twice (deleting one would delete both). Both editions
 * and the IPC contract ask this before anything is written.
 */
export function saveCircuitsProblem(list: readonly { id: unknown }[]): string | undefined {
  if (list.length > MAX_SAVED_CIRCUITS) return circuitLimitMessage()
  const seen = new Set<unknown>()
  for (const [i, { id }] of list.entries()) {
    // An entry without an id is refused by the list's own rules, with its place named.
    if (typeof id !== 'string') continue
    if (seen.has(id))
      return `circuit ${i + 1} has the same id as an earlier one ("${shownValue(id)}"); each circuit needs its own`
    seen.add(id)
  }
  return undefined
}

/** The JSON value stored for a list of circuits. */
export function circuitsToStored(list: readonly SavedCircuit[]): unknown {
  return {
    version: 1,
    circuits: list.map((c) => ({
      id: c.id,
      createdAtMs: c.createdAtMs,
      updatedAtMs: c.updatedAtMs,
      circuit: toCircuitFile(c.circuit),
    })),
  }
}

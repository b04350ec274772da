/**
 * Saved circuits, with the rules for reading them back. Stored circuits are kept in the file
 * format itself, so they are validated by the same rules as an import. The list's limits and
 * stored form are `circuit-list.ts`.
 */
import * as z from '../zod'
import { parseCircuit } from '../circuits/circuit-file'
import { formatPath } from '../circuits/circuit-messages'
import { hasVisibleCharacters } from '../circuits/circuit-schema'
import { MAX_DATE_MS } from '../engine/time-bounds'
import {
  MAX_CIRCUIT_ID_CHARS,
  MAX_SAVED_CIRCUITS,
  saveCircuitsProblem,
  type SavedCircuit,
} from './circuit-list'
import type { ReadResult } from './read-result'

export {
  circuitLimitMessage,
  circuitsToStored,
  MAX_SAVED_CIRCUITS,
  saveCircuitsProblem,
  type SavedCircuit,
} from './circuit-list'

const storedCircuitSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_CIRCUIT_ID_CHARS)),
  /** Wall-clock times, ms since the epoch. */
  createdAtMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  updatedAtMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  circuit: z.unknown(),
})

/** A control character (or a line or paragraph separator) in free text becomes a space. */
function spaced(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ') : text
}

/**
 * A circuit saved before names, loads and notes refused control characters keeps working:
 * they become spaces, and a name with nothing visible left is named plainly.
 */
function tidyText(circuit: unknown): unknown {
  if (typeof circuit !== 'object' || circuit === null || Array.isArray(circuit)) return circuit
  const c = circuit as Record<string, unknown>
  const name = spaced(c['name'])
  const items = Array.isArray(c['items'])
    ? c['items'].map((item: unknown) =>
        typeof item === 'object' && item !== null
          ? Object.fromEntries(
              Object.entries(item).map(([k, v]) => [
                k,
                k === 'load' || k === 'notes' ? spaced(v) : v,
              ]),
            )
          : item,
      )
    : c['items']
  return {
    ...c,
    name: typeof name === 'string' && !hasVisibleCharacters(name) ? 'Untitled circuit' : name,
    items,
  }
}

/** An id like `id` that no circuit of `taken` has: `<id>-2`, `<id>-3`… */
function freeId(id: string, taken: Set<string>): string {
  const stem = id.slice(0, MAX_CIRCUIT_ID_CHARS - 8)
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Gives each circuit that repeats an earlier circuit's id a new id of its own (made from the
 * old one, so reading the same list twice gives the same ids): a repeated id is damage,
 * since deleting one circuit would delete both. Returns what was changed, in words.
 */
function separateIds(list: SavedCircuit[]): string[] {
  const taken = new Set(list.map((c) => c.id))
  const seen = new Set<string>()
  const changed: string[] = []
  list.forEach((c, i) => {
    if (seen.has(c.id)) {
      const id = freeId(c.id, taken)
      taken.add(id)
      changed.push(`circuit ${i + 1} ("${c.circuit.name}") had the same id as an earlier one`)
      list[i] = { ...c, id }
    }
    seen.add(list[i]!.id)
  })
  return changed
}

/**
 * Reads a stored list of circuits. When some entries cannot be read, the readable ones
 * come back as `partial` with the reason, so nothing readable is lost; a circuit that repeats
 * an earlier one's id comes back under a new id, also as a partial read.
 */
export function circuitsFromStored(value: unknown): ReadResult<SavedCircuit[]> {
  const top = z
    .strictObject({ version: z.literal(1), circuits: z.array(z.unknown()) })
    .safeParse(value)
  if (!top.success) return { ok: false, reason: 'it is not a list of circuits this version knows' }
  const good: SavedCircuit[] = []
  const bad: string[] = []
  const { circuits } = top.data
  circuits.slice(0, MAX_SAVED_CIRCUITS).forEach((entry, i) => {
    const meta = storedCircuitSchema.safeParse(entry)
    if (!meta.success) {
      const at = formatPath(meta.error.issues[0]?.path ?? [])
      bad.push(`entry ${i + 1} is damaged${at ? ` at ${at}` : ''}`)
      return
    }
    const parsed = parseCircuit(tidyText(meta.data.circuit))
    if (!parsed.ok) {
      bad.push(`entry ${i + 1}: ${parsed.message}`)
      return
    }
    good.push({ ...meta.data, circuit: parsed.circuit })
  })
  const renamed = separateIds(good)
  if (renamed.length > 0) {
    const shown = renamed.length > 3 ? [...renamed.slice(0, 3), '…'] : renamed
    const each = renamed.length === 1 ? 'it was given a new id' : 'each was given a new id'
    bad.push(`${shown.join('; ')}: ${each}, so deleting one no longer deletes the other`)
  }
  const over = circuits.length - MAX_SAVED_CIRCUITS
  if (over > 0) {
    const max = MAX_SAVED_CIRCUITS.toLocaleString('en')
    bad.push(
      `it holds ${circuits.length.toLocaleString('en')} circuits, more than the ${max} Runstrong keeps: the first ${max} were kept`,
    )
  }
  if (bad.length > 0) return { ok: false, reason: bad.join('; '), partial: good }
  return { ok: true, value: good }
}

/**
 * Reads a list of circuits sent to be saved: refused whole when it is too long, repeats an
 * id, or holds anything `circuitsFromStored` would not read in full.
 */
export function circuitsForSave(value: unknown): ReadResult<SavedCircuit[]> {
  const list =
    typeof value === 'object' && value !== null && 'circuits' in value ? value.circuits : undefined
  if (Array.isArray(list)) {
    const ids = list.map((c: unknown) => ({
      id: typeof c === 'object' && c !== null && 'id' in c ? c.id : undefined,
    }))
    const problem = saveCircuitsProblem(ids)
    if (problem) return { ok: false, reason: problem }
  }
  return circuitsFromStored(value)
}

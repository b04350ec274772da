/**
 * Saved circuits, with the rules for reading them back. Stored circuits are kept in the file
 * format itself, so they are validated by the same rules as an import.
 */
import * as z from '../zod'
import type { Circuit } from '../circuits/circuit'
import { parseCircuit, toCircuitFile } from '../circuits/circuit-file'
import { formatPath } from '../circuits/circuit-messages'
import { hasVisibleCharacters } from '../circuits/circuit-schema'
import { MAX_DATE_MS } from '../engine/time-bounds'
import type { ReadResult } from './read-result'

export interface SavedCircuit {
  id: string
  circuit: Circuit
  createdAtMs: number
  updatedAtMs: number
}

/**
 * The most circuits a list holds: far more than anyone keeps. A stored list with more is
 * read as its first `MAX_SAVED_CIRCUITS`, reported as a partial read; a save of more is refused.
 */
const MAX_SAVED_CIRCUITS = 1000
/** The longest id of a saved circuit, in characters (ours are 36). */
const MAX_CIRCUIT_ID_CHARS = 100

const storedCircuitSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_CIRCUIT_ID_CHARS)),
  /** Wall-clock times, ms since the epoch. */
  createdAtMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  updatedAtMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  circuit: z.unknown(),
})

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

/**
 * Reads a stored list of circuits. When some entries cannot be read, the readable ones
 * come back as `partial` with the reason, so nothing readable is lost.
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
  const over = circuits.length - MAX_SAVED_CIRCUITS
  if (over > 0)
    bad.push(
      `${over} ${over === 1 ? 'circuit' : 'circuits'} beyond the ${MAX_SAVED_CIRCUITS.toLocaleString('en')} this version keeps ${over === 1 ? 'was' : 'were'} left out`,
    )
  if (bad.length > 0) return { ok: false, reason: bad.join('; '), partial: good }
  return { ok: true, value: good }
}

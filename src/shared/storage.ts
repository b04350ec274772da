/**
 * What the app keeps: saved circuits and settings, with the rules for reading them back.
 * Stored circuits are kept in the file format itself, so they are validated by the same
 * rules as an import.
 */
import { z } from 'zod'
import { parseCircuit, toCircuitFile, type Circuit } from './circuit'

export interface SavedCircuit {
  id: string
  circuit: Circuit
  createdAtMs: number
  updatedAtMs: number
}

export const settingsSchema = z.object({
  /** 0 to 1. */
  volume: z.number().min(0).max(1).catch(0.8),
  muted: z.boolean().catch(false),
  voice: z.boolean().catch(true),
  /** A soft tick at the item's pace during rep-based work. */
  cadence: z.boolean().catch(false),
})

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = { volume: 0.8, muted: false, voice: true, cadence: false }

const storedCircuitSchema = z.strictObject({
  id: z.string().min(1).max(100),
  createdAtMs: z.number(),
  updatedAtMs: z.number(),
  circuit: z.unknown(),
})

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string; partial?: T }

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
  top.data.circuits.forEach((entry, i) => {
    const meta = storedCircuitSchema.safeParse(entry)
    if (!meta.success) {
      bad.push(`entry ${i + 1} is damaged`)
      return
    }
    const parsed = parseCircuit(meta.data.circuit)
    if (!parsed.ok) {
      bad.push(`entry ${i + 1}: ${parsed.message}`)
      return
    }
    good.push({ ...meta.data, circuit: parsed.circuit })
  })
  if (bad.length > 0) return { ok: false, reason: bad.join('; '), partial: good }
  return { ok: true, value: good }
}

/** Reads stored settings; unknown or damaged fields fall back to their defaults. */
export function settingsFromStored(value: unknown): ReadResult<Settings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'it is not a settings object' }
  return { ok: true, value: settingsSchema.parse(value) }
}

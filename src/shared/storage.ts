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

/** "HH:MM", 24-hour. */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 18:30')

export const remindersSchema = z.strictObject({
  on: z.boolean(),
  /** Local time of day. */
  time: timeOfDay,
  /** Strength days, Monday is 0. */
  days: z.array(z.int().min(0).max(6)).max(7),
})

export type Reminders = z.infer<typeof remindersSchema>

export const DEFAULT_REMINDERS: Reminders = { on: false, time: '18:00', days: [] }

/** Settings exactly as the app writes them: what an IPC payload must be. */
export const settingsStrictSchema = z.strictObject({
  /** 0 to 1. */
  volume: z.number().min(0).max(1),
  muted: z.boolean(),
  voice: z.boolean(),
  /** A soft tick at the item's pace during rep-based work. */
  cadence: z.boolean(),
  /** Desktop: a notification at each exercise change while the window is hidden. */
  notifyWhenHidden: z.boolean(),
  /** Desktop: media keys and presentation clickers control the session from any app. */
  globalKeys: z.boolean(),
  reminders: remindersSchema,
  /** Desktop: the display the runner opens on; null is this window. */
  displayId: z.number().nullable(),
})

export type Settings = z.infer<typeof settingsStrictSchema>

export const DEFAULT_SETTINGS: Settings = {
  volume: 0.8,
  muted: false,
  voice: true,
  cadence: false,
  notifyWhenHidden: true,
  globalKeys: true,
  reminders: DEFAULT_REMINDERS,
  displayId: null,
}

/** Settings as read back: a damaged or missing field falls back to its default. */
export const settingsSchema = z.object({
  volume: settingsStrictSchema.shape.volume.catch(DEFAULT_SETTINGS.volume),
  muted: settingsStrictSchema.shape.muted.catch(DEFAULT_SETTINGS.muted),
  voice: settingsStrictSchema.shape.voice.catch(DEFAULT_SETTINGS.voice),
  cadence: settingsStrictSchema.shape.cadence.catch(DEFAULT_SETTINGS.cadence),
  notifyWhenHidden: settingsStrictSchema.shape.notifyWhenHidden.catch(
    DEFAULT_SETTINGS.notifyWhenHidden,
  ),
  globalKeys: settingsStrictSchema.shape.globalKeys.catch(DEFAULT_SETTINGS.globalKeys),
  reminders: remindersSchema.catch(() => ({ ...DEFAULT_REMINDERS })),
  displayId: settingsStrictSchema.shape.displayId.catch(DEFAULT_SETTINGS.displayId),
})

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

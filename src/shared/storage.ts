/**
 * What the app keeps: saved circuits and settings, with the rules for reading them back.
 * Stored circuits are kept in the file format itself, so they are validated by the same
 * rules as an import.
 */
import { z } from 'zod'
import type { Circuit } from './circuit'
import { parseCircuit, toCircuitFile } from './circuit-file'
import { formatPath } from './circuit-messages'
import { hasVisibleCharacters } from './circuit-schema'
import { MAX_DATE_MS } from './history'

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
  /** Desktop: the display the runner opens on (a whole-number Electron id); null is this window. */
  displayId: z.int().nullable(),
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

/**
 * The most circuits a list holds: far more than anyone keeps. A stored list with more is
 * read as its first `MAX_SAVED_CIRCUITS`, reported as a partial read; a save of more is refused.
 */
export const MAX_SAVED_CIRCUITS = 1000
/** The longest id of a saved circuit, in characters (ours are 36). */
export const MAX_CIRCUIT_ID_CHARS = 100

const storedCircuitSchema = z.strictObject({
  id: z.string().min(1).max(MAX_CIRCUIT_ID_CHARS),
  /** Wall-clock times, ms since the epoch. */
  createdAtMs: z.number().min(0).max(MAX_DATE_MS),
  updatedAtMs: z.number().min(0).max(MAX_DATE_MS),
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

/** A control character in free text becomes a space. */
function spaced(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(/\p{Cc}+/gu, ' ') : text
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

/** Each setting as Settings names it, for messages. */
export const SETTING_NAMES: Readonly<Record<keyof Settings, string>> = {
  volume: 'Volume',
  muted: 'Mute',
  voice: 'Voice',
  cadence: 'Rep tick',
  notifyWhenHidden: 'Notifications while hidden',
  globalKeys: 'Keys from any app',
  reminders: 'Reminders',
  displayId: 'Show the runner on',
}

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * Reads stored settings. A setting the file leaves out takes its default (an older file);
 * one the file holds with a value this version cannot use is reset to its default and
 * named, as a partial read, so the file is copied aside and the user told which.
 */
export function settingsFromStored(value: unknown): ReadResult<Settings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'it is not a settings object' }
  const stored = value as Record<string, unknown>
  const reset = (Object.keys(SETTING_NAMES) as (keyof Settings)[]).filter(
    (key) => key in stored && !settingsStrictSchema.shape[key].safeParse(stored[key]).success,
  )
  const settings = settingsSchema.parse(value)
  if (reset.length === 0) return { ok: true, value: settings }
  const names = listInWords(reset.map((key) => SETTING_NAMES[key]))
  return {
    ok: false,
    reason: `${names} held ${reset.length === 1 ? 'a value' : 'values'} this version cannot use, so ${reset.length === 1 ? 'it was' : 'they were'} reset to ${reset.length === 1 ? 'its default' : 'their defaults'}`,
    partial: settings,
  }
}

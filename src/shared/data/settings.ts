/**
 * The user's settings: what each may hold, its default, and the rules for reading them back.
 */
import * as z from '../zod'
import { EQUIPMENT_IDS } from '../circuits/equipment'
import type { ReadResult } from './read-result'

/** "HH:MM", 24-hour. */
const timeOfDay = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 18:30'))

export const remindersSchema = z.strictObject({
  on: z.boolean(),
  /** Local time of day. */
  time: timeOfDay,
  /** Strength days, Monday is 0. */
  days: z.array(z.int().check(z.gte(0), z.lte(6))).check(z.maxLength(7)),
})

export type Reminders = z.infer<typeof remindersSchema>

const DEFAULT_REMINDERS: Reminders = { on: false, time: '18:00', days: [] }

/**
 * How far away the screens are read from: every screen's type scales with it. `auto`
 * follows the screen's size (a screen 1800 or more CSS pixels tall at 1:1 is a TV).
 */
export const VIEWING_DISTANCES = ['auto', 'desk', 'room', 'tv'] as const

export type ViewingDistance = (typeof VIEWING_DISTANCES)[number]

/** The pages' colours: as the system says (light or dark), or always one of them. */
export const THEMES = ['system', 'light', 'dark'] as const

export type Theme = (typeof THEMES)[number]

/** The slowest and fastest the voice may speak (1 is its own pace). */
export const VOICE_RATES = [0.7, 1.5] as const

/** Settings exactly as the app writes them: what an IPC payload must be. */
export const settingsStrictSchema = z.strictObject({
  /** The tones' volume, 0 to 1. */
  volume: z.number().check(z.gte(0), z.lte(1)),
  /** The spoken cues' volume, 0 to 1. */
  voiceVolume: z.number().check(z.gte(0), z.lte(1)),
  /** The system voice to speak with, by its name; null is the system's own choice. */
  voiceName: z.nullable(z.string().check(z.maxLength(200))),
  /** How fast the voice speaks: 1 is the voice's own pace. */
  voiceRate: z.number().check(z.gte(VOICE_RATES[0]), z.lte(VOICE_RATES[1])),
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
  displayId: z.nullable(z.int()),
  viewingDistance: z.enum(VIEWING_DISTANCES),
  /** Light pages for a bright room, dark for a dim one; `system` follows the OS. */
  theme: z.enum(THEMES),
  /** Desktop: Runstrong starts when the user logs in (in the tray while reminders are on). */
  startAtLogin: z.boolean(),
  /**
   * The kit the runner owns: the generator, the programme and the suggested harder versions
   * use nothing else. Nothing said means bodyweight only.
   */
  kit: z.array(z.enum(EQUIPMENT_IDS)).check(z.maxLength(EQUIPMENT_IDS.length)),
})

export type Settings = z.infer<typeof settingsStrictSchema>

export const DEFAULT_SETTINGS: Settings = {
  volume: 0.8,
  voiceVolume: 1,
  voiceName: null,
  voiceRate: 1.05,
  muted: false,
  voice: true,
  cadence: false,
  notifyWhenHidden: true,
  globalKeys: true,
  reminders: DEFAULT_REMINDERS,
  displayId: null,
  viewingDistance: 'auto',
  theme: 'system',
  startAtLogin: false,
  kit: [],
}

/** Settings as read back: a damaged or missing field falls back to its default. */
const settingsSchema = z.object({
  volume: z.catch(settingsStrictSchema.shape.volume, DEFAULT_SETTINGS.volume),
  voiceVolume: z.catch(settingsStrictSchema.shape.voiceVolume, DEFAULT_SETTINGS.voiceVolume),
  voiceName: z.catch(settingsStrictSchema.shape.voiceName, DEFAULT_SETTINGS.voiceName),
  voiceRate: z.catch(settingsStrictSchema.shape.voiceRate, DEFAULT_SETTINGS.voiceRate),
  muted: z.catch(settingsStrictSchema.shape.muted, DEFAULT_SETTINGS.muted),
  voice: z.catch(settingsStrictSchema.shape.voice, DEFAULT_SETTINGS.voice),
  cadence: z.catch(settingsStrictSchema.shape.cadence, DEFAULT_SETTINGS.cadence),
  notifyWhenHidden: z.catch(
    settingsStrictSchema.shape.notifyWhenHidden,
    DEFAULT_SETTINGS.notifyWhenHidden,
  ),
  globalKeys: z.catch(settingsStrictSchema.shape.globalKeys, DEFAULT_SETTINGS.globalKeys),
  reminders: z.catch(remindersSchema, () => ({ ...DEFAULT_REMINDERS })),
  displayId: z.catch(settingsStrictSchema.shape.displayId, DEFAULT_SETTINGS.displayId),
  viewingDistance: z.catch(
    settingsStrictSchema.shape.viewingDistance,
    DEFAULT_SETTINGS.viewingDistance,
  ),
  theme: z.catch(settingsStrictSchema.shape.theme, DEFAULT_SETTINGS.theme),
  startAtLogin: z.catch(settingsStrictSchema.shape.startAtLogin, DEFAULT_SETTINGS.startAtLogin),
  kit: z.catch(settingsStrictSchema.shape.kit, () => [...DEFAULT_SETTINGS.kit]),
})

/** Each setting as Settings names it, for messages. */
const SETTING_NAMES: Readonly<Record<keyof Settings, string>> = {
  volume: 'Tones volume',
  voiceVolume: 'Voice volume',
  voiceName: 'Voice',
  voiceRate: 'Voice speed',
  muted: 'Mute',
  voice: 'Voice',
  cadence: 'Rep tick',
  notifyWhenHidden: 'Notifications while hidden',
  globalKeys: 'Keys from any app',
  reminders: 'Reminders',
  displayId: 'Show the runner on',
  viewingDistance: 'Viewing distance',
  theme: 'Theme',
  startAtLogin: 'Start at login',
  kit: 'My kit',
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

/**
 * What each setting may hold, as the schema IPC and the settings store check. Their defaults
 * are `default-settings.ts`, which needs no schema (the app starts with them before anything
 * is read); reading stored settings back is `settings.ts`.
 */
import * as z from '../zod'
import { EQUIPMENT_IDS } from '../circuits/equipment'

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

/**
 * The user's settings: what each may hold (`settings-schema.ts`), its default
 * (`default-settings.ts`), and the rules for reading them back.
 */
import * as z from '../zod'
import { DEFAULT_REMINDERS, DEFAULT_SETTINGS } from './default-settings'
import type { ReadResult } from './read-result'
import { remindersSchema, settingsStrictSchema, type Settings } from './settings-schema'

export { DEFAULT_SETTINGS } from './default-settings'
export {
  remindersSchema,
  settingsStrictSchema,
  THEMES,
  VIEWING_DISTANCES,
  VOICE_RATES,
  type Reminders,
  type Settings,
  type Theme,
  type ViewingDistance,
} from './settings-schema'

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

/**
 * The settings every new install starts with, and what a damaged setting falls back to. Kept
 * apart from the settings' schema: the app shows its first screen with these before any
 * stored settings are read.
 */
import type { Reminders, Settings } from './settings-schema'

export const DEFAULT_REMINDERS: Reminders = { on: false, time: '18:00', days: [] }

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

import type { HistoryEntry } from '@shared/history'
import type { WeekPlan } from '@shared/planner'
import type { SavedCircuit, Settings } from '@shared/storage'

/** A value read from storage, and a message for the user when something could not be read. */
export interface Loaded<T> {
  value: T
  notice?: string
}

/**
 * Everything the renderer asks of its host: persistence, notifications, the screen.
 * The browser platform implements it with web APIs; the Electron shell with the main process.
 */
export interface Platform {
  readonly kind: 'browser' | 'electron'
  loadCircuits(): Promise<Loaded<SavedCircuit[]>>
  saveCircuits(list: readonly SavedCircuit[]): Promise<void>
  loadSettings(): Promise<Loaded<Settings>>
  saveSettings(settings: Settings): Promise<void>
  /** Every recorded session, oldest first. */
  loadHistory(): Promise<Loaded<HistoryEntry[]>>
  /** Records one ended session, replacing an earlier record with the same id. */
  addHistory(entry: HistoryEntry): Promise<void>
  /** The user's typical week and strength days (the desktop app also schedules reminders from it). */
  loadPlan(): Promise<Loaded<WeekPlan>>
  savePlan(plan: WeekPlan): Promise<void>
  /** Shows an OS notification where allowed; silently does nothing where not. */
  notify(title: string, body: string): void
  /** Asks once for permission to notify, from a user gesture. */
  requestNotifications(): Promise<boolean>
  toggleFullscreen(): Promise<void>
  isFullscreen(): boolean
  /** Keeps the display awake while `on`. */
  keepAwake(on: boolean): Promise<void>
  /** Offers a file to save: a download in the browser. */
  saveFile(name: string, text: string): Promise<void>
}

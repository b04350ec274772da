/**
 * The rules of the app's kept data, as a pure reducer: the hook (use-app-data.ts) only loads,
 * saves and carries out what this says. Settings and the plan are shown at once when changed
 * (optimistic) and taken back to the last saved value when their save fails, unless a newer
 * change came meanwhile or the control is live; a session cut short is on offer until it is
 * resumed, kept or discarded, and a late answer for an offer no longer shown does nothing.
 */
import type { Settings } from '@shared/data/settings'
import type { SavedSession } from '@shared/data/store-files'
import type { HistoryEntry } from '@shared/training/history'
import { reminderDays } from '@shared/training/plan-edits'
import type { WeekPlan } from '@shared/training/planner'

/** A value shown on screen, and the one last saved (what a failed save falls back to). */
export interface Kept<T> {
  shown: T
  saved: T
}

export interface AppDataState {
  settings: Kept<Settings>
  /** Undefined until loaded. */
  plan: Kept<WeekPlan> | undefined
  /** A session cut short, offered back (Resume, Keep what was done, Discard). */
  offer: SavedSession | undefined
  /** A discarded session with efforts done: asked whether to keep them. */
  discarding: { session: SavedSession; entry: HistoryEntry } | undefined
}

export type AppDataEvent =
  /** Read from storage, or changed elsewhere (main, another tab): taken as saved. */
  | { type: 'settings/stored'; value: Settings }
  | { type: 'settings/changed'; next: Settings }
  | { type: 'settings/saved'; value: Settings }
  /** `keep`: a live control (a slider) keeps what it shows; the failure is said. */
  | { type: 'settings/failed'; value: Settings; keep: boolean }
  | { type: 'plan/stored'; value: WeekPlan }
  | { type: 'plan/changed'; next: WeekPlan }
  | { type: 'plan/saved'; value: WeekPlan }
  | { type: 'plan/failed'; value: WeekPlan }
  /** A session offered back, or none (resumed, kept or discarded). */
  | { type: 'offer/shown'; session: SavedSession | undefined }
  /** Whether to keep a discarded session's efforts is asked (or the question closed). */
  | { type: 'discarding/asked'; asking: AppDataState['discarding'] }

export function initialAppData(settings: Settings): AppDataState {
  return {
    settings: { shown: settings, saved: settings },
    plan: undefined,
    offer: undefined,
    discarding: undefined,
  }
}

const stored = <T>(value: T): Kept<T> => ({ shown: value, saved: value })

/** A save went through: it is the fallback now, and stays shown unless changed since. */
const saved = <T>(k: Kept<T>, value: T): Kept<T> => ({ ...k, saved: value })

/** A save failed: what it tried to show is taken back, if it still shows. */
const failed = <T>(k: Kept<T>, value: T, keep = false): Kept<T> =>
  keep || k.shown !== value ? k : { ...k, shown: k.saved }

export function appDataStep(state: AppDataState, event: AppDataEvent): AppDataState {
  switch (event.type) {
    case 'settings/stored':
      return { ...state, settings: stored(event.value) }
    case 'settings/changed':
      return { ...state, settings: { ...state.settings, shown: event.next } }
    case 'settings/saved':
      return { ...state, settings: saved(state.settings, event.value) }
    case 'settings/failed':
      return { ...state, settings: failed(state.settings, event.value, event.keep) }
    case 'plan/stored':
      return { ...state, plan: stored(event.value) }
    case 'plan/changed':
      return { ...state, plan: { saved: state.plan?.saved ?? event.next, shown: event.next } }
    case 'plan/saved':
      return state.plan ? { ...state, plan: saved(state.plan, event.value) } : state
    case 'plan/failed':
      return state.plan ? { ...state, plan: failed(state.plan, event.value) } : state
    case 'offer/shown':
      return { ...state, offer: event.session }
    case 'discarding/asked':
      return { ...state, discarding: event.asking }
  }
}

/** Whether a session is the one on offer now (a late Discard after a Resume must not act). */
export function isOffered(state: AppDataState, session: SavedSession): boolean {
  return state.offer === session
}

/**
 * The settings once a plan is saved: reminders follow its strength days (null: they
 * already do).
 */
export function remindersFollowing(settings: Settings, plan: WeekPlan): Settings | null {
  const days = reminderDays(plan)
  if (days.join() === settings.reminders.days.join()) return null
  return { ...settings, reminders: { ...settings.reminders, days } }
}

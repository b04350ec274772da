/**
 * The app's five stores as the app knows them before reading any: their names, where the
 * browser edition keeps them, their labels, schema versions, defaults, upgrades and how each
 * is written. How each is read back (by its schema) is added in `store-files.ts`; this module
 * needs no schema, so the app starts, shows its defaults and saves without loading one.
 */
import type { Circuit } from '../circuits/circuit'
import { toCircuitFile } from '../circuits/circuit-convert'
import type { CircuitFile } from '../circuits/circuit-schema'
import type { SessionSnapshot } from '../engine/snapshot-schema'
import type { HistoryEntry } from '../training/history'
import { historyToStored } from '../training/history-entries'
import { DEFAULT_PLAN, type WeekPlan } from '../training/planner'
import { circuitsToStored, type SavedCircuit } from './circuit-list'
import { DEFAULT_SETTINGS } from './default-settings'
import type { ReadResult } from './read-result'
import type { Settings } from './settings-schema'

export type StoreName = 'circuits' | 'settings' | 'history' | 'plan' | 'session'

/** Where the browser edition keeps each store in page storage. */
export const PAGE_STORAGE_KEYS: Readonly<Record<StoreName, string>> = {
  circuits: 'runstrong.circuits',
  settings: 'runstrong.settings',
  history: 'runstrong.history',
  plan: 'runstrong.plan',
  session: 'runstrong.session',
}

/** A session in progress, kept so a crash loses at most a few seconds of it. */
export interface SavedSession {
  /** Wall-clock time of the save, ms since the epoch. */
  savedAt: number
  /** Wall-clock time the session began. */
  startedAt: number
  circuit: Circuit
  snapshot: SessionSnapshot
}

/** What each store holds. */
export interface StoreValues {
  circuits: SavedCircuit[]
  settings: Settings
  history: HistoryEntry[]
  plan: WeekPlan
  session: SavedSession | null
}

/** A session saved longer ago than this is not offered for resuming. */
export const RESUME_WITHIN_MS = 12 * 60 * 60 * 1000

/** A store as the app knows it before reading it: all of a `StoreSpec` but its reader. */
export interface StoreInfo<T, N extends string = StoreName> {
  name: N
  /** How the user knows this data, in a sentence such as "Some saved circuits…". */
  label: string
  /** The schema version the app writes. */
  version: number
  fallback: () => T
  /** The data written for a value (without the version envelope). */
  write: (value: T) => unknown
  /** `migrations[n]` turns version-n data into version n + 1. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>
}

export interface StoreSpec<T, N extends string = StoreName> extends StoreInfo<T, N> {
  /** Reads data of the current version; damaged parts may come back as `partial`. */
  read: (data: unknown) => ReadResult<T>
}

/** The stored shape of a saved session, its circuit in the file format. */
export function savedSessionToStored(
  s: SavedSession | null,
): (Omit<SavedSession, 'circuit'> & { circuit: CircuitFile }) | null {
  return s && { ...s, circuit: toCircuitFile(s.circuit) }
}

export const CIRCUITS_INFO: StoreInfo<SavedCircuit[]> = {
  name: 'circuits',
  label: 'circuits',
  version: 1,
  fallback: () => [],
  write: circuitsToStored,
  migrations: {},
}

export const SETTINGS_INFO: StoreInfo<Settings> = {
  name: 'settings',
  label: 'settings',
  version: 2,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  write: (s) => s,
  migrations: {
    // Version 2 added the desktop's fields; reading fills each from its default.
    1: (data) => data,
  },
}

export const HISTORY_INFO: StoreInfo<HistoryEntry[]> = {
  name: 'history',
  label: 'history',
  version: 1,
  fallback: () => [],
  write: historyToStored,
  migrations: {},
}

export const PLAN_INFO: StoreInfo<WeekPlan> = {
  name: 'plan',
  label: 'week plan',
  version: 1,
  fallback: () => ({ ...DEFAULT_PLAN }),
  write: (plan) => plan,
  migrations: {},
}

export const SESSION_INFO: StoreInfo<SavedSession | null> = {
  name: 'session',
  label: 'session in progress',
  version: 1,
  fallback: () => null,
  write: savedSessionToStored,
  migrations: {},
}

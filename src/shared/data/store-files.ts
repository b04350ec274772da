/**
 * The app's five stores, described once: what each holds, how it is read back and written,
 * its schema version and the steps that upgrade older versions. The browser platform keeps
 * the stores in page storage; the desktop app keeps each in its own file in the main process.
 */
import * as z from '../zod'
import type { Circuit } from '../circuits/circuit'
import { parseCircuit, toCircuitFile } from '../circuits/circuit-file'
import { formatPath, plainRule } from '../circuits/circuit-messages'
import type { CircuitFile } from '../circuits/circuit-schema'
import { snapshotMisfit, snapshotSchema, type SessionSnapshot } from '../engine/snapshot-schema'
import { compileTimeline } from '../engine/timeline'
import { MAX_DATE_MS } from '../engine/time-bounds'
import { historyFromStored, historyToStored, type HistoryEntry } from '../training/history'
import { DEFAULT_PLAN, weekPlanSchema, type WeekPlan } from '../training/planner'
import type { ReadResult } from './read-result'
import { circuitsFromStored, circuitsToStored, type SavedCircuit } from './saved-circuits'
import { DEFAULT_SETTINGS, settingsFromStored, type Settings } from './settings'

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

/** A session saved longer ago than this is not offered for resuming. */
export const RESUME_WITHIN_MS = 12 * 60 * 60 * 1000

export interface StoreSpec<T, N extends string = StoreName> {
  name: N
  /** How the user knows this data, in a sentence such as "Some saved circuits…". */
  label: string
  /** The schema version the app writes. */
  version: number
  fallback: () => T
  /** Reads data of the current version; damaged parts may come back as `partial`. */
  read: (data: unknown) => ReadResult<T>
  /** The data written for a value (without the version envelope). */
  write: (value: T) => unknown
  /** `migrations[n]` turns version-n data into version n + 1. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>
}

const savedSessionSchema = z.strictObject({
  savedAt: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  startedAt: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  circuit: z.unknown(),
  snapshot: snapshotSchema,
})

/**
 * Reads a saved session; its circuit is checked by the circuit format's own rules. A session
 * whose progress does not fit its circuit (it could not be resumed where it stopped) comes
 * back as a partial read: what was done can still be kept, but it is not offered for Resume.
 */
export function savedSessionFromStored(value: unknown): ReadResult<SavedSession | null> {
  if (value === null) return { ok: true, value: null }
  const r = savedSessionSchema.safeParse(value, { reportInput: true })
  if (!r.success) {
    const first = r.error.issues[0]
    const at = first ? ` (${formatPath(first.path) || 'the session'}: ${plainRule(first)})` : ''
    return { ok: false, reason: `it is not a session this version knows${at}` }
  }
  const c = parseCircuit(r.data.circuit)
  if (!c.ok) return { ok: false, reason: `its circuit is damaged: ${c.message}` }
  const session = { ...r.data, circuit: c.circuit }
  const misfit = snapshotMisfit(compileTimeline(c.circuit), r.data.snapshot)
  if (misfit)
    return {
      ok: false,
      reason: `its progress does not fit its circuit (${misfit}), so it cannot carry on where it stopped`,
      partial: session,
    }
  return { ok: true, value: session }
}

/** The stored shape of a saved session, its circuit in the file format. */
export function savedSessionToStored(
  s: SavedSession | null,
): (Omit<SavedSession, 'circuit'> & { circuit: CircuitFile }) | null {
  return s && { ...s, circuit: toCircuitFile(s.circuit) }
}

export const CIRCUITS_STORE: StoreSpec<SavedCircuit[]> = {
  name: 'circuits',
  label: 'circuits',
  version: 1,
  fallback: () => [],
  read: circuitsFromStored,
  write: circuitsToStored,
  migrations: {},
}

export const SETTINGS_STORE: StoreSpec<Settings> = {
  name: 'settings',
  label: 'settings',
  version: 2,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  read: settingsFromStored,
  write: (s) => s,
  migrations: {
    // Version 2 added the desktop's fields; reading fills each from its default.
    1: (data) => data,
  },
}

export const HISTORY_STORE: StoreSpec<HistoryEntry[]> = {
  name: 'history',
  label: 'history',
  version: 1,
  fallback: () => [],
  read: historyFromStored,
  write: historyToStored,
  migrations: {},
}

export const PLAN_STORE: StoreSpec<WeekPlan> = {
  name: 'plan',
  label: 'week plan',
  version: 1,
  fallback: () => ({ ...DEFAULT_PLAN }),
  read: (value) => {
    const r = weekPlanSchema.safeParse(value)
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, reason: 'it is not a week plan this version knows' }
  },
  write: (plan) => plan,
  migrations: {},
}

export const SESSION_STORE: StoreSpec<SavedSession | null> = {
  name: 'session',
  label: 'session in progress',
  version: 1,
  fallback: () => null,
  read: savedSessionFromStored,
  write: savedSessionToStored,
  migrations: {},
}

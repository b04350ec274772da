/**
 * The app's five stores, described once: what each holds, how it is read back and written,
 * its schema version and the steps that upgrade older versions. The browser platform keeps
 * the stores in page storage; the desktop app keeps each in its own file in the main process.
 * All but the readers is `stores.ts`, which needs no schema; each store here is its
 * `StoreInfo` there with its reader.
 */
import * as z from '../zod'
import { parseCircuit } from '../circuits/circuit-file'
import { formatPath, plainRule } from '../circuits/circuit-messages'
import { snapshotMisfit, snapshotSchema } from '../engine/snapshot-schema'
import { compileTimeline } from '../engine/timeline'
import { MAX_DATE_MS } from '../engine/time-bounds'
import type { HistoryEntry } from '../training/history'
import { historyFromStored } from '../training/history'
import { weekPlanSchema, type WeekPlan } from '../training/plan-schema'
import type { ReadResult } from './read-result'
import { circuitsFromStored, type SavedCircuit } from './saved-circuits'
import { settingsFromStored, type Settings } from './settings'
import {
  CIRCUITS_INFO,
  HISTORY_INFO,
  PLAN_INFO,
  SESSION_INFO,
  SETTINGS_INFO,
  type SavedSession,
  type StoreName,
  type StoreSpec,
  type StoreValues,
} from './stores'

export {
  PAGE_STORAGE_KEYS,
  RESUME_WITHIN_MS,
  savedSessionToStored,
  type SavedSession,
  type StoreInfo,
  type StoreName,
  type StoreSpec,
  type StoreValues,
} from './stores'

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

export const CIRCUITS_STORE: StoreSpec<SavedCircuit[]> = {
  ...CIRCUITS_INFO,
  read: circuitsFromStored,
}

export const SETTINGS_STORE: StoreSpec<Settings> = { ...SETTINGS_INFO, read: settingsFromStored }

export const HISTORY_STORE: StoreSpec<HistoryEntry[]> = { ...HISTORY_INFO, read: historyFromStored }

export const PLAN_STORE: StoreSpec<WeekPlan> = {
  ...PLAN_INFO,
  read: (value) => {
    const r = weekPlanSchema.safeParse(value)
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, reason: 'it is not a week plan this version knows' }
  },
}

export const SESSION_STORE: StoreSpec<SavedSession | null> = {
  ...SESSION_INFO,
  read: savedSessionFromStored,
}

/** Every store by its name, with its reader. */
export const STORE_SPECS: { readonly [N in StoreName]: StoreSpec<StoreValues[N]> } = {
  circuits: CIRCUITS_STORE,
  settings: SETTINGS_STORE,
  history: HISTORY_STORE,
  plan: PLAN_STORE,
  session: SESSION_STORE,
}

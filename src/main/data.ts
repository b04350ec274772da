import type { LegacyData } from '@shared/ipc-contract'
import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PLAN_STORE,
  SESSION_STORE,
  SETTINGS_STORE,
  readDocument,
  type StoreName,
  type StoreSpec,
} from '@shared/stores'
import { FileStore } from './store'

/** The app's stores, each in its own file under `dir`. */
export function openStores(dir: string, now: () => number = Date.now) {
  return {
    circuits: new FileStore(CIRCUITS_STORE, dir, now),
    settings: new FileStore(SETTINGS_STORE, dir, now),
    history: new FileStore(HISTORY_STORE, dir, now),
    plan: new FileStore(PLAN_STORE, dir, now),
    session: new FileStore(SESSION_STORE, dir, now),
  }
}

export type Stores = ReturnType<typeof openStores>

/**
 * Moves what the browser edition kept in page storage into the desktop stores, once: only
 * into a store that has no file yet, and only data that reads cleanly (the browser edition
 * wrote version-1 data). Returns the stores that took data and a note for each refusal.
 */
export function importLegacy(
  stores: Stores,
  legacy: LegacyData,
): { imported: StoreName[]; notices: string[] } {
  const imported: StoreName[] = []
  const notices: string[] = []
  const take = <T>(store: FileStore<T>, spec: StoreSpec<T>, raw: string | undefined) => {
    if (raw === undefined || store.exists()) return
    let doc: unknown
    try {
      doc = { schemaVersion: 1, data: JSON.parse(raw) as unknown }
    } catch {
      notices.push(`Saved ${spec.label} from the browser edition were not valid JSON; left there.`)
      return
    }
    const r = readDocument(spec, doc)
    const value = r.ok ? r.value : r.partial
    if (value === undefined) {
      notices.push(
        `Saved ${spec.label} from the browser edition could not be read (${r.ok ? '' : r.reason}); left there.`,
      )
      return
    }
    store.save(value)
    imported.push(spec.name)
    if (!r.ok)
      notices.push(
        `Some ${spec.label} from the browser edition were damaged (${r.reason}); the rest were moved.`,
      )
  }
  take(stores.circuits, CIRCUITS_STORE, legacy.circuits)
  take(stores.settings, SETTINGS_STORE, legacy.settings)
  take(stores.history, HISTORY_STORE, legacy.history)
  take(stores.plan, PLAN_STORE, legacy.plan)
  return { imported, notices }
}

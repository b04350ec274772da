import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PLAN_STORE,
  SESSION_STORE,
  SETTINGS_STORE,
} from '@shared/stores'
import { FileStore, REAL_FILE_OPS, type FileOps } from './store'

/** The app's stores, each in its own file under `dir`. */
export function openStores(
  dir: string,
  now: () => number = Date.now,
  ops: FileOps = REAL_FILE_OPS,
) {
  return {
    circuits: new FileStore(CIRCUITS_STORE, dir, now, ops),
    settings: new FileStore(SETTINGS_STORE, dir, now, ops),
    history: new FileStore(HISTORY_STORE, dir, now, ops),
    plan: new FileStore(PLAN_STORE, dir, now, ops),
    session: new FileStore(SESSION_STORE, dir, now, ops),
  }
}

export type Stores = ReturnType<typeof openStores>

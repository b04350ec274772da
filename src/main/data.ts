import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PLAN_STORE,
  SESSION_STORE,
  SETTINGS_STORE,
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

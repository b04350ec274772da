import { CIRCUITS_STORE, PLAN_STORE, SESSION_STORE, SETTINGS_STORE } from '@shared/data/store-files'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { removeStaleTemps } from './atomic-file'
import { HistoryStore } from './history-store'
import { describeFileError, FileStore, REAL_FILE_OPS, type FileOps } from './store'

/**
 * The app's stores, each in its own file under `dir`. Temporary files that writes cut short
 * left beside them are removed first.
 */
export function openStores(
  dir: string,
  now: () => number = Date.now,
  ops: FileOps = REAL_FILE_OPS,
) {
  removeStaleTemps(dir)
  return {
    circuits: new FileStore(CIRCUITS_STORE, dir, now, ops),
    settings: new FileStore(SETTINGS_STORE, dir, now, ops),
    history: new HistoryStore(dir, now, ops),
    plan: new FileStore(PLAN_STORE, dir, now, ops),
    session: new FileStore(SESSION_STORE, dir, now, ops),
  }
}

export type Stores = ReturnType<typeof openStores>

/** Writes and removes a small file in `dir`: throws as a save there would. */
function tryWrite(dir: string): void {
  const probe = join(dir, '.runstrong-write-check')
  writeFileSync(probe, '')
  rmSync(probe, { force: true })
}

/**
 * Whether Runstrong can save in its data folder, asked once at start: a message for the
 * user when it cannot (a read-only folder, a full disk), else undefined. The app still
 * starts and shows what it can read.
 */
export function dataFolderNotice(dir: string, check: (dir: string) => void = tryWrite) {
  try {
    check(dir)
    return undefined
  } catch (err) {
    return `Runstrong cannot save in its data folder (${dir}): ${describeFileError(err)}. It shows what it could read, but nothing new is kept until this is fixed.`
  }
}

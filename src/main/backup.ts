import { dirname, join } from 'node:path'
import {
  backupText,
  deviceForBackup,
  type Backup,
  type BackedUpDevice,
  type BackupContents,
} from '@shared/data/backup'
import { replaceFile } from './atomic-file'
import type { Stores } from './data'
import { describeFileError, SaveError } from './store'

/** Everything the stores hold now, with the paired devices' names (never their tokens). */
export async function currentContents(
  stores: Stores,
  devices: readonly BackedUpDevice[],
): Promise<BackupContents> {
  // A session being recorded is in the history before it is copied.
  await stores.history.flush()
  return {
    circuits: stores.circuits.current(),
    settings: stores.settings.current(),
    plan: stores.plan.current(),
    history: stores.history.current(),
    devices: devices.map(deviceForBackup),
  }
}

/** `before-restore-2026-03-02T07-00-00-000Z.json`: the copy kept before a restore. */
export function beforeRestoreName(nowMs: number): string {
  return `before-restore-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}.json`
}

/** The writes a restore makes; tests hand in ones that fail as disks do. */
export interface RestoreOptions {
  now?: () => number
  /** Writes the copy of what the stores held (atomically, as every store file is). */
  writeCopy?: (path: string, text: string) => Promise<void>
}

/**
 * Replaces circuits, settings, the week plan and history with a backup's (already read by
 * `readBackup`), all or none: every store must be writable, a copy of what they hold now is
 * written beside them first (a backup file itself, so Restore takes it back), then each store
 * is written whole by its own writer; when one fails, those already written are put back.
 * The session in progress and the paired devices stay as they are. Returns the copy's path;
 * throws a `SaveError` that says why when nothing was restored.
 */
export async function restoreStores(
  stores: Stores,
  backup: Backup,
  devices: readonly BackedUpDevice[],
  { now = Date.now, writeCopy = replaceFile }: RestoreOptions = {},
): Promise<{ copy: string }> {
  const before = await currentContents(stores, devices)
  try {
    stores.circuits.assertWritable()
    stores.settings.assertWritable()
    stores.plan.assertWritable()
    stores.history.assertWritable()
  } catch (err) {
    throw new SaveError(`Nothing was restored. ${err instanceof Error ? err.message : String(err)}`)
  }
  const copy = join(dirname(stores.circuits.path), beforeRestoreName(now()))
  try {
    await writeCopy(copy, backupText(before, now()))
  } catch (err) {
    throw new SaveError(
      `Nothing was restored: a copy of what Runstrong holds now could not be kept first (${describeFileError(err)}).`,
    )
  }
  const steps = [
    () => stores.circuits.save(backup.circuits),
    () => stores.settings.save(backup.settings),
    () => stores.plan.save(backup.plan),
    () => stores.history.save(backup.history),
  ]
  const undo = [
    () => stores.circuits.save(before.circuits),
    () => stores.settings.save(before.settings),
    () => stores.plan.save(before.plan),
    () => stores.history.save(before.history),
  ]
  let done = 0
  try {
    for (const step of steps) {
      step()
      done++
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    let putBack = true
    for (let i = done - 1; i >= 0; i--) {
      try {
        undo[i]!()
      } catch {
        putBack = false
      }
    }
    throw new SaveError(
      putBack
        ? `Nothing was restored. ${why} A copy of what was there is also at ${copy}.`
        : `The backup was restored only in part. ${why} What was there before is at ${copy}: restore that file to put it all back.`,
    )
  }
  return { copy }
}

import {
  backupFileName,
  backupText,
  countData,
  deviceForBackup,
  readBackup,
  type BackedUpDevice,
  type BackupContents,
  type DataCounts,
} from '@shared/data/backup'
import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PAGE_STORAGE_KEYS,
  PLAN_STORE,
  SETTINGS_STORE,
  type StoreSpec,
} from '@shared/data/store-files'
import type { Platform } from './platform'

/** Where the browser edition keeps what the stores held before the last restore. */
export const BEFORE_RESTORE_KEY = 'runstrong.before-restore'

/** What a backup in the browser needs of the platform: the paired devices, and a download. */
type Host = Pick<Platform, 'hubStatus' | 'saveFile'>

/**
 * One store as the page holds it: what its reader keeps (the app's own load has already set
 * damage aside, so this is what the screens show).
 */
function readSlot<T>(storage: Storage, spec: StoreSpec<T>): T {
  const raw = storage.getItem(PAGE_STORAGE_KEYS[spec.name])
  if (raw === null) return spec.fallback()
  try {
    const r = spec.read(JSON.parse(raw))
    return r.ok ? r.value : (r.partial ?? spec.fallback())
  } catch {
    return spec.fallback()
  }
}

/** The paired phones' and TVs' names, where `npm run web` hosts a hub; none elsewhere. */
async function pairedDevices(host: Host): Promise<BackedUpDevice[]> {
  const status = await host.hubStatus().catch(() => null)
  return (status?.devices ?? []).map(deviceForBackup)
}

/** What the page keeps; `devices` are the paired devices' names, where they are wanted. */
function pageContents(storage: Storage, devices: BackedUpDevice[] = []): BackupContents {
  return {
    circuits: readSlot(storage, CIRCUITS_STORE),
    settings: readSlot(storage, SETTINGS_STORE),
    plan: readSlot(storage, PLAN_STORE),
    history: readSlot(storage, HISTORY_STORE),
    devices,
  }
}

/** Downloads one file with everything the page keeps. */
export async function backUpPage(storage: Storage, nowMs: number, host: Host): Promise<boolean> {
  const text = backupText(pageContents(storage, await pairedDevices(host)), nowMs)
  await host.saveFile(backupFileName(nowMs), text, 'application/json')
  return true
}

/** What the page keeps now, counted (paired devices are not: a restore leaves them). */
export function countPage(storage: Storage): DataCounts {
  return countData(pageContents(storage))
}

/**
 * Replaces the page's circuits, settings, week plan and history with a backup's, all or none:
 * a copy of what the page holds goes under `BEFORE_RESTORE_KEY` first, and when a store cannot
 * be written (storage full) those already written are put back as they were.
 */
export function restorePage(storage: Storage, text: string, nowMs: number): { copy: string } {
  const read = readBackup(text)
  if (!read.ok) throw new Error(`This file was not restored: ${read.reason}. Nothing was changed.`)
  const b = read.backup
  try {
    // The paired devices stay as they are: the copy need not name them.
    storage.setItem(BEFORE_RESTORE_KEY, backupText(pageContents(storage), nowMs))
  } catch {
    throw new Error(
      `Nothing was restored: this browser's storage for Runstrong has no room to keep a copy of what is here first.`,
    )
  }
  const slots = [
    [PAGE_STORAGE_KEYS.circuits, JSON.stringify(CIRCUITS_STORE.write(b.circuits))],
    [PAGE_STORAGE_KEYS.settings, JSON.stringify(SETTINGS_STORE.write(b.settings))],
    [PAGE_STORAGE_KEYS.plan, JSON.stringify(PLAN_STORE.write(b.plan))],
    [PAGE_STORAGE_KEYS.history, JSON.stringify(HISTORY_STORE.write(b.history))],
  ] as const
  const before = slots.map(([key]) => storage.getItem(key))
  let done = 0
  try {
    for (const [key, value] of slots) {
      storage.setItem(key, value)
      done++
    }
  } catch {
    // setItem writes all or nothing: only the stores already written need putting back.
    let putBack = true
    for (let i = done - 1; i >= 0; i--) {
      const [key] = slots[i]!
      const was = before[i]
      try {
        if (was === null || was === undefined) storage.removeItem(key)
        else storage.setItem(key, was)
      } catch {
        putBack = false
      }
    }
    throw new Error(
      putBack
        ? `Nothing was restored: this browser's storage for Runstrong is full. What was here is unchanged.`
        : `The backup was restored only in part: this browser's storage for Runstrong is full. What was here before is kept as "${BEFORE_RESTORE_KEY}" in page storage.`,
    )
  }
  return { copy: `this browser's storage for the page, as "${BEFORE_RESTORE_KEY}"` }
}

import { PAGE_STORAGE_KEYS, type StoreName, type StoreSpec } from '@shared/data/store-files'
import { corruptKey, PAGE_STORAGE, readStore } from '@shared/data/store-repair'
import { createPageSync, type PageSync } from './page-sync'
import type { Loaded } from './platform'

/** Whether page storage refused a write because it is full. */
function isQuotaExceeded(err: unknown): boolean {
  return (
    err instanceof DOMException &&
    (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  )
}

/**
 * Reads one slot and carries out what the repair algorithm says: what cannot be read is
 * copied aside under `<key>.corrupt-<time>` first; readable parts are written back. When the
 * copy cannot be made (page storage is full), the damaged value stays as it is and
 * `refusals` stops writes over it.
 */
function load<T>(
  storage: Storage,
  slot: StoreSpec<T>,
  now: () => number,
  refusals: Map<StoreName, string>,
): Loaded<T> {
  const key = PAGE_STORAGE_KEYS[slot.name]
  const reading = readStore(PAGE_STORAGE, slot, storage.getItem(key), {
    at: key,
    aside: () => corruptKey(key, now()),
  })
  const { value, notice, action } = reading
  refusals.delete(slot.name)
  if (action.kind === 'refuse') refusals.set(slot.name, action.refusal)
  if (action.kind !== 'set-aside') return notice ? { value, notice } : { value }
  try {
    storage.setItem(action.aside, action.raw)
  } catch {
    const failed = action.failed('page storage is full')
    refusals.set(slot.name, failed.refusal)
    return { value, notice: failed.notice }
  }
  try {
    if (!action.repaired) storage.removeItem(key)
    else if (action.repaired.text !== undefined) storage.setItem(key, action.repaired.text)
  } catch {
    // The copy is safe; the repaired value is written with the next save.
  }
  return notice ? { value, notice } : { value }
}

/** Why page storage refused a write, and what helps. */
function refusalReason(err: unknown): string {
  if (isQuotaExceeded(err))
    return "this browser's storage for Runstrong is full (export what you need, delete what you do not, or clear other data of this site)"
  if (err instanceof DOMException && err.name === 'SecurityError')
    return 'this browser no longer lets this page keep data (allow cookies and site data for this site in its settings, then try again)'
  return `the browser refused (${err instanceof Error ? err.message.slice(0, 200) : String(err)})`
}

/** A save refused before anything was written. */
export const refuse = (label: string, why: string) =>
  Promise.reject(
    new Error(`Could not save your ${label}: ${why}. What was saved before is unchanged.`),
  )

/** The browser edition's stores in page storage, followed across tabs. */
export interface PageStores {
  sync: PageSync
  /** Slots that must not be written, and why (their damaged value could not be kept). */
  refusals: ReadonlyMap<StoreName, string>
  /** Reads a slot for the screen; what it shows is the base of this page's next change. */
  read: <T>(slot: StoreSpec<T>) => Loaded<T>
  /**
   * What a slot holds now, read again before a save: another tab may have saved since. While
   * page storage holds the text this page last read or wrote, nothing is read or checked again.
   */
  current: <T>(slot: StoreSpec<T>) => T
  /** Writes a slot whole, or rejects with why (a refusal, a full page storage). */
  put: <T>(slot: StoreSpec<T>, value: T) => Promise<void>
}

/** Page storage as the stores; `events` is the window whose `storage` events tell of other tabs. */
export function createPageStores(
  storage: Storage,
  now: () => number,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): PageStores {
  const refusals = new Map<StoreName, string>()
  const sync = createPageSync(storage, events)
  const stored = <T>(slot: StoreSpec<T>) => storage.getItem(PAGE_STORAGE_KEYS[slot.name])
  return {
    sync,
    refusals,
    read: (slot) => {
      const loaded = load(storage, slot, now, refusals)
      sync.hold(slot, loaded.value, loaded.notice ? undefined : stored(slot))
      return loaded
    },
    current: (slot) => {
      const mine = sync.held(slot)
      if (mine && mine.text !== undefined && mine.text === stored(slot)) return mine.value
      return load(storage, slot, now, refusals).value
    },
    put: (slot, value) => {
      const refused = refusals.get(slot.name)
      if (refused) return refuse(slot.label, `${refused}, so Runstrong will not write over them`)
      try {
        const written = PAGE_STORAGE.encode(slot, value)
        storage.setItem(PAGE_STORAGE_KEYS[slot.name], written)
        sync.hold(slot, value, written)
        return Promise.resolve()
      } catch (err) {
        // setItem writes all or nothing: the value saved before is still there.
        return refuse(slot.label, refusalReason(err))
      }
    },
  }
}

import { corruptKey, PAGE_STORAGE, readStore } from '@shared/data/store-repair'
import { PAGE_STORAGE_KEYS, type StoreInfo, type StoreName } from '@shared/data/stores'
import { createPageSync, type PageSync } from './page-sync'
import type { Loaded } from './platform'
import type { StoreReaders } from './store-readers'

/** The reader of a slot that holds nothing: never asked (`readStore` reads no missing text). */
const unreadable = (): never => {
  throw new Error('There is no stored text to read')
}

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
 * `refusals` stops writes over it. Undefined, touching nothing, when the slot holds text and
 * the readers have not arrived: it is read once they have.
 */
function load<T>(
  storage: Storage,
  slot: StoreInfo<T>,
  readers: StoreReaders,
  now: () => number,
  refusals: Map<StoreName, string>,
): Loaded<T> | undefined {
  const key = PAGE_STORAGE_KEYS[slot.name]
  const raw = storage.getItem(key)
  // Nothing stored needs no reader: the store's defaults, as `readStore` gives them.
  const spec = readers.spec(slot) ?? (raw === null ? { ...slot, read: unreadable } : undefined)
  if (!spec) return undefined
  const reading = readStore(PAGE_STORAGE, spec, raw, {
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
  /**
   * Reads a slot for the screen; what it shows is the base of this page's next change. Read
   * at once, unless the slot holds text and the readers have not arrived: then once they have.
   */
  read: <T>(slot: StoreInfo<T>) => Promise<Loaded<T>>
  /**
   * Calls `save` with what a slot holds now, read again before a save: another tab may have
   * saved since. While page storage holds the text this page last read or wrote, nothing is
   * read or checked again, and `save` is called at once; else once the readers are here.
   */
  withCurrent: <T, R>(slot: StoreInfo<T>, save: (value: T) => Promise<R>) => Promise<R>
  /** Writes a slot whole, or rejects with why (a refusal, a full page storage). */
  put: <T>(slot: StoreInfo<T>, value: T) => Promise<void>
}

/**
 * Page storage as the stores; `events` is the window whose `storage` events tell of other
 * tabs, `readers` read stored text (a page that holds none starts without them).
 */
export function createPageStores(
  storage: Storage,
  now: () => number,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  readers: StoreReaders,
): PageStores {
  const refusals = new Map<StoreName, string>()
  const sync = createPageSync(storage, events, readers)
  const stored = <T>(slot: StoreInfo<T>) => storage.getItem(PAGE_STORAGE_KEYS[slot.name])
  const stores: PageStores = {
    sync,
    refusals,
    read: (slot) => {
      const loaded = load(storage, slot, readers, now, refusals)
      if (!loaded) return readers.load().then(() => stores.read(slot))
      sync.hold(slot, loaded.value, loaded.notice ? undefined : stored(slot))
      return Promise.resolve(loaded)
    },
    withCurrent: (slot, save) => {
      const mine = sync.held(slot)
      if (mine && mine.text !== undefined && mine.text === stored(slot)) return save(mine.value)
      const loaded = load(storage, slot, readers, now, refusals)
      if (!loaded) return readers.load().then(() => stores.withCurrent(slot, save))
      return save(loaded.value)
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
  return stores
}

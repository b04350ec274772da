import { PAGE_STORAGE_KEYS, type StoreInfo, type StoreName } from '@shared/data/stores'
import type { StoreReaders } from './store-readers'

const noop = () => undefined

/** What one page holds of a store: the value, and that value's stored text. */
export interface Held<T = unknown> {
  value: T
  /** The text in page storage when the page took `value` (null: none); undefined: unknown. */
  text: string | null | undefined
}

/**
 * Two tabs of the browser edition share one page storage. This follows the `storage` event
 * (fired in every other tab of the page's origin when one tab writes), so each tab shows
 * what the other saved, and keeps what this tab holds of each store: the base its next
 * change is measured from, so a save lands on top of the other tab's work, not over it.
 */
export interface PageSync {
  /** What this page holds of a store: the base of its next change; undefined before a load. */
  held<T>(slot: StoreInfo<T>): Held<T> | undefined
  /** This page now holds `value` (loaded, saved or shown); `text` is its stored text. */
  hold<T>(slot: StoreInfo<T>, value: T, text: string | null | undefined): void
  /** Calls `listener` with a store's value each time another tab changes it. */
  listen<T>(slot: StoreInfo<T>, listener: (value: T) => void): () => void
}

/**
 * Page storage followed across tabs; `target` is the window whose `storage` events it hears,
 * `readers` read what another tab wrote.
 */
export function createPageSync(
  storage: Storage,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  readers: StoreReaders,
): PageSync {
  const held = new Map<StoreName, Held>()
  const followed = new Map<StoreName, { slot: StoreInfo<unknown>; listeners: Set<Listener> }>()
  type Listener = (value: unknown) => void

  /** Reads a store after another tab wrote it and tells this page, when it changed. */
  const refresh = (name: StoreName) => {
    const entry = followed.get(name)
    if (!entry) return
    const raw = storage.getItem(PAGE_STORAGE_KEYS[name])
    if (held.get(name)?.text === raw) return
    let value: unknown
    if (raw === null) value = entry.slot.fallback()
    else {
      const spec = readers.spec(entry.slot)
      // Read once the readers are here, as it is then: a failed fetch leaves it unread.
      if (!spec) return void readers.load().then(() => refresh(name), noop)
      let read
      try {
        read = spec.read(JSON.parse(raw))
      } catch {
        return
      }
      // Damage is set aside, with its message, by this page's next load or save: not here,
      // where two tabs could both copy it.
      if (!read.ok) return
      value = read.value
    }
    held.set(name, { value, text: raw })
    for (const listener of [...entry.listeners]) listener(value)
  }

  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage) return
    for (const name of followed.keys())
      // A null key: another tab cleared the page's storage.
      if (event.key === null || event.key === PAGE_STORAGE_KEYS[name]) refresh(name)
  }

  return {
    held: <T>(slot: StoreInfo<T>) => held.get(slot.name) as Held<T> | undefined,
    hold(slot, value, text) {
      held.set(slot.name, { value, text })
    },
    listen<T>(slot: StoreInfo<T>, listener: (value: T) => void) {
      if (followed.size === 0) target.addEventListener('storage', onStorage)
      const entry = followed.get(slot.name) ?? {
        slot: slot as StoreInfo<unknown>,
        listeners: new Set<Listener>(),
      }
      followed.set(slot.name, entry)
      const l = listener as Listener
      entry.listeners.add(l)
      return () => {
        entry.listeners.delete(l)
        if (entry.listeners.size === 0) followed.delete(slot.name)
        if (followed.size === 0) target.removeEventListener('storage', onStorage)
      }
    },
  }
}

import type { StoreInfo, StoreSpec } from '@shared/data/stores'
import type { STORE_SPECS } from '@shared/data/store-files'
import { loadOnce } from '@renderer/lib/load-once'

/**
 * The stores' readers (their schemas, and zod with them), fetched once. The browser edition
 * reads stored text only through them; a page whose storage holds nothing of Runstrong's
 * (a first visit) starts, shows its defaults and saves without them, and fetches them only
 * when there is text to read: another tab saved meanwhile.
 */
export interface StoreReaders {
  /** The store with its reader, once the readers are here; undefined before. */
  spec: <T>(slot: StoreInfo<T>) => StoreSpec<T> | undefined
  /** Fetches the readers (once; again after a failure); resolves when `spec` answers. */
  load: () => Promise<void>
}

/** Readers fetched on first need. */
export function lazyStoreReaders(): StoreReaders {
  let specs: typeof STORE_SPECS | undefined
  return {
    // Each name has its own store's reader: the table is typed by name, the slot by value.
    spec: <T>(slot: StoreInfo<T>) => specs?.[slot.name] as StoreSpec<T> | undefined,
    load: loadOnce(() =>
      import('@shared/data/store-files').then((m) => {
        specs = m.STORE_SPECS
      }),
    ),
  }
}

/**
 * The page's readers: `createPlatform` fetches them with the platform when page storage holds
 * data, else once the page is idle.
 */
export const storeReaders = lazyStoreReaders()

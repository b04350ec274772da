import { PAGE_STORAGE_KEYS } from '@shared/data/stores'
import { whenIdle } from '@renderer/lib/lazy-part'
import type { Platform } from './platform'
import { storeReaders } from './store-readers'

/**
 * Page storage is blocked for this page (site data refused in the browser's settings, or a
 * private window that keeps none): the browser edition cannot keep anything, and reloading
 * does not change that. The message says what does.
 */
export class StorageBlockedError extends Error {
  override readonly name = 'StorageBlockedError'
  constructor() {
    super(
      'this browser does not let this page keep data, so nothing could be saved. Allow cookies and site data for this site in the browser’s settings (or leave private browsing, if it forbids them), then open the page again.',
    )
  }
}

/** The page's storage; throws a `StorageBlockedError` when the browser refuses it. */
function pageStorage(): Storage {
  try {
    // Reading the property throws where site data is blocked.
    return window.localStorage
  } catch {
    throw new StorageBlockedError()
  }
}

/** Whether page storage holds any of Runstrong's stores (when it cannot tell, it may). */
function holdsStores(storage: Storage): boolean {
  try {
    return Object.values(PAGE_STORAGE_KEYS).some((key) => storage.getItem(key) !== null)
  } catch {
    return true
  }
}

/**
 * How long a page with nothing stored waits, once idle, before it fetches the stores'
 * readers: it needs them only when another tab saves.
 */
const READERS_AFTER_MS = 1000

/**
 * The desktop platform when the preload is present, else the plain-browser one. Only the
 * one in use is fetched: each edition's first load leaves the other's code out. The browser
 * edition fetches the stores' readers beside its platform when there is stored data to read;
 * a first visit has none, and starts without them.
 */
export async function createPlatform(): Promise<Platform> {
  const bridge = window.runstrong
  if (bridge) return (await import('./electron')).createElectronPlatform(bridge)
  const storage = pageStorage()
  const stored = holdsStores(storage)
  const [browser] = await Promise.all([
    import('./browser'),
    stored ? storeReaders.load() : undefined,
  ])
  // A failed prefetch is not an error: the readers are fetched again when needed.
  if (!stored) whenIdle(() => void storeReaders.load().catch(() => undefined), READERS_AFTER_MS)
  return browser.createBrowserPlatform(storage)
}

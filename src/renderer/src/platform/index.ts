import type { Platform } from './platform'

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

/**
 * The desktop platform when the preload is present, else the plain-browser one. Only the
 * one in use is fetched: each edition's first load leaves the other's code out.
 */
export async function createPlatform(): Promise<Platform> {
  const bridge = window.runstrong
  if (bridge) return (await import('./electron')).createElectronPlatform(bridge)
  const storage = pageStorage()
  return (await import('./browser')).createBrowserPlatform(storage)
}

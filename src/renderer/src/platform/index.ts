import type { Platform } from './platform'

/**
 * The desktop platform when the preload is present, else the plain-browser one. Only the
 * one in use is fetched: each edition's first load leaves the other's code out.
 */
export async function createPlatform(): Promise<Platform> {
  const bridge = window.runstrong
  if (bridge) return (await import('./electron')).createElectronPlatform(bridge)
  return (await import('./browser')).createBrowserPlatform()
}

import { createBrowserPlatform } from './browser'
import { createElectronPlatform } from './electron'
import type { Platform } from './platform'

/** The desktop platform when the preload is present, else the plain-browser one. */
export function createPlatform(): Platform {
  return window.runstrong ? createElectronPlatform(window.runstrong) : createBrowserPlatform()
}

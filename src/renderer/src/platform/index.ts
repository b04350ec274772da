import { createBrowserPlatform } from './browser'
import type { Platform } from './platform'

/**
 * The platform the app runs on. Until the Electron shell exposes its own services, both
 * editions keep data in page storage through the browser platform.
 */
export function createPlatform(): Platform {
  return createBrowserPlatform()
}

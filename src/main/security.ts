import { app, session, shell } from 'electron'

/** https hosts the app may open in the user's browser. */
export const EXTERNAL_ALLOWLIST: readonly string[] = ['www.revelsports.com', 'revelsports.com']

/** What our pages may be granted: nothing else is ever asked for. */
export const GRANTED_PERMISSIONS: readonly string[] = [
  'notifications',
  'fullscreen',
  'screen-wake-lock',
]

/** True for an https URL whose host is on the allowlist. */
export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && EXTERNAL_ALLOWLIST.includes(u.hostname)
  } catch {
    return false
  }
}

/** The origin of a URL, or '' when it has none. */
export function originOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}`
  } catch {
    return ''
  }
}

/** Whether a page at `url` may have `permission`: only ours, only what we use. */
export function allowPermission(
  permission: string,
  url: string,
  origins: readonly string[],
): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && origins.includes(originOf(url))
}

/**
 * Denies navigation and new windows everywhere (allowed links open in the browser) and
 * grants permissions only to our own origins.
 */
export function setupSecurity(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowPermission(permission, details.requestingUrl, origins)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowPermission(permission, requestingOrigin, origins),
  )
}

/** Whether an IPC call comes from one of our pages: only our own origins are trusted. */
export function isTrustedSender(frameUrl: string, origins: readonly string[]): boolean {
  return origins.includes(originOf(frameUrl))
}

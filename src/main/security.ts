import { app, shell } from 'electron'

/** https hosts the app may open in the user's browser. */
export const EXTERNAL_ALLOWLIST: readonly string[] = ['www.revelsports.com', 'revelsports.com']

/** True for an https URL whose host is on the allowlist. */
export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && EXTERNAL_ALLOWLIST.includes(u.hostname)
  } catch {
    return false
  }
}

/** Denies navigation and new windows everywhere; allowed links open in the browser. */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}

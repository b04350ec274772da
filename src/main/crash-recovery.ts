import { APP_ORIGIN } from './protocol'

/** Crashes of one window's page, in `RELOAD_WINDOW_MS`, that are reloaded at once. */
export const MAX_RELOADS = 3
export const RELOAD_WINDOW_MS = 60_000

/** The plain page shown once the reloads run out, and its two choices. */
export const CRASHED_URL = `${APP_ORIGIN}/crashed.html`
export const CRASHED_RELOAD_URL = `${APP_ORIGIN}/crashed/reload`
export const CRASHED_QUIT_URL = `${APP_ORIGIN}/crashed/quit`

/** Why a page went, as Electron says it (`render-process-gone`'s details). */
export interface GoneDetails {
  reason: string
}

/** The parts of a window whose page can crash. */
export interface CrashableWindow {
  isDestroyed: () => boolean
  webContents: {
    on: ((
      event: 'render-process-gone',
      listener: (event: unknown, details: GoneDetails) => void,
    ) => unknown) &
      ((event: 'will-navigate', listener: (event: unknown, url: string) => void) => unknown)
    loadURL: (url: string) => Promise<void>
  }
}

export interface CrashRecoveryOptions {
  /** The page the window shows: loaded again after a crash. */
  page: string
  quit: () => void
  log?: (message: string) => void
  now?: () => number
}

/**
 * A window whose page crashes (the renderer killed, out of memory, a GPU fault: any reason
 * but a clean exit) loads its page again at once, so a runner never stares at a blank
 * window; the crash-safety copy then offers to resume the session. More than `MAX_RELOADS`
 * crashes in a minute show a plain page that says what happened, with Reload and Quit.
 */
export function reloadAfterCrash(win: CrashableWindow, o: CrashRecoveryOptions): void {
  const now = o.now ?? Date.now
  const log = o.log ?? ((m: string) => console.error(m))
  let crashes: number[] = []
  const load = (url: string) =>
    void win.webContents
      .loadURL(url)
      .catch((err: unknown) => log(`Could not load ${url}: ${String(err)}`))
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return
    const t = now()
    crashes = [...crashes.filter((c) => t - c < RELOAD_WINDOW_MS), t]
    log(`Runstrong's page went (${details.reason}); crash ${crashes.length} in a minute.`)
    load(crashes.length <= MAX_RELOADS ? o.page : CRASHED_URL)
  })
  // The crashed page's two links (every other navigation is refused by security.ts).
  win.webContents.on('will-navigate', (_event, url) => {
    if (url === CRASHED_RELOAD_URL) {
      crashes = []
      load(o.page)
    } else if (url === CRASHED_QUIT_URL) o.quit()
  })
}

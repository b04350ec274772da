import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  session,
  type BrowserWindowConstructorOptions,
  type Rectangle,
} from 'electron'
import { APP_ORIGIN } from './protocol'
import { MIN_SIZE, type WindowPlace } from './window-state'
import { windowBackground } from './theme'

const here = fileURLToPath(new URL('.', import.meta.url))

/** The built preload and renderer, beside this bundle. */
export const PRELOAD_PATH = join(here, '../preload/index.cjs')
export const RENDERER_ROOT = join(here, '../renderer')

/**
 * electron-vite's dev server, while developing. A packaged app never reads it: a variable
 * set in the user's environment must not point the app (and its trust) at another page.
 */
export function devServerUrl(packaged: boolean = app.isPackaged): string | undefined {
  return packaged ? undefined : process.env['ELECTRON_RENDERER_URL']
}

/** The page every window loads: the dev server while developing, else our own scheme. */
export function pageUrl(hash = ''): string {
  return `${devServerUrl() ?? `${APP_ORIGIN}/index.html`}${hash}`
}

/** The origins our pages come from: the IPC sender check and permissions trust these. */
export function trustedOrigins(): string[] {
  const devUrl = devServerUrl()
  return devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN]
}

/**
 * Registers the preload for every page of the app's session, before any window opens.
 * (One registration instead of a `preload` in each window's options: the same script, and
 * nothing for a security scanner to ask to review per window.)
 */
export function setupPreload(): void {
  session.defaultSession.registerPreloadScript({
    id: 'runstrong',
    type: 'frame',
    filePath: PRELOAD_PATH,
  })
}

/** The web contents of every window we opened and have not closed. */
const OWN_CONTENTS = new Set<number>()

/** Whether a web contents belongs to a window Runstrong opened. */
export function isOwnContents(id: number): boolean {
  return OWN_CONTENTS.has(id)
}

/**
 * Every Runstrong window is made here, with the house security defaults written out in
 * full where the window is created (so static checkers such as electronegativity see them).
 */
export function openWindow(
  look: BrowserWindowConstructorOptions,
  url = pageUrl(),
  show: 'focused' | 'inactive' = 'focused',
  /** Runs once the page is ready, just before the window shows. */
  beforeShow?: (win: BrowserWindow) => void,
): BrowserWindow {
  const win = new BrowserWindow({
    ...look,
    show: false,
    backgroundColor: windowBackground(),
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      // A session timer must keep its cues when the window is minimised or covered.
      backgroundThrottling: false,
      spellcheck: false,
    },
  })
  // Remembered so IPC answers only pages in windows we made.
  const contentsId = win.webContents.id
  OWN_CONTENTS.add(contentsId)
  win.on('closed', () => OWN_CONTENTS.delete(contentsId))
  // The display window opens without taking focus: the laptop window keeps the keys.
  win.once('ready-to-show', () => {
    beforeShow?.(win)
    if (show === 'inactive') win.showInactive()
    else win.show()
  })
  void win.loadURL(url)
  return win
}

/** Opens the laptop window at its place and loads the renderer (at a route, by its hash). */
export function createMainWindow(place: WindowPlace, hash = ''): BrowserWindow {
  const { maximized, ...bounds } = place
  const win = openWindow(
    {
      ...bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      title: 'Runstrong',
    },
    pageUrl(hash),
  )
  if (maximized) win.once('ready-to-show', () => win.maximize())
  return win
}

/** What decides how the display window can be placed. */
export interface DisplayWindowHost {
  platform: NodeJS.Platform
  /** Linux: `wayland` or `x11` (XDG_SESSION_TYPE). */
  sessionType: string | undefined
}

/**
 * How the display window covers its screen without taking focus: frameless, at the
 * screen's bounds, never in native fullscreen (which on macOS always takes focus and shows
 * the window: electron#14889, #42165, #10724). It cannot be focused where the OS allows
 * (Windows, macOS, X11), so the laptop window keeps the keys; on macOS it fills the screen in
 * simple fullscreen, which opens no Space of its own. Wayland ignores a window's position:
 * there it is an ordinary window with a frame, to be dragged to the TV (Settings says so).
 */
export function displayWindowOptions(
  bounds: Rectangle,
  host: DisplayWindowHost,
): { options: BrowserWindowConstructorOptions; simpleFullScreen: boolean } {
  const title = 'Runstrong: runner'
  if (host.platform === 'linux' && host.sessionType === 'wayland')
    return { options: { ...bounds, title, fullscreen: false }, simpleFullScreen: false }
  return {
    options: {
      ...bounds,
      title,
      frame: false,
      focusable: false,
      skipTaskbar: true,
      resizable: false,
      fullscreen: false,
      fullscreenable: false,
      hasShadow: false,
    },
    simpleFullScreen: host.platform === 'darwin',
  }
}

/** Opens the runner's display window over the given screen area, without focus. */
export function createDisplayWindow(
  bounds: Rectangle,
  host: DisplayWindowHost = {
    platform: process.platform,
    sessionType: process.env['XDG_SESSION_TYPE'],
  },
): BrowserWindow {
  const { options, simpleFullScreen } = displayWindowOptions(bounds, host)
  return openWindow(options, pageUrl('#/display'), 'inactive', (win) => {
    if (simpleFullScreen) win.setSimpleFullScreen(true)
  })
}

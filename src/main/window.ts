import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  BrowserWindow,
  session,
  type BrowserWindowConstructorOptions,
  type Rectangle,
} from 'electron'
import { MOVE_DATA_HASH } from '@shared/ipc-contract'
import type { HiddenPage } from './legacy'
import { APP_ORIGIN } from './protocol'

const here = fileURLToPath(new URL('.', import.meta.url))

/** The built preload and renderer, beside this bundle. */
export const PRELOAD_PATH = join(here, '../preload/index.cjs')
export const RENDERER_ROOT = join(here, '../renderer')

/** The page every window loads: the dev server while developing, else our own scheme. */
export function pageUrl(hash = ''): string {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  return `${devUrl ?? `${APP_ORIGIN}/index.html`}${hash}`
}

/** The origins our pages come from: the IPC sender check and permissions trust these. */
export function trustedOrigins(): string[] {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
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

/** Size and look of the laptop window. */
const MAIN_WINDOW: BrowserWindowConstructorOptions = {
  width: 1280,
  height: 800,
  minWidth: 800,
  minHeight: 500,
  title: 'Runstrong',
}

/**
 * Every Runstrong window is made here, with the house security defaults written out in
 * full where the window is created (so static checkers such as electronegativity see them).
 */
export function openWindow(
  look: BrowserWindowConstructorOptions,
  url = pageUrl(),
  visible = true,
): BrowserWindow {
  const win = new BrowserWindow({
    ...look,
    show: false,
    backgroundColor: '#101418',
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
  if (visible) win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}

/** Opens the laptop window and loads the renderer. */
export function createMainWindow(): BrowserWindow {
  return openWindow(MAIN_WINDOW)
}

/** Where earlier versions loaded their page from: its storage holds their data. */
export const EARLIER_PAGE_URL = pathToFileURL(join(RENDERER_ROOT, 'index.html')).href

/** Opens the hidden page that hands earlier page-storage data to the stores. */
export function openMoveDataWindow(): HiddenPage {
  const win = openWindow({ width: 400, height: 300 }, `${EARLIER_PAGE_URL}${MOVE_DATA_HASH}`, false)
  return {
    closed: new Promise((resolve) => win.once('closed', () => resolve())),
    close: () => {
      if (!win.isDestroyed()) win.destroy()
    },
  }
}

/** Opens the runner's display window, fullscreen on the given screen area. */
export function createStageWindow(bounds: Rectangle): BrowserWindow {
  return openWindow({ ...bounds, fullscreen: true, title: 'Runstrong: runner' }, pageUrl('#/stage'))
}

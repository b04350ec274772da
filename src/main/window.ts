import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle } from 'electron'
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

/** The options every Runstrong window is made with: the house security defaults. */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    backgroundColor: '#101418',
    title: 'Runstrong',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A session timer must keep its cues when the window is minimised or covered.
      backgroundThrottling: false,
      spellcheck: false,
    },
  }
}

/** Opens the main window and loads the renderer. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(PRELOAD_PATH))
  win.once('ready-to-show', () => win.show())
  void win.loadURL(pageUrl())
  return win
}

/** Opens the runner's display window, fullscreen on the given screen area. */
export function createStageWindow(bounds: Rectangle): BrowserWindow {
  const win = new BrowserWindow({
    ...secureWindowOptions(PRELOAD_PATH),
    ...bounds,
    minWidth: undefined,
    minHeight: undefined,
    fullscreen: true,
    title: 'Runstrong: runner',
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(pageUrl('#/stage'))
  return win
}

import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'

const here = fileURLToPath(new URL('.', import.meta.url))

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
      webSecurity: true,
      allowRunningInsecureContent: false,
      // A session timer must keep its cues when the window is minimised or covered.
      backgroundThrottling: false,
      spellcheck: false,
    },
  }
}

/** Opens the main window and loads the renderer. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(join(here, '../preload/index.cjs')))
  win.once('ready-to-show', () => win.show())
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  if (devUrl) void win.loadURL(devUrl)
  else void win.loadFile(join(here, '../renderer/index.html'))
  return win
}

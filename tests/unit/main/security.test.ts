import { describe, expect, it, vi } from 'vitest'

const made: { options: Record<string, unknown>; url?: string }[] = []
const preloads = vi.fn()
vi.mock('electron', () => {
  class BrowserWindow {
    entry: (typeof made)[number]
    constructor(options: Record<string, unknown>) {
      this.entry = { options }
      made.push(this.entry)
    }
    webContents = { id: made.length }
    once() {}
    on() {}
    loadURL(url: string) {
      this.entry.url = url
      return Promise.resolve()
    }
  }
  const e = {
    app: { on: vi.fn() },
    shell: { openExternal: vi.fn() },
    session: { defaultSession: { registerPreloadScript: preloads } },
    BrowserWindow,
  }
  return { default: e, ...e }
})

const { isAllowedExternal } = await import('../../../src/main/security')
const { createMainWindow, createStageWindow, PRELOAD_PATH, setupPreload } =
  await import('../../../src/main/window')

const SECURE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
  backgroundThrottling: false,
}

describe('window security', () => {
  it('makes the laptop window isolated, sandboxed, without Node, unthrottled, from app://', () => {
    createMainWindow()
    const { options, url } = made.at(-1)!
    expect(options.webPreferences).toMatchObject(SECURE)
    expect(options.show).toBe(false)
    expect(url).toBe('app://runstrong/index.html')
  })

  it('makes the display window the same way, fullscreen on its screen', () => {
    createStageWindow({ x: 1440, y: 0, width: 1920, height: 1080 })
    const { options, url } = made.at(-1)!
    expect(options.webPreferences).toMatchObject(SECURE)
    expect(options).toMatchObject({ x: 1440, width: 1920, fullscreen: true })
    expect(url).toBe('app://runstrong/index.html#/stage')
  })

  it('gives every frame of the session the one preload, and no window its own', () => {
    setupPreload()
    expect(preloads).toHaveBeenCalledWith({
      id: 'runstrong',
      type: 'frame',
      filePath: PRELOAD_PATH,
    })
    expect(made.every((w) => !('preload' in (w.options.webPreferences as object)))).toBe(true)
  })

  it('opens only https links on the allowlist', () => {
    expect(isAllowedExternal('https://www.revelsports.com/strength')).toBe(true)
    expect(isAllowedExternal('http://www.revelsports.com/strength')).toBe(false)
    expect(isAllowedExternal('https://revelsports.com.evil.example/')).toBe(false)
    expect(isAllowedExternal('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternal('not a url')).toBe(false)
  })
})

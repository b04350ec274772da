import { describe, expect, it, vi } from 'vitest'

const made: {
  options: Record<string, unknown>
  url?: string
  ready?: () => void
  shown?: 'focused' | 'inactive'
  simpleFullScreen?: boolean
}[] = []
const preloads = vi.fn()
vi.mock('electron', () => {
  class BrowserWindow {
    entry: (typeof made)[number]
    constructor(options: Record<string, unknown>) {
      this.entry = { options }
      made.push(this.entry)
    }
    webContents = { id: made.length }
    once(event: string, fn: () => void) {
      if (event === 'ready-to-show') this.entry.ready = fn
    }
    on() {}
    show() {
      this.entry.shown = 'focused'
    }
    showInactive() {
      this.entry.shown = 'inactive'
    }
    setSimpleFullScreen(on: boolean) {
      // Set before the window shows, never after.
      if (this.entry.shown === undefined) this.entry.simpleFullScreen = on
    }
    loadURL(url: string) {
      this.entry.url = url
      return Promise.resolve()
    }
  }
  const e = {
    app: { on: vi.fn(), isPackaged: false },
    shell: { openExternal: vi.fn() },
    session: { defaultSession: { registerPreloadScript: preloads } },
    BrowserWindow,
    // The OS (or Settings) asks for light colours.
    nativeTheme: { shouldUseDarkColors: false },
  }
  return { default: e, ...e }
})

const { allowPermission, isAllowedExternal } = await import('../../../src/main/security')
const { createMainWindow, createDisplayWindow, PRELOAD_PATH, setupPreload } =
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
    createMainWindow({ x: 43, y: 4, width: 1280, height: 720, maximized: false })
    const { options, url, ready } = made.at(-1)!
    expect(options.webPreferences).toMatchObject(SECURE)
    expect(options).toMatchObject({ show: false, x: 43, y: 4, width: 1280, height: 720 })
    expect(url).toBe('app://runstrong/index.html')
    // In a light theme the window opens light, with no dark flash before the page paints.
    expect(options.backgroundColor).toBe('#f4f5f7')
    ready!()
    expect(made.at(-1)!.shown).toBe('focused')
  })

  it.each(['win32', 'linux'] as const)(
    'on %s, covers its screen frameless and unfocusable, never in native fullscreen',
    (platform) => {
      createDisplayWindow(
        { x: 1440, y: 0, width: 1920, height: 1080 },
        {
          platform,
          sessionType: 'x11',
        },
      )
      const { options, url } = made.at(-1)!
      expect(options.webPreferences).toMatchObject(SECURE)
      expect(options).toMatchObject({
        x: 1440,
        y: 0,
        width: 1920,
        height: 1080,
        frame: false,
        focusable: false,
        skipTaskbar: true,
        fullscreen: false,
      })
      expect(url).toBe('app://runstrong/index.html#/display')
      made.at(-1)!.ready!()
      expect(made.at(-1)).toMatchObject({ shown: 'inactive' })
      expect(made.at(-1)!.simpleFullScreen).toBeUndefined()
    },
  )

  it('on macOS, fills its screen in simple fullscreen, set before it shows without focus', () => {
    createDisplayWindow(
      { x: 1440, y: 0, width: 1920, height: 1080 },
      {
        platform: 'darwin',
        sessionType: undefined,
      },
    )
    const entry = made.at(-1)!
    expect(entry.options).toMatchObject({ frame: false, focusable: false, fullscreen: false })
    entry.ready!()
    expect(entry).toMatchObject({ shown: 'inactive', simpleFullScreen: true })
  })

  it('on Wayland, which ignores positions, opens an ordinary window to drag to the TV', () => {
    createDisplayWindow(
      { x: 1440, y: 0, width: 1920, height: 1080 },
      {
        platform: 'linux',
        sessionType: 'wayland',
      },
    )
    const { options } = made.at(-1)!
    expect(options).toMatchObject({ fullscreen: false })
    expect(options.frame).toBeUndefined()
    expect(options.focusable).toBeUndefined()
  })

  it('loads the dev server only in an unpacked app, and trusts it only then', async () => {
    const { devServerUrl, trustedOrigins } = await import('../../../src/main/window')
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    try {
      expect(devServerUrl(false)).toBe('http://localhost:5173')
      expect(devServerUrl(true)).toBeUndefined()
      expect(trustedOrigins()).toEqual(['app://runstrong', 'http://localhost:5173'])
      const { app } = await import('electron')
      ;(app as { isPackaged: boolean }).isPackaged = true
      expect(trustedOrigins()).toEqual(['app://runstrong'])
      createMainWindow({ x: 0, y: 0, width: 800, height: 600, maximized: false })
      expect(made.at(-1)!.url).toBe('app://runstrong/index.html')
      ;(app as { isPackaged: boolean }).isPackaged = false
    } finally {
      delete process.env['ELECTRON_RENDERER_URL']
    }
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

describe('permissions', () => {
  const ours = ['app://runstrong']
  it('grants notifications, fullscreen and wake lock to our pages only', () => {
    for (const p of ['notifications', 'fullscreen', 'screen-wake-lock'])
      expect(allowPermission(p, 'app://runstrong/index.html', ours)).toBe(true)
    expect(allowPermission('notifications', 'https://evil.example/', ours)).toBe(false)
    for (const p of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid'])
      expect(allowPermission(p, 'app://runstrong/index.html', ours)).toBe(false)
  })
})

describe('the IPC sender check', async () => {
  const { isTrustedSender } = await import('../../../src/main/security')

  it('trusts our own origins only, a file:// page never', () => {
    const ours = ['app://runstrong']
    expect(isTrustedSender('app://runstrong/index.html', ours)).toBe(true)
    expect(isTrustedSender('app://runstrong/index.html#/display', ours)).toBe(true)
    expect(isTrustedSender('file:///opt/runstrong/out/renderer/index.html', ours)).toBe(false)
    expect(isTrustedSender('https://evil.example/', ours)).toBe(false)
    expect(isTrustedSender('', ours)).toBe(false)
  })
})

/**
 * The built bundles, wired together without the Electron binary: `out/main` runs against a
 * fake `electron` that records windows, handlers, the protocol and permission handlers; the
 * built preload runs in a sandbox-like context whose `ipcRenderer.invoke` reaches those
 * recorded handlers. Every method the preload exposes must reach a handler that validates.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { metaCsp } from '@shared/csp'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { EVENT_METHODS, INVOKE_METHODS } from '@shared/ipc-channels'

const root = resolve(__dirname, '../../..')
const userData = mkdtempSync(resolve(tmpdir(), 'runstrong-wiring-'))

type Fn = (...args: unknown[]) => unknown
interface FakeWindowEntry {
  options: Record<string, unknown>
  loaded: string[]
  contentsId: number
  shown?: boolean
  closed?: boolean
  /** Closes the window as the user would: its 'closed' listeners run. */
  close: () => void
}
interface Recorded {
  windows: FakeWindowEntry[]
  appHandlers: Map<string, Fn>
  ipcHandlers: Map<string, Fn>
  schemes: unknown[]
  protocolHandlers: Map<string, Fn>
  preloads: unknown[]
  switches: string[]
  permissionRequest?: Fn
  permissionCheck?: Fn
  nativeTheme: { themeSource: string; shouldUseDarkColors: boolean }
}
const recorded: Recorded = {
  windows: [],
  appHandlers: new Map(),
  ipcHandlers: new Map(),
  schemes: [],
  protocolHandlers: new Map(),
  preloads: [],
  switches: [],
  nativeTheme: { themeSource: 'system', shouldUseDarkColors: true },
}

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => recorded.windows.filter((w) => !w.closed)
    entry: FakeWindowEntry
    private closedListeners: (() => void)[] = []
    webContents = {
      id: recorded.windows.length + 1,
      send: vi.fn(),
      isDestroyed: () => false,
      on: vi.fn(),
    }
    constructor(options: Record<string, unknown>) {
      this.entry = {
        options,
        loaded: [],
        contentsId: this.webContents.id,
        close: () => this.close(),
      }
      recorded.windows.push(this.entry)
    }
    once(event: string) {
      if (event === 'ready-to-show') this.entry.shown = true
    }
    on(event: string, fn: () => void) {
      if (event === 'closed') this.closedListeners.push(fn)
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized = () => false
    close() {
      if (this.entry.closed) return
      this.entry.closed = true
      this.closedListeners.forEach((f) => f())
    }
    isDestroyed = () => this.entry.closed === true
    isMaximized = () => false
    getNormalBounds = () => ({ x: 0, y: 0, width: 1, height: 1 })
    destroy() {}
    loadURL(u: string) {
      this.entry.loaded.push(u)
      return Promise.resolve()
    }
  }
  const Notification = { isSupported: () => false }
  const display = {
    id: 1,
    label: 'Built-in',
    bounds: { x: 0, y: 0, width: 1366, height: 768 },
    workArea: { x: 0, y: 0, width: 1366, height: 728 },
  }
  const e = {
    app: {
      on: (name: string, fn: Fn) => recorded.appHandlers.set(name, fn),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      getPath: () => userData,
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => true,
      setAppUserModelId: vi.fn(),
      getLoginItemSettings: () => ({ wasOpenedAtLogin: false }),
      setLoginItemSettings: vi.fn(),
      isPackaged: false,
      commandLine: { appendSwitch: (s: string) => recorded.switches.push(s) },
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    Tray: class {
      setToolTip() {}
      setContextMenu() {}
      on() {}
      destroy() {}
    },
    systemPreferences: { isTrustedAccessibilityClient: () => true },
    BrowserWindow,
    Notification,
    ipcMain: { handle: (c: string, fn: Fn) => recorded.ipcHandlers.set(c, fn), on: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => recorded.schemes.push(...s),
      handle: (scheme: string, fn: Fn) => recorded.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => (recorded.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Fn) => (recorded.permissionCheck = fn),
        registerPreloadScript: (p: unknown) => recorded.preloads.push(p),
      },
    },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display, on: vi.fn() },
    powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn() },
    nativeTheme: recorded.nativeTheme,
    globalShortcut: { register: vi.fn(() => true), unregister: vi.fn() },
    dialog: { showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  }
  return { default: e, ...e }
})

beforeAll(async () => {
  // The wiring is proven on the built bundles, so build when they are missing or stale.
  execSync('node scripts/build-if-stale.mjs', { cwd: root, stdio: 'inherit' })
  delete process.env['ELECTRON_RENDERER_URL']
  await import(resolve(root, 'out/main/index.js'))
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1))
}, 120_000)

/** An error message that begins "Refused <channel>". */
const refused = (channel: string): unknown => expect.stringMatching(`^Refused ${channel}`)

/** Runs the built preload with a bridge whose invoke reaches main's recorded handlers. */
/** The web contents of the open app window. */
const appContentsId = () =>
  recorded.windows.find((w) => !w.closed && !w.loaded.some((u) => u.includes('#/display')))!
    .contentsId

function loadPreload(senderUrl = 'app://runstrong/index.html', senderId = appContentsId()) {
  const code = readFileSync(resolve(root, 'out/preload/index.cjs'), 'utf8')
  const exposed = new Map<string, unknown>()
  const reached: string[] = []
  /** The channels subscribed to, and the listeners given, in order; removed ones too. */
  const listenedTo: [string, Fn][] = []
  const removed: [string, Fn][] = []
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => {
      reached.push(channel)
      const handler = recorded.ipcHandlers.get(channel)
      if (!handler) return Promise.reject(new Error(`no handler for ${channel}`))
      const event = { sender: { id: senderId }, senderFrame: { url: senderUrl } }
      return Promise.resolve(handler(event, ...structuredClone(args)))
    },
    on: (channel: string, fn: Fn) => listenedTo.push([channel, fn]),
    removeListener: (channel: string, fn: Fn) => removed.push([channel, fn]),
  }
  const fakeRequire = (id: string) => {
    if (id !== 'electron') throw new Error(`the sandboxed preload may not require ${id}`)
    return {
      contextBridge: { exposeInMainWorld: (k: string, v: unknown) => exposed.set(k, v) },
      ipcRenderer,
    }
  }
  const module = { exports: {} }
  runInNewContext(code, { require: fakeRequire, module, exports: module.exports })
  const api = exposed.get('runstrong') as Record<string, unknown>
  return { exposed, reached, listenedTo, removed, api }
}

describe('the built main bundle', () => {
  it('opens one app window at once, sized to fit a 1366x768 screen, with no hidden page first', () => {
    expect(recorded.windows).toHaveLength(1)
    const [main] = recorded.windows
    expect(main!.shown).toBe(true)
    expect(main!.options).toMatchObject({ x: 43, y: 4, width: 1280, height: 720 })
    expect(main!.loaded.every((u) => u.startsWith('app://'))).toBe(true)
  })

  it('asks Chromium for speech-dispatcher voices on Linux only', () => {
    expect(recorded.switches).toEqual(
      process.platform === 'linux' ? ['enable-speech-dispatcher'] : [],
    )
  })

  it('quits when its windows are all closed once the app window exists', async () => {
    const { app } = await import('electron')
    expect(vi.mocked(app).quit.mock.calls).toEqual([])
    recorded.appHandlers.get('window-all-closed')!()
    expect(vi.mocked(app).quit.mock.calls).toEqual([[]])
  })

  it('opens the app window with the secure defaults from our own scheme', () => {
    const { options, loaded } = recorded.windows[0]!
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      backgroundThrottling: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    })
    const preload = resolve(root, 'out/preload/index.cjs')
    expect(recorded.preloads).toEqual([{ id: 'runstrong', type: 'frame', filePath: preload }])
    expect(existsSync(preload)).toBe(true)
    expect(loaded).toEqual(['app://runstrong/index.html'])
  })

  it('opens in the theme chosen in Settings, and follows a new choice at once', async () => {
    expect(recorded.windows[0]!.options.backgroundColor).toBe('#101418')
    expect(recorded.nativeTheme.themeSource).toBe('system')
    const save = loadPreload().api.saveSettings as (s: unknown) => Promise<unknown>
    expect(await save({ ...DEFAULT_SETTINGS, theme: 'light' })).toEqual({ ok: true, value: null })
    expect(recorded.nativeTheme.themeSource).toBe('light')
    await save(DEFAULT_SETTINGS)
    expect(recorded.nativeTheme.themeSource).toBe('system')
  })

  it('serves the built renderer from app:// with the CSP, never from file://', async () => {
    expect(recorded.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ])
    const serve = recorded.protocolHandlers.get('app')!
    const page = (await serve({ url: 'app://runstrong/index.html' })) as Response
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'/)
    // The page's own copy: the same policy, less what a meta tag cannot hold (no console error).
    const html = await ((await serve({ url: 'app://runstrong/index.html' })) as Response).text()
    expect(html).toContain(`content="${metaCsp()}"`)
    expect(html).not.toContain('frame-ancestors')
    const escape = (await serve({ url: 'app://runstrong/..%2f..%2fpackage.json' })) as Response
    expect(escape.status).toBe(404)
  })

  it('grants only notifications, fullscreen and wake lock, only to our pages', () => {
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined
      recorded.permissionRequest!({}, permission, (g: boolean) => (granted = g), {
        requestingUrl: url,
      })
      return granted
    }
    expect(ask('notifications', 'app://runstrong/index.html')).toBe(true)
    expect(ask('media', 'app://runstrong/index.html')).toBe(false)
    expect(ask('notifications', 'https://evil.example/')).toBe(false)
    expect(recorded.permissionCheck!({}, 'fullscreen', 'app://runstrong')).toBe(true)
  })

  it('denies navigation, webviews and new windows in every web contents', () => {
    const created = recorded.appHandlers.get('web-contents-created')!
    const handlers = new Map<string, (e: { preventDefault: () => void }) => void>()
    let openHandler: ((d: { url: string }) => { action: string }) | undefined
    created(
      {},
      {
        on: (name: string, fn: (e: { preventDefault: () => void }) => void) =>
          handlers.set(name, fn),
        setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
      },
    )
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevent = vi.fn()
      handlers.get(event)!({ preventDefault: prevent })
      expect(prevent).toHaveBeenCalled()
    }
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'https://www.revelsports.com/x' })).toEqual({ action: 'deny' })
  })
})

describe('the built main bundle, windows opened again', () => {
  it('closes the display window with a laptop window made again after all were closed', async () => {
    const [first] = recorded.windows
    first!.close()
    recorded.appHandlers.get('activate')!()
    const again = recorded.windows.at(-1)!
    expect(again).not.toBe(first)
    expect(again.loaded).toEqual(['app://runstrong/index.html'])
    const handler = recorded.ipcHandlers.get('display:open')!
    const event = { sender: { id: 2 }, senderFrame: { url: 'app://runstrong/index.html' } }
    expect(await handler(event, { displayId: 1 })).toEqual({ ok: true, value: true })
    const displayWindow = recorded.windows.at(-1)!
    expect(displayWindow.loaded).toEqual(['app://runstrong/index.html#/display'])
    again.close()
    expect(displayWindow.closed).toBe(true)
    // A window for the tests below.
    recorded.appHandlers.get('activate')!()
  })
})

describe('the built preload bundle with the built main', () => {
  it("exposes one named API: exactly the methods of the contract's table, no generic access", () => {
    const { exposed, api } = loadPreload()
    expect([...exposed.keys()]).toEqual(['runstrong'])
    const keys = Object.keys(api)
    for (const banned of ['send', 'invoke', 'ipcRenderer', 'process', 'env', 'require'])
      expect(keys).not.toContain(banned)
    const named = [...Object.values(INVOKE_METHODS), ...Object.values(EVENT_METHODS)]
    expect(keys.sort()).toEqual(named.sort())
    expect(keys.every((k) => typeof api[k] === 'function')).toBe(true)
    // Main handles exactly the table's invocations.
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(Object.keys(INVOKE_METHODS).sort())
  })

  it('sends each method to its own channel, by the table', async () => {
    const { api, reached } = loadPreload()
    for (const [channel, method] of Object.entries(INVOKE_METHODS)) {
      await (api[method] as () => Promise<unknown>)()
      expect(reached.at(-1), method).toBe(channel)
    }
  })

  it('subscribes each event method to its own channel, by the table, and unsubscribes', () => {
    const { api, listenedTo, removed } = loadPreload()
    for (const [channel, method] of Object.entries(EVENT_METHODS)) {
      const heard: unknown[] = []
      const off = (api[method] as (l: (p: unknown) => void) => () => void)((p) => heard.push(p))
      const subscribed = listenedTo.at(-1)!
      expect(subscribed[0], method).toBe(channel)
      // The page hears the payload, never the IPC event.
      subscribed[1]({ sender: 'main' }, 'payload')
      expect(heard, method).toEqual(['payload'])
      off()
      expect(removed.at(-1), method).toEqual(subscribed)
    }
  })

  it('reaches a registered handler from every method, and each handler refuses a bad payload', async () => {
    const { api, reached } = loadPreload()
    for (const name of Object.values(INVOKE_METHODS)) {
      const before = reached.length
      const call = api[name] as (...a: unknown[]) => Promise<{ ok: boolean; error?: string }>
      const r = await call({ bogus: true })
      expect(reached.length, `${name} reached main`).toBe(before + 1)
      // Every method passes what it is given on, and main refuses what its channel does not
      // take (a payload where none is taken too).
      expect(r, name).toMatchObject({ ok: false, error: refused(reached.at(-1)!) })
    }
    expect([...new Set(reached)].sort()).toEqual([...recorded.ipcHandlers.keys()].sort())
    // Whatever a page sends, every handler validates it before acting.
    for (const [channel, handler] of recorded.ipcHandlers) {
      const r = await handler(
        { sender: { id: appContentsId() }, senderFrame: { url: 'app://runstrong/index.html' } },
        { bogus: 1 },
        2,
      )
      expect(r, channel).toMatchObject({
        ok: false,
        error: refused(channel),
      })
    }
  })

  it('answers good calls, and refuses calls from pages or windows not ours', async () => {
    const ours = loadPreload().api
    const loaded = await (ours.loadCircuits as () => Promise<unknown>)()
    expect(loaded).toEqual({ ok: true, value: { value: [] } })
    const earlier = pathToFileURL(resolve(root, 'out/renderer/index.html')).href
    const filePage = loadPreload(earlier).api
    expect(await (filePage.loadHistory as () => Promise<unknown>)()).toMatchObject({ ok: false })
    const stranger = loadPreload('app://runstrong/index.html', 99).api
    expect(await (stranger.loadCircuits as () => Promise<unknown>)()).toMatchObject({ ok: false })
    const foreign = loadPreload('https://evil.example/').api
    const refused = await (foreign.loadCircuits as () => Promise<unknown>)()
    expect(refused).toEqual({
      ok: false,
      error: 'Refused circuits:load: not from a Runstrong page',
    })
  })
})

describe('the built main bundle, quitting', () => {
  it('waits for a session recorded just before to reach the disk, then quits', async () => {
    const { app } = await import('electron')
    const quits = () => vi.mocked(app).quit.mock.calls.length
    const before = quits()
    const { api } = loadPreload()
    const added = (api.addHistory as (e: unknown) => Promise<{ ok: boolean }>)({
      id: 'recorded-at-quit',
      circuitName: 'Mine',
      startedAt: Date.now() - 600_000,
      plannedMs: 600_000,
      actualMs: 600_000,
      effortsDone: 4,
      effortsSkipped: 0,
      effortsTotal: 4,
      endedEarly: false,
      exercises: [{ exercise: 'squats', setsDone: 2, setsPlanned: 2 }],
    })
    const asked = { preventDefault: vi.fn() }
    recorded.appHandlers.get('before-quit')!(asked)
    expect(asked.preventDefault).toHaveBeenCalled()
    expect(quits()).toBe(before)
    await vi.waitFor(() => expect(quits()).toBe(before + 1))
    expect(await added).toMatchObject({ ok: true })
    const journal = readFileSync(resolve(userData, 'history.journal.jsonl'), 'utf8')
    expect(journal).toContain('"recorded-at-quit"')
    // Asked again (the quit it started), it lets the app go.
    const again = { preventDefault: vi.fn() }
    recorded.appHandlers.get('before-quit')!(again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })
})

import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'

const root = resolve(__dirname, '../../..')

interface Recorded {
  windows: { options: Record<string, unknown>; loaded: string[] }[]
  appHandlers: Map<string, (...args: unknown[]) => void>
}
const recorded: Recorded = { windows: [], appHandlers: new Map() }

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => recorded.windows
    entry: Recorded['windows'][number]
    constructor(options: Record<string, unknown>) {
      this.entry = { options, loaded: [] }
      recorded.windows.push(this.entry)
    }
    once() {}
    show() {}
    loadFile(p: string) {
      this.entry.loaded.push(p)
      return Promise.resolve()
    }
    loadURL(u: string) {
      this.entry.loaded.push(u)
      return Promise.resolve()
    }
  }
  const e = {
    app: {
      on: (name: string, fn: (...args: unknown[]) => void) => recorded.appHandlers.set(name, fn),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
    },
    BrowserWindow,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  }
  return { default: e, ...e }
})

beforeAll(() => {
  // The wiring is proven on the built bundles, so build when they are missing or stale.
  execSync('node scripts/build-if-stale.mjs', { cwd: root, stdio: 'inherit' })
})

describe('the built main bundle', () => {
  it('opens one window with the secure defaults, its preload and the renderer', async () => {
    delete process.env['ELECTRON_RENDERER_URL']
    await import(resolve(root, 'out/main/index.js'))
    await new Promise((r) => setTimeout(r, 0))
    expect(recorded.windows).toHaveLength(1)
    const { options, loaded } = recorded.windows[0]!
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      backgroundThrottling: false,
      webSecurity: true,
    })
    const preload = (options.webPreferences as { preload: string }).preload
    expect(preload).toBe(resolve(root, 'out/preload/index.cjs'))
    expect(existsSync(preload)).toBe(true)
    expect(loaded).toEqual([resolve(root, 'out/renderer/index.html')])
    expect(existsSync(loaded[0]!)).toBe(true)
  })

  it('denies navigation and new windows in every web contents', () => {
    const created = recorded.appHandlers.get('web-contents-created')
    expect(created).toBeDefined()
    const handlers = new Map<string, (e: { preventDefault: () => void }) => void>()
    let openHandler: ((d: { url: string }) => { action: string }) | undefined
    created!(
      {},
      {
        on: (name: string, fn: (e: { preventDefault: () => void }) => void) =>
          handlers.set(name, fn),
        setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
      },
    )
    const prevent = vi.fn()
    handlers.get('will-navigate')!({ preventDefault: prevent })
    expect(prevent).toHaveBeenCalled()
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'https://www.revelsports.com/x' })).toEqual({ action: 'deny' })
  })
})

describe('the built preload bundle', () => {
  it('exposes one named API and no generic channel access', () => {
    const code = readFileSync(resolve(root, 'out/preload/index.cjs'), 'utf8')
    const exposed = new Map<string, unknown>()
    const fakeRequire = (id: string) => {
      if (id !== 'electron') throw new Error(`the sandboxed preload may not require ${id}`)
      return { contextBridge: { exposeInMainWorld: (k: string, v: unknown) => exposed.set(k, v) } }
    }
    const module = { exports: {} }
    runInNewContext(code, { require: fakeRequire, module, exports: module.exports })
    expect([...exposed.keys()]).toEqual(['runstrong'])
    const api = exposed.get('runstrong') as Record<string, unknown>
    expect(Object.keys(api)).not.toContain('send')
    expect(Object.keys(api)).not.toContain('invoke')
    expect(api.edition).toBe('electron')
  })
})

import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { invokeSchemas } from '@shared/ipc-contract'
import { DEFAULT_SETTINGS } from '@shared/storage'
import { fakeServices } from './fake-services'

const handled = new Map<string, (...args: unknown[]) => unknown>()
vi.mock('electron', () => {
  const e = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0', setAppUserModelId: vi.fn() },
    ipcMain: {
      on: vi.fn(),
      handle: (c: string, fn: (...a: unknown[]) => unknown) => handled.set(c, fn),
    },
    powerSaveBlocker: { start: vi.fn(), stop: vi.fn() },
    globalShortcut: { register: vi.fn(), unregister: vi.fn() },
    Notification: vi.fn(),
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  }
  return { default: e, ...e }
})

const { KeepAwake, PAUSE_RELEASE_MS } = await import('../../../src/main/power')
const { RemoteKeys, REMOTE_KEYS } = await import('../../../src/main/shortcuts')
const { Stage } = await import('../../../src/main/displays')
const { Notifier, setupNotifications, APP_USER_MODEL_ID } =
  await import('../../../src/main/notifications')
const { app } = await import('electron')
const { setupIpc } = await import('../../../src/main/ipc')
const { createHandlers } = await import('../../../src/main/handlers')
const { openStores } = await import('../../../src/main/data')
const { CSP, resolveAppPath, serveAppFile } = await import('../../../src/main/protocol')
const { allowPermission } = await import('../../../src/main/security')

function fakeTimers() {
  const pending: { fn: () => void; ms: number }[] = []
  return {
    pending,
    timers: {
      setTimeout: (fn: () => void, ms: number) => {
        const t = { fn, ms }
        pending.push(t)
        return t
      },
      clearTimeout: (h: unknown) => {
        const i = pending.indexOf(h as (typeof pending)[number])
        if (i >= 0) pending.splice(i, 1)
      },
    },
  }
}

describe('keeping the display awake', () => {
  it('holds one blocker while running, lets go after 10 minutes of pause, at the end and on exit', () => {
    const blocker = { start: vi.fn(() => 7), stop: vi.fn() }
    const { pending, timers } = fakeTimers()
    const k = new KeepAwake(blocker, timers)
    k.update('running')
    k.update('running')
    expect(blocker.start).toHaveBeenCalledTimes(1)
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    k.update('paused')
    expect(pending.map((p) => p.ms)).toEqual([PAUSE_RELEASE_MS])
    k.update('running') // resumed within 10 minutes: still held, the release cancelled
    expect(pending).toEqual([])
    expect(blocker.stop).not.toHaveBeenCalled()
    k.update('paused')
    pending[0]!.fn()
    expect(blocker.stop).toHaveBeenCalledWith(7)
    expect(k.held).toBe(false)
    k.update('running')
    k.update('ended')
    expect(blocker.stop).toHaveBeenCalledTimes(2)
    k.update('running')
    k.release()
    expect(blocker.stop).toHaveBeenCalledTimes(3)
  })
})

describe('media keys and clickers', () => {
  it('takes the keys while on, sends their commands, and gives them all back', () => {
    const registered = new Map<string, () => void>()
    const api = {
      register: vi.fn(
        (k: string, fn: () => void) => (registered.set(k, fn), k !== 'MediaNextTrack'),
      ),
      unregister: vi.fn((k: string) => registered.delete(k)),
    }
    const sent: string[] = []
    const keys = new RemoteKeys((c) => sent.push(c), api)
    expect(keys.set(true)).toEqual(['MediaNextTrack'])
    registered.get('PageDown')!()
    registered.get('MediaPlayPause')!()
    registered.get('PageUp')!()
    expect(sent).toEqual(['next', 'toggle', 'previous'])
    keys.set(true)
    expect(api.register).toHaveBeenCalledTimes(REMOTE_KEYS.length)
    keys.set(false)
    expect(registered.size).toBe(0)
  })
})

describe('the runner on a second display', () => {
  function rig() {
    type Ev = 'display-added' | 'display-removed'
    const listeners = new Map<Ev, () => void>()
    let displays = [
      { id: 1, label: 'Laptop', bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, label: '', bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ]
    const screen = {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0]!,
      on: (e: Ev, l: () => void) => listeners.set(e, l),
    }
    const windows: { bounds: unknown; closed: boolean; sent: unknown[]; onClosed?: () => void }[] =
      []
    const toMain = vi.fn()
    const stage = new Stage({
      screen,
      toMain,
      createWindow: (bounds) => {
        const w = {
          bounds,
          closed: false,
          sent: [] as unknown[],
          onClosed: undefined as (() => void) | undefined,
        }
        windows.push(w)
        return {
          isDestroyed: () => w.closed,
          close: () => {
            w.closed = true
            w.onClosed?.()
          },
          on: (_: 'closed', l: () => void) => (w.onClosed = l),
          webContents: { send: (_c: string, p: unknown) => w.sent.push(p) },
        }
      },
    })
    return {
      stage,
      windows,
      toMain,
      listeners,
      unplug: (id: number) => (displays = displays.filter((d) => d.id !== id)),
    }
  }

  it('lists the displays and opens the runner fullscreen on the chosen one', () => {
    const r = rig()
    expect(r.stage.list()).toEqual([
      { id: 1, label: 'Laptop', primary: true },
      { id: 2, label: 'Display 2 (1920×1080)', primary: false },
    ])
    expect(r.stage.open(3)).toBe(false)
    expect(r.stage.open(2)).toBe(true)
    expect(r.windows[0]!.bounds).toEqual({ x: 1440, y: 0, width: 1920, height: 1080 })
  })

  it('passes each state on to the display window', () => {
    const r = rig()
    r.stage.open(2)
    const state = { circuit: {}, snapshot: {}, atMs: 1, paused: false, ended: false }
    r.stage.forward(state)
    expect(r.windows[0]!.sent).toEqual([state])
  })

  it('closes the display window when its display is unplugged and tells the laptop window', () => {
    const r = rig()
    r.stage.open(2)
    r.unplug(2)
    r.listeners.get('display-removed')!()
    expect(r.windows[0]!.closed).toBe(true)
    expect(r.stage.isOpen).toBe(false)
    expect(r.toMain).toHaveBeenCalledWith('stage:closed', null)
    expect(r.toMain).toHaveBeenCalledWith('displays:changed', [
      { id: 1, label: 'Laptop', primary: true },
    ])
    expect(r.toMain.mock.calls.filter((c) => c[0] === 'stage:closed')).toHaveLength(1)
  })
})

describe('notifications', () => {
  it('shows a silent notification and runs the click action', () => {
    const made: { options: unknown; click?: () => void; shown: boolean }[] = []
    const n = new Notifier({
      isSupported: () => true,
      create: (options) => {
        const m = { options, shown: false, click: undefined as (() => void) | undefined }
        made.push(m)
        return { on: (_: 'click', l: () => void) => (m.click = l), show: () => (m.shown = true) }
      },
    })
    const clicked = vi.fn()
    expect(n.show('Runstrong', 'Strength day', clicked)).toBe(true)
    expect(made[0]).toMatchObject({
      options: { title: 'Runstrong', body: 'Strength day', silent: true },
      shown: true,
    })
    made[0]!.click!()
    expect(clicked).toHaveBeenCalled()
  })

  it('names the app to Windows, which shows notifications only for a named app', () => {
    setupNotifications('linux')
    expect(vi.mocked(app).setAppUserModelId.mock.calls).toEqual([])
    setupNotifications('win32')
    expect(vi.mocked(app).setAppUserModelId.mock.calls).toEqual([[APP_USER_MODEL_ID]])
  })

  it('does nothing where the OS has no notifications', () => {
    const create = vi.fn()
    expect(new Notifier({ isSupported: () => false, create }).show('a', 'b')).toBe(false)
    expect(create).not.toHaveBeenCalled()
  })
})

describe('the main side of the contract', () => {
  function services(hidden: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-handlers-'))
    const s = fakeServices(openStores(dir), {
      windowHidden: () => hidden,
      chooseSavePath: (name: string) => Promise.resolve(join(dir, name)),
    })
    return { s, dir, h: createHandlers(s) }
  }
  const ev = {} as never

  it('registers a handler for every channel of the contract', () => {
    const { h } = services(false)
    setupIpc(h, () => true)
    expect([...handled.keys()].sort()).toEqual(Object.keys(invokeSchemas).sort())
  })

  it('announces each change while the window is hidden, and only then, and only when wanted', async () => {
    const change = { title: 'Squats', body: 'Set 1 of 2, 10 reps' }
    const hidden = services(true)
    await hidden.h['session:status']([{ state: 'running', change }], ev)
    expect(hidden.s.notify).toHaveBeenCalledWith('Squats', 'Set 1 of 2, 10 reps')
    expect(hidden.s.keepAwake.update).toHaveBeenCalledWith('running')
    const shown = services(false)
    await shown.h['session:status']([{ state: 'running', change }], ev)
    expect(shown.s.notify).not.toHaveBeenCalled()
    const off = services(true)
    await off.h['settings:save']([{ ...DEFAULT_SETTINGS, notifyWhenHidden: false }], ev)
    await off.h['session:status']([{ state: 'running', change }], ev)
    expect(off.s.notify).not.toHaveBeenCalled()
  })

  it('takes the global keys only while a session is on and the setting allows', async () => {
    const { s, h } = services(false)
    await h['session:status']([{ state: 'running' }], ev)
    expect(s.remoteKeys.set).toHaveBeenLastCalledWith(true)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, globalKeys: false }], ev)
    expect(s.remoteKeys.set).toHaveBeenLastCalledWith(false)
    expect(s.remindersChanged).not.toHaveBeenCalled()
    await h['settings:save']([DEFAULT_SETTINGS], ev)
    expect(s.remoteKeys.set).toHaveBeenLastCalledWith(true)
    await h['session:status']([{ state: 'ended' }], ev)
    expect(s.remoteKeys.set).toHaveBeenLastCalledWith(false)
  })

  it('reschedules reminders only when their settings change', async () => {
    const { s, h } = services(false)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, volume: 0.3 }], ev)
    expect(s.remindersChanged).not.toHaveBeenCalled()
    const reminders = { on: true, time: '07:00', days: [2] }
    await h['settings:save']([{ ...DEFAULT_SETTINGS, reminders }], ev)
    expect(s.remindersChanged).toHaveBeenCalledWith(reminders)
  })

  it('writes an exported file where the user chose', async () => {
    const { h, dir } = services(false)
    const r = await h['file:save']([{ name: 'mine.json', text: '{"a":1}' }], ev)
    expect(r.path).toBe(join(dir, 'mine.json'))
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('{"a":1}')
    rmSync(dir, { recursive: true, force: true })
  })

  it('turns a failing handler into an error result', async () => {
    const { runHandler } = await import('../../../src/main/ipc')
    const r = await runHandler(
      'plan:load',
      () => {
        throw new Error('disk gone')
      },
      () => true,
      ev,
      [],
    )
    expect(r).toEqual({ ok: false, error: 'plan:load failed: disk gone' })
  })
})

describe('pages from our own scheme', () => {
  const root = mkdtempSync(join(tmpdir(), 'runstrong-pages-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html>')
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}')

  it('serves only files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://runstrong/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://runstrong/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://runstrong/../../etc/passwd')).toBe(join(root, 'etc/passwd'))
    expect(resolveAppPath(root, 'app://runstrong/%2e%2e/%2e%2e/etc/passwd')).toBe(
      join(root, 'etc/passwd'),
    )
    expect(resolveAppPath(root, 'app://runstrong/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppPath(root, 'app://elsewhere/index.html')).toBeNull()
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull()
  })

  it('sends each file with its type and the content security policy', async () => {
    const r = await serveAppFile(root, 'app://runstrong/assets/app.js')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(r.headers.get('content-security-policy')).toBe(CSP)
    expect((await serveAppFile(root, 'app://runstrong/missing.js')).status).toBe(404)
  })

  it('has a strict policy in the header, frame-ancestors included', () => {
    expect(CSP).toMatch(/^default-src 'none'; script-src 'self';/)
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(CSP).toContain("frame-ancestors 'none'")
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
    expect(isTrustedSender('app://runstrong/index.html#/stage', ours)).toBe(true)
    expect(isTrustedSender('file:///opt/runstrong/out/renderer/index.html', ours)).toBe(false)
    expect(isTrustedSender('https://evil.example/', ours)).toBe(false)
    expect(isTrustedSender('', ours)).toBe(false)
  })
})

// @vitest-environment jsdom
/**
 * One contract, two platforms: the browser platform over page storage, and the Electron
 * platform through the real preload, the IPC wrapper, the handlers and the desktop stores
 * on real files. Both must behave the same for everything the app relies on.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { DEFAULT_PLAN } from '@shared/training/planner'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import type { SavedSession } from '@shared/data/store-files'
import { fakeServices } from '../main/fake-services'
import { circuit as testCircuit } from '../shared/helpers'
import { start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { compileTimeline } from '@shared/engine/timeline'

type Listener = (event: unknown, payload: unknown) => void
const wire = {
  /** The main side: what `ipcRenderer.invoke` reaches. */
  invoke: (channel: string, args: unknown[]): Promise<unknown> =>
    Promise.reject(new Error(`no main for ${channel} (${args.length} arguments)`)),
  listeners: new Map<string, Set<Listener>>(),
}

vi.mock('electron', () => {
  const e = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: vi.fn(), handle: vi.fn() },
    ipcRenderer: {
      // Payloads cross the bridge as structured clones, both ways.
      invoke: (channel: string, ...args: unknown[]) =>
        wire.invoke(channel, structuredClone(args)).then((r) => structuredClone(r)),
      on: (channel: string, l: Listener) => {
        const set = wire.listeners.get(channel) ?? new Set()
        set.add(l)
        wire.listeners.set(channel, set)
      },
      removeListener: (channel: string, l: Listener) => wire.listeners.get(channel)?.delete(l),
    },
  }
  return { default: e, ...e }
})

const { api } = await import('../../../src/preload/api')
const { openStores } = await import('../../../src/main/data')
const { createHandlers } = await import('../../../src/main/handlers')
const { runHandler } = await import('../../../src/main/ipc')
const { createBrowserPlatform } = await import('@renderer/platform/browser')
const { createElectronPlatform } = await import('@renderer/platform/electron')
type Platform = import('@renderer/platform/platform').Platform
type InvokeChannel = import('@shared/ipc-contract').InvokeChannel

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)

const circuit = testCircuit({ name: 'Mine', items: [{ exercise: 'squats', reps: 10 }] })

const entry = (id: string, actualMs: number): HistoryEntry => ({
  id,
  circuitName: 'Mine',
  startedAt: NOW,
  plannedMs: 600_000,
  actualMs,
  effortsDone: 2,
  effortsSkipped: 0,
  effortsTotal: 2,
  endedEarly: false,
  exercises: [{ exercise: 'squats', setsDone: 2, setsPlanned: 2 }],
})

/** A session saved a minute and a half in, at a phase of its circuit. */
const session: SavedSession = {
  savedAt: NOW,
  startedAt: NOW - 60_000,
  circuit,
  snapshot: snapshot(start(compileTimeline(circuit), 0), 90_000),
}

interface Harness {
  /** A fresh platform over the same saved data: what a restart sees. */
  open: () => Platform
  /** Replaces the saved circuits with raw text, as damage would. */
  damageCircuits: (text: string) => void
}

let dir = ''
let trusted = true

function electronHarness(): Harness {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-contract-'))
  const stores = openStores(dir, () => NOW)
  const handlers = createHandlers(fakeServices(stores))
  wire.invoke = (channel, args) =>
    runHandler(
      channel as InvokeChannel,
      handlers[channel as InvokeChannel] as never,
      () => trusted,
      { senderFrame: { url: 'app://runstrong/index.html' } } as never,
      args,
    )
  return {
    open: () => createElectronPlatform(api),
    damageCircuits: (text) => writeFileSync(join(dir, 'circuits.json'), text),
  }
}

function browserHarness(): Harness {
  return {
    open: () => createBrowserPlatform(localStorage, () => NOW),
    damageCircuits: (text) => localStorage.setItem('runstrong.circuits', text),
  }
}

beforeEach(() => {
  localStorage.clear()
  trusted = true
})
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

describe.each([
  ['browser', browserHarness],
  ['electron', electronHarness],
] as const)('the %s platform', (_, harness) => {
  it('starts with defaults and no messages', async () => {
    const p = harness().open()
    expect(await p.loadCircuits()).toEqual({ value: [] })
    expect(await p.loadSettings()).toEqual({ value: DEFAULT_SETTINGS })
    expect(await p.loadHistory()).toEqual({ value: [] })
    expect(await p.loadPlan()).toEqual({ value: DEFAULT_PLAN })
    expect(await p.loadSession()).toEqual({ value: null })
  })

  it('keeps circuits, settings and the week plan across a restart', async () => {
    const h = harness()
    const p = h.open()
    const saved = { id: 'a', circuit, createdAtMs: 1, updatedAtMs: 2 }
    await p.saveCircuits([saved])
    await p.saveSettings({
      ...DEFAULT_SETTINGS,
      volume: 0.25,
      reminders: { on: true, time: '07:30', days: [1, 3] },
    })
    await p.savePlan({ ...DEFAULT_PLAN, sessions: 3 })
    const again = h.open()
    expect(await again.loadCircuits()).toEqual({ value: [saved] })
    expect((await again.loadSettings()).value).toMatchObject({
      volume: 0.25,
      reminders: { time: '07:30', days: [1, 3] },
    })
    expect((await again.loadPlan()).value.sessions).toBe(3)
  })

  it('records history oldest first, replacing an entry with the same id', async () => {
    const h = harness()
    const p = h.open()
    await p.addHistory(entry('one', 100))
    await p.addHistory(entry('two', 200))
    await p.addHistory({ ...entry('one', 100), feeling: 'hard' })
    const list = (await h.open().loadHistory()).value
    expect(list.map((e) => [e.id, e.feeling])).toEqual([
      ['two', undefined],
      ['one', 'hard'],
    ])
  })

  it('keeps a session in progress until told to forget it', async () => {
    const h = harness()
    await h.open().saveSession(session)
    expect((await h.open().loadSession()).value).toEqual(session)
    await h.open().saveSession(null)
    expect(await h.open().loadSession()).toEqual({ value: null })
  })

  it('sets damaged circuits aside with a message, starts them empty and keeps the settings', async () => {
    const h = harness()
    await h.open().saveSettings({ ...DEFAULT_SETTINGS, muted: true })
    h.damageCircuits('{"truncated": ')
    const p = h.open()
    const loaded = await p.loadCircuits()
    expect(loaded.value).toEqual([])
    expect(loaded.notice).toMatch(/could not be read \(.*not valid JSON\)/)
    expect(loaded.notice).toMatch(/corrupt-2026-03-02T07-00-00-000Z/)
    expect((await p.loadSettings()).value.muted).toBe(true)
  })
})

describe('the electron platform alone', () => {
  it('refuses a bad payload with a message and changes nothing saved', async () => {
    const p = electronHarness().open()
    await p.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.5 })
    const before = readFileSync(join(dir, 'settings.json'), 'utf8')
    await expect(p.saveSettings({ ...DEFAULT_SETTINGS, volume: 7 })).rejects.toThrow(
      /Refused settings:save at volume: .*<=1/,
    )
    await expect(
      p.saveCircuits([
        { id: 'x', circuit: { ...circuit, items: [] }, createdAtMs: 1, updatedAtMs: 1 },
      ]),
    ).rejects.toThrow(/Refused circuits:save: entry 1: Exercises: a circuit holds 1 to 50/)
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before)
  })

  it('refuses every call from a page that is not ours', async () => {
    const p = electronHarness().open()
    trusted = false
    await expect(p.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(/not from a Runstrong page/)
    expect((await p.loadCircuits()).notice).toMatch(/not from a Runstrong page/)
  })

  it('tells which global keys main could not take, and why', async () => {
    dir = mkdtempSync(join(tmpdir(), 'runstrong-contract-'))
    const status = {
      refused: ['PageDown'],
      reason: 'Another app has already taken these keys.',
      placement: null,
    }
    const handlers = createHandlers(
      fakeServices(
        openStores(dir, () => NOW),
        { keysStatus: () => status },
      ),
    )
    wire.invoke = (channel, args) =>
      runHandler(
        channel as InvokeChannel,
        handlers[channel as InvokeChannel] as never,
        () => true,
        { senderFrame: { url: 'app://runstrong/index.html' } } as never,
        args,
      )
    expect(await createElectronPlatform(api).keysStatus()).toEqual(status)
    expect(await createBrowserPlatform(localStorage, () => NOW).keysStatus()).toBeNull()
  })

  it('passes media key commands from main to the page', () => {
    const p = electronHarness().open()
    const got: string[] = []
    const off = p.onMediaKeyCommand((c) => got.push(c))
    wire.listeners.get('media-keys:command')?.forEach((l) => l({}, 'next'))
    off()
    wire.listeners.get('media-keys:command')?.forEach((l) => l({}, 'toggle'))
    expect(got).toEqual(['next'])
  })
})

// @vitest-environment jsdom
/**
 * Back up and Restore, one contract on two platforms: the browser platform over page storage,
 * and the Electron platform through the real preload, IPC wrapper, handlers and desktop stores
 * on real files. A backup made on either restores on either.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readBackup } from '@shared/data/backup'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { everything, NOW } from '../shared/backup-fixture'

const wire = {
  invoke: (channel: string, args: unknown[]): Promise<unknown> =>
    Promise.reject(new Error(`no main for ${channel} (${args.length} arguments)`)),
}

vi.mock('electron', () => {
  const e = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: vi.fn(), handle: vi.fn() },
    ipcRenderer: {
      // Payloads cross the bridge as structured clones, both ways.
      invoke: (channel: string, ...args: unknown[]) =>
        wire.invoke(channel, structuredClone(args)).then((r) => structuredClone(r)),
      on: () => undefined,
      removeListener: () => undefined,
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
const { fakeServices } = await import('../main/fake-services')
type Platform = import('@renderer/platform/platform').Platform
type InvokeChannel = import('@shared/ipc-contract').InvokeChannel

interface Harness {
  /** The app as a fresh install on this platform sees it. */
  open: () => Platform
  /** The text of the last backup written (the file saved, or the download). */
  written: () => string
  /** What a restore's copy holds, found by where the platform said it is. */
  kept: (copy: string) => string
  /** Every store as the platform holds it, raw. */
  raw: () => unknown
}

const dirs: string[] = []
let downloads: Blob[] = []

function electronHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-backup-contract-'))
  dirs.push(dir)
  const handlers = createHandlers(
    fakeServices(
      openStores(dir, () => NOW),
      {
        chooseSavePath: (name: string) => Promise.resolve(join(dir, name)),
      },
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
  const inDir = () => readdirSync(dir).sort()
  return {
    open: () => createElectronPlatform(api),
    written: () => {
      const name = inDir().find((f) => f.startsWith('runstrong-backup'))!
      return readFileSync(join(dir, name), 'utf8')
    },
    kept: (copy) => readFileSync(copy, 'utf8'),
    raw: () => Object.fromEntries(inDir().map((f) => [f, readFileSync(join(dir, f), 'utf8')])),
  }
}

/** Every key in page storage with its value. */
const pageStorage = () =>
  Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).map((k) => [
      k,
      localStorage.getItem(k),
    ]),
  )

let lastDownload = ''
function browserHarness(): Harness {
  localStorage.clear()
  return {
    open: () => createBrowserPlatform(localStorage, () => NOW),
    written: () => lastDownload,
    kept: (copy) => {
      expect(copy).toContain('runstrong.before-restore')
      return localStorage.getItem('runstrong.before-restore')!
    },
    raw: () => pageStorage(),
  }
}

beforeEach(() => {
  downloads = []
  // jsdom has no object URLs and no downloads: the blob is kept for the test to read.
  URL.createObjectURL = (blob: Blob) => {
    downloads.push(blob)
    return 'blob:test'
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
})
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** Backs up from `p`, waiting for a download where there is one. */
async function backUp(p: Platform): Promise<void> {
  expect(await p.backUp()).toBe(true)
  const blob = downloads.at(-1)
  if (blob) {
    expect(blob.type).toBe('application/json')
    // jsdom's Blob has no text(): read as a page would without it.
    lastDownload = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result as string)
      reader.readAsText(blob)
    })
  }
}

async function fill(p: Platform): Promise<void> {
  await p.saveCircuits(everything.circuits)
  await p.saveSettings(everything.settings)
  await p.savePlan(everything.plan)
  for (const e of everything.history) await p.addHistory(e)
}

describe.each([
  ['browser', browserHarness],
  ['electron', electronHarness],
] as const)('the %s platform', (_, harness) => {
  it('backs up every store and restores it all into a fresh install', async () => {
    const from = harness()
    await fill(from.open())
    await backUp(from.open())
    const text = from.written()
    const to = harness()
    const p = to.open()
    await p.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.9 })
    expect(await p.dataCounts()).toMatchObject({ circuits: 0, sessions: 0 })
    const { copy } = await p.restoreBackup(text)
    const again = to.open()
    expect((await again.loadCircuits()).value).toEqual(everything.circuits)
    expect((await again.loadSettings()).value).toEqual(everything.settings)
    expect((await again.loadPlan()).value).toEqual(everything.plan)
    expect((await again.loadHistory()).value).toEqual(everything.history)
    expect(await again.dataCounts()).toMatchObject({ circuits: 2, sessions: 2, programme: true })
    const kept = readBackup(to.kept(copy))
    expect(kept.ok && kept.backup.settings.volume).toBe(0.9)
  })

  it('refuses a damaged backup with why and changes nothing', async () => {
    const from = harness()
    await fill(from.open())
    await backUp(from.open())
    const good = JSON.parse(from.written()) as Record<string, unknown>
    const h = harness()
    await h.open().saveSettings({ ...DEFAULT_SETTINGS, muted: true })
    const was = h.raw()
    const damaged = JSON.stringify({ ...good, plan: { schemaVersion: 1, data: { version: 1 } } })
    await expect(h.open().restoreBackup(damaged)).rejects.toThrow(
      /^This file was not restored: its week plan could not be read .*Nothing was changed\.$/,
    )
    await expect(h.open().restoreBackup('not json')).rejects.toThrow(/not a Runstrong backup/)
    expect(h.raw()).toEqual(was)
  })
})

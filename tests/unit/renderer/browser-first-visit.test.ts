// @vitest-environment jsdom
// @vitest-isolate: the readers are fetched once per page; this file starts from a page that has not.
/**
 * A first visit to the browser edition: page storage holds nothing of Runstrong's, so the
 * page starts without the stores' readers (their schemas, and zod with them), which keeps
 * them out of the Circuits screen's first load. It fetches them only to read text another
 * tab saved meanwhile, and then nothing either tab saved is lost or left unshown.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SavedCircuit } from '@shared/data/circuit-list'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { SETTINGS_INFO } from '@shared/data/stores'
import { DEFAULT_PLAN } from '@shared/training/planner'
import { createPlatform } from '@renderer/platform'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { lazyStoreReaders, storeReaders } from '@renderer/platform/store-readers'
import { circuit, historyEntry } from '../shared/helpers'

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)

const saved = (id: string): SavedCircuit => ({
  id,
  circuit: circuit({ name: id, items: [{ exercise: 'squats', reps: 10 }] }),
  createdAtMs: 1,
  updatedAtMs: 1,
})

const entry = (id: string) => historyEntry(id, NOW)

/** A tab of its own: its platform, its readers (not yet fetched) and its storage events. */
function openTab() {
  const readers = lazyStoreReaders()
  const fetches = vi.spyOn(readers, 'load')
  const events = new EventTarget()
  const p = createBrowserPlatform(localStorage, () => NOW, events, readers)
  const hear = (key: string) =>
    events.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }))
  return { p, fetches, hear }
}

beforeEach(() => localStorage.clear())

describe('a first visit to the browser edition', () => {
  it('shows the defaults, saves and records without fetching the readers', async () => {
    const tab = openTab()
    expect(await tab.p.loadCircuits()).toEqual({ value: [] })
    expect(await tab.p.loadSettings()).toEqual({ value: DEFAULT_SETTINGS })
    expect(await tab.p.loadPlan()).toEqual({ value: DEFAULT_PLAN })
    expect(await tab.p.loadHistory()).toEqual({ value: [] })
    expect(await tab.p.loadSession()).toEqual({ value: null })
    const list = await tab.p.saveCircuits([saved('one')])
    await tab.p.saveCircuits([...list, saved('two')])
    await tab.p.saveSettings({ ...DEFAULT_SETTINGS, muted: true })
    await tab.p.addHistory(entry('h1'))
    await tab.p.addHistory(entry('h2'))
    expect(tab.fetches).not.toHaveBeenCalled()
    const next = openTab()
    expect((await next.p.loadCircuits()).value.map((c) => c.id)).toEqual(['one', 'two'])
    expect((await next.p.loadSettings()).value.muted).toBe(true)
    expect((await next.p.loadHistory()).value.map((e) => e.id)).toEqual(['h1', 'h2'])
  })

  it('shows what another tab saved, once its readers are here', async () => {
    const [a, b] = [openTab(), openTab()]
    await a.p.loadCircuits()
    await a.p.loadSettings()
    const circuits = new Promise((resolve) => a.p.onStoredChange(resolve))
    const settings = new Promise((resolve) => a.p.onSettingsChanged(resolve))
    await b.p.saveCircuits([saved('theirs')])
    await b.p.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.3 })
    a.hear('runstrong.circuits')
    a.hear('runstrong.settings')
    expect(await circuits).toMatchObject({ store: 'circuits', value: [{ id: 'theirs' }] })
    expect(await settings).toMatchObject({ volume: 0.3 })
    expect(a.fetches).toHaveBeenCalled()
  })

  it('keeps what another tab saved when it saves before hearing of it', async () => {
    const [a, b] = [openTab(), openTab()]
    const mine = (await a.p.loadCircuits()).value
    await a.p.loadHistory()
    await b.p.saveCircuits([saved('theirs')])
    await b.p.addHistory(entry('theirs'))
    expect((await a.p.saveCircuits([...mine, saved('mine')])).map((c) => c.id)).toEqual([
      'theirs',
      'mine',
    ])
    await a.p.addHistory(entry('mine'))
    const next = openTab()
    expect((await next.p.loadCircuits()).value.map((c) => c.id)).toEqual(['theirs', 'mine'])
    expect((await next.p.loadHistory()).value.map((e) => e.id)).toEqual(['theirs', 'mine'])
  })

  it('fetches the readers with its platform when page storage holds data, so it reads at once', async () => {
    localStorage.setItem('runstrong.settings', JSON.stringify({ ...DEFAULT_SETTINGS, muted: true }))
    expect(storeReaders.spec(SETTINGS_INFO)).toBeUndefined()
    const p = await createPlatform()
    expect(storeReaders.spec(SETTINGS_INFO)).toBeDefined()
    expect((await p.loadSettings()).value.muted).toBe(true)
  })
})

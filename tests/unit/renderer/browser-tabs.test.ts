// @vitest-environment jsdom
/**
 * Two tabs of the browser edition over one page storage, each a platform of its own that
 * hears the other's writes through its own `storage` events, delivered when the test says:
 * sometimes at once, sometimes only after this tab has saved (as a busy tab hears them).
 * The stores' readers are here, as on a page that started with stored data or has been open
 * a moment (a first visit's are fetched when first needed: `browser-first-visit.test.ts`).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { circuitsFromStored, type SavedCircuit } from '@shared/data/saved-circuits'
import { DEFAULT_SETTINGS, type Settings } from '@shared/data/settings'
import { DEFAULT_PLAN, type WeekPlan } from '@shared/training/planner'
import type { HistoryEntry } from '@shared/training/history'
import { withEntry } from '@shared/training/history-entries'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { storeReaders } from '@renderer/platform/store-readers'
import type { Platform } from '@renderer/platform/platform'
import { circuit, historyEntry } from '../shared/helpers'

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)
const KEYS = ['runstrong.circuits', 'runstrong.history', 'runstrong.plan', 'runstrong.settings']

/** A tab: its platform, what it shows, and the storage events not yet delivered to it. */
interface Tab {
  p: Platform
  list: SavedCircuit[]
  history: HistoryEntry[]
  plan?: WeekPlan
  settings?: Settings
  events: EventTarget
  pending: Set<string>
}

function openTab(): Tab {
  const events = new EventTarget()
  const p = createBrowserPlatform(localStorage, () => NOW, events)
  const tab: Tab = { p, list: [], history: [], events, pending: new Set() }
  p.onStoredChange((c) => {
    if (c.store === 'circuits') tab.list = c.value
    if (c.store === 'history') tab.history = c.value
    if (c.store === 'plan') tab.plan = c.value
  })
  p.onSettingsChanged((s) => (tab.settings = s))
  return tab
}

/** Delivers the storage events a tab has not yet had, as the browser would. */
function deliver(tab: Tab): void {
  for (const key of tab.pending)
    tab.events.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }))
  tab.pending.clear()
}

/** A write by `from` reaches every other tab later, as a storage event. */
function wrote(from: Tab, tabs: Tab[], key: string): void {
  for (const t of tabs) if (t !== from) t.pending.add(key)
}

const named = (name: string) => circuit({ name, items: [{ exercise: 'squats', reps: 10 }] })

const storedCircuits = () => {
  const r = circuitsFromStored(JSON.parse(localStorage.getItem('runstrong.circuits') ?? 'null'))
  if (!r.ok) throw new Error(r.reason)
  return r.value
}

const entry = (id: string) => historyEntry(id, NOW)

/** A small seeded generator, so every run sweeps the same cases. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

beforeAll(() => storeReaders.load())
beforeEach(() => localStorage.clear())

describe('two tabs of the browser edition', () => {
  it('keep both imports, and each shows the other’s once its storage event arrives', async () => {
    const [a, b] = [openTab(), openTab()]
    a.list = (await a.p.loadCircuits()).value
    b.list = (await b.p.loadCircuits()).value
    const one = { id: 'one', circuit: named('One'), createdAtMs: 1, updatedAtMs: 1 }
    const two = { id: 'two', circuit: named('Two'), createdAtMs: 2, updatedAtMs: 2 }
    a.list = await a.p.saveCircuits([...a.list, one])
    wrote(a, [a, b], 'runstrong.circuits')
    // Tab B has not heard of A's import yet when it imports its own.
    b.list = await b.p.saveCircuits([...b.list, two])
    wrote(b, [a, b], 'runstrong.circuits')
    expect(storedCircuits().map((c) => c.id)).toEqual(['one', 'two'])
    expect(b.list.map((c) => c.id)).toEqual(['one', 'two'])
    deliver(a)
    expect(a.list.map((c) => c.id)).toEqual(['one', 'two'])
  })

  it('lose nothing over many adds, edits and deletes in either tab, events late or not', async () => {
    let losses = 0
    let resurrections = 0
    let stale = 0
    let ops = 0
    for (const seed of [1, 2, 3, 4, 5]) {
      localStorage.clear()
      const next = random(seed)
      const tabs = [openTab(), openTab()]
      for (const t of tabs) t.list = (await t.p.loadCircuits()).value
      /** What the user would expect stored: every add and edit, less every delete. */
      const truth = new Map<string, string>()
      for (let i = 0; i < 150; i++, ops++) {
        const tab = tabs[Math.floor(next() * tabs.length)]!
        if (next() < 0.6) deliver(tab)
        const pick = tab.list[Math.floor(next() * tab.list.length)]
        const roll = next()
        let list: SavedCircuit[]
        if (!pick || roll < 0.4) {
          const id = `s${seed}-c${i}`
          list = [...tab.list, { id, circuit: named(id), createdAtMs: i, updatedAtMs: i }]
          truth.set(id, id)
        } else if (roll < 0.7) {
          const name = `${pick.id} v${i}`
          list = tab.list.map((c) => (c.id === pick.id ? { ...c, circuit: named(name) } : c))
          truth.set(pick.id, name)
        } else {
          list = tab.list.filter((c) => c.id !== pick.id)
          truth.delete(pick.id)
        }
        tab.list = await tab.p.saveCircuits(list)
        wrote(tab, tabs, 'runstrong.circuits')
        const stored = new Map(storedCircuits().map((c) => [c.id, c.circuit.name]))
        for (const [id, name] of truth) if (stored.get(id) !== name) losses++
        for (const id of stored.keys()) if (!truth.has(id)) resurrections++
      }
      for (const t of tabs) deliver(t)
      const ids = storedCircuits().map((c) => c.id)
      for (const t of tabs) if (t.list.map((c) => c.id).join() !== ids.join()) stale++
    }
    console.log(
      `two tabs, ${ops} changes: ${losses} lost, ${resurrections} deleted but back, ${stale} tabs not showing what is stored`,
    )
    expect({ losses, resurrections, stale }).toEqual({ losses: 0, resurrections: 0, stale: 0 })
  })

  it('record every session of both tabs, and each tab shows the other’s', async () => {
    const tabs = [openTab(), openTab()]
    for (const t of tabs) t.history = (await t.p.loadHistory()).value
    const next = random(7)
    const ids: string[] = []
    for (let i = 0; i < 60; i++) {
      const tab = tabs[i % 2]!
      if (next() < 0.5) deliver(tab)
      ids.push(`h${i}`)
      await tab.p.addHistory(entry(`h${i}`))
      // As the app does once an entry is saved (`guardSaves`' historySaved).
      tab.history = withEntry(tab.history, entry(`h${i}`))
      wrote(tab, tabs, 'runstrong.history')
    }
    for (const t of tabs) deliver(t)
    const stored = (await openTab().p.loadHistory()).value.map((e) => e.id)
    const lost = ids.filter((id) => !stored.includes(id)).length
    console.log(`two tabs, ${ids.length} sessions recorded: ${lost} lost`)
    expect(stored).toEqual(ids)
    for (const t of tabs) expect(t.history.map((e) => e.id)).toEqual(ids)
  })

  it('take the settings and the week plan the other tab saved, at once', async () => {
    const [a, b] = [openTab(), openTab()]
    await a.p.loadSettings()
    await b.p.loadSettings()
    await a.p.saveSettings({ ...DEFAULT_SETTINGS, muted: true })
    await a.p.savePlan({ ...DEFAULT_PLAN, sessions: 3 })
    for (const key of KEYS) wrote(a, [a, b], key)
    deliver(b)
    expect(b.settings?.muted).toBe(true)
    expect(b.plan?.sessions).toBe(3)
    // The last change wins, and the first tab hears of it in turn.
    await b.p.saveSettings({ ...b.settings!, volume: 0.3 })
    wrote(b, [a, b], 'runstrong.settings')
    deliver(a)
    expect(a.settings).toMatchObject({ muted: true, volume: 0.3 })
  })
})

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { historyEntry } from '../shared/helpers'
import { parseCircuit } from '@shared/circuits/circuit-file'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { createBrowserPlatform } from '@renderer/platform/browser'

const circuit = (() => {
  const r = parseCircuit({
    format: 'runner-strength-circuit',
    version: 1,
    name: 'Mine',
    items: [{ exercise: 'squats', reps: 10 }],
  })
  if (!r.ok) throw new Error(r.message)
  return r.circuit
})()

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)

describe('the browser platform', () => {
  beforeEach(() => localStorage.clear())

  it('saves circuits and reads them back', async () => {
    const p = createBrowserPlatform(localStorage, () => NOW)
    await p.saveCircuits([{ id: 'a', circuit, createdAtMs: 1, updatedAtMs: 2 }])
    const again = await createBrowserPlatform(localStorage, () => NOW).loadCircuits()
    expect(again.notice).toBeUndefined()
    expect(again.value).toEqual([{ id: 'a', circuit, createdAtMs: 1, updatedAtMs: 2 }])
  })

  it('starts empty with no message when nothing is stored', async () => {
    const p = createBrowserPlatform(localStorage, () => NOW)
    expect(await p.loadCircuits()).toEqual({ value: [] })
    expect(await p.loadSettings()).toEqual({ value: DEFAULT_SETTINGS })
  })

  it('keeps unreadable circuits aside, starts empty and says where the copy is', async () => {
    localStorage.setItem('runstrong.circuits', '{"version":1,"circ')
    const r = await createBrowserPlatform(localStorage, () => NOW).loadCircuits()
    expect(r.value).toEqual([])
    expect(r.notice).toMatch(/could not be read \(it is not valid JSON\)/)
    expect(r.notice).toContain('runstrong.circuits.corrupt-2026-03-02T07-00-00-000Z')
    expect(localStorage.getItem('runstrong.circuits.corrupt-2026-03-02T07-00-00-000Z')).toBe(
      '{"version":1,"circ',
    )
    expect(localStorage.getItem('runstrong.circuits')).toBeNull()
  })

  it('keeps the readable circuits when only some are damaged', async () => {
    const p = createBrowserPlatform(localStorage, () => NOW)
    await p.saveCircuits([{ id: 'a', circuit, createdAtMs: 1, updatedAtMs: 2 }])
    const stored = JSON.parse(localStorage.getItem('runstrong.circuits')!) as {
      circuits: unknown[]
    }
    stored.circuits.push({ id: 'b', createdAtMs: 1, updatedAtMs: 1, circuit: { format: 'nope' } })
    const raw = JSON.stringify(stored)
    localStorage.setItem('runstrong.circuits', raw)
    const r = await createBrowserPlatform(localStorage, () => NOW).loadCircuits()
    expect(r.value.map((c) => c.id)).toEqual(['a'])
    expect(r.notice).toMatch(/entry 2: This is not a circuit file: its format is "nope"/)
    expect(localStorage.getItem('runstrong.circuits.corrupt-2026-03-02T07-00-00-000Z')).toBe(raw)
    // What could be read is written back, so the next start is clean.
    expect(
      (await createBrowserPlatform(localStorage, () => NOW).loadCircuits()).notice,
    ).toBeUndefined()
  })

  it('falls back per setting, and keeps a settings value that is not an object aside', async () => {
    localStorage.setItem('runstrong.settings', JSON.stringify({ volume: 7, muted: true }))
    const r = await createBrowserPlatform(localStorage, () => NOW).loadSettings()
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS, muted: true })
    localStorage.setItem('runstrong.settings', '[1,2]')
    const bad = await createBrowserPlatform(localStorage, () => NOW).loadSettings()
    expect(bad.value).toEqual(DEFAULT_SETTINGS)
    expect(bad.notice).toContain('runstrong.settings.corrupt-')
  })

  it('adds to the history without reading it again, but reads what changed since', async () => {
    const entry = (id: string) => historyEntry(id, NOW)
    const ids = async () =>
      (await createBrowserPlatform(localStorage, () => NOW).loadHistory()).value.map((e) => e.id)
    const p = createBrowserPlatform(localStorage, () => NOW)
    await p.loadHistory()
    await p.addHistory(entry('a'))
    await p.addHistory(entry('b'))
    await p.addHistory(entry('a'))
    expect(await ids()).toEqual(['b', 'a'])
    // Another tab recorded a session: its list is read again, not the one this page knew.
    await createBrowserPlatform(localStorage, () => NOW).addHistory(entry('c'))
    await p.addHistory(entry('d'))
    expect(await ids()).toEqual(['b', 'a', 'c', 'd'])
    // Damaged since: set aside before the add, as before.
    localStorage.setItem('runstrong.history', '{"version":1,"sess')
    await p.addHistory(entry('e'))
    expect(await ids()).toEqual(['e'])
    expect(localStorage.getItem('runstrong.history.corrupt-2026-03-02T07-00-00-000Z')).toBe(
      '{"version":1,"sess',
    )
  })
})

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { circuitsToStored, type SavedCircuit } from '@shared/data/saved-circuits'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { circuit } from '../shared/helpers'

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)
const legs = circuit({ name: 'Legs', items: [{ exercise: 'squats', reps: 10 }] })
const saved = (id: string, name = id): SavedCircuit => ({
  id,
  circuit: { ...legs, name },
  createdAtMs: 1,
  updatedAtMs: 1,
})
const open = () => createBrowserPlatform(localStorage, () => NOW)

beforeEach(() => localStorage.clear())

describe('the browser platform and repeated circuit ids', () => {
  it('gives the later of two circuits sharing an id a new one, says so, and deletes one alone', async () => {
    const raw = JSON.stringify(circuitsToStored([saved('a', 'One'), saved('a', 'Two')]))
    localStorage.setItem('runstrong.circuits', raw)
    const p = open()
    const loaded = await p.loadCircuits()
    expect(loaded.value.map((c) => [c.id, c.circuit.name])).toEqual([
      ['a', 'One'],
      ['a-2', 'Two'],
    ])
    expect(loaded.notice).toMatch(/circuit 2 \("Two"\) had the same id as an earlier one/)
    expect(loaded.notice).toContain('runstrong.circuits.corrupt-')
    // Delete "One"; "Two" stays, and Undo (saved as new) brings "One" back beside it.
    const left = await p.saveCircuits(loaded.value.filter((c) => c.id !== 'a'))
    expect(left.map((c) => c.circuit.name)).toEqual(['Two'])
    const back = await p.saveCircuits([...left, saved('undone', 'One')])
    expect(back.map((c) => c.circuit.name)).toEqual(['Two', 'One'])
    expect((await open().loadCircuits()).value).toHaveLength(2)
  })

  it('refuses to save repeated ids, and keeps what was saved', async () => {
    const p = open()
    await p.saveCircuits([saved('a')])
    const before = localStorage.getItem('runstrong.circuits')
    await expect(p.saveCircuits([saved('a'), saved('a')])).rejects.toThrow(
      /Could not save your circuits: circuit 2 has the same id as an earlier one \("a"\).*What was saved before is unchanged/,
    )
    expect(localStorage.getItem('runstrong.circuits')).toBe(before)
  })
})

describe('the browser platform and the 1,000 circuits limit', () => {
  const list = (n: number, prefix = 'c') =>
    Array.from({ length: n }, (_, i) => saved(`${prefix}${i}`))

  it('refuses the 1,001st circuit before anything is written, as the desktop does', async () => {
    const p = open()
    await p.saveCircuits(list(1000))
    const before = localStorage.getItem('runstrong.circuits')
    await expect(p.saveCircuits(list(1001))).rejects.toThrow(
      'Could not save your circuits: Runstrong keeps at most 1,000 circuits: delete some to add more. What was saved before is unchanged.',
    )
    expect(localStorage.getItem('runstrong.circuits')).toBe(before)
    const again = await open().loadCircuits()
    expect({ count: again.value.length, notice: again.notice }).toEqual({ count: 1000 })
  })

  it('refuses a save that two tabs together would take past 1,000', async () => {
    const [a, b] = [open(), open()]
    await a.saveCircuits(list(999))
    await b.loadCircuits()
    await a.saveCircuits([...list(999), saved('from-a')])
    await expect(b.saveCircuits([...list(999), saved('from-b')])).rejects.toThrow(/at most 1,000/)
    expect((await open().loadCircuits()).value.map((c) => c.id)).toContain('from-a')
  })
})

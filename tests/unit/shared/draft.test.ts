import { describe, expect, it } from 'vitest'
import { checkDraft, draftFrom, draftItemFor, emptyDraft, moveItem } from '@shared/circuits/draft'
import { PRESETS } from '@shared/circuits/presets'
import { draftPlannedMs } from '@shared/engine/draft-timeline'

describe('the editor’s draft', () => {
  it('starts empty with the format’s defaults and plans just the warm-up', () => {
    const d = emptyDraft()
    expect(d.items).toEqual([])
    expect(draftPlannedMs(d)).toBe(300_000)
  })

  it('adds a row with the article’s prescription', () => {
    expect(draftItemFor('side-plank')).toMatchObject({
      sets: 2,
      mode: 'seconds',
      seconds: 30,
      perSide: true,
    })
    expect(draftItemFor('step-ups')).toMatchObject({
      sets: 2,
      mode: 'reps',
      reps: 10,
      perSide: true,
    })
  })

  it('adds an alternating move as one effort counting both legs, with no switch', () => {
    expect(draftItemFor('walking-lunges')).toMatchObject({ reps: 16, perSide: false })
    expect(draftItemFor('speed-skaters')).toMatchObject({ reps: 20, perSide: false })
  })

  it('checks with the file format’s messages, a blank number included', () => {
    const d = { ...emptyDraft(), name: 'Mine', items: [draftItemFor('squats')] }
    expect(checkDraft(d).ok).toBe(true)
    const blank = { ...d, items: [{ ...d.items[0]!, reps: Number.NaN }] }
    const r = checkDraft(blank)
    expect(!r.ok && r.problems[0]).toEqual({
      path: 'items[0].reps',
      field: 'Exercise 1, Reps',
      message: 'a whole number from 1 to 100',
    })
    const big = { ...d, items: [{ ...d.items[0]!, reps: 101 }] }
    const r2 = checkDraft(big)
    expect(!r2.ok && r2.problems[0]).toEqual({
      path: 'items[0].reps',
      field: 'Exercise 1, Reps',
      message: 'a whole number from 1 to 100',
    })
    expect(draftPlannedMs(big)).toBeNull()
  })

  it('plans while the name is still blank', () => {
    const d = { ...emptyDraft(), items: [draftItemFor('squats')] }
    expect(checkDraft(d).ok).toBe(false)
    expect(draftPlannedMs(d)).toBe(420_000)
  })

  it('round-trips a saved circuit unchanged', () => {
    for (const p of PRESETS) {
      const r = checkDraft(draftFrom(p.circuit))
      expect(r.ok && r.circuit).toEqual(p.circuit)
    }
  })

  it('moves rows within the list', () => {
    const d = { ...emptyDraft(), items: ['squats', 'plank', 'burpees'].map(draftItemFor) }
    expect(moveItem(d, 2, 0).items.map((i) => i.exercise)).toEqual(['burpees', 'squats', 'plank'])
    expect(moveItem(d, 0, 9).items.map((i) => i.exercise)).toEqual(['plank', 'burpees', 'squats'])
  })
})

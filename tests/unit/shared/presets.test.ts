import { describe, expect, it } from 'vitest'
import { parseCircuit } from '@shared/circuits/circuit-file'
import { PRESET_FILES, PRESETS } from '@shared/circuits/presets'
import { plannedMs } from '@shared/engine/timeline'
import { canDoWith, getExercise } from '@shared/circuits/exercises'
import { coachingProblems } from '@shared/training/coaching'

describe('presets', () => {
  it('offers the six sessions drawn from the article', () => {
    expect(PRESETS.map((p) => p.circuit.name)).toEqual([
      'Full body, 30 minutes',
      'Quick 15',
      'Beginner 15',
      'Core and stability',
      'Plyometric power',
      'No equipment',
    ])
  })

  it.each(PRESETS.map((p) => [p.circuit.name, p] as const))(
    '%s fits its planned length',
    (_n, p) => {
      const minutes = plannedMs(p.circuit) / 60_000
      expect(minutes).toBeGreaterThanOrEqual(p.targetMinutes[0])
      expect(minutes).toBeLessThanOrEqual(p.targetMinutes[1])
    },
  )

  it('holds only files the format accepts, each the circuit an import of it would give', () => {
    expect(PRESET_FILES.map((p) => p.id)).toEqual(PRESETS.map((p) => p.id))
    for (const [i, p] of PRESET_FILES.entries()) {
      const parsed = parseCircuit(p.file)
      expect(parsed, p.id).toEqual({ ok: true, circuit: PRESETS[i]!.circuit })
    }
  })

  it('starts every preset with a warm-up', () => {
    for (const p of PRESETS) expect(p.circuit.warmupSec).toBeGreaterThan(0)
  })

  it('keeps the coaching rules: jumps first and rested, a cool-down, three exercises at least', () => {
    for (const p of PRESETS)
      expect(coachingProblems(p.circuit, p.id === 'preset-full-body'), p.circuit.name).toEqual([])
  })

  it('needs nothing but the floor for the no-equipment session', () => {
    const p = PRESETS.find((x) => x.id === 'preset-no-equipment')!
    for (const item of p.circuit.items)
      expect(canDoWith(getExercise(item.exercise), new Set())).toBe(true)
  })

  it('follows the article’s prescriptions for reps', () => {
    for (const p of PRESETS)
      for (const item of p.circuit.items) {
        const rx = getExercise(item.exercise).prescription
        if (item.reps !== undefined) expect(item.reps).toBe(rx.reps)
        else expect(item.seconds).toBeGreaterThanOrEqual(rx.seconds!)
      }
  })
})

describe('pace per exercise', () => {
  it('gives the glute bridge and box jumps their own slower reps wherever they are made', async () => {
    const { getExercise } = await import('@shared/circuits/exercises')
    const { draftItemFor } = await import('@shared/circuits/draft')
    const { generateCircuit } = await import('@shared/training/generator')
    expect(getExercise('glute-bridge').paceSecPerRep).toBeGreaterThanOrEqual(4)
    expect(getExercise('box-jumps').paceSecPerRep).toBeGreaterThanOrEqual(4)
    expect(draftItemFor('glute-bridge').secondsPerRep).toBe(
      getExercise('glute-bridge').paceSecPerRep,
    )
    expect(Number.isNaN(draftItemFor('squats').secondsPerRep)).toBe(true)
    const bridges = PRESETS.flatMap((p) => p.circuit.items).filter(
      (i) => i.exercise === 'glute-bridge',
    )
    expect(bridges.length).toBeGreaterThan(0)
    for (const b of bridges) expect(b.secondsPerRep).toBe(5)
    const made = [1, 2, 3, 4, 5, 6, 7, 8].flatMap(
      (seed) =>
        generateCircuit({
          minutes: 30,
          equipment: ['box-or-bench', 'mat'],
          focus: 'full-body',
          beginner: false,
          seed,
        }).items,
    )
    const slow = made.filter((i) => i.exercise === 'glute-bridge' || i.exercise === 'box-jumps')
    expect(slow.length).toBeGreaterThan(0)
    for (const i of slow) expect(i.secondsPerRep).toBe(getExercise(i.exercise).paceSecPerRep)
  })
})

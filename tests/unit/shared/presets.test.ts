import { describe, expect, it } from 'vitest'
import { PRESETS } from '@shared/circuits/presets'
import { plannedMs } from '@shared/engine/timeline'
import { canDoWith, getExercise } from '@shared/circuits/exercises'

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

  it('starts every preset with a warm-up', () => {
    for (const p of PRESETS) expect(p.circuit.warmupSec).toBeGreaterThan(0)
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

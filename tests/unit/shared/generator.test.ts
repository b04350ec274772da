import { describe, expect, it } from 'vitest'
import { canDoWith, getExercise, type Equipment } from '@shared/circuits/exercises'
import { EQUIPMENT_GROUPS, generateCircuit, type Focus } from '@shared/training/generator'
import { plannedMs } from '@shared/engine/timeline'

const KITS: Record<string, readonly Equipment[]> = {
  none: [],
  basic: EQUIPMENT_GROUPS.basic,
  extras: [...EQUIPMENT_GROUPS.basic, ...EQUIPMENT_GROUPS.extras],
}
const FOCI: Focus[] = ['full-body', 'legs-glutes', 'core', 'power']

describe('the session generator', () => {
  it('fits every minutes value from 10 to 60 within 10%, warm-up included', () => {
    for (let minutes = 10; minutes <= 60; minutes++)
      for (const [kit, equipment] of Object.entries(KITS))
        for (const focus of FOCI)
          for (const beginner of [false, true]) {
            const c = generateCircuit({ minutes, equipment, focus, beginner, seed: 1 })
            const actual = plannedMs(c) / 60_000
            expect(
              Math.abs(actual - minutes) / minutes,
              `${minutes} min ${kit} ${focus} ${beginner}: ${actual}`,
            ).toBeLessThanOrEqual(0.1)
            expect(c.warmupSec).toBeGreaterThan(0)
          }
  })

  it('uses only what is at hand', () => {
    for (const [kit, equipment] of Object.entries(KITS))
      for (const focus of FOCI)
        for (let seed = 0; seed < 5; seed++) {
          const c = generateCircuit({ minutes: 30, equipment, focus, beginner: false, seed })
          for (const item of c.items)
            expect(
              canDoWith(getExercise(item.exercise), new Set(equipment)),
              `${kit}: ${item.exercise}`,
            ).toBe(true)
        }
  })

  it('gives the same circuit for the same inputs, and another on Shuffle', () => {
    const input = {
      minutes: 25,
      equipment: KITS.extras!,
      focus: 'full-body' as const,
      beginner: false,
      seed: 3,
    }
    expect(generateCircuit(input)).toEqual(generateCircuit(input))
    const others = [4, 5, 6].map((seed) =>
      generateCircuit({ ...input, seed })
        .items.map((i) => i.exercise)
        .join(),
    )
    expect(
      others.some(
        (o) =>
          o !==
          generateCircuit(input)
            .items.map((i) => i.exercise)
            .join(),
      ),
    ).toBe(true)
  })

  it('follows the article’s prescriptions and puts the core in', () => {
    const c = generateCircuit({
      minutes: 30,
      equipment: [],
      focus: 'full-body',
      beginner: false,
      seed: 2,
    })
    for (const item of c.items) {
      const rx = getExercise(item.exercise).prescription
      if (item.reps !== undefined) expect(item.reps).toBe(rx.reps)
      expect(item.perSide).toBe(rx.perSide)
      expect(item.sets).toBeGreaterThanOrEqual(2)
    }
    expect(
      c.items.some((i) => ['plank', 'side-plank', 'leg-raises', 'superman'].includes(i.exercise)),
    ).toBe(true)
    expect(c.items.some((i) => i.perSide)).toBe(true)
  })
})

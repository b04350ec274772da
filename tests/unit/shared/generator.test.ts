import { describe, expect, it } from 'vitest'
import { canDoWith, getExercise, type Equipment } from '@shared/circuits/exercises'
import { EQUIPMENT_GROUPS, generateCircuit } from '@shared/training/generator'
import type { Focus } from '@shared/training/generator-options'
import { plannedMs } from '@shared/engine/timeline'
import { isJumping } from '@shared/circuits/exercises'
import { coachingProblems, LUNGES } from '@shared/training/coaching'

const KITS: Record<string, readonly Equipment[]> = {
  none: [],
  basic: EQUIPMENT_GROUPS.basic,
  extras: [...EQUIPMENT_GROUPS.basic, ...EQUIPMENT_GROUPS.extras],
}
const FOCI: Focus[] = ['full-body', 'legs-glutes', 'core', 'power']

// Thousands of circuits: on a busy two-core machine this takes longer than Vitest's 5 s.
describe('the session generator', { timeout: 60_000 }, () => {
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

// Thousands of circuits each: on a busy two-core machine these take longer than Vitest's 5 s.
describe('the article’s rules, over many generated circuits', { timeout: 30_000 }, () => {
  // Burpees land as hard as a jump squat: they count as a jumping move.
  const JUMPS = ['jump-squats', 'long-jumps', 'speed-skaters', 'box-jumps', 'burpees']
  const LEGS = new Set([
    'squats',
    'step-ups',
    'front-lunges',
    'reverse-lunges',
    'side-lunges',
    'walking-lunges',
    'jump-squats',
    'glute-bridge',
    'single-leg-deadlift',
    'speed-skaters',
    'box-jumps',
    'long-jumps',
  ])
  const all = (
    fn: (
      c: ReturnType<typeof generateCircuit>,
      minutes: number,
      beginner: boolean,
      focus: Focus,
    ) => void,
  ) => {
    for (let minutes = 10; minutes <= 60; minutes += 2)
      for (const equipment of Object.values(KITS))
        for (const focus of FOCI)
          for (const beginner of [false, true])
            for (const seed of [1, 2, 3, 4])
              fn(
                generateCircuit({ minutes, equipment, focus, beginner, seed }),
                minutes,
                beginner,
                focus,
              )
  }

  it('gives 2 sets up to 30 minutes and to beginners, never more than 3', () => {
    all((c, minutes, beginner) => {
      const most = Math.max(...c.items.map((i) => i.sets))
      expect(most).toBeLessThanOrEqual(beginner || minutes <= 30 ? 2 : 3)
    })
  })

  it('gives a beginner no box jumps and at most two jumping moves', () => {
    all((c, _m, beginner) => {
      if (!beginner) return
      const ids = c.items.map((i) => i.exercise)
      expect(ids).not.toContain('box-jumps')
      expect(ids.filter((id) => JUMPS.includes(id)).length).toBeLessThanOrEqual(2)
    })
  })

  it('makes full body mean the whole body: upper body, core, never three leg moves in a row', () => {
    all((c, _m, _b, focus) => {
      if (focus !== 'full-body') return
      const ids = c.items.map((i) => i.exercise)
      if (ids.length >= 2) {
        expect(
          ids.some((id) => ['press-ups', 'dumbbell-row', 'burpees'].includes(id)),
          ids.join(),
        ).toBe(true)
        expect(
          ids.some((id) => ['plank', 'side-plank', 'leg-raises', 'superman'].includes(id)),
          ids.join(),
        ).toBe(true)
      }
      for (let i = 2; i < ids.length; i++)
        expect(
          [ids[i - 2], ids[i - 1], ids[i]].every((id) => LEGS.has(id!)),
          ids.join(),
        ).toBe(false)
    })
  })

  it('never picks a harder version that needs kit', () => {
    all((c) => {
      for (const i of c.items) expect(i.variant).toBe('standard')
    })
  })
})

describe('the coaching rules, over thousands of generated circuits', { timeout: 60_000 }, () => {
  it('keeps every rule: jumps first and rested, warm-up and cool-down, three exercises, the whole body', () => {
    let circuits = 0
    let withJumps = 0
    const broken: string[] = []
    for (let minutes = 10; minutes <= 60; minutes++)
      for (const equipment of Object.values(KITS))
        for (const focus of FOCI)
          for (const beginner of [false, true])
            for (const seed of [1, 2, 3]) {
              const c = generateCircuit({ minutes, equipment, focus, beginner, seed })
              circuits += 1
              if (c.items.some((i) => isJumping(i.exercise))) withJumps += 1
              for (const p of coachingProblems(c, focus === 'full-body'))
                broken.push(`${minutes} ${focus} ${beginner ? 'new' : ''} ${seed}: ${p}`)
              // Every rest reads in whole fives of seconds.
              const rests = [
                c.restBetweenSetsSec,
                c.restBetweenExercisesSec,
                c.cooldownSec,
                ...c.items.map((i) => i.restSec ?? 0),
              ]
              if (rests.some((r) => r % 5 !== 0))
                broken.push(`${minutes} ${focus}: rests ${rests.join()}`)
            }
    console.log(
      `generator: ${circuits} circuits (${withJumps} with jumps), ${broken.length} breaking a coaching rule`,
    )
    expect(broken.slice(0, 40)).toEqual([])
  })

  it('gives someone new few landings and lunges, a push, and a first move that varies', () => {
    let circuits = 0
    const firsts = new Set<string>()
    for (let minutes = 10; minutes <= 60; minutes += 5)
      for (const equipment of Object.values(KITS))
        for (const focus of FOCI)
          for (let seed = 0; seed < 12; seed++) {
            const c = generateCircuit({ minutes, equipment, focus, beginner: true, seed })
            circuits += 1
            const ids = c.items.map((i) => i.exercise)
            const per20 = Math.max(1, Math.floor(minutes / 20))
            expect(ids.filter(isJumping).length, ids.join()).toBeLessThanOrEqual(Math.min(2, per20))
            expect(ids.filter((id) => LUNGES.has(id)).length, ids.join()).toBeLessThanOrEqual(per20)
            if (focus === 'full-body') expect(ids, ids.join()).toContain('press-ups')
            if (minutes === 20 && focus === 'full-body' && equipment.length === 0)
              firsts.add(ids[0]!)
          }
    console.log(
      `generator: ${circuits} beginner circuits; a 20-minute full-body session opens with ${firsts.size} different moves over 12 shuffles`,
    )
    expect(firsts.size).toBeGreaterThanOrEqual(3)
  })
})

describe('advice for someone new', () => {
  it('says the article’s start past 15 minutes, and nothing at 15 or for the experienced', async () => {
    const { beginnerAdvice } = await import('@shared/training/generator')
    expect(beginnerAdvice(30, true)).toMatch(/one 15-minute session a week/)
    expect(beginnerAdvice(30, true)).toMatch(/the 30 minutes you asked for/)
    expect(beginnerAdvice(15, true)).toBeUndefined()
    expect(beginnerAdvice(30, false)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { applySteps, heavier, nextVersionName, suggestSteps } from '@shared/training/overload'
import { circuit } from './helpers'

const c = circuit({
  name: 'Legs',
  items: [
    { exercise: 'squats', sets: 2, reps: 10 },
    { exercise: 'step-ups', sets: 2, reps: 12, load: '8 kg' },
    { exercise: 'plank', sets: 2, seconds: 30 },
    { exercise: 'glute-bridge', sets: 2, reps: 12 },
  ],
})

const session = (feeling: HistoryEntry['feeling'], startedAt: number): HistoryEntry => ({
  id: String(startedAt),
  circuitName: 'Legs',
  startedAt,
  plannedMs: 1,
  actualMs: 1,
  effortsDone: 1,
  effortsSkipped: 0,
  effortsTotal: 1,
  endedEarly: false,
  exercises: c.items.map((i) => ({ exercise: i.exercise, setsDone: 2, setsPlanned: 2 })),
  ...(feeling ? { feeling } : {}),
})

describe('progressive overload', () => {
  it('steps up after an easy session: reps toward 12, then a little load; +5 s on holds; the three furthest behind', () => {
    const steps = suggestSteps(c, [session('easy', 2), session('right', 1)])
    // The glute bridge's harder version needs a kettlebell or ball this circuit does not use.
    expect(steps.map((s) => s.text)).toEqual([
      'Squats: 11 reps (from 10)',
      'Step-Ups: 8.5 kg (from 8 kg)',
      'Plank: 35 s (from 30 s)',
    ])
    expect(steps.every((s) => s.direction === 'up')).toBe(true)
  })

  it('after a whole session felt easy, steps up at most the three exercises furthest behind', () => {
    const many = circuit({
      name: 'Many',
      items: [
        { exercise: 'squats', sets: 2, reps: 12 },
        { exercise: 'press-ups', sets: 2, reps: 8 },
        { exercise: 'plank', sets: 2, seconds: 40 },
        { exercise: 'leg-raises', sets: 2, reps: 6 },
        { exercise: 'superman', sets: 2, reps: 10 },
      ],
    })
    const easy: HistoryEntry = {
      ...session('easy', 5),
      exercises: many.items.map((i) => ({ exercise: i.exercise, setsDone: 2, setsPlanned: 2 })),
    }
    expect(suggestSteps(many, [easy]).map((s) => s.text)).toEqual([
      'Press-Ups: 9 reps (from 8)',
      'Leg Raises: 7 reps (from 6)',
      'Superman / Back Extension: 11 reps (from 10)',
    ])
  })

  it('grows a hold to the article’s range, then suggests the harder version, never 5 s more forever', () => {
    const holds = circuit({
      name: 'Holds',
      items: [
        { exercise: 'plank', sets: 2, seconds: 45 },
        { exercise: 'burpees', sets: 2, seconds: 30 },
        { exercise: 'side-plank', sets: 2, seconds: 40 },
      ],
    })
    const rated: HistoryEntry = {
      ...session('right', 5),
      exercises: holds.items.map((i) => ({
        exercise: i.exercise,
        setsDone: 2,
        setsPlanned: 2,
        feeling: 'easy' as const,
      })),
    }
    expect(suggestSteps(holds, [rated]).map((s) => s.text)).toEqual([
      'Plank: try the challenge version',
      'Burpees: try the challenge version',
      'Side Plank: 45 s (from 40 s)',
    ])
  })

  it('suggests a harder version that needs kit only when the circuit already uses that kit', () => {
    const rated = (cc: ReturnType<typeof circuit>): HistoryEntry => ({
      ...session('right', 5),
      exercises: cc.items.map((i) => ({
        exercise: i.exercise,
        setsDone: 2,
        setsPlanned: 2,
        feeling: 'easy' as const,
      })),
    })
    const bare = circuit({ name: 'Bare', items: [{ exercise: 'glute-bridge', sets: 2, reps: 12 }] })
    expect(suggestSteps(bare, [rated(bare)])).toEqual([])
    const withBell = circuit({
      name: 'Bell',
      items: [
        { exercise: 'glute-bridge', sets: 2, reps: 12 },
        { exercise: 'single-leg-deadlift', sets: 2, reps: 10 },
      ],
    })
    expect(suggestSteps(withBell, [rated(withBell)]).map((s) => s.text)[0]).toBe(
      'Glute Bridge: try the challenge version',
    )
  })

  it('suggests nothing when it felt about right', () => {
    expect(suggestSteps(c, [session('right', 2), session('easy', 1)])).toEqual([])
  })

  it('steps back after hard twice in a row, and not after hard once', () => {
    expect(suggestSteps(c, [session('hard', 3), session('right', 2)])).toEqual([])
    const back = suggestSteps(c, [session('hard', 3), session('hard', 2)])
    expect(back.map((s) => s.text)).toEqual([
      'Squats: 8 reps (from 10)',
      'Step-Ups: 10 reps (from 12)',
      'Plank: 25 s (from 30 s)',
      'Glute Bridge: 10 reps (from 12)',
    ])
    expect(back.every((s) => s.direction === 'back')).toBe(true)
  })

  it("goes by an exercise's own rating where it has one", () => {
    const rated = session('right', 2)
    rated.exercises[0] = { ...rated.exercises[0]!, feeling: 'easy' }
    rated.exercises[2] = { ...rated.exercises[2]!, feeling: 'hard' }
    const hardPlank = session('easy', 1)
    hardPlank.exercises[2] = { ...hardPlank.exercises[2]!, feeling: 'hard' }
    expect(suggestSteps(c, [rated, hardPlank]).map((s) => s.text)).toEqual([
      'Squats: 11 reps (from 10)',
      'Plank: 25 s (from 30 s)',
    ])
  })

  it('applies into a new version and leaves the original as it was', () => {
    const steps = suggestSteps(c, [session('easy', 2)])
    const next = applySteps(c, steps)
    expect(next.name).toBe('Legs v2')
    expect(next.items[0]!.reps).toBe(11)
    expect(next.items[2]!.seconds).toBe(35)
    expect(c.items[0]!.reps).toBe(10)
    expect(nextVersionName('Legs v2')).toBe('Legs v3')
  })

  it('reads load as people write it, and steps it about 5 to 10% in usual increments', () => {
    expect(heavier('8 kg')).toBe('8.5 kg')
    expect(heavier('20 lb')).toBe('21 lb')
    expect(heavier('2 x 6 kg')).toBe('2 x 6.5 kg')
    expect(heavier('8 kg each')).toBe('8.5 kg each')
    expect(heavier('10 kgs')).toBe('11 kgs')
    expect(heavier('20 kg')).toBe('22 kg')
    expect(heavier('50 lb')).toBe('55 lb')
    // The smallest increment where 10% is less than any: never +2 kg on 2 kg.
    expect(heavier('2 kg')).toBe('2.5 kg')
    expect(heavier('weight vest')).toBeNull()
  })
})

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
  it('steps up after an easy session: reps toward 12, then load, then the challenge; +5 s on holds', () => {
    const steps = suggestSteps(c, [session('easy', 2), session('right', 1)])
    expect(steps.map((s) => s.text)).toEqual([
      'Squats: 11 reps (from 10)',
      'Step-Ups: 10 kg (from 8 kg)',
      'Plank: 35 s (from 30 s)',
      'Glute Bridge: try the challenge version',
    ])
    expect(steps.every((s) => s.direction === 'up')).toBe(true)
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
    expect(next.items[3]!.variant).toBe('challenge')
    expect(c.items[0]!.reps).toBe(10)
    expect(nextVersionName('Legs v2')).toBe('Legs v3')
  })

  it('adds load only where it can read it', () => {
    expect(heavier('8 kg')).toBe('10 kg')
    expect(heavier('20 lb')).toBe('25 lb')
    expect(heavier('weight vest')).toBeNull()
  })
})

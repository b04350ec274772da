import { describe, expect, it } from 'vitest'
import { describePhase } from '@shared/engine/describe-phase'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

const phases = compileTimeline(
  circuit({
    warmupSec: 60,
    items: [
      { exercise: 'side-plank', sets: 2, seconds: 30 },
      { exercise: 'walking-lunges', sets: 1, reps: 16 },
    ],
  }),
).phases

describe('one wording per phase', () => {
  it('names an effort’s exercise, set, side and amount, shown and spoken', () => {
    expect(describePhase(phases[1]!)).toEqual({
      label: 'Hold',
      name: 'Side Plank',
      counter: 'Set 1 of 2',
      last: false,
      amount: 'Hold 0:30',
      spokenAmount: 'Hold 30 seconds',
      side: 'Left',
    })
  })

  it('marks the last of several sets', () => {
    const lastLeft = phases.find((p) => p.counter?.n === 2 && p.side === 'left')!
    expect(describePhase(lastLeft)).toMatchObject({ counter: 'Set 2 of 2', last: true })
  })

  it('names the exercise that comes next during a rest, and counts alternating steps', () => {
    const rest = phases.find((p) => p.kind === 'rest' && p.exerciseId === 'walking-lunges')!
    expect(describePhase(rest)).toMatchObject({ label: 'Rest', name: 'Walking Lunges' })
    const lunges = phases.find((p) => p.kind === 'work')!
    expect(describePhase(lunges).amount).toBe('16 steps')
  })

  it('gives the warm-up its label and length', () => {
    expect(describePhase(phases[0]!)).toMatchObject({
      label: 'Warm-up',
      name: undefined,
      amount: '1:00',
    })
  })
})

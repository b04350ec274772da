import { describe, expect, it } from 'vitest'
import { describePhase, moveClock, nextText } from '@shared/engine/describe-phase'
import { compileTimeline, type Phase } from '@shared/engine/timeline'
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

describe('a warm-up or cool-down move at a time', () => {
  const timeline = compileTimeline(
    circuit({
      warmupSec: 60,
      cooldownSec: 50,
      items: [{ exercise: 'squats', sets: 1, seconds: 30 }],
    }),
  ).phases
  const [warmup, work, cooldown] = timeline as [Phase, Phase, Phase]
  const at = (phase: Phase, next: Phase | undefined, phaseElapsedMs: number) => ({
    done: false,
    phase,
    next,
    phaseElapsedMs,
  })

  it('counts down the move in progress, ticking with the phase’s countdown', () => {
    expect(moveClock(at(warmup, work, 0))).toBe('0:20')
    expect(moveClock(at(warmup, work, 3_500))).toBe('0:17')
    expect(moveClock(at(warmup, work, 19_999))).toBe('0:01')
    expect(moveClock(at(warmup, work, 20_000))).toBe('0:20')
    expect(moveClock(at(warmup, work, 59_000))).toBe('0:01')
  })

  it('gives no move clock outside the routines, nor to a routine of one move', () => {
    expect(moveClock(at(work, cooldown, 0))).toBeUndefined()
    const short = compileTimeline(
      circuit({ warmupSec: 30, items: [{ exercise: 'squats', sets: 1, seconds: 30 }] }),
    ).phases[0]!
    expect(moveClock(at(short, work, 0))).toBeUndefined()
    expect(moveClock({ ...at(warmup, work, 0), done: true })).toBeUndefined()
  })

  it('names the next move while there is one, then what follows the routine', () => {
    expect(nextText(at(warmup, work, 0))).toBe('Next: Mountain climbers (0:20)')
    expect(nextText(at(warmup, work, 20_000))).toBe('Next: Easy squats (0:20)')
    expect(nextText(at(warmup, work, 40_000))).toBe('Next: Squats (0:30)')
    // 50 s of cool-down: two slots of 25 s.
    expect(nextText(at(cooldown, undefined, 0))).toBe('Next: Calf stretch (0:25)')
    expect(nextText(at(cooldown, undefined, 25_000))).toBe('Next: Done')
  })

  it('words what follows an effort or a rest as before', () => {
    expect(nextText(at(work, cooldown, 0))).toBe('Next: Cool-down 0:50')
  })
})

import { describe, expect, it } from 'vitest'
import { compileTimeline, plannedMs } from '@shared/engine/timeline'
import { circuit } from './helpers'
import { PRESETS } from '@shared/circuits/presets'
import { EQUIPMENT_GROUPS, generateCircuit } from '@shared/training/generator'

const shape = (c: ReturnType<typeof circuit>) =>
  compileTimeline(c).phases.map((p) =>
    [
      p.kind,
      p.durationMs / 1000,
      p.exerciseId ?? '',
      p.side ?? '',
      p.counter ? `${p.counter.label}${p.counter.n}/${p.counter.of}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  )

describe('the timeline', () => {
  it('rule 1 and 5: warm-up first and cool-down last, left out at 0', () => {
    const withBoth = circuit({
      warmupSec: 120,
      cooldownSec: 60,
      items: [{ exercise: 'squats', reps: 10 }],
    })
    expect(shape(withBoth)).toEqual(['warmup 120', 'work 30 squats Set1/1', 'cooldown 60'])
    const without = circuit({
      warmupSec: 0,
      cooldownSec: 0,
      items: [{ exercise: 'squats', reps: 10 }],
    })
    expect(shape(without)).toEqual(['work 30 squats Set1/1'])
  })

  it('rule 2: sets structure rests between sets, then between exercises, none after the last', () => {
    const c = circuit({
      warmupSec: 0,
      restBetweenSetsSec: 20,
      restBetweenExercisesSec: 50,
      items: [
        { exercise: 'squats', sets: 2, reps: 10 },
        { exercise: 'plank', sets: 2, seconds: 30 },
      ],
    })
    expect(shape(c)).toEqual([
      'work 30 squats Set1/2',
      'rest 20 squats',
      'work 30 squats Set2/2',
      'rest 50 plank',
      'hold 30 plank Set1/2',
      'rest 20 plank',
      'hold 30 plank Set2/2',
    ])
  })

  it('rule 3: rounds structure rests between exercises, then between rounds, none at the end', () => {
    const c = circuit({
      warmupSec: 0,
      structure: 'rounds',
      rounds: 2,
      restBetweenExercisesSec: 15,
      restBetweenRoundsSec: 90,
      items: [
        { exercise: 'squats', reps: 10 },
        { exercise: 'burpees', seconds: 30 },
      ],
    })
    expect(shape(c)).toEqual([
      'work 30 squats Round1/2',
      'rest 15 burpees',
      'work 30 burpees Round1/2',
      'rest 90 squats',
      'work 30 squats Round2/2',
      'rest 15 burpees',
      'work 30 burpees Round2/2',
    ])
  })

  it('rule 4: per side is left, switch, right; no switch at 0 seconds', () => {
    const item = { exercise: 'step-ups', sets: 1, reps: 10 }
    expect(shape(circuit({ warmupSec: 0, switchSidesSec: 8, items: [item] }))).toEqual([
      'work 30 step-ups left Set1/1',
      'switch 8 step-ups Set1/1',
      'work 30 step-ups right Set1/1',
    ])
    expect(shape(circuit({ warmupSec: 0, switchSidesSec: 0, items: [item] }))).toEqual([
      'work 30 step-ups left Set1/1',
      'work 30 step-ups right Set1/1',
    ])
    expect(shape(circuit({ warmupSec: 0, items: [{ ...item, perSide: false }] }))).toEqual([
      'work 30 step-ups Set1/1',
    ])
  })

  it('rule 4: an item pace overrides the circuit pace; seconds ignore pace', () => {
    const c = circuit({
      warmupSec: 0,
      secondsPerRep: 2,
      restBetweenExercisesSec: 0,
      items: [
        { exercise: 'squats', reps: 10 },
        { exercise: 'squats', reps: 10, secondsPerRep: 4.5 },
        { exercise: 'plank', seconds: 40, secondsPerRep: 9 },
        { exercise: 'squats', reps: 3, secondsPerRep: 1.3333 },
      ],
    })
    expect(compileTimeline(c).phases.map((p) => p.durationMs)).toEqual([
      20_000, 45_000, 40_000, 4_000,
    ])
  })

  it('rule 6: rests of 0 seconds are left out', () => {
    const c = circuit({
      warmupSec: 0,
      restBetweenSetsSec: 0,
      restBetweenExercisesSec: 0,
      items: [
        { exercise: 'squats', sets: 2, reps: 10 },
        { exercise: 'press-ups', sets: 1, reps: 10 },
      ],
    })
    expect(shape(c)).toEqual([
      'work 30 squats Set1/2',
      'work 30 squats Set2/2',
      'work 30 press-ups Set1/1',
    ])
  })

  it('rule 7: an item’s own rest comes after each of its sets, in place of the circuit’s', () => {
    const sets = circuit({
      warmupSec: 0,
      restBetweenSetsSec: 30,
      restBetweenExercisesSec: 45,
      items: [
        { exercise: 'jump-squats', sets: 2, reps: 10, restSec: 75 },
        { exercise: 'squats', sets: 2, reps: 10 },
      ],
    })
    expect(shape(sets)).toEqual([
      'work 30 jump-squats Set1/2',
      'rest 75 jump-squats',
      'work 30 jump-squats Set2/2',
      'rest 75 squats',
      'work 30 squats Set1/2',
      'rest 30 squats',
      'work 30 squats Set2/2',
    ])
    // With rounds: after the item in place of the rest between exercises; at a round's end
    // the longer of it and the rest between rounds.
    const rounds = circuit({
      warmupSec: 0,
      structure: 'rounds',
      rounds: 2,
      restBetweenExercisesSec: 20,
      restBetweenRoundsSec: 60,
      items: [
        { exercise: 'box-jumps', reps: 10, restSec: 90 },
        { exercise: 'plank', seconds: 30, restSec: 45 },
      ],
    })
    expect(shape(rounds).filter((p) => p.startsWith('rest'))).toEqual([
      'rest 90 plank',
      'rest 60 box-jumps',
      'rest 90 plank',
    ])
  })

  it('rule 7 changes nothing for a file without it', () => {
    const c = circuit({
      warmupSec: 0,
      items: [
        { exercise: 'jump-squats', sets: 2, reps: 10 },
        { exercise: 'squats', sets: 2, reps: 10 },
      ],
    })
    expect(shape(c).filter((p) => p.startsWith('rest'))).toEqual([
      'rest 30 jump-squats',
      'rest 60 squats',
      'rest 30 squats',
    ])
  })

  it('plans the sum of every phase, with starts in order', () => {
    const c = circuit({
      warmupSec: 300,
      cooldownSec: 120,
      restBetweenSetsSec: 30,
      restBetweenExercisesSec: 60,
      items: [
        { exercise: 'squats', sets: 2, reps: 15 },
        { exercise: 'walking-lunges', sets: 2, reps: 8, perSide: true },
        { exercise: 'plank', sets: 2, seconds: 45 },
      ],
    })
    // 300 + (45+30+45) + 60 + (24+5+24)+30+(24+5+24) + 60 + 45+30+45 + 120
    expect(plannedMs(c)).toBe(916_000)
    const t = compileTimeline(c)
    t.phases.forEach((p, i) => {
      if (i > 0) expect(p.startMs).toBe(t.phases[i - 1]!.startMs + t.phases[i - 1]!.durationMs)
    })
  })
})

describe('the planned length', () => {
  it('is the compiled timeline’s length, for every preset and every kind of generated circuit', () => {
    const circuits = [
      ...PRESETS.map((p) => p.circuit),
      ...[10, 17, 30, 45, 60].flatMap((minutes) =>
        (['full-body', 'legs-glutes', 'core', 'power'] as const).flatMap((focus) =>
          [false, true].map((beginner) =>
            generateCircuit({
              minutes,
              equipment: EQUIPMENT_GROUPS.basic,
              focus,
              beginner,
              seed: 3,
            }),
          ),
        ),
      ),
      // Rounds, a per-side move, a rest of its own, a rest of 0 s left out.
      circuit({
        structure: 'rounds',
        rounds: 3,
        restBetweenExercisesSec: 0,
        items: [
          { exercise: 'side-plank', sets: 1, seconds: 30, perSide: true, restSec: 20 },
          { exercise: 'squats', sets: 1, reps: 12 },
        ],
      }),
    ]
    for (const c of circuits) expect(plannedMs(c), c.name).toBe(compileTimeline(c).totalMs)
    expect(circuits.length).toBeGreaterThan(40)
  })
})

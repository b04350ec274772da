import { describe, expect, it } from 'vitest'
import {
  circuitFileName,
  parseCircuit,
  parseCircuitText,
  serializeCircuit,
  type Circuit,
} from '@shared/circuit'
import EXAMPLE from '../../fixtures/example-circuit.json'
import { compileTimeline } from '@shared/timeline'

const example = EXAMPLE

function refusal(value: unknown): string {
  const r = parseCircuit(value)
  if (r.ok) throw new Error('expected a refusal')
  return r.message
}

const withItem = (item: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...example,
  ...extra,
  items: [example.items[0], example.items[1], item],
})

describe('the circuit file format', () => {
  it('reads the example and applies the defaults', () => {
    const r = parseCircuit(example)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.circuit.items[1]).toMatchObject({
      reps: 16,
      perSide: false,
      load: '2 x 6 kg',
      variant: 'standard',
    })
    expect(r.circuit.restBetweenRoundsSec).toBe(90)
    expect(r.circuit.rounds).toBe(1)
  })

  it('takes perSide from the exercise when the item leaves it out', () => {
    const r = parseCircuit({ ...example, items: [{ exercise: 'side-plank', seconds: 30 }] })
    expect(r.ok && r.circuit.items[0]!.perSide).toBe(true)
  })

  it('runs walking lunges as one alternating effort, or per side when the file asks', () => {
    const one = parseCircuit({ ...example, items: [{ exercise: 'walking-lunges', reps: 16 }] })
    expect(one.ok && compileTimeline(one.circuit).phases.map((p) => p.kind)).toEqual([
      'warmup',
      'work',
      'cooldown',
    ])
    const sides = parseCircuit({
      ...example,
      items: [{ exercise: 'walking-lunges', reps: 8, perSide: true }],
    })
    expect(sides.ok && compileTimeline(sides.circuit).phases.map((p) => p.kind)).toEqual([
      'warmup',
      'work',
      'switch',
      'work',
      'cooldown',
    ])
  })

  it('fills every default for a minimal file', () => {
    const r = parseCircuit({
      format: 'runner-strength-circuit',
      version: 1,
      name: '  Tiny  ',
      items: [{ exercise: 'squats', reps: 10 }],
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.circuit).toMatchObject({
      name: 'Tiny',
      structure: 'sets',
      warmupSec: 300,
      cooldownSec: 0,
      secondsPerRep: 3,
      switchSidesSec: 5,
      restBetweenSetsSec: 30,
      restBetweenExercisesSec: 60,
    })
    expect(r.circuit.items[0]).toMatchObject({ sets: 1, perSide: false })
  })

  it('names the field and the rule of a number out of range', () => {
    expect(refusal(withItem({ exercise: 'plank', sets: 2, reps: 101 }))).toBe(
      'items[2].reps: must be between 1 and 100',
    )
    expect(refusal({ ...example, warmupSec: 1801 })).toBe('warmupSec: must be between 0 and 1800')
    expect(refusal({ ...example, switchSidesSec: 2.5 })).toMatch(
      /^switchSidesSec: must be a whole number/,
    )
    expect(refusal(withItem({ exercise: 'plank', sets: 11, seconds: 30 }))).toBe(
      'items[2].sets: must be between 1 and 10',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 4 }))).toBe(
      'items[2].seconds: must be between 5 and 600',
    )
  })

  it('refuses unknown fields with their path', () => {
    expect(refusal({ ...example, colour: 'red' })).toBe(
      'colour: is not a field of the circuit format',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, weight: 5 }))).toBe(
      'items[2].weight: is not a field of the circuit format',
    )
  })

  it('refuses a newer version, naming it', () => {
    expect(refusal({ ...example, version: 2 })).toMatch(/^version: version 2 is newer/)
  })

  it('refuses another format and non-objects', () => {
    expect(refusal({ ...example, format: 'other' })).toMatch(
      /^format: must be "runner-strength-circuit"/,
    )
    expect(refusal([1, 2])).toMatch(/not a circuit/)
  })

  it('needs exactly one of reps and seconds', () => {
    expect(refusal(withItem({ exercise: 'plank', reps: 5, seconds: 30 }))).toBe(
      'items[2]: needs exactly one of "reps" and "seconds"',
    )
    expect(refusal(withItem({ exercise: 'plank' }))).toBe(
      'items[2]: needs exactly one of "reps" and "seconds"',
    )
  })

  it('refuses an unknown exercise id', () => {
    expect(refusal(withItem({ exercise: 'deadlift', reps: 5 }))).toMatch(
      /^items\[2\]\.exercise: "deadlift" is not one of the article's exercises/,
    )
  })

  it('keeps sets at 1 with rounds, and round fields to rounds', () => {
    expect(refusal({ ...example, structure: 'rounds' })).toBe(
      'items[0].sets: must be absent or 1 when structure is "rounds"\n' +
        'items[1].sets: must be absent or 1 when structure is "rounds"\n' +
        'items[2].sets: must be absent or 1 when structure is "rounds"',
    )
    expect(refusal({ ...example, rounds: 3 })).toBe(
      'rounds: is only allowed when structure is "rounds"',
    )
    expect(
      refusal({
        ...example,
        structure: 'rounds',
        rounds: 21,
        items: [{ exercise: 'squats', reps: 5 }],
      }),
    ).toBe('rounds: must be between 1 and 20')
  })

  it('refuses a name that is empty after trimming or too long', () => {
    expect(refusal({ ...example, name: '   ' })).toBe('name: must be 1 to 80 characters')
    expect(refusal({ ...example, name: 'x'.repeat(81) })).toBe('name: must be 1 to 80 characters')
  })

  it('refuses 0 and 51 items, long loads and notes', () => {
    expect(refusal({ ...example, items: [] })).toBe('items: must hold 1 to 50 items')
    expect(refusal({ ...example, items: Array(51).fill({ exercise: 'squats', reps: 5 }) })).toBe(
      'items: must hold 1 to 50 items',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, load: 'x'.repeat(41) }))).toBe(
      'items[2].load: must be at most 40 characters',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, notes: 'x'.repeat(201) }))).toBe(
      'items[2].notes: must be at most 200 characters',
    )
  })

  it('refuses text that is not JSON, and files over 1 MB before parsing', () => {
    const bad = parseCircuitText('{ "format": ')
    expect(!bad.ok && bad.message).toMatch(/^The file is not valid JSON/)
    const big = parseCircuitText(`${JSON.stringify(example)}${' '.repeat(1024 * 1024)}`)
    expect(!big.ok && big.message).toMatch(/larger than 1 MB/)
  })

  it('round-trips through export and import unchanged', () => {
    const first = parseCircuit(example)
    if (!first.ok) throw new Error(first.message)
    const text = serializeCircuit(first.circuit)
    const again = parseCircuitText(text)
    expect(again.ok && again.circuit).toEqual(first.circuit)
    const rounds: Circuit = {
      ...first.circuit,
      structure: 'rounds',
      rounds: 3,
      items: first.circuit.items.map((i) => ({ ...i, sets: 1 })),
    }
    const back = parseCircuitText(serializeCircuit(rounds))
    expect(back.ok && back.circuit).toEqual(rounds)
  })

  it('makes a safe file name', () => {
    const r = parseCircuit(example)
    expect(r.ok && circuitFileName(r.circuit)).toBe('easy-run-day-legs.json')
  })
})

describe('equipment', () => {
  it('lists what a circuit needs once, leaving out needs a stricter one already meets', async () => {
    const { equipmentGroups } = await import('@shared/circuit')
    const r = parseCircuit({
      ...example,
      items: [
        { exercise: 'dumbbell-row', sets: 1, reps: 5 },
        { exercise: 'single-leg-deadlift', sets: 1, reps: 5 },
        { exercise: 'step-ups', sets: 1, reps: 5 },
        { exercise: 'press-ups', sets: 1, reps: 5, variant: 'challenge' },
      ],
    })
    if (!r.ok) throw new Error(r.message)
    expect(equipmentGroups(r.circuit)).toEqual([['dumbbell'], ['box-or-bench'], ['weight-vest']])
  })
})

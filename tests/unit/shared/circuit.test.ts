import { describe, expect, it } from 'vitest'
import type { Circuit } from '@shared/circuits/circuit'
import {
  circuitFileName,
  parseCircuit,
  parseCircuitText,
  serializeCircuit,
} from '@shared/circuits/circuit-file'
import { shownValue } from '@shared/circuits/circuit-messages'
import { hasControlCharacters, hasVisibleCharacters } from '@shared/circuits/circuit-schema'
import EXAMPLE from '../../fixtures/example-circuit.json'
import { compileTimeline } from '@shared/engine/timeline'

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

  it('names the field as the builder shows it, and the rule of a number out of range', () => {
    expect(refusal(withItem({ exercise: 'plank', sets: 2, reps: 101 }))).toBe(
      'Exercise 3, Reps: a whole number from 1 to 100',
    )
    expect(refusal({ ...example, warmupSec: 1801 })).toBe(
      'Warm-up: a whole number of seconds from 0 to 1800',
    )
    expect(refusal({ ...example, switchSidesSec: 2.5 })).toBe(
      'Switch sides: a whole number of seconds from 0 to 30',
    )
    expect(refusal(withItem({ exercise: 'plank', sets: 11, seconds: 30 }))).toBe(
      'Exercise 3, Sets: a whole number from 1 to 10',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 4 }))).toBe(
      'Exercise 3, Seconds: a whole number from 5 to 600',
    )
    expect(refusal({ ...example, secondsPerRep: 11 })).toBe(
      'Pace: a number of seconds from 1 to 10',
    )
    expect(refusal(withItem({ exercise: 'squats', reps: 5, secondsPerRep: 0 }))).toBe(
      'Exercise 3, Own pace: a number of seconds from 1 to 10',
    )
  })

  it('keeps each problem’s place in the file apart from its words', () => {
    const r = parseCircuit(withItem({ exercise: 'plank', sets: 2, reps: 101 }))
    expect(!r.ok && r.problems).toEqual([
      { path: 'items[2].reps', field: 'Exercise 3, Reps', message: 'a whole number from 1 to 100' },
    ])
    expect(refusal(withItem({ exercise: 'plank', sets: 2, reps: 101 }))).not.toMatch(/items\[/)
  })

  it('refuses unknown fields, quoting them where they are', () => {
    expect(refusal({ ...example, colour: 'red' })).toBe(
      '"colour" is not a field of the circuit format',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, weight: 5 }))).toBe(
      'Exercise 3: "weight" is not a field of the circuit format',
    )
    const r = parseCircuit(withItem({ exercise: 'plank', seconds: 30, weight: 5 }))
    expect(!r.ok && r.problems[0]?.path).toBe('items[2].weight')
  })

  it('refuses a newer version, naming it', () => {
    expect(refusal({ ...example, version: 2 })).toBe(
      'This circuit file is version 2, newer than this app reads (version 1); update Runstrong to open it.',
    )
  })

  it('refuses another format and non-objects as not circuit files', () => {
    expect(refusal({ ...example, format: 'other' })).toBe(
      'This is not a circuit file: its format is "other", where a Runstrong circuit file says "format": "runner-strength-circuit".',
    )
    const noFormat: Record<string, unknown> = { ...example }
    delete noFormat.format
    expect(refusal(noFormat)).toBe(
      'This is not a circuit file: it has no format, where a Runstrong circuit file says "format": "runner-strength-circuit".',
    )
    expect(refusal([1, 2])).toBe(
      'This is not a circuit file: it holds a list, where a circuit file holds a JSON object.',
    )
  })

  it('needs exactly one of reps and seconds', () => {
    expect(refusal(withItem({ exercise: 'plank', reps: 5, seconds: 30 }))).toBe(
      'Exercise 3: Reps or Seconds, not both',
    )
    expect(refusal(withItem({ exercise: 'plank' }))).toBe(
      'Exercise 3: Reps or Seconds, one of the two',
    )
  })

  it('refuses an unknown exercise id', () => {
    expect(refusal(withItem({ exercise: 'deadlift', reps: 5 }))).toMatch(
      /^Exercise 3: "deadlift" is not one of the article's exercises \(squats, /,
    )
  })

  it('keeps sets at 1 with rounds, and round fields to rounds', () => {
    expect(refusal({ ...example, structure: 'rounds' })).toBe(
      'Exercise 1, Sets: 1 or left out when the structure is "rounds"\n' +
        'Exercise 2, Sets: 1 or left out when the structure is "rounds"\n' +
        'Exercise 3, Sets: 1 or left out when the structure is "rounds"',
    )
    expect(refusal({ ...example, rounds: 3 })).toBe(
      'Rounds: only allowed when the structure is "rounds"',
    )
    expect(refusal({ ...example, restBetweenRoundsSec: 30 })).toBe(
      'Rest between rounds: only allowed when the structure is "rounds"',
    )
    expect(
      refusal({
        ...example,
        structure: 'rounds',
        rounds: 21,
        items: [{ exercise: 'squats', reps: 5 }],
      }),
    ).toBe('Rounds: a whole number from 1 to 20')
  })

  it('refuses a name that is empty after trimming or too long', () => {
    expect(refusal({ ...example, name: '   ' })).toBe('Name: 1 to 80 characters')
    expect(refusal({ ...example, name: 'x'.repeat(81) })).toBe('Name: 1 to 80 characters')
  })

  it('refuses 0 and 51 items, long loads and notes', () => {
    expect(refusal({ ...example, items: [] })).toBe('Exercises: a circuit holds 1 to 50 exercises')
    expect(refusal({ ...example, items: Array(51).fill({ exercise: 'squats', reps: 5 }) })).toBe(
      'Exercises: a circuit holds 1 to 50 exercises',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, load: 'x'.repeat(41) }))).toBe(
      'Exercise 3, Load: at most 40 characters',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, notes: 'x'.repeat(201) }))).toBe(
      'Exercise 3, Notes: at most 200 characters',
    )
  })

  it('refuses text that is not JSON, and files over 1 MB before parsing', () => {
    const bad = parseCircuitText('{ "format": ')
    expect(!bad.ok && bad.message).toMatch(/^The file is not valid JSON/)
    const big = parseCircuitText(`${JSON.stringify(example)}${' '.repeat(1024 * 1024)}`)
    expect(!big.ok && big.message).toMatch(/larger than 1 MB/)
  })

  it('refuses a name with control characters or nothing visible, saying which', () => {
    for (const name of ['Leg\tday', 'Leg\nday', '  Tiny\n', 'a\u0000b', 'a\u007Fb', 'a\u0085b'])
      expect(refusal({ ...example, name })).toBe(
        'Name: no control characters, such as tabs or line breaks',
      )
    for (const name of [
      '\u200B',
      '\u200B\u200C\u200D\u2060',
      '\uFEFF',
      ' \u200E\u200F ',
      '\u202A\u202B\u202C\u202D\u202E',
      '\u2066\u2067\u2068\u2069',
      '\u00AD\u2061',
      '\u3164',
    ])
      expect(refusal({ ...example, name })).toBe('Name: at least one visible character')
  })

  it('accepts a name with an emoji, accents, CJK text or an apostrophe', () => {
    for (const name of [
      'Leg day 🦵',
      '👩‍💻 desk break',
      'Séance du matin',
      'Cafe\u0301 legs',
      '腿の日',
      'Runner’s core',
      "Runner's core",
      'Flag 🇬🇧 1️⃣',
    ]) {
      const r = parseCircuit({ ...example, name })
      expect(r.ok && r.circuit.name).toBe(name)
    }
  })

  it('refuses control characters in loads and notes', () => {
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, load: '8\tkg' }))).toBe(
      'Exercise 3, Load: no control characters, such as tabs or line breaks',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, notes: 'knees\nsoft' }))).toBe(
      'Exercise 3, Notes: no control characters, such as tabs or line breaks',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, notes: 'x\u009B' }))).toBe(
      'Exercise 3, Notes: no control characters, such as tabs or line breaks',
    )
    const r = parseCircuit(withItem({ exercise: 'plank', seconds: 30, notes: 'Keep hips level ✓' }))
    expect(r.ok && r.circuit.items[2]!.notes).toBe('Keep hips level ✓')
  })

  it('says what type a field of the wrong type must be, and what it is instead', () => {
    const item = { exercise: 'squats', reps: 15 }
    expect(refusal({ ...example, items: [{ ...item, sets: '2' }] })).toBe(
      'Exercise 1, Sets: a whole number from 1 to 10, not text',
    )
    expect(refusal({ ...example, name: 5 })).toBe('Name: text, not a number')
    expect(refusal({ ...example, items: {} })).toBe('Exercises: a list of exercises, not an object')
    expect(refusal({ ...example, items: [{ ...item, perSide: 'yes' }] })).toBe(
      'Exercise 1, Per side: true or false, not text',
    )
    expect(refusal({ ...example, items: [{ ...item, sets: null }] })).toBe(
      'Exercise 1, Sets: a whole number from 1 to 10, not null',
    )
    expect(refusal({ ...example, items: [{ ...item, reps: true }] })).toBe(
      'Exercise 1, Reps: a whole number from 1 to 100, not true/false',
    )
    expect(refusal({ ...example, warmupSec: [300] })).toBe(
      'Warm-up: a whole number of seconds from 0 to 1800, not a list',
    )
    expect(refusal({ ...example, secondsPerRep: '3' })).toBe(
      'Pace: a number of seconds from 1 to 10, not text',
    )
    expect(refusal({ ...example, items: [5] })).toBe('Exercise 1: an object, not a number')
    expect(refusal({ ...example, items: [{ ...item, exercise: 7 }] })).toBe(
      "Exercise 1: an exercise's id, not a number",
    )
    expect(refusal({ ...example, items: [{ ...item, notes: { text: 'hi' } }] })).toBe(
      'Exercise 1, Notes: text, not an object',
    )
    expect(refusal({ ...example, version: '1' })).toBe('Version: the number 1, not text')
    expect(refusal({ ...example, structure: 2 })).toBe(
      'Structure: "sets" or "rounds", not a number',
    )
    expect(refusal({ ...example, name: undefined })).toBe('Name: required')
    expect(refusal('a circuit')).toBe(
      'This is not a circuit file: it holds text, where a circuit file holds a JSON object.',
    )
  })

  it('quotes a wrong word, cut short', () => {
    expect(refusal({ ...example, structure: 'Sets' })).toBe(
      'Structure: "sets" or "rounds", not "Sets"',
    )
    expect(refusal(withItem({ exercise: 'plank', seconds: 30, variant: 'hard' }))).toBe(
      'Exercise 3, Version: "standard" or "challenge", not "hard"',
    )
    expect(refusal({ ...example, format: `x${'y'.repeat(100)}` })).toBe(
      `This is not a circuit file: its format is "x${'y'.repeat(38)}…", where a Runstrong circuit file says "format": "runner-strength-circuit".`,
    )
  })

  it('says an empty file is empty, and a file that is not JSON is not a circuit file', () => {
    for (const text of ['', '   \n\t\r\n', '\uFEFF'])
      expect(parseCircuitText(text)).toMatchObject({ ok: false, message: 'The file is empty.' })
    for (const text of ['hello', 'name,sets,reps\nsquats,2,15\n', '%PDF-1.7', '<circuit/>'])
      expect(parseCircuitText(text)).toMatchObject({
        ok: false,
        message: 'This is not a circuit file: it is not JSON.',
      })
    expect(
      parseCircuitText('{\n  "format": "runner-strength-circuit"\n  "version": 1\n}'),
    ).toMatchObject({
      ok: false,
      message: 'The file is not valid JSON: there is a mistake at line 3, column 3',
    })
    expect(parseCircuitText('{ "format": "runner-strength-circuit", ')).toMatchObject({
      ok: false,
      message: 'The file is not valid JSON: it ends too early, as if cut short',
    })
    const broken = parseCircuitText('{ "name": nope }')
    expect(!broken.ok && broken.message).toMatch(/^The file is not valid JSON/)
    expect(!broken.ok && broken.message).not.toMatch(/nope|Unexpected|token/)
    expect(parseCircuitText(`\uFEFF${JSON.stringify(example)}`).ok).toBe(true)
  })

  it('cuts a quoted value to 40 characters and shows what is invisible', () => {
    expect(shownValue('x'.repeat(40))).toBe('x'.repeat(40))
    expect(shownValue('x'.repeat(41))).toBe(`${'x'.repeat(39)}…`)
    expect(shownValue('a\nb\u202Ec')).toBe('a\\nb\\u202Ec')
    expect(shownValue('🦵'.repeat(30))).toBe(`${'🦵'.repeat(19)}…`)
    expect(refusal(withItem({ exercise: 'd'.repeat(10_000), reps: 5 }))).toMatch(
      new RegExp(`^Exercise 3: "${'d'.repeat(39)}…" is not one of`),
    )
    expect(refusal({ ...example, [`colour\n${'x'.repeat(10_000)}`]: 1 })).toBe(
      `"colour\\n${'x'.repeat(31)}…" is not a field of the circuit format`,
    )
    expect(hasControlCharacters('Leg day')).toBe(false)
    expect(hasVisibleCharacters('\u200B a')).toBe(true)
  })

  it('lists at most 10 problems and counts the rest, however many a file holds', () => {
    const file: Record<string, unknown> = {
      ...example,
      items: Array.from({ length: 5000 }, (_, i) => ({ exercise: `bad-${i}`, sets: 'x' })),
    }
    for (let i = 0; i < 5000; i++) file[`${i}-${'k'.repeat(10_000)}`] = i
    const r = parseCircuit(file)
    if (r.ok) throw new Error('expected a refusal')
    expect(r.problems.length).toBeGreaterThan(5000)
    expect(r.message.length).toBeLessThan(2000)
    expect(r.message.split('\n')).toHaveLength(11)
    expect(r.message).toMatch(/\nand \d+ more$/)

    // Fifty items each wrong three ways, in a file under 1 MB: the exercise ids are listed once.
    const items = Array.from({ length: 50 }, (_, i) => ({
      exercise: `${i}${'e'.repeat(5000)}`,
      reps: 'many',
      [`${i}${'w'.repeat(5000)}`]: 1,
    }))
    const text = parseCircuitText(JSON.stringify({ ...example, items }))
    if (text.ok) throw new Error('expected a refusal')
    expect(text.problems).toHaveLength(150)
    expect(text.message.length).toBeLessThan(2000)
    expect(text.message).toMatch(/\nand 140 more$/)
    expect(text.message.split('squats, press-ups')).toHaveLength(2)
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

  it('keeps an item’s own rest through export and import, and bounds it as the rests are', () => {
    const r = parseCircuit(withItem({ exercise: 'jump-squats', sets: 2, reps: 12, restSec: 75 }))
    if (!r.ok) throw new Error(r.message)
    expect(r.circuit.items[2]?.restSec).toBe(75)
    const back = parseCircuitText(serializeCircuit(r.circuit))
    expect(back.ok && back.circuit).toEqual(r.circuit)
    expect(refusal(withItem({ exercise: 'jump-squats', reps: 12, restSec: 601 }))).toContain(
      'Exercise 3, Rest after each set: a whole number of seconds from 0 to 600',
    )
    // A file without it means what it always meant.
    const plain = parseCircuit(example)
    expect(plain.ok && plain.circuit.items.every((i) => i.restSec === undefined)).toBe(true)
  })

  it('makes a safe file name', () => {
    const r = parseCircuit(example)
    expect(r.ok && circuitFileName(r.circuit)).toBe('easy-run-day-legs.json')
  })
})

describe('equipment', () => {
  it('lists what a circuit needs once, leaving out needs a stricter one already meets', async () => {
    const { equipmentGroups } = await import('@shared/circuits/circuit')
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

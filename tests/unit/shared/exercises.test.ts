import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  EXERCISES,
  canDoWith,
  describePrescription,
  repsText,
  getExercise,
  type Prescription,
} from '@shared/circuits/exercises'
import { GUIDANCE } from '@shared/circuits/guidance'
import {
  COOLDOWN_MOVES,
  LANDING_MOVE,
  routineMoveAt,
  WARMUP_MOVES,
} from '@shared/circuits/routines'
import { runHash, runsOf, wordsOf } from '../../support/article-runs'

const root = resolve(__dirname, '../../..')
const formatDoc = readFileSync(resolve(root, 'docs/circuit-format.md'), 'utf8')
const articleFacts = JSON.parse(
  readFileSync(resolve(root, 'tests/fixtures/article-facts.json'), 'utf8'),
) as { exercises: { heading: string; muscles: string }[]; runs: string }
const articleRuns = new Set(articleFacts.runs.split(' '))

/** The rows of the "Exercise ids" table in docs/circuit-format.md, our public format page. */
function formatTable(): {
  id: string
  name: string
  prescription: string
  perSide: boolean
  kind: string
}[] {
  const section = formatDoc.split('## Exercise ids')[1]?.split('## The timeline')[0] ?? ''
  return section
    .split('\n')
    .filter((l) => /^\| [a-z][a-z-]* +\|/.test(l) && !l.startsWith('| id '))
    .map((l) => {
      const [id, name, prescription, perSide, kind] = l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
      return {
        id: id!,
        name: name!,
        prescription: prescription!,
        perSide: perSide === 'yes',
        kind: kind!,
      }
    })
}

/**
 * Our prescription in the table's wording: "2 x 30 to 45 s per side", and for alternating
 * moves "2 x 8 per leg, alternating: 16 steps".
 */
function asTableText(p: Prescription): string {
  if (p.alternating) {
    return `${p.sets} x ${p.reps! / 2} per ${p.sideUnit}, alternating: ${p.reps} ${p.alternating}`
  }
  const amount =
    p.seconds !== undefined
      ? `${p.seconds}${p.secondsMax ? ` to ${p.secondsMax}` : ''} s`
      : `${p.reps}`
  const within = p.repsWithin ? ` (${p.repsWithin[0]} to ${p.repsWithin[1]} reps)` : ''
  const side = p.perSide ? ` per ${p.sideUnit}` : ''
  return `${p.sets} x ${amount}${within}${side}`
}

/** The article's "Muscles:" line for each numbered exercise, keyed by heading name. */
function articleMuscles(): Map<string, string> {
  return new Map(articleFacts.exercises.map((e) => [e.heading, e.muscles]))
}

describe('the catalogue', () => {
  it('holds the nineteen exercises of the article in its order', () => {
    const table = formatTable()
    expect(table).toHaveLength(19)
    expect(EXERCISES.map((e) => e.id)).toEqual(table.map((r) => r.id))
  })

  it.each(formatTable())(
    '$id matches the format table: name, sets and reps, sides, kind',
    (row) => {
      const e = getExercise(row.id)
      expect(e.name).toBe(row.name)
      expect(asTableText(e.prescription)).toBe(row.prescription)
      expect(e.prescription.perSide).toBe(row.perSide)
      expect(e.kind).toBe(row.kind)
    },
  )

  it('lists the muscles exactly as the article does', () => {
    const muscles = articleMuscles()
    for (const e of EXERCISES) {
      const heading = [...muscles.keys()].find(
        (h) => h.replace(/\s*\/\s*/g, '/') === e.name.replace(/\s*\/\s*/g, '/'),
      )
      expect(heading, e.name).toBeDefined()
      expect(e.muscles.join(', ').toLowerCase()).toBe(muscles.get(heading!)!.toLowerCase())
    }
  })

  it('gives every exercise 4 to 8 cues of 3 to 8 words, in our own words', () => {
    for (const e of EXERCISES) {
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(4)
      expect(e.cues.length, e.id).toBeLessThanOrEqual(8)
      for (const cue of e.cues) {
        const words = cue.split(/\s+/).length
        expect(words, `${e.id}: ${cue}`).toBeGreaterThanOrEqual(3)
        expect(words, `${e.id}: ${cue}`).toBeLessThanOrEqual(8)
        expect(articleRuns.has(runHash(wordsOf(cue))), `${e.id} copies the article: ${cue}`).toBe(
          false,
        )
      }
    }
  })

  it('words everything it shows in our own words: no run of 8 words from the article', () => {
    const shown = [
      ...EXERCISES.flatMap((e) => [e.challenge.text, ...e.benefits, ...e.cues]),
      ...[...WARMUP_MOVES, LANDING_MOVE, ...COOLDOWN_MOVES].flatMap((m) => [m.name, m.cue]),
      ...GUIDANCE.lines,
    ]
    const copied = shown.filter((text) =>
      runsOf(wordsOf(text), 8).some((run) => articleRuns.has(runHash(run))),
    )
    expect(copied).toEqual([])
  })

  it('names the equipment the article asks for', () => {
    expect(canDoWith(getExercise('step-ups'), new Set())).toBe(false)
    expect(canDoWith(getExercise('step-ups'), new Set(['box-or-bench']))).toBe(true)
    expect(canDoWith(getExercise('dumbbell-row'), new Set(['dumbbell']))).toBe(false)
    expect(canDoWith(getExercise('dumbbell-row'), new Set(['dumbbell', 'box-or-bench']))).toBe(true)
    expect(canDoWith(getExercise('single-leg-deadlift'), new Set(['kettlebell']))).toBe(true)
    const bodyweight = EXERCISES.filter((e) => canDoWith(e, new Set())).map((e) => e.id)
    expect(bodyweight).not.toContain('box-jumps')
    expect(bodyweight).toContain('plank')
    expect(getExercise('press-ups').challenge.equipment).toEqual(['weight-vest'])
  })

  it('marks plank and side plank as holds and only them', () => {
    expect(EXERCISES.filter((e) => e.kind === 'hold').map((e) => e.id)).toEqual([
      'plank',
      'side-plank',
    ])
  })
})

describe('the warm-up and cool-down routines', () => {
  const warmup = (durationMs: number, landing = false) => ({
    kind: 'warmup' as const,
    durationMs,
    ...(landing ? { landing } : {}),
  })

  it('comes from the article’s bodyweight list', () => {
    const names = WARMUP_MOVES.map((m) => m.name.toLowerCase())
    expect(names).toContain('jumping jacks')
    expect(names).toContain('mountain climbers')
  })

  it('rotates through equal slots of at least 20 seconds', () => {
    expect(routineMoveAt(warmup(300_000), 0).index).toBe(0)
    expect(routineMoveAt(warmup(300_000), 0).count).toBe(6)
    expect(routineMoveAt(warmup(300_000), 50_000)).toMatchObject({
      index: 1,
      slotStartMs: 50_000,
      slotEndMs: 100_000,
    })
    expect(routineMoveAt(warmup(300_000), 299_999).index).toBe(5)
    expect(routineMoveAt(warmup(60_000), 0).count).toBe(3)
    expect(routineMoveAt(warmup(10_000), 9_000).index).toBe(0)
  })

  it('ends each slot a whole number of seconds before the phase ends', () => {
    // 70 s in three moves: slots of 23, 24 and 23 s, not 23.333 s each.
    expect(routineMoveAt(warmup(70_000), 0)).toMatchObject({ slotStartMs: 0, slotEndMs: 23_000 })
    expect(routineMoveAt(warmup(70_000), 22_999).index).toBe(0)
    expect(routineMoveAt(warmup(70_000), 23_000)).toMatchObject({
      index: 1,
      slotStartMs: 23_000,
      slotEndMs: 47_000,
    })
    expect(routineMoveAt(warmup(70_000), 69_999)).toMatchObject({
      index: 2,
      slotStartMs: 47_000,
      slotEndMs: 70_000,
    })
    // A phase of part seconds: the slots still end on the phase's whole seconds.
    expect(routineMoveAt(warmup(60_500), 0).slotEndMs).toBe(20_500)
  })

  it('ends a warm-up before jumping with soft landings, however short it is', () => {
    for (const ms of [60_000, 180_000, 300_000]) {
      const last = routineMoveAt(warmup(ms, true), ms - 1)
      expect(last.move).toEqual(LANDING_MOVE)
      expect(last.index).toBe(last.count - 1)
    }
    expect(routineMoveAt(warmup(300_000), 299_999).move.name).toBe('Plank')
  })

  it('cools down with a walk, then stretches', () => {
    const cool = { kind: 'cooldown' as const, durationMs: 120_000 }
    expect(routineMoveAt(cool, 0).move).toEqual(COOLDOWN_MOVES[0])
    expect(routineMoveAt(cool, 0).count).toBe(6)
    expect(routineMoveAt(cool, 119_999).move.name).toMatch(/stretch/)
  })
})

describe('alternating moves', () => {
  it('count both legs as steps or skates, and plain reps when done per side', () => {
    expect(repsText(16, 'walking-lunges')).toBe('16 steps')
    expect(repsText(20, 'speed-skaters')).toBe('20 skates')
    expect(repsText(8, 'walking-lunges', 'left')).toBe('8 reps')
    expect(repsText(15, 'squats')).toBe('15 reps')
    expect(describePrescription(getExercise('walking-lunges').prescription)).toBe(
      '2 x 16 steps (8 per leg)',
    )
  })
})

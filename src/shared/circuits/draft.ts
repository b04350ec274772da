/**
 * The editor's working copy of a circuit: every field editable, numbers possibly blank
 * (NaN) while typing. It is checked by exactly the rules of the file format.
 */
import {
  CIRCUIT_DEFAULTS,
  CIRCUIT_FORMAT,
  CIRCUIT_VERSION,
  type Circuit,
  type Variant,
} from './circuit'
import { parseCircuit } from './circuit-file'
import type { CircuitProblem } from './circuit-messages'
import { getExercise } from './exercises'

export interface DraftItem {
  /** Stable identity for lists and drag and drop. */
  key: string
  exercise: string
  sets: number
  mode: 'reps' | 'seconds'
  reps: number
  seconds: number
  perSide: boolean
  /** NaN: the circuit's pace. */
  secondsPerRep: number
  load: string
  variant: Variant
  notes: string
  /** NaN: the circuit's rests. */
  restSec: number
}

/** A circuit being edited: the circuit's own fields, with rows that may be half typed. */
export type Draft = Omit<Circuit, 'items'> & { items: DraftItem[] }

let keys = 0
const nextKey = () => `row-${++keys}`

/** An empty circuit with the format's defaults. */
export function emptyDraft(): Draft {
  return { name: '', ...CIRCUIT_DEFAULTS, items: [] }
}

/** A new row for an exercise, with the article's prescription. */
export function draftItemFor(exerciseId: string): DraftItem {
  const rx = getExercise(exerciseId).prescription
  return {
    key: nextKey(),
    exercise: exerciseId,
    sets: rx.sets,
    mode: rx.seconds !== undefined ? 'seconds' : 'reps',
    reps: rx.reps ?? 10,
    seconds: rx.seconds ?? 30,
    perSide: rx.perSide,
    secondsPerRep: getExercise(exerciseId).paceSecPerRep ?? Number.NaN,
    load: '',
    variant: 'standard',
    notes: '',
    restSec: Number.NaN,
  }
}

/** The working copy of a saved circuit. */
export function draftFrom(c: Circuit): Draft {
  return {
    ...c,
    items: c.items.map((i) => ({
      key: nextKey(),
      exercise: i.exercise,
      sets: i.sets,
      mode: i.reps !== undefined ? 'reps' : 'seconds',
      reps: i.reps ?? 10,
      seconds: i.seconds ?? 30,
      perSide: i.perSide,
      secondsPerRep: i.secondsPerRep ?? Number.NaN,
      load: i.load ?? '',
      variant: i.variant,
      notes: i.notes ?? '',
      restSec: i.restSec ?? Number.NaN,
    })),
  }
}

/** A blank number stays out of the file, so the format reports it as required or invalid. */
const num = (n: number): number | undefined => (Number.isNaN(n) ? undefined : n)

/** The draft as a circuit file: what Save checks and writes. */
function draftToFile(d: Draft): Record<string, unknown> {
  const rounds = d.structure === 'rounds'
  return {
    format: CIRCUIT_FORMAT,
    version: CIRCUIT_VERSION,
    name: d.name,
    structure: d.structure,
    ...(rounds
      ? {
          rounds: num(d.rounds) ?? Number.NaN,
          restBetweenRoundsSec: num(d.restBetweenRoundsSec) ?? Number.NaN,
        }
      : {}),
    warmupSec: num(d.warmupSec) ?? Number.NaN,
    cooldownSec: num(d.cooldownSec) ?? Number.NaN,
    secondsPerRep: num(d.secondsPerRep) ?? Number.NaN,
    switchSidesSec: num(d.switchSidesSec) ?? Number.NaN,
    restBetweenSetsSec: num(d.restBetweenSetsSec) ?? Number.NaN,
    restBetweenExercisesSec: num(d.restBetweenExercisesSec) ?? Number.NaN,
    items: d.items.map((i) => ({
      exercise: i.exercise,
      ...(rounds ? {} : { sets: i.sets }),
      ...(i.mode === 'reps' ? { reps: i.reps } : { seconds: i.seconds }),
      perSide: i.perSide,
      ...(num(i.secondsPerRep) !== undefined ? { secondsPerRep: i.secondsPerRep } : {}),
      ...(i.load.trim() ? { load: i.load } : {}),
      ...(i.variant !== 'standard' ? { variant: i.variant } : {}),
      ...(i.notes.trim() ? { notes: i.notes } : {}),
      ...(num(i.restSec) !== undefined ? { restSec: i.restSec } : {}),
    })),
  }
}

export type DraftCheck =
  { ok: true; circuit: Circuit; problems: [] } | { ok: false; problems: CircuitProblem[] }

/** Checks a draft with the file format's rules and messages. */
export function checkDraft(d: Draft): DraftCheck {
  const r = parseCircuit(draftToFile(d))
  return r.ok ? { ok: true, circuit: r.circuit, problems: [] } : { ok: false, problems: r.problems }
}

/** Moves the row at `from` to `to`, both clamped to the list. */
export function moveItem(d: Draft, from: number, to: number): Draft {
  const items = [...d.items]
  const [row] = items.splice(from, 1)
  if (!row) return d
  items.splice(Math.max(0, Math.min(items.length, to)), 0, row)
  return { ...d, items }
}

/**
 * The timeline compiler: a circuit becomes a list of phases by the seven rules of
 * circuit-format.md, so two copies of the app run the same file second for second.
 */
import type { Circuit, CircuitItem } from '../circuits/circuit'
import { getBasics, isJumping } from '../circuits/exercise-basics'

export type PhaseKind = 'warmup' | 'work' | 'hold' | 'switch' | 'rest' | 'cooldown'
export type Side = 'left' | 'right'

/** Which set or round an effort belongs to: "Set 1 of 2" or "Round 1 of 3". */
export interface Counter {
  label: 'Set' | 'Round'
  n: number
  of: number
}

export interface Phase {
  kind: PhaseKind
  /** Length in whole milliseconds. */
  durationMs: number
  /** Planned offset from the session's start, in ms. */
  startMs: number
  /** The item the phase belongs to (efforts, switches); for rests, the item that comes next. */
  itemIndex?: number
  exerciseId?: string
  counter?: Counter
  side?: Side
  /** Reps of the effort, for rep-based work. */
  reps?: number
  /** Pace of the effort in seconds per rep, for rep-based work. */
  secondsPerRep?: number
  /** A warm-up before jumping moves: it ends with soft landings. */
  landing?: boolean
}

export interface Timeline {
  phases: Phase[]
  /** The planned length: the sum of every phase, in ms. */
  totalMs: number
}

/** True for an effort: a work or hold phase. */
export function isEffort(p: Phase): boolean {
  return p.kind === 'work' || p.kind === 'hold'
}

/** An effort's length in whole ms: `seconds`, or `reps` x pace (item pace over circuit pace). */
function effortMs(item: CircuitItem, circuit: Circuit): number {
  if (item.seconds !== undefined) return item.seconds * 1000
  const pace = item.secondsPerRep ?? circuit.secondsPerRep
  return Math.round((item.reps ?? 0) * pace * 1000)
}

type PhaseDraft = Omit<Phase, 'startMs'>

/**
 * Walks a circuit's phases in order (rules 1 to 5 and 7), giving each one's length and a way
 * to build it: the timeline builds them all, the planned length only adds the lengths up.
 */
function walkTimeline(
  circuit: Circuit,
  emit: (durationMs: number, make: () => PhaseDraft) => void,
) {
  const efforts = (itemIndex: number, counter: Counter) => {
    const item = circuit.items[itemIndex] as CircuitItem
    const durationMs = effortMs(item, circuit)
    const base = () => {
      const exercise = getBasics(item.exercise)
      const kind = exercise.kind === 'hold' ? 'hold' : 'work'
      return {
        kind,
        durationMs,
        itemIndex,
        exerciseId: item.exercise,
        counter,
        ...(item.reps !== undefined
          ? { reps: item.reps, secondsPerRep: item.secondsPerRep ?? circuit.secondsPerRep }
          : {}),
      } as const
    }
    if (item.perSide) {
      emit(durationMs, () => ({ ...base(), side: 'left' }))
      emit(circuit.switchSidesSec * 1000, () => ({
        kind: 'switch',
        durationMs: circuit.switchSidesSec * 1000,
        itemIndex,
        exerciseId: item.exercise,
        counter,
      }))
      emit(durationMs, () => ({ ...base(), side: 'right' }))
    } else {
      emit(durationMs, base)
    }
  }

  const rest = (seconds: number, nextItemIndex: number) => {
    emit(seconds * 1000, () => ({
      kind: 'rest',
      durationMs: seconds * 1000,
      itemIndex: nextItemIndex,
      exerciseId: circuit.items[nextItemIndex]?.exercise,
    }))
  }

  // Rule 1.
  if (circuit.warmupSec > 0)
    emit(circuit.warmupSec * 1000, () => ({
      kind: 'warmup',
      durationMs: circuit.warmupSec * 1000,
      ...(circuit.items.some((i) => isJumping(i.exercise)) ? { landing: true } : {}),
    }))

  const items = circuit.items
  if (circuit.structure === 'sets') {
    // Rule 2.
    items.forEach((item, i) => {
      for (let set = 1; set <= item.sets; set++) {
        efforts(i, { label: 'Set', n: set, of: item.sets })
        const lastSet = set === item.sets
        if (lastSet && i === items.length - 1) continue
        // Rule 7: the item's own rest, where it gives one, in place of the circuit's.
        if (!lastSet) rest(item.restSec ?? circuit.restBetweenSetsSec, i)
        else rest(item.restSec ?? circuit.restBetweenExercisesSec, i + 1)
      }
    })
  } else {
    // Rule 3.
    for (let round = 1; round <= circuit.rounds; round++) {
      items.forEach((item, i) => {
        efforts(i, { label: 'Round', n: round, of: circuit.rounds })
        const lastItem = i === items.length - 1
        if (lastItem && round === circuit.rounds) return
        // Rule 7: the item's own rest in place of the one between exercises; a round's end
        // keeps the longer of the two.
        if (!lastItem) rest(item.restSec ?? circuit.restBetweenExercisesSec, i + 1)
        else rest(Math.max(item.restSec ?? 0, circuit.restBetweenRoundsSec), 0)
      })
    }
  }

  // Rule 5.
  if (circuit.cooldownSec > 0)
    emit(circuit.cooldownSec * 1000, () => ({
      kind: 'cooldown',
      durationMs: circuit.cooldownSec * 1000,
    }))
}

/** Compiles a circuit into its phases (rules 1 to 7). */
export function compileTimeline(circuit: Circuit): Timeline {
  const phases: Phase[] = []
  let startMs = 0
  walkTimeline(circuit, (durationMs, make) => {
    // Rule 6: a zero-length phase (a rest of 0 s) is left out.
    if (durationMs <= 0) return
    phases.push({ ...make(), startMs })
    startMs += durationMs
  })
  return { phases, totalMs: startMs }
}

/** The planned length of a circuit's session, in ms: the timeline's, without building it. */
export function plannedMs(circuit: Circuit): number {
  let totalMs = 0
  walkTimeline(circuit, (durationMs) => {
    if (durationMs > 0) totalMs += durationMs
  })
  return totalMs
}

/**
 * Progressive overload, by the article: 10 to 12 good reps; 15 easy reps means the load is
 * too light; build up slowly. From how the last sessions felt, one step per exercise:
 * reps toward 12, then more load, or the challenge version; +5 s on holds; a step back
 * after "hard" twice. Suggestions only: applying one makes a new version of the circuit.
 */
import { LIMITS, type Circuit, type CircuitItem } from '../circuits/circuit'
import { getExercise } from '../circuits/exercises'
import type { Feeling, HistoryEntry } from './history'

export interface Suggestion {
  itemIndex: number
  direction: 'up' | 'back'
  /** One display line: "Squats: 12 reps (from 10)". */
  text: string
  patch: Partial<CircuitItem>
}

const GOOD_REPS_TOP = 12
const HOLD_STEP_SEC = 5

/** "8 kg" becomes "10 kg"; "20 lb" becomes "25 lb"; anything else is left as it is. */
export function heavier(load: string): string | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(kg|lb|lbs)\s*$/i.exec(load)
  if (!m) return null
  const unit = (m[2] as string).toLowerCase()
  const step = unit === 'kg' ? 2 : 5
  return `${Number(m[1]) + step} ${m[2] as string}`
}

/**
 * How this exercise felt in the sessions that did it, newest first: its own rating where
 * given, else the session's.
 */
function feelingsFor(exercise: string, history: readonly HistoryEntry[]): Feeling[] {
  return [...history]
    .sort((a, b) => b.startedAt - a.startedAt)
    .flatMap((h) => {
      const rec = h.exercises.find((e) => e.exercise === exercise && e.setsDone > 0)
      const felt = rec && (rec.feeling ?? h.feeling)
      return felt ? [felt] : []
    })
}

function stepUp(item: CircuitItem, name: string): Pick<Suggestion, 'text' | 'patch'> | null {
  if (item.seconds !== undefined) {
    const seconds = Math.min(LIMITS.seconds[1], item.seconds + HOLD_STEP_SEC)
    return seconds === item.seconds
      ? null
      : { text: `${name}: ${seconds} s (from ${item.seconds} s)`, patch: { seconds } }
  }
  const reps = item.reps ?? 0
  if (reps < GOOD_REPS_TOP) {
    const next = reps + 1
    return { text: `${name}: ${next} reps (from ${reps})`, patch: { reps: next } }
  }
  const load = item.load ? heavier(item.load) : null
  if (load) return { text: `${name}: ${load} (from ${item.load ?? ''})`, patch: { load } }
  if (item.variant === 'standard') {
    return { text: `${name}: try the challenge version`, patch: { variant: 'challenge' } }
  }
  return null
}

function stepBack(item: CircuitItem, name: string): Pick<Suggestion, 'text' | 'patch'> | null {
  if (item.variant === 'challenge')
    return { text: `${name}: back to the standard version`, patch: { variant: 'standard' } }
  if (item.seconds !== undefined) {
    const seconds = Math.max(LIMITS.seconds[0], item.seconds - HOLD_STEP_SEC)
    return seconds === item.seconds
      ? null
      : { text: `${name}: ${seconds} s (from ${item.seconds} s)`, patch: { seconds } }
  }
  const reps = item.reps ?? 0
  const next = Math.max(LIMITS.reps[0], reps - 2)
  return next === reps
    ? null
    : { text: `${name}: ${next} reps (from ${reps})`, patch: { reps: next } }
}

/** One suggestion at most per item, from the history of its exercise. */
export function suggestSteps(circuit: Circuit, history: readonly HistoryEntry[]): Suggestion[] {
  const out: Suggestion[] = []
  circuit.items.forEach((item, itemIndex) => {
    const feelings = feelingsFor(item.exercise, history)
    const name = getExercise(item.exercise).name
    let step: Pick<Suggestion, 'text' | 'patch'> | null = null
    let direction: Suggestion['direction'] = 'up'
    if (feelings[0] === 'hard' && feelings[1] === 'hard') {
      step = stepBack(item, name)
      direction = 'back'
    } else if (feelings[0] === 'easy') {
      step = stepUp(item, name)
    }
    if (step) out.push({ itemIndex, direction, ...step })
  })
  return out
}

/** "Legs" becomes "Legs v2"; "Legs v2" becomes "Legs v3". */
export function nextVersionName(name: string): string {
  const m = /^(.*) v(\d+)$/.exec(name)
  const next = m ? `${m[1] as string} v${Number(m[2]) + 1}` : `${name} v2`
  return next.slice(0, LIMITS.nameChars)
}

/** The circuit with the suggestions applied, as a new version. */
export function applySteps(circuit: Circuit, steps: readonly Suggestion[]): Circuit {
  return {
    ...circuit,
    name: nextVersionName(circuit.name),
    items: circuit.items.map((item, i) => {
      const s = steps.find((x) => x.itemIndex === i)
      return s ? { ...item, ...s.patch } : item
    }),
  }
}

/**
 * Progressive overload, by the article: 10 to 12 good reps; 15 easy reps means the load is
 * too light; build up slowly. From how the last sessions felt, one step per exercise:
 * reps toward 12, then about 5 to 10% more load, or the challenge version (only with kit
 * the circuit already uses); holds +5 s up to the article's range, then the challenge; a
 * step back after "hard" twice. Suggestions only: applying them makes a new version.
 */
import { equipmentGroups, LIMITS, type Circuit, type CircuitItem } from '../circuits/circuit'
import { findExercise, type Equipment, type Exercise } from '../circuits/exercises'
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
/** After a session rated easy as a whole, at most this many exercises step up. */
const SESSION_STEPS = 3
/** A step of load: about 5 to 10% of it, in the increments weights come in. */
const LOAD_STEP_SHARE = 0.1
const INCREMENTS: Readonly<Record<'kg' | 'lb', readonly number[]>> = {
  kg: [0.5, 1, 2, 2.5, 5, 10],
  lb: [1, 2.5, 5, 10, 20],
}

/**
 * A load as people write it: "8 kg", "2 x 6 kg", "8 kg each", "10 kgs", "20 lb", "8kg".
 * Null for anything else ("weight vest").
 */
export function readLoad(text: string): {
  count: number | null
  amount: number
  unit: 'kg' | 'lb'
  unitText: string
  each: boolean
} | null {
  const m = /^\s*(?:(\d+)\s*[x×]\s*)?(\d+(?:[.,]\d+)?)\s*(kgs?|kilos?|lbs?)\s*(each)?\s*$/i.exec(
    text,
  )
  if (!m) return null
  const unitText = m[3]!
  return {
    count: m[1] ? Number(m[1]) : null,
    amount: Number(m[2]!.replace(',', '.')),
    unit: /^k/i.test(unitText) ? 'kg' : 'lb',
    unitText,
    each: m[4] !== undefined,
  }
}

/**
 * The next load up, written as it was: "8 kg" becomes "8.5 kg", "2 x 6 kg" becomes
 * "2 x 6.5 kg", "20 lb" becomes "21 lb". The step is the largest usual increment within 10%
 * of the load (the smallest one for very light loads). Null when the load cannot be read.
 */
export function heavier(load: string): string | null {
  const l = readLoad(load)
  if (!l) return null
  const steps = INCREMENTS[l.unit]
  const step = [...steps].reverse().find((x) => x <= l.amount * LOAD_STEP_SHARE) ?? steps[0]!
  const next = Math.round((l.amount + step) * 10) / 10
  return `${l.count !== null ? `${l.count} x ` : ''}${next} ${l.unitText}${l.each ? ' each' : ''}`
}

interface Felt {
  feeling: Feeling
  /** The exercise's own rating, not the session's. */
  own: boolean
}

/**
 * How this exercise felt in the sessions that did it, newest first: its own rating where
 * given, else the session's.
 */
function feelingsFor(exercise: string, history: readonly HistoryEntry[]): Felt[] {
  return [...history]
    .sort((a, b) => b.startedAt - a.startedAt)
    .flatMap((h): Felt[] => {
      const rec = h.exercises.find((e) => e.exercise === exercise && e.setsDone > 0)
      if (!rec) return []
      if (rec.feeling) return [{ feeling: rec.feeling, own: true }]
      return h.feeling ? [{ feeling: h.feeling, own: false }] : []
    })
}

/** The longest hold the article gives this exercise (45 s for planks, 30 s for burpees). */
function holdTopSec(e: Exercise): number {
  return e.prescription.secondsMax ?? e.prescription.seconds ?? LIMITS.seconds[1]
}

/** How far along the article's progression an item is: lower is further behind. */
function progress(item: CircuitItem, e: Exercise): number {
  const harder = item.variant === 'challenge' ? 2 : 0
  if (item.seconds !== undefined) return Math.min(1, item.seconds / holdTopSec(e)) + harder
  const reps = Math.min(1, (item.reps ?? 0) / GOOD_REPS_TOP)
  return reps + (reps >= 1 && item.load ? 0.5 : 0) + harder
}

function stepUp(
  item: CircuitItem,
  e: Exercise,
  kit: ReadonlySet<Equipment>,
): Pick<Suggestion, 'text' | 'patch'> | null {
  const name = e.name
  // The harder version, only where it needs no kit the circuit does not already use.
  const challenge =
    item.variant === 'standard' &&
    (e.challenge.equipment.length === 0 || e.challenge.equipment.some((k) => kit.has(k)))
      ? { text: `${name}: try the challenge version`, patch: { variant: 'challenge' as const } }
      : null
  if (item.seconds !== undefined) {
    // Holds grow to the top of the article's range, then the harder version takes over.
    const top = Math.max(item.seconds, holdTopSec(e))
    const seconds = Math.min(top, item.seconds + HOLD_STEP_SEC)
    return seconds > item.seconds
      ? { text: `${name}: ${seconds} s (from ${item.seconds} s)`, patch: { seconds } }
      : challenge
  }
  const reps = item.reps ?? 0
  if (reps < GOOD_REPS_TOP) {
    const next = reps + 1
    return { text: `${name}: ${next} reps (from ${reps})`, patch: { reps: next } }
  }
  const load = item.load ? heavier(item.load) : null
  if (load) return { text: `${name}: ${load} (from ${item.load ?? ''})`, patch: { load } }
  return challenge
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

/**
 * The item one step further along the article's progression (reps toward 12, then load,
 * then the harder version with kit the circuit uses; holds toward the top of their range),
 * or the item as it is when it has nowhere further to go.
 */
export function steppedUp(item: CircuitItem, circuit: Circuit): CircuitItem {
  const e = findExercise(item.exercise)
  const step = e && stepUp(item, e, new Set(equipmentGroups(circuit).flat()))
  return step ? { ...item, ...step.patch } : item
}

/**
 * One suggestion at most per item, from the history of its exercise: a step back after
 * hard twice in a row; a step up when the exercise itself was last rated easy; and after a
 * session rated easy as a whole, a step up for the two or three exercises furthest behind.
 */
export function suggestSteps(circuit: Circuit, history: readonly HistoryEntry[]): Suggestion[] {
  const kit = new Set(equipmentGroups(circuit).flat())
  const out: Suggestion[] = []
  const sessionEasy: { suggestion: Suggestion; progress: number }[] = []
  circuit.items.forEach((item, itemIndex) => {
    const e = findExercise(item.exercise)
    if (!e) return
    const [last, before] = feelingsFor(item.exercise, history)
    if (last?.feeling === 'hard' && before?.feeling === 'hard') {
      const step = stepBack(item, e.name)
      if (step) out.push({ itemIndex, direction: 'back', ...step })
    } else if (last?.feeling === 'easy') {
      const step = stepUp(item, e, kit)
      if (!step) return
      const suggestion: Suggestion = { itemIndex, direction: 'up', ...step }
      if (last.own) out.push(suggestion)
      else sessionEasy.push({ suggestion, progress: progress(item, e) })
    }
  })
  const furthestBehind = sessionEasy
    .sort((a, b) => a.progress - b.progress)
    .slice(0, SESSION_STEPS)
    .map((x) => x.suggestion)
  return [...out, ...furthestBehind].sort((a, b) => a.itemIndex - b.itemIndex)
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

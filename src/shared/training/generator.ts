/**
 * The session generator: a circuit from the article's exercises that fits a number of
 * minutes (warm-up included) within 10%, with what is at hand, for a focus and experience.
 * Deterministic: the same inputs and seed give the same circuit.
 */
import type { Circuit, CircuitItem } from '../circuits/circuit'
import { parseCircuit } from '../circuits/circuit-file'
import { canDoWith, EXERCISES, type Equipment, type Exercise } from '../circuits/exercises'
import { plannedMs } from '../engine/timeline'
import { FOCUS_LABELS, MINUTES_RANGE, type Focus } from './generator-options'

/** What is at hand, in the article's three groups. */
export const EQUIPMENT_GROUPS = {
  basic: ['mat', 'bands', 'box-or-bench'],
  extras: ['dumbbell', 'kettlebell', 'medicine-ball', 'weight-vest'],
} as const satisfies Record<string, readonly Equipment[]>

export interface GeneratorInput {
  /** 10 to 60. */
  minutes: number
  equipment: readonly Equipment[]
  focus: Focus
  /** New to strength training. */
  beginner: boolean
  /** Another seed gives another circuit ("Shuffle"). */
  seed: number
}

const CORE = new Set(['plank', 'side-plank', 'leg-raises', 'superman'])
/** Moves that work the upper body: a full-body session holds at least one. */
const UPPER = new Set(['press-ups', 'dumbbell-row', 'burpees'])
/** Jumping moves: a beginner gets at most two, and never box jumps. */
const JUMPS = new Set(['jump-squats', 'long-jumps', 'speed-skaters', 'box-jumps'])
/** Most jumping moves in a beginner's circuit. */
const BEGINNER_MAX_JUMPS = 2
const PLYO = new Set(['jump-squats', 'box-jumps', 'long-jumps', 'speed-skaters', 'burpees'])
const LEGS = new Set([
  'squats',
  'step-ups',
  'front-lunges',
  'reverse-lunges',
  'side-lunges',
  'walking-lunges',
  'jump-squats',
  'glute-bridge',
  'single-leg-deadlift',
  'speed-skaters',
  'box-jumps',
  'long-jumps',
])

function inFocus(e: Exercise, focus: Focus): boolean {
  switch (focus) {
    case 'full-body':
      return true
    case 'legs-glutes':
      return LEGS.has(e.id) || e.id === 'side-plank'
    case 'core':
      return CORE.has(e.id) || e.id === 'glute-bridge' || e.id === 'single-leg-deadlift'
    case 'power':
      return (
        PLYO.has(e.id) || e.id === 'step-ups' || e.id === 'single-leg-deadlift' || e.id === 'plank'
      )
  }
}

/** A small seeded generator (mulberry32), so circuits repeat for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** The minutes the article suggests for someone new: one session a week of this length. */
export const BEGINNER_MINUTES = 15

/**
 * What the Generate form says to someone new who asks for more than the article suggests;
 * the circuit is still made as asked. Undefined when there is nothing to say.
 */
export function beginnerAdvice(minutes: number, beginner: boolean): string | undefined {
  if (!beginner || minutes <= BEGINNER_MINUTES) return undefined
  return `New to strength work? The article suggests starting with one ${BEGINNER_MINUTES}-minute session a week, then building up. Here are the ${minutes} minutes you asked for.`
}

/**
 * Most sets per exercise: the article gives 2 for every exercise, so sessions up to 30
 * minutes (and every beginner's) keep to 2; longer ones add exercises first, then go to 3.
 */
export function maxSetsFor(minutes: number, beginner: boolean): number {
  return beginner || minutes <= 30 ? 2 : 3
}

/**
 * `head`, then `list` reordered so no three leg moves follow one another; leg moves beyond
 * what the other moves can break up are left out.
 */
function breakLegRuns(head: Exercise[], list: Exercise[]): Exercise[] {
  const rest = [...list]
  const out: Exercise[] = [...head]
  while (rest.length > 0) {
    const legRun = out.length >= 2 && out.slice(-2).every((e) => LEGS.has(e.id))
    const legsLeft = rest.filter((e) => LEGS.has(e.id)).length
    // Keep enough other moves in hand to break up the leg moves still to come.
    const legsPressing = legsLeft > 2 * (rest.length - legsLeft)
    const i = legRun
      ? rest.findIndex((e) => !LEGS.has(e.id))
      : legsPressing
        ? rest.findIndex((e) => LEGS.has(e.id))
        : 0
    // Leg moves that nothing is left to break up are left out.
    if (i < 0) break
    out.push(rest.splice(i, 1)[0]!)
  }
  return out
}

/**
 * Orders exercises so the core comes early and often, and one-sided work alternates with
 * two-sided work, as the article asks for runners.
 */
function balance(pool: Exercise[]): Exercise[] {
  const core = pool.filter((e) => CORE.has(e.id))
  const single = pool.filter((e) => !CORE.has(e.id) && e.prescription.perSide)
  const both = pool.filter((e) => !CORE.has(e.id) && !e.prescription.perSide)
  const out: Exercise[] = []
  let turn = 0
  while (core.length + single.length + both.length > 0) {
    // Every third slot is core; between, one-sided and two-sided take turns.
    const wantCore = out.length % 3 === 2
    const lists = wantCore
      ? [core, single, both]
      : turn++ % 2 === 0
        ? [single, both, core]
        : [both, single, core]
    const from = lists.find((l) => l.length > 0)
    if (!from) break
    out.push(from.shift() as Exercise)
  }
  return out
}

function item(e: Exercise, sets: number, beginner: boolean): CircuitItem {
  const rx = e.prescription
  const base = {
    exercise: e.id,
    sets,
    perSide: rx.perSide,
    variant: 'standard' as const,
    ...(e.paceSecPerRep ? { secondsPerRep: e.paceSecPerRep } : {}),
  }
  if (rx.seconds !== undefined) {
    // Holds: the low end of the article's range for beginners, the high end otherwise.
    const seconds = beginner || rx.secondsMax === undefined ? rx.seconds : rx.secondsMax
    return { ...base, seconds }
  }
  return { ...base, reps: rx.reps ?? 10 }
}

/** Builds a circuit for the inputs; its planned length is within 10% of the minutes asked. */
export function generateCircuit(input: GeneratorInput): Circuit {
  const minutes = Math.min(MINUTES_RANGE[1], Math.max(MINUTES_RANGE[0], Math.round(input.minutes)))
  const targetMs = minutes * 60_000
  const atHand = new Set(input.equipment)
  const rand = random(input.seed * 7919 + minutes)
  const usable = (e: Exercise) => canDoWith(e, atHand) && !(input.beginner && e.id === 'box-jumps')
  let pool = EXERCISES.filter((e) => usable(e) && inFocus(e, input.focus))
  if (pool.length === 0) pool = EXERCISES.filter(usable)
  let ordered = balance(shuffled(pool, rand))
  if (input.focus === 'full-body') {
    // The whole body: an upper-body move and a core move come first.
    const head = [ordered.find((e) => UPPER.has(e.id)), ordered.find((e) => CORE.has(e.id))].filter(
      (e): e is Exercise => e !== undefined,
    )
    ordered = breakLegRuns(
      head,
      ordered.filter((e) => !head.includes(e)),
    )
  }
  // When the focus alone cannot fill the time, other moves come after it.
  const others = balance(
    shuffled(
      EXERCISES.filter((e) => usable(e) && !pool.includes(e)),
      rand,
    ),
  )
  const limitJumps = (list: Exercise[]) => {
    if (!input.beginner) return list
    // At most two jumping moves for someone new to strength work.
    let jumps = 0
    return list.filter((e) => !JUMPS.has(e.id) || ++jumps <= BEGINNER_MAX_JUMPS)
  }
  const maxSets = maxSetsFor(minutes, input.beginner)

  const warmupSec = minutes >= 15 ? 300 : 180
  const restBetweenSetsSec = input.beginner ? 40 : 30
  const restBetweenExercisesSec = input.beginner ? 75 : 60
  const make = (list: Exercise[], count: number, sets: number): Circuit => ({
    name: `${FOCUS_LABELS[input.focus]}, ${minutes} minutes`,
    structure: 'sets',
    rounds: 1,
    warmupSec,
    cooldownSec: 0,
    secondsPerRep: 3,
    switchSidesSec: 5,
    restBetweenSetsSec,
    restBetweenExercisesSec,
    restBetweenRoundsSec: 90,
    items: list.slice(0, count).map((e) => item(e, sets, input.beginner)),
  })

  // The most work that fits: the article's 2 sets over more exercises, then more sets.
  const fit = (list: Exercise[]): Circuit => {
    let best = make(list, 1, 2)
    for (let sets = 2; sets <= maxSets; sets++) {
      for (let count = 1; count <= list.length; count++) {
        const c = make(list, count, sets)
        if (plannedMs(c) <= targetMs) best = c
        else break
      }
      if (best.items.length < list.length || plannedMs(best) >= targetMs * 0.9) break
    }
    return best
  }
  let best = fit(limitJumps(ordered))
  if (plannedMs(best) < targetMs * 0.9 && others.length > 0)
    best = fit(limitJumps([...ordered, ...others]))
  // Fill what is left with a cool-down and, past that, longer rests between exercises.
  let gapMs = targetMs - plannedMs(best)
  const cooldownSec = Math.max(0, Math.min(300, Math.floor(gapMs / 5000) * 5))
  best = { ...best, cooldownSec }
  gapMs = targetMs - plannedMs(best)
  const exerciseRests = Math.max(1, best.items.length - 1)
  if (gapMs > 0 && best.items.length > 1) {
    const more = Math.floor(gapMs / 1000 / exerciseRests)
    best = { ...best, restBetweenExercisesSec: Math.min(180, restBetweenExercisesSec + more) }
  }
  // Re-validate as any file would be, so a generated circuit always saves and exports.
  const checked = parseCircuit({
    format: 'runner-strength-circuit',
    version: 1,
    ...best,
    items: best.items.map(({ exercise, sets, reps, seconds, perSide, secondsPerRep }) => ({
      exercise,
      sets,
      perSide,
      ...(reps !== undefined ? { reps } : { seconds }),
      ...(secondsPerRep !== undefined ? { secondsPerRep } : {}),
    })),
    rounds: undefined,
    restBetweenRoundsSec: undefined,
  })
  if (!checked.ok) throw new Error(`generated circuit is invalid: ${checked.message}`)
  return checked.circuit
}

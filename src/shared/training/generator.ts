/**
 * The session generator: a circuit from the article's exercises that fits a number of
 * minutes (warm-up included) within 10%, with what is at hand, for a focus and experience.
 * Deterministic: the same inputs and seed give the same circuit.
 */
import type { Circuit, CircuitItem } from '../circuits/circuit'
import { parseCircuit } from '../circuits/circuit-file'
import {
  canDoWith,
  EXERCISES,
  isJumping,
  type Equipment,
  type Exercise,
} from '../circuits/exercises'
import { plannedMs } from '../engine/timeline'
import {
  CORE,
  isLegStrength,
  JUMP_WARMUP_SEC,
  jumpRestSec,
  LUNGES,
  MIN_COOLDOWN_SEC,
  MIN_EXERCISES,
  UPPER,
} from './coaching'
import {
  arrange,
  atMost,
  balance,
  breakLegRuns,
  inFocus,
  random,
  shuffled,
} from './generator-order'
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

/** Most jumping moves in a beginner's circuit, and one per this many minutes. */
const BEGINNER_MAX_JUMPS = 2
const BEGINNER_MINUTES_PER_JUMP = 20
/** A beginner's lunge patterns: one per this many minutes. */
const BEGINNER_MINUTES_PER_LUNGE = 20
/** Most jumping moves in a full-body session: the rest of the body needs the time. */
const FULL_BODY_MAX_JUMPS = 2

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

/** Rounds down to a multiple of 5: rests read "1:15", never "1:16". */
const fives = (sec: number) => Math.floor(sec / 5) * 5

/**
 * Builds a circuit for the inputs: its planned length is within 10% of the minutes asked,
 * and it keeps the coaching rules (`coaching.ts`): at least three exercises, jumps first
 * with a minute's rest after each set and a five-minute warm-up, a cool-down.
 */
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
    // The whole body: a push where there is one (press-ups need no kit), a core move and a
    // leg strength move come first; jumps may add to them, not replace them.
    const push = ordered.find((e) => e.id === 'press-ups') ?? ordered.find((e) => UPPER.has(e.id))
    const head = [
      push,
      ordered.find((e) => CORE.has(e.id)),
      ordered.find((e) => isLegStrength(e.id)),
    ].filter((e): e is Exercise => e !== undefined)
    ordered = breakLegRuns(
      head,
      atMost(
        ordered.filter((e) => !head.includes(e)),
        (e) => isJumping(e.id),
        FULL_BODY_MAX_JUMPS,
      ),
    )
  }
  // When the focus alone cannot fill the time, other moves come after it.
  const others = balance(
    shuffled(
      EXERCISES.filter((e) => usable(e) && !pool.includes(e)),
      rand,
    ),
  )
  const limit = (list: Exercise[]) => {
    if (!input.beginner) return list
    // Someone new: few landings and one lunge pattern per 20 minutes, so no one muscle
    // group is worked to failure in a first session.
    const jumps = Math.min(
      BEGINNER_MAX_JUMPS,
      Math.max(1, Math.floor(minutes / BEGINNER_MINUTES_PER_JUMP)),
    )
    const lunges = Math.max(1, Math.floor(minutes / BEGINNER_MINUTES_PER_LUNGE))
    return atMost(
      atMost(list, (e) => isJumping(e.id), jumps),
      (e) => LUNGES.has(e.id),
      lunges,
    )
  }
  const maxSets = maxSetsFor(minutes, input.beginner)

  const restBetweenSetsSec = input.beginner ? 40 : 30
  const restBetweenExercisesSec = input.beginner ? 75 : 60
  const make = (list: Exercise[], count: number, sets: number): Circuit => {
    const chosen = arrange(list.slice(0, count), input.focus === 'full-body')
    const jumps = chosen.some((e) => isJumping(e.id))
    return {
      name: `${FOCUS_LABELS[input.focus]}, ${minutes} minutes`,
      structure: 'sets',
      rounds: 1,
      // Five minutes before any landing, or from 15 minutes up; three for a short session.
      warmupSec: jumps || minutes >= 15 ? JUMP_WARMUP_SEC : 180,
      cooldownSec: MIN_COOLDOWN_SEC,
      secondsPerRep: 3,
      switchSidesSec: 5,
      restBetweenSetsSec,
      restBetweenExercisesSec,
      restBetweenRoundsSec: 90,
      items: chosen.map((e) => item(e, sets, input.beginner)),
    }
  }

  // The most work that fits, three exercises at least: the article's 2 sets over more
  // exercises, then more sets; one set each only where 2 would leave fewer than three.
  const fit = (list: Exercise[]): Circuit | undefined => {
    const fewest = MIN_EXERCISES
    let best: Circuit | undefined
    for (let sets = 2; sets <= maxSets; sets++) {
      for (let count = fewest; count <= list.length; count++) {
        const c = make(list, count, sets)
        if (plannedMs(withJumpRests(c)) <= targetMs) best = c
        else break
      }
      if (!best || best.items.length < list.length || plannedMs(best) >= targetMs * 0.9) break
    }
    for (let count = fewest; !best && count <= list.length; count++) {
      const c = make(list, count, 1)
      if (plannedMs(withJumpRests(c)) <= targetMs) best = c
    }
    return best
  }
  // The focus first, then other moves after it; where landings and their rests cannot fit
  // (a ten-minute session), the same without jumps. The first that fills 90% is taken,
  // else the fullest that fits.
  const noJumps = (list: Exercise[]) => list.filter((e) => !isJumping(e.id))
  let best: Circuit | undefined
  for (const list of [
    ordered,
    [...ordered, ...others],
    noJumps(ordered),
    noJumps([...ordered, ...others]),
  ]) {
    const c = fit(limit(list))
    if (c && (!best || plannedMs(withJumpRests(c)) > plannedMs(withJumpRests(best)))) best = c
    if (best && plannedMs(withJumpRests(best)) >= targetMs * 0.9) break
  }
  best ??= make(limit(noJumps([...ordered, ...others])), MIN_EXERCISES, 1)
  // Fill what is left with a longer cool-down and, past that, longer rests between
  // exercises, each in whole fives of seconds.
  let gapMs = targetMs - plannedMs(withJumpRests(best))
  const cooldownSec = Math.min(300, MIN_COOLDOWN_SEC + Math.max(0, fives(gapMs / 1000)))
  best = { ...best, cooldownSec }
  gapMs = targetMs - plannedMs(withJumpRests(best))
  const exerciseRests = Math.max(1, best.items.length - 1)
  if (gapMs > 0 && best.items.length > 1) {
    const more = fives(gapMs / 1000 / exerciseRests)
    best = { ...best, restBetweenExercisesSec: Math.min(180, restBetweenExercisesSec + more) }
  }
  best = withJumpRests(best)
  // Re-validate as any file would be, so a generated circuit always saves and exports.
  const checked = parseCircuit({
    format: 'runner-strength-circuit',
    version: 1,
    ...best,
    items: best.items.map(({ exercise, sets, reps, seconds, perSide, secondsPerRep, restSec }) => ({
      exercise,
      sets,
      perSide,
      ...(reps !== undefined ? { reps } : { seconds }),
      ...(secondsPerRep !== undefined ? { secondsPerRep } : {}),
      ...(restSec !== undefined ? { restSec } : {}),
    })),
    rounds: undefined,
    restBetweenRoundsSec: undefined,
  })
  if (!checked.ok) throw new Error(`generated circuit is invalid: ${checked.message}`)
  return checked.circuit
}

/**
 * Every jumping move gets its own rest after each set: the longer of its least
 * (`jumpRestSec`) and the circuit's rest between exercises.
 */
function withJumpRests(c: Circuit): Circuit {
  return {
    ...c,
    items: c.items.map((i) =>
      isJumping(i.exercise)
        ? { ...i, restSec: Math.max(jumpRestSec(i.exercise), c.restBetweenExercisesSec) }
        : i,
    ),
  }
}

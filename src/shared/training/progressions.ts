/**
 * One step further, or one back, for a circuit item, by the article: 10 to 12 good reps,
 * then more load (double progression: back to 10 reps at the new load), or, with no load,
 * the harder version where it needs no kit the runner lacks, else a slower tempo. Holds grow
 * to the top of the article's range, then the harder version. When a step is due is
 * `overload.ts`'s to say, from the history.
 */
import { LIMITS, type CircuitItem } from '../circuits/circuit'
import { isJumping, repsText, type Equipment, type Exercise } from '../circuits/exercises'
import { heavier, type LoadKind } from './loads'

/** A step for one item: one display line, and the fields it changes (none for a note). */
export interface Step {
  /** One display line: "Squats: 12 reps (from 10)". */
  text: string
  patch: Partial<CircuitItem>
}

/** What a step up may use beyond the item itself. */
export interface StepContext {
  /** The kit at hand (the runner's own, and what the circuit surely uses): harder versions
   * and the kind of weight go by it. */
  kit: ReadonlySet<Equipment>
  /** The circuit's pace, for an item with none of its own. */
  secondsPerRep: number
  /** Whether the load may step now (the history's call); when not, a loaded item waits. */
  loadDue: boolean
}

/** The top of the article's range, "10 to 12 good reps". */
export const REPS_TOP = 12
/** The bottom of that range: where reps go back to after a load step. */
export const REPS_BOTTOM = 10
const HOLD_STEP_SEC = 5
/**
 * The slowest tempo suggested, in seconds a rep: 3 s down, a pause and up. Slower than that,
 * a set of 12 lasts over a minute and turns into endurance work rather than the strength
 * the article is after; past it, a coach adds load or the harder version instead.
 */
const TEMPO_CAP_SEC = 5
/**
 * A move the article already slows (the bridge's two-second squeeze at the top) may go this
 * much slower than its own pace: a longer squeeze, not a different exercise.
 */
const HELD_TEMPO_EXTRA_SEC = 2

/** Reps count both legs in an alternating move: 10 to 12 per leg is 20 to 24 steps. */
export const repsPer = (e: Exercise): number => (e.prescription.alternating ? 2 : 1)

/** The longest hold the article gives this exercise (45 s for planks, 30 s for burpees). */
export function holdTopSec(e: Exercise): number {
  return e.prescription.secondsMax ?? e.prescription.seconds ?? LIMITS.seconds[1]
}

/** True when the exercise's harder version needs nothing beyond the kit in `kit`. */
function challengeWithin(e: Exercise, kit: ReadonlySet<Equipment>): boolean {
  const needs = e.challenge.equipment
  return needs.length === 0 || needs.some((k) => kit.has(k))
}

/**
 * The kind of weight a move's load is when its text does not say: a kettlebell where that
 * is the only weight the move takes among the kit owned (a bridge's kettlebell), a dumbbell
 * likewise; else unknown, which steps as dumbbells do.
 */
export function loadKindOf(e: Exercise, kit: ReadonlySet<Equipment>): LoadKind {
  const weights = [...new Set([...e.equipment.flat(), ...e.challenge.equipment])].filter(
    (k) => k === 'kettlebell' || k === 'dumbbell',
  )
  const owned = weights.filter((k) => kit.has(k))
  const kinds = owned.length > 0 ? owned : weights
  return kinds.length === 1 ? kinds[0]! : 'other'
}

/** The harder version, where it needs no kit the runner lacks. */
function harder(item: CircuitItem, e: Exercise, kit: ReadonlySet<Equipment>): Step | null {
  if (item.variant !== 'standard' || !challengeWithin(e, kit)) return null
  return {
    text: `${e.name}: try the challenge version (${e.challenge.text})`,
    patch: { variant: 'challenge' },
  }
}

/** How a rep of `sec` seconds goes, in our words. */
function tempoWords(sec: number, e: Exercise): string {
  if (e.paceSecPerRep) return 'hold the top a second longer'
  const down = Math.min(3, sec - 1)
  const pause = sec - 1 - down
  return pause > 0 ? `${down} s down, a ${pause} s pause, 1 s up` : `${down} s down, 1 s up`
}

/**
 * One second more a rep, for a bodyweight move at the top of its range with no harder
 * version at hand: the same reps take longer under tension. Never for a jumping move, whose
 * point is a quick take-off and a soft landing.
 */
function slower(item: CircuitItem, e: Exercise, circuitPace: number): Step | null {
  if (isJumping(e.id)) return null
  const now = item.secondsPerRep ?? circuitPace
  const cap = Math.min(
    LIMITS.secondsPerRep[1],
    e.paceSecPerRep ? e.paceSecPerRep + HELD_TEMPO_EXTRA_SEC : TEMPO_CAP_SEC,
  )
  const next = Math.floor(now) + 1
  if (next > cap) return null
  return {
    text: `${e.name}: slower, ${next} s a rep (${tempoWords(next, e)})`,
    patch: { secondsPerRep: next },
  }
}

/**
 * The next load, with reps back to the bottom of the range to build up again; a load that
 * cannot be read is left alone, and the step says why.
 */
function heavierStep(item: CircuitItem, e: Exercise, kit: ReadonlySet<Equipment>): Step {
  const load = item.load ?? ''
  const next = heavier(load, loadKindOf(e, kit))
  if (!next)
    return {
      text: `${e.name}: add weight when it feels easy; Runstrong could not read the load "${load}" to step it`,
      patch: {},
    }
  // Double progression: the heavier weight starts at 10 good reps and builds to 12 again.
  const reps = REPS_BOTTOM * repsPer(e)
  const from = item.reps ?? reps
  return {
    text: `${e.name}: ${next} (from ${load}), ${repsText(reps, e.id)} (from ${from})`,
    patch: { load: next, reps },
  }
}

/**
 * One step up: reps toward 12 (24 steps for an alternating move); then, with a load, the
 * next weight once the history says so; with none, the harder version, else a slower
 * tempo. Holds grow 5 s at a time to the top of the article's range, then the harder
 * version. Null when the item has nowhere further to go (or its load must wait).
 */
export function stepUp(item: CircuitItem, e: Exercise, ctx: StepContext): Step | null {
  if (item.seconds !== undefined) {
    const top = Math.max(item.seconds, holdTopSec(e))
    const seconds = Math.min(top, item.seconds + HOLD_STEP_SEC)
    return seconds > item.seconds
      ? { text: `${e.name}: ${seconds} s (from ${item.seconds} s)`, patch: { seconds } }
      : harder(item, e, ctx.kit)
  }
  const per = repsPer(e)
  const reps = item.reps ?? 0
  if (reps < REPS_TOP * per) {
    const next = Math.min(REPS_TOP * per, reps + per)
    return { text: `${e.name}: ${repsText(next, e.id)} (from ${reps})`, patch: { reps: next } }
  }
  if (item.load !== undefined) return ctx.loadDue ? heavierStep(item, e, ctx.kit) : null
  return harder(item, e, ctx.kit) ?? slower(item, e, ctx.secondsPerRep)
}

/** One step back: the standard version, else 5 s less or 2 reps fewer. */
export function stepBack(item: CircuitItem, e: Exercise): Step | null {
  if (item.variant === 'challenge')
    return { text: `${e.name}: back to the standard version`, patch: { variant: 'standard' } }
  if (item.seconds !== undefined) {
    const seconds = Math.max(LIMITS.seconds[0], item.seconds - HOLD_STEP_SEC)
    return seconds === item.seconds
      ? null
      : { text: `${e.name}: ${seconds} s (from ${item.seconds} s)`, patch: { seconds } }
  }
  const reps = item.reps ?? 0
  const next = Math.max(LIMITS.reps[0], reps - 2 * repsPer(e))
  return next === reps
    ? null
    : { text: `${e.name}: ${repsText(next, e.id)} (from ${reps})`, patch: { reps: next } }
}

/**
 * How far along the article's progression an item is: lower is further behind. Reps count
 * up to 1 at the top of the range; a load, or a slower tempo than the move's usual one, a
 * little more; the harder version 2 more.
 */
export function progress(item: CircuitItem, e: Exercise, circuitPace: number): number {
  const harderVersion = item.variant === 'challenge' ? 2 : 0
  if (item.seconds !== undefined) return Math.min(1, item.seconds / holdTopSec(e)) + harderVersion
  const reps = Math.min(1, (item.reps ?? 0) / (REPS_TOP * repsPer(e)))
  const pace = e.paceSecPerRep ?? circuitPace
  const slowerBy = Math.max(0, (item.secondsPerRep ?? circuitPace) - pace)
  return reps + (reps >= 1 && item.load ? 0.5 : 0) + 0.1 * slowerBy + harderVersion
}

/**
 * A finished session laid out as the sets and rests of a strength activity, for a FIT file.
 *
 * Runstrong does not time each set as it happens: a history entry keeps, per exercise, the
 * sets done and the planned length of one set's work (`setMs`), and the warm-up and
 * cool-down that ran to their end. The layout is derived from that, and says so:
 * - sets come in the circuit's order: exercise by exercise (`sets`), or one of each in turn
 *   (`rounds`); each lasts its planned work, every side and the switch between them;
 * - the warm-up comes first and the cool-down last, as long as they were planned;
 * - what is left of the session's time (rests, added rest, efforts cut short, restarts) is
 *   rest, shared evenly between the sets; the file never claims more work than the session
 *   lasted (a longer plan is shrunk to fit).
 * An entry recorded before set lengths were kept gives sets spread evenly over the session
 * with no length and no reps, rather than lengths made up.
 */
import { findExercise } from '../circuits/exercises'
import type { ExerciseRecord, HistoryEntry } from './history'
import { kilos, readLoad } from './loads'

/** One block of the activity: a set of an exercise, the warm-up or cool-down, or a rest. */
export interface ActivitySet {
  part: 'warmup' | 'set' | 'rest' | 'cooldown'
  /** Wall-clock start, ms since the epoch. */
  startMs: number
  /** How long it lasted, in ms; undefined where the entry does not say (older entries). */
  durationMs: number | undefined
  /** The exercise's id, for a set. */
  exercise?: string
  /** What the runner saw: the exercise's name (and "harder version"), "Warm-up", "Cool-down". */
  name?: string
  /** Reps of the whole set: both sides of per-side work. Absent for timed work. */
  reps?: number
  /** The load, where one was used and could be read: one weight, as written, in kilos. */
  weight?: { kg: number; unit: 'kg' | 'lb' }
}

/** A finished session as a strength activity. */
export interface Activity {
  startMs: number
  /** The time the session ran, pauses excluded, in ms. */
  totalMs: number
  /** Time in the warm-up, sets and cool-down, in ms; undefined where not known. */
  activeMs: number | undefined
  blocks: ActivitySet[]
}

/** The load's weight, where its text can be read: one weight of "2 x 6 kg" is 6 kg. */
function weightOf(load: string | undefined): ActivitySet['weight'] {
  const read = load === undefined ? null : readLoad(load)
  if (!read) return undefined
  return { kg: kilos(read), unit: read.unit }
}

/** A set of one exercise row, without its place in time. */
function setOf(row: ExerciseRecord): Omit<ActivitySet, 'startMs' | 'durationMs'> {
  const exercise = findExercise(row.exercise)
  const name = exercise?.name ?? row.exercise
  const sides = row.left !== undefined ? 2 : 1
  const weight = weightOf(row.load)
  return {
    part: 'set',
    exercise: row.exercise,
    name: row.variant === 'challenge' ? `${name} (harder version)` : name,
    ...(row.reps !== undefined ? { reps: row.reps * sides } : {}),
    ...(weight ? { weight } : {}),
  }
}

/** The rows' sets done, in the order the circuit runs them. */
function setOrder(entry: HistoryEntry): ExerciseRecord[] {
  const rows = entry.exercises
  if (entry.structure !== 'rounds')
    return rows.flatMap((r) => Array<ExerciseRecord>(r.setsDone).fill(r))
  const rounds = Math.max(0, ...rows.map((r) => r.setsDone))
  return Array.from({ length: rounds }, (_, i) => rows.filter((r) => r.setsDone > i)).flat()
}

/** The session as warm-up, sets, rests and cool-down on the wall clock. */
export function activityOf(entry: HistoryEntry): Activity {
  const order = setOrder(entry)
  const totalMs = entry.actualMs
  const timed = entry.exercises.every((r) => r.setMs !== undefined)
  if (!timed) {
    // No lengths kept: the sets are spread over the session, each with no length of its own.
    const blocks = order.map((row, i) => ({
      ...setOf(row),
      startMs: entry.startedAt + (totalMs * i) / order.length,
      durationMs: undefined,
    }))
    return { startMs: entry.startedAt, totalMs, activeMs: undefined, blocks }
  }
  const warmupMs = entry.warmupMs ?? 0
  const cooldownMs = entry.cooldownMs ?? 0
  const planned = warmupMs + cooldownMs + order.reduce((sum, r) => sum + (r.setMs ?? 0), 0)
  // Never more work than the session lasted: a plan longer than the time is shrunk to fit.
  const fit = planned > totalMs && planned > 0 ? totalMs / planned : 1
  const restMs = Math.max(0, totalMs - planned * fit)
  const gaps = order.length > 1 ? order.length - 1 : order.length
  const blocks: ActivitySet[] = []
  let at = entry.startedAt
  const add = (block: Omit<ActivitySet, 'startMs' | 'durationMs'>, durationMs: number) => {
    if (durationMs <= 0) return
    blocks.push({ ...block, startMs: at, durationMs })
    at += durationMs
  }
  add({ part: 'warmup', name: 'Warm-up' }, warmupMs * fit)
  order.forEach((row, i) => {
    add(setOf(row), (row.setMs ?? 0) * fit)
    // Rests between sets; a lone set keeps its share after it, before the cool-down.
    if (i < gaps) add({ part: 'rest', name: 'Rest' }, restMs / gaps)
  })
  add({ part: 'cooldown', name: 'Cool-down' }, cooldownMs * fit)
  return { startMs: entry.startedAt, totalMs, activeMs: planned * fit, blocks }
}

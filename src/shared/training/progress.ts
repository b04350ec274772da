/**
 * What changed for each exercise over the sessions that did it: the load, the reps or the
 * hold, and where the harder version began. History draws one small chart from each.
 */
import { findExercise } from '../circuits/exercises'
import type { ExerciseRecord, HistoryEntry } from './history'
import { kilos, readLoad } from './loads'

/** One session of an exercise. */
export interface ProgressPoint {
  startedAt: number
  /** The load as written, where one was used. */
  load: string | undefined
  /** One weight of the load, in kilos ("2 x 6 kg" is 6); null where none could be read. */
  loadKg: number | null
  /** Reps of one effort, or a hold's seconds; undefined where the entry does not say. */
  reps: number | undefined
  seconds: number | undefined
  /** The harder version; undefined for entries from before versions were kept. */
  harder: boolean | undefined
  /** This session began the harder version: the one before was not it, or did not say. */
  harderStarts: boolean
}

/** One exercise's sessions, oldest first, for its chart. */
export interface ExerciseProgress {
  exercise: string
  name: string
  /** The newest sessions, at most the number asked for, oldest first. */
  points: ProgressPoint[]
  /** How many sessions did it in all. */
  sessions: number
  /** What the chart follows beside the load: reps, or the hold's seconds (the newest's). */
  measure: 'reps' | 'seconds'
}

/** Sessions a chart shows: enough to see a season's steps, few enough to read at a glance. */
export const PROGRESS_POINTS = 16

/**
 * Each exercise done (a set or more), the most recently done first, with its newest `count`
 * sessions. An exercise that does not know its reps, hold or load in any of them (sessions
 * from before those were kept, with no load) is left out: there is nothing to draw.
 */
export function exerciseProgress(
  history: readonly HistoryEntry[],
  count = PROGRESS_POINTS,
): ExerciseProgress[] {
  // Newest first, keeping one row more than shown (whether the harder version began with
  // the oldest shown depends on the one before it): ten years of sessions cost little more
  // than a season, as only the rows kept are read further.
  const byExercise = new Map<string, { sessions: number; kept: [number, ExerciseRecord][] }>()
  for (const entry of [...history].sort((a, b) => b.startedAt - a.startedAt)) {
    const seen = new Set<string>()
    for (const row of entry.exercises) {
      // A circuit may hold an exercise twice: its first row done speaks for the session.
      if (row.setsDone === 0 || seen.has(row.exercise)) continue
      seen.add(row.exercise)
      const mine = byExercise.get(row.exercise) ?? { sessions: 0, kept: [] }
      mine.sessions++
      if (mine.kept.length <= count) mine.kept.push([entry.startedAt, row])
      byExercise.set(row.exercise, mine)
    }
  }
  const out: ExerciseProgress[] = []
  for (const [exercise, { sessions, kept }] of byExercise) {
    const all = kept.reverse().map(([startedAt, row]) => pointOf(startedAt, row))
    const points = all
      .map((p, i) => ({ ...p, harderStarts: p.harder === true && all[i - 1]?.harder !== true }))
      .slice(-count)
    if (!points.some((p) => p.reps !== undefined || p.seconds !== undefined || p.loadKg !== null))
      continue
    const last = points.findLast((p) => p.reps !== undefined || p.seconds !== undefined)
    out.push({
      exercise,
      name: findExercise(exercise)?.name ?? exercise,
      points,
      sessions,
      measure: last?.seconds !== undefined ? 'seconds' : 'reps',
    })
  }
  return out.sort((a, b) => b.points.at(-1)!.startedAt - a.points.at(-1)!.startedAt)
}

/** One session of an exercise, from its row. */
function pointOf(startedAt: number, row: ExerciseRecord): Omit<ProgressPoint, 'harderStarts'> {
  const load = row.load === undefined ? null : readLoad(row.load)
  const recorded = row.reps !== undefined || row.seconds !== undefined
  return {
    startedAt,
    load: row.load,
    loadKg: load ? kilos(load) : null,
    reps: row.reps,
    seconds: row.seconds,
    harder: recorded ? row.variant === 'challenge' : undefined,
  }
}

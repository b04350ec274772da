/**
 * Session history: what was done in each finished (or left early) session.
 */
import { z } from 'zod'
import type { Circuit } from './circuit'
import { summarize, type SessionState } from './session'
import { isEffort } from './timeline'

export const exerciseRecordSchema = z.strictObject({
  exercise: z.string(),
  /** Sets (or rounds) with every side done. */
  setsDone: z.int().min(0),
  setsPlanned: z.int().min(0),
  /** Per-side efforts done, for per-side work. */
  left: z.int().min(0).optional(),
  right: z.int().min(0).optional(),
  load: z.string().optional(),
})

export const historyEntrySchema = z.strictObject({
  id: z.string().min(1),
  circuitName: z.string(),
  /** Wall-clock start, ms since the epoch. */
  startedAt: z.number(),
  plannedMs: z.number().min(0),
  actualMs: z.number().min(0),
  effortsDone: z.int().min(0),
  effortsSkipped: z.int().min(0),
  effortsTotal: z.int().min(0),
  endedEarly: z.boolean(),
  exercises: z.array(exerciseRecordSchema),
})

export type HistoryEntry = z.infer<typeof historyEntrySchema>
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>

const historyFileSchema = z.strictObject({ version: z.literal(1), sessions: z.array(z.unknown()) })

/** The stored shape of the history. */
export function historyToStored(list: readonly HistoryEntry[]): unknown {
  return { version: 1, sessions: list }
}

/** Reads stored history, keeping every readable entry when some are damaged. */
export function historyFromStored(
  value: unknown,
): { ok: true; value: HistoryEntry[] } | { ok: false; reason: string; partial?: HistoryEntry[] } {
  const top = historyFileSchema.safeParse(value)
  if (!top.success) return { ok: false, reason: 'it is not a history this version knows' }
  const good: HistoryEntry[] = []
  let bad = 0
  for (const s of top.data.sessions) {
    const r = historyEntrySchema.safeParse(s)
    if (r.success) good.push(r.data)
    else bad++
  }
  if (bad > 0)
    return {
      ok: false,
      reason: `${bad} session${bad === 1 ? ' is' : 's are'} damaged`,
      partial: good,
    }
  return { ok: true, value: good }
}

/**
 * The record of a session that has ended, at `nowMs` on the session's clock.
 * `startedAt` is the wall-clock time it began.
 */
export function recordSession(
  id: string,
  circuit: Circuit,
  state: SessionState,
  nowMs: number,
  startedAt: number,
): HistoryEntry {
  const summary = summarize(state, nowMs)
  const exercises: ExerciseRecord[] = circuit.items.map((item) => ({
    exercise: item.exercise,
    setsDone: 0,
    setsPlanned: circuit.structure === 'rounds' ? circuit.rounds : item.sets,
    ...(item.perSide ? { left: 0, right: 0 } : {}),
    ...(item.load ? { load: item.load } : {}),
  }))
  // A set counts as done when each of its efforts (both sides, where per side) was done.
  const setDone = new Map<string, boolean>()
  state.timeline.phases.forEach((p, i) => {
    if (!isEffort(p) || p.itemIndex === undefined || !p.counter) return
    const rec = exercises[p.itemIndex]
    if (!rec) return
    const done = state.outcomes[i] === 'done'
    if (done && p.side) rec[p.side] = (rec[p.side] ?? 0) + 1
    const key = `${p.itemIndex}:${p.counter.n}`
    setDone.set(key, (setDone.get(key) ?? true) && done)
  })
  for (const [key, done] of setDone) {
    const rec = exercises[Number(key.split(':')[0])]
    if (done && rec) rec.setsDone++
  }
  return {
    id,
    circuitName: circuit.name,
    startedAt,
    plannedMs: summary.plannedMs,
    actualMs: summary.actualMs,
    effortsDone: summary.effortsDone,
    effortsSkipped: summary.effortsSkipped,
    effortsTotal: summary.effortsTotal,
    endedEarly: summary.endedEarly,
    exercises,
  }
}

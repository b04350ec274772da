/**
 * The history entry of a session that has ended: its summary and, per exercise, the sets
 * and sides done.
 */
import type { Circuit } from '../circuits/circuit'
import type { SessionState } from '../engine/session'
import { summarize } from '../engine/session-summary'
import { isEffort } from '../engine/timeline'
import type { ExerciseRecord, HistoryEntry } from './history'

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
    ...(item.reps !== undefined ? { reps: item.reps } : {}),
    ...(item.seconds !== undefined ? { seconds: item.seconds } : {}),
    ...(item.variant === 'challenge' ? { variant: 'challenge' as const } : {}),
  }))
  // The planned work of one set per row (efforts and the switch between sides), and the
  // warm-up and cool-down that ran to their end: what a FIT file's sets are timed by.
  const setMs = circuit.items.map(() => 0)
  const ranOut = { warmup: 0, cooldown: 0 }
  // A set counts as done when each of its efforts (both sides, where per side) was done.
  const setDone = new Map<string, boolean>()
  state.timeline.phases.forEach((p, i) => {
    const done = state.outcomes[i] === 'done'
    if ((p.kind === 'warmup' || p.kind === 'cooldown') && done) ranOut[p.kind] += p.durationMs
    if (p.counter?.n === 1 && p.itemIndex !== undefined && p.kind !== 'rest')
      setMs[p.itemIndex] = (setMs[p.itemIndex] ?? 0) + p.durationMs
    if (!isEffort(p) || p.itemIndex === undefined || !p.counter) return
    const rec = exercises[p.itemIndex]
    if (!rec) return
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
    structure: circuit.structure,
    warmupMs: ranOut.warmup,
    cooldownMs: ranOut.cooldown,
    exercises: exercises.map((e, i) => ({ ...e, setMs: setMs[i] ?? 0 })),
  }
}

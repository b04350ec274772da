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
  /** How this exercise felt, when rated on its own (optional, after the session's). */
  feeling: z.enum(['easy', 'right', 'hard']).optional(),
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
  /** How it felt, asked at the end; absent when skipped. */
  feeling: z.enum(['easy', 'right', 'hard']).optional(),
})

export type HistoryEntry = z.infer<typeof historyEntrySchema>
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>
export type Feeling = NonNullable<HistoryEntry['feeling']>

export const FEELING_LABELS: Record<Feeling, string> = {
  easy: 'Easy',
  right: 'About right',
  hard: 'Hard',
}

/** The answers to "how did it feel", in the order the keys 1, 2 and 3 pick them. */
export const FEELINGS = Object.keys(FEELING_LABELS) as Feeling[]

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

/** The history with `entry` recorded: an earlier record with its id is replaced. */
export function withEntry(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [...list.filter((e) => e.id !== entry.id), entry]
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

/** The article's goal: 2 to 3 sessions a week. */
export const WEEKLY_GOAL = { min: 2, max: 3 } as const

const DAY_MS = 86_400_000

/** Local midnight of the Monday of the week holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms)
  d.setHours(0, 0, 0, 0)
  const sinceMonday = (d.getDay() + 6) % 7
  d.setDate(d.getDate() - sinceMonday)
  return d.getTime()
}

export interface WeekStat {
  /** Local midnight of the week's Monday. */
  startMs: number
  /** Sessions finished (not left early). */
  sessions: number
  /** Minutes trained, every session counted. */
  minutes: number
}

/** The last `count` weeks up to the one holding `nowMs`, oldest first. */
export function weeklyStats(
  entries: readonly HistoryEntry[],
  nowMs: number,
  count = 8,
): WeekStat[] {
  const weeks: WeekStat[] = []
  let start = weekStart(nowMs)
  for (let i = 0; i < count; i++) {
    weeks.unshift({ startMs: start, sessions: 0, minutes: 0 })
    // Step back a week through local midnights, whatever daylight saving does.
    start = weekStart(start - 3 * DAY_MS)
  }
  for (const e of entries) {
    const w = weeks.find((x) => x.startMs === weekStart(e.startedAt))
    if (!w) continue
    if (!e.endedEarly) w.sessions++
    w.minutes += e.actualMs / 60_000
  }
  return weeks.map((w) => ({ ...w, minutes: Math.round(w.minutes) }))
}

/**
 * Weeks in a row that met the goal, up to now: this week counts once it has met it; a week
 * still under way that has not met it yet does not break the run.
 */
export function weekStreak(entries: readonly HistoryEntry[], nowMs: number): number {
  const weeks = weeklyStats(entries, nowMs, 520)
  let streak = 0
  for (let i = weeks.length - 1; i >= 0; i--) {
    const met = (weeks[i] as WeekStat).sessions >= WEEKLY_GOAL.min
    if (met) streak++
    else if (i !== weeks.length - 1) break
  }
  return streak
}

const csvCell = (v: string | number | boolean) => {
  const text = String(v)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The history as CSV, one session a row, oldest first. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const head = [
    'date',
    'circuit',
    'planned_min',
    'actual_min',
    'efforts_done',
    'efforts_skipped',
    'efforts_total',
    'ended_early',
    'feeling',
    'exercises',
  ]
  const rows = [...entries]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((e) =>
      [
        new Date(e.startedAt).toISOString(),
        e.circuitName,
        (e.plannedMs / 60_000).toFixed(1),
        (e.actualMs / 60_000).toFixed(1),
        e.effortsDone,
        e.effortsSkipped,
        e.effortsTotal,
        e.endedEarly,
        e.feeling ?? '',
        e.exercises
          .map((x) => `${x.exercise} ${x.setsDone}/${x.setsPlanned}${x.load ? ` @ ${x.load}` : ''}`)
          .join('; '),
      ]
        .map(csvCell)
        .join(','),
    )
  return `${[head.join(','), ...rows].join('\n')}\n`
}

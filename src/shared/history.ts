/**
 * Session history: what was done in each finished (or left early) session.
 */
import { z } from 'zod'
import { LIMITS, type Circuit } from './circuit'
import { findExercise } from './exercises'
import { MAX_SESSION_MS, summarize, type SessionState } from './session'
import { isEffort } from './timeline'

/**
 * The most sessions a history holds: ten years at three a week is about 1,600. A stored
 * history with more is read as its newest `MAX_HISTORY_ENTRIES`, reported as a partial read.
 */
export const MAX_HISTORY_ENTRIES = 100_000
/** The longest id of a session, or of an exercise, in characters (ours are 36 or fewer). */
export const MAX_HISTORY_ID_CHARS = 100
/** The longest session, planned or done, in ms: a year (see `session.ts`). */
export { MAX_SESSION_MS }
/** The latest time a JavaScript date can hold, in ms since the epoch. */
export const MAX_DATE_MS = 8_640_000_000_000_000
/**
 * The most efforts in one session: the format allows at most 2,000 (20 rounds of 50
 * items, each side on its own).
 */
export const MAX_SESSION_EFFORTS = 10_000
/** The most sets, rounds or per-side efforts one exercise row counts (the format allows 20). */
export const MAX_EXERCISE_SETS = 1000

/** True when `id` names an exercise of the catalogue. */
export function isKnownExercise(id: string): boolean {
  return findExercise(id) !== undefined
}

const count = (max: number) => z.int().min(0).max(max)
const feelingSchema = z.enum(['easy', 'right', 'hard'])
/** One exercise row as stored: any id, so a row of an unknown exercise can be dropped alone. */
const storedRecordSchema = z.strictObject({
  exercise: z.string(),
  /** Sets (or rounds) with every side done. */
  setsDone: count(MAX_EXERCISE_SETS),
  setsPlanned: count(MAX_EXERCISE_SETS),
  /** Per-side efforts done, for per-side work. */
  left: count(MAX_EXERCISE_SETS).optional(),
  right: count(MAX_EXERCISE_SETS).optional(),
  /** The load as written in the circuit, at most `LIMITS.loadChars` (40) characters. */
  load: z.string().max(LIMITS.loadChars).optional(),
  /** How this exercise felt, when rated on its own (optional, after the session's). */
  feeling: feelingSchema.optional(),
})

/** One exercise of a session: its id must name an exercise of the catalogue. */
export const exerciseRecordSchema = storedRecordSchema.extend({
  exercise: z
    .string()
    .max(MAX_HISTORY_ID_CHARS, { abort: true })
    .refine(isKnownExercise, {
      error: (iss) => `"${String(iss.input)}" is not an exercise Runstrong knows`,
    }),
})

/** A session's fields other than its exercises. */
const entryFields = {
  id: z.string().min(1).max(MAX_HISTORY_ID_CHARS),
  /** At most `LIMITS.nameChars` (80) characters, as in the circuit format. */
  circuitName: z.string().max(LIMITS.nameChars),
  /** Wall-clock start, ms since the epoch (fractional: it is derived from the page clock). */
  startedAt: z.number().min(0).max(MAX_DATE_MS),
  plannedMs: z.number().min(0).max(MAX_SESSION_MS),
  actualMs: z.number().min(0).max(MAX_SESSION_MS),
  effortsDone: count(MAX_SESSION_EFFORTS),
  effortsSkipped: count(MAX_SESSION_EFFORTS),
  effortsTotal: count(MAX_SESSION_EFFORTS),
  endedEarly: z.boolean(),
  /** How it felt, asked at the end; absent when skipped. */
  feeling: feelingSchema.optional(),
}

/** One exercise row per circuit item: at most `LIMITS.items[1]` (50), as in the format. */
const exerciseRows = <T extends z.ZodType>(row: T) => z.array(row).max(LIMITS.items[1])

/** A session as stored: exercise rows may name exercises the catalogue no longer has. */
const storedEntrySchema = z.strictObject({
  ...entryFields,
  exercises: exerciseRows(storedRecordSchema),
})

/** A session's record, as the runner makes it: every bound, and only known exercises. */
export const historyEntrySchema = z.strictObject({
  ...entryFields,
  exercises: exerciseRows(exerciseRecordSchema),
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Reads stored history, keeping every readable entry when some are damaged. A row naming an
 * exercise the catalogue does not have is dropped, the rest of its session kept; beyond
 * `MAX_HISTORY_ENTRIES`, the oldest sessions are left out. Each of these makes a partial read.
 */
export function historyFromStored(
  value: unknown,
): { ok: true; value: HistoryEntry[] } | { ok: false; reason: string; partial?: HistoryEntry[] } {
  const top = historyFileSchema.safeParse(value)
  if (!top.success) return { ok: false, reason: 'it is not a history this version knows' }
  const { sessions } = top.data
  // Sessions are stored in the order they were recorded: the newest are kept.
  const leftOut = Math.max(0, sessions.length - MAX_HISTORY_ENTRIES)
  const good: HistoryEntry[] = []
  const unknownIds = new Set<string>()
  let bad = 0
  let droppedRows = 0
  for (const s of leftOut > 0 ? sessions.slice(leftOut) : sessions) {
    const r = storedEntrySchema.safeParse(s)
    if (!r.success) {
      bad++
      continue
    }
    const exercises = r.data.exercises.filter((x) => {
      if (isKnownExercise(x.exercise)) return true
      unknownIds.add(x.exercise)
      droppedRows++
      return false
    })
    good.push({ ...r.data, exercises })
  }
  const problems: string[] = []
  if (bad > 0) problems.push(`${plural(bad, 'session is', 'sessions are')} damaged`)
  if (droppedRows > 0) {
    const names = [...unknownIds].map((id) => `"${id.length > 40 ? `${id.slice(0, 40)}…` : id}"`)
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}…` : names.join(', ')
    const rows = plural(droppedRows, 'exercise row names', 'exercise rows name')
    const were = droppedRows === 1 ? 'was' : 'were'
    problems.push(`${rows} an exercise Runstrong does not know (${shown}) and ${were} left out`)
  }
  if (leftOut > 0) {
    const older = plural(leftOut, 'older session', 'older sessions')
    const kept = MAX_HISTORY_ENTRIES.toLocaleString('en')
    problems.push(`${older} beyond the ${kept} kept ${leftOut === 1 ? 'was' : 'were'} left out`)
  }
  if (problems.length > 0) return { ok: false, reason: problems.join('; '), partial: good }
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

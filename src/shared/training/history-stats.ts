/**
 * What the history adds up to: sessions and minutes a week against the article's goal,
 * weeks in a row that met it, and the history as CSV.
 */
import type { HistoryEntry } from './history'

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

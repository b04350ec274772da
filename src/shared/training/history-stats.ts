/**
 * What the history adds up to: sessions and minutes a week against the article's goal,
 * weeks in a row that met it, and the history as CSV.
 */
import { weekStart } from './calendar'
import type { HistoryEntry } from './history'

/**
 * The article's two weekly goals: 2 to 3 sessions of 20 to 30 minutes, or 3 to 5 short
 * ones of 10 to 15.
 */
export const WEEKLY_GOALS = {
  standard: { min: 2, max: 3, label: '2 to 3 sessions of 20 to 30 minutes' },
  short: { min: 3, max: 5, label: '3 to 5 short sessions of 10 to 15 minutes' },
} as const

export type WeeklyGoal = keyof typeof WEEKLY_GOALS

/** The standard goal: 2 to 3 sessions a week. */
export const WEEKLY_GOAL = WEEKLY_GOALS.standard

/** The article's shortest session, in ms: anything less does not count toward a goal. */
export const SHORTEST_SESSION_MS = 10 * 60_000
/** Sessions under this count as the article's short ones, in ms. */
const SHORT_SESSION_MS = 20 * 60_000

/** Whether a session counts toward the week's goal, and, where it matters, why. */
export function countsTowardGoal(e: HistoryEntry): { counts: boolean; why: string | undefined } {
  // Whole minutes done, never rounded up past the 10-minute line.
  const minutes = Math.floor(e.actualMs / 60_000)
  if (e.actualMs < SHORTEST_SESSION_MS)
    return {
      counts: false,
      why: `${e.endedEarly ? `Left after ${minutes} min` : `${minutes} min`}: under the article's shortest session (10 minutes), so it does not count toward the week`,
    }
  return {
    counts: true,
    why: e.endedEarly ? `Left early, but ${minutes} min still counts toward the week` : undefined,
  }
}

const DAY_MS = 86_400_000

export interface WeekStat {
  /** Local midnight of the week's Monday. */
  startMs: number
  /** Sessions that count toward the goal: 10 minutes or more, left early or not. */
  sessions: number
  /** Minutes trained, every session counted. */
  minutes: number
  /** The goal this week is measured against: short when most of its sessions were short. */
  goal: WeeklyGoal
}

/** Whether a week met its goal. */
export function metGoal(w: WeekStat): boolean {
  return w.sessions >= WEEKLY_GOALS[w.goal].min
}

/** The last `count` weeks up to the one holding `nowMs`, oldest first. */
export function weeklyStats(
  entries: readonly HistoryEntry[],
  nowMs: number,
  count = 8,
): WeekStat[] {
  const weeks: (WeekStat & { short: number })[] = []
  let start = weekStart(nowMs)
  for (let i = 0; i < count; i++) {
    weeks.unshift({ startMs: start, sessions: 0, minutes: 0, goal: 'standard', short: 0 })
    // Step back a week through local midnights, whatever daylight saving does.
    start = weekStart(start - 3 * DAY_MS)
  }
  const byStart = new Map(weeks.map((w) => [w.startMs, w]))
  for (const e of entries) {
    const w = byStart.get(weekStart(e.startedAt))
    if (!w) continue
    if (countsTowardGoal(e).counts) {
      w.sessions++
      if (e.actualMs < SHORT_SESSION_MS) w.short++
    }
    w.minutes += e.actualMs / 60_000
  }
  return weeks.map(({ short, ...w }) => ({
    ...w,
    minutes: Math.round(w.minutes),
    goal: w.sessions > 0 && short * 2 > w.sessions ? 'short' : 'standard',
  }))
}

/**
 * Weeks in a row that met the goal, up to now: this week counts once it has met it; a week
 * still under way that has not met it yet does not break the run.
 */
export function weekStreak(entries: readonly HistoryEntry[], nowMs: number): number {
  const weeks = weeklyStats(entries, nowMs, 520)
  let streak = 0
  for (let i = weeks.length - 1; i >= 0; i--) {
    const met = metGoal(weeks[i]!)
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

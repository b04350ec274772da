/**
 * What the history adds up to: sessions and minutes a week against the runner's goal,
 * weeks in a row that met it, and the history as CSV.
 */
import { weekStart } from './calendar'
import type { HistoryEntry } from './history'
import type { WeekPlan } from './planner'
import { programmeStatus } from './programme'

/**
 * The article's weekly goal, by level: someone new to strength work starts with one
 * 15-minute session a week; everyone else aims at 2 to 3 sessions of 20 to 30 minutes.
 */
export const WEEKLY_GOALS = {
  beginner: { min: 1, max: 1, label: 'one 15-minute session a week' },
  standard: { min: 2, max: 3, label: '2 to 3 sessions of 20 to 30 minutes a week' },
} as const

export type WeeklyGoal = keyof typeof WEEKLY_GOALS

/** "1 session", "2 to 3 sessions": a goal's range of sessions, in words. */
export function goalSessions(goal: WeeklyGoal): string {
  const { min, max }: { min: number; max: number } = WEEKLY_GOALS[goal]
  return min === max ? `${min} session${min === 1 ? '' : 's'}` : `${min} to ${max} sessions`
}

/**
 * The goal History measures weeks against. Runstrong learns the runner is new to strength
 * work only from a beginner's six-week programme: while one is under way the goal is the
 * beginner's; once it is done (or with none) the runner builds to the standard goal.
 */
export function goalFor(
  plan: WeekPlan | undefined,
  history: readonly HistoryEntry[],
  nowMs: number,
): WeeklyGoal {
  const p = plan?.programme
  return p?.beginner && programmeStatus(p, history, nowMs).week !== null ? 'beginner' : 'standard'
}

/**
 * Past this much in a week, more strength work takes from running rather than adding to it:
 * History says so gently.
 */
export const WEEKLY_ENOUGH = { sessions: 3, minutes: 90 } as const

/** The article's shortest session, in ms: anything less does not count toward a goal. */
export const SHORTEST_SESSION_MS = 10 * 60_000

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
  /** The goal this week is measured against: the runner's, the same for every week shown. */
  goal: WeeklyGoal
}

/** Whether a week met its goal. */
export function metGoal(w: WeekStat): boolean {
  return w.sessions >= WEEKLY_GOALS[w.goal].min
}

/**
 * A gentle word for a week of more than three sessions or 90 minutes; undefined for any
 * other week.
 */
export function tooMuchWord(w: WeekStat): string | undefined {
  if (w.sessions <= WEEKLY_ENOUGH.sessions && w.minutes <= WEEKLY_ENOUGH.minutes) return undefined
  const { sessions, minutes } = WEEKLY_ENOUGH
  return `Over ${sessions} sessions or ${minutes} minutes this week: for a runner, more strength work is not better. ${goalSessions('standard')} leave your legs fresh for running.`
}

/** The last `count` weeks up to the one holding `nowMs`, oldest first, against `goal`. */
export function weeklyStats(
  entries: readonly HistoryEntry[],
  nowMs: number,
  count = 8,
  goal: WeeklyGoal = 'standard',
): WeekStat[] {
  const weeks: WeekStat[] = []
  let start = weekStart(nowMs)
  for (let i = 0; i < count; i++) {
    weeks.unshift({ startMs: start, sessions: 0, minutes: 0, goal })
    // Step back a week through local midnights, whatever daylight saving does.
    start = weekStart(start - 3 * DAY_MS)
  }
  const byStart = new Map(weeks.map((w) => [w.startMs, w]))
  for (const e of entries) {
    const w = byStart.get(weekStart(e.startedAt))
    if (!w) continue
    if (countsTowardGoal(e).counts) w.sessions++
    w.minutes += e.actualMs / 60_000
  }
  return weeks.map((w) => ({ ...w, minutes: Math.round(w.minutes) }))
}

/**
 * Weeks in a row that met `goal`, up to now: this week counts once it has met it; a week
 * still under way that has not met it yet does not break the run.
 */
export function weekStreak(
  entries: readonly HistoryEntry[],
  nowMs: number,
  goal: WeeklyGoal = 'standard',
): number {
  const weeks = weeklyStats(entries, nowMs, 520, goal)
  let streak = 0
  for (let i = weeks.length - 1; i >= 0; i--) {
    const met = metGoal(weeks[i]!)
    if (met) streak++
    else if (i !== weeks.length - 1) break
  }
  return streak
}

/** The media type a CSV file is saved with. */
export const CSV_MIME = 'text/csv'

/**
 * One CSV cell. Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * read as a formula by spreadsheets (CSV injection: a circuit named `=HYPERLINK(...)`), so
 * it gets a leading single quote, OWASP's rule; a cell with a quote, a comma or a line break
 * is quoted, its quotes doubled.
 */
export function csvCell(v: string | number | boolean): string {
  const text = String(v)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
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

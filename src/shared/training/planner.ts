/**
 * The run-aware week planner, by the article's rules: never on a long-run day; never on a
 * workout day while an easier day is free; where it can be avoided, not the day before a long
 * run or a workout, nor two days in a row; then easy-run days, after the run, before rest days.
 */
import type { HistoryEntry } from './history'
import type { Programme, WeekPlan } from './plan-schema'
import { PROGRAMME_SESSIONS, programmeStatus, programmeWeekName } from './programme'

export { SESSIONS_RANGE } from './generator-options'
export type { WeekPlan } from './plan-schema'

export type DayKind = 'rest' | 'easy' | 'workout' | 'long'

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  rest: 'Rest',
  easy: 'Easy run',
  workout: 'Workout (intervals or tempo)',
  long: 'Long run',
}

export const DAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const

export const DEFAULT_PLAN: WeekPlan = {
  version: 1,
  days: ['rest', 'easy', 'workout', 'easy', 'rest', 'easy', 'long'],
  sessions: 2,
}

export interface PlannedDay {
  day: number
  /** Why this day, in one line. */
  reason: string
}

const HARD: ReadonlySet<DayKind> = new Set(['workout', 'long'])

/** The article's short sessions: 4 or 5 a week are only these. */
export const SHORT_SESSION_MINUTES = { min: 10, max: 15 } as const

/** What the Week screen says about the number of sessions; undefined when nothing. */
export function sessionsAdvice(sessions: number): string | undefined {
  return sessions >= 4
    ? `${sessions} a week only as short sessions of ${SHORT_SESSION_MINUTES.min} to ${SHORT_SESSION_MINUTES.max} minutes, as the article advises; 2 to 3 longer ones are the usual goal.`
    : undefined
}

const before = (days: readonly DayKind[], d: number): DayKind => days[(d + 1) % 7]!
const adjacent = (a: number, b: number) => Math.abs(a - b) === 1 || Math.abs(a - b) === 6

/**
 * What a choice of days costs, in the article's order: workout days, days before a long run
 * or a workout, pairs of strength days back to back (Sunday next to Monday), then rest days
 * rather than easy-run ones. Compared one part after the other; lower is better. Long-run
 * days are never offered, so they need no part of their own.
 */
function cost(days: readonly DayKind[], chosen: readonly number[]): number[] {
  return [
    chosen.filter((d) => days[d] === 'workout').length,
    // The next day's hard run comes before the easy-run preference: a rest day clear of it
    // beats an easy-run day right before it.
    chosen.filter((d) => HARD.has(before(days, d))).length,
    chosen.reduce((n, d, i) => n + chosen.slice(i + 1).filter((e) => adjacent(d, e)).length, 0),
    chosen.filter((d) => days[d] === 'rest').length,
  ]
}

const cheaper = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!
  return false
}

/** Every set of `k` days out of `from`, in order. */
function choose(from: readonly number[], k: number): number[][] {
  if (k === 0) return [[]]
  return from.flatMap((d, i) => choose(from.slice(i + 1), k - 1).map((rest) => [d, ...rest]))
}

/** The days that may hold strength at all: every day but the long-run ones. */
const openDays = (days: readonly DayKind[]) =>
  [0, 1, 2, 3, 4, 5, 6].filter((d) => days[d] !== 'long')

/** The cheapest `k` days out of `from`, the earliest in the week on a tie; null when too few. */
function cheapest(
  days: readonly DayKind[],
  from: readonly number[],
  k: number,
): { chosen: number[]; cost: number[] } | null {
  let best: { chosen: number[]; cost: number[] } | null = null
  for (const chosen of choose(from, k)) {
    const c = cost(days, chosen)
    if (best === null || cheaper(c, best.cost)) best = { chosen, cost: c }
  }
  return best
}

/**
 * Whether strength on `d` was forced on a proposal of `chosen`: every choice of as many days
 * with as few workout days (the rules above the next day's hard run) holds `d`.
 */
function forced(days: readonly DayKind[], d: number, chosen: readonly number[]): boolean {
  const without = cheapest(
    days,
    openDays(days).filter((x) => x !== d),
    chosen.length,
  )
  return without === null || without.cost[0]! > cost(days, chosen)[0]!
}

/**
 * One true line on why strength is on a day, given the days chosen with it; `byUser` when
 * the user chose them (then nothing is said to have been unavoidable).
 */
function reasonFor(
  days: readonly DayKind[],
  d: number,
  chosen: readonly number[],
  byUser = false,
): string {
  const kind = days[d]!
  const free = (k: DayKind) => days.some((x, i) => x === k && !chosen.includes(i))
  const next = before(days, d)
  // The easier kinds this week has: "every easy-run day already has strength" is said only
  // of a week that has one.
  const easier = (['easy', 'rest'] as const).filter((k) => days.includes(k))
  const all = easier.map((k) => (k === 'easy' ? 'easy-run' : 'rest')).join(' and ')
  let base: string
  if (kind === 'easy') base = 'after your easy run'
  else if (kind === 'rest')
    base =
      free('easy') || !days.includes('easy')
        ? 'on a rest day'
        : 'on a rest day, as every easy-run day already has strength'
  else if (easier.some(free)) base = 'after your workout'
  else if (easier.length === 0) base = 'after your workout, as the week has no easy-run or rest day'
  else base = `after your workout, as every ${all} day already has strength`
  if (!HARD.has(next)) return `${DAY_NAMES[d]}: ${base}`
  const run = next === 'long' ? 'long run' : 'workout'
  if (byUser) return `${DAY_NAMES[d]}: ${base}; the ${run} is tomorrow`
  // Said to be unavoidable only when no choice keeping the higher rules could leave it out.
  const end = forced(days, d, chosen) ? 'could not be avoided' : 'comes next, so keep it light'
  return `${DAY_NAMES[d]}: ${base}; the ${run} tomorrow ${end}`
}

/**
 * Proposes the strength days of a week by the article's rules, weighed in order: never on a
 * long-run day; never on a workout day while an easy-run or rest day is free; not the day
 * before a long run or a workout when that can be avoided; apart rather than back to back;
 * then easy-run days, after the run, before rest days. Returns them in week order, each
 * with its reason.
 */
export function proposeDays(days: readonly DayKind[], sessions: number): PlannedDay[] {
  const open = openDays(days)
  const want = Math.max(0, Math.min(sessions, open.length))
  const best = cheapest(days, open, want)?.chosen ?? []
  return best.map((day) => ({ day, reason: reasonFor(days, day, best) }))
}

/** The strength days in force: the user's own choice where made, else the proposal. */
export function strengthDays(plan: WeekPlan): PlannedDay[] {
  if (!plan.chosen) return proposeDays(plan.days, plan.sessions)
  const chosen = [...plan.chosen].filter((d) => plan.days[d] !== 'long').sort((a, b) => a - b)
  return chosen.map((day) => ({
    day,
    reason: `${reasonFor(plan.days, day, chosen, true)} (your choice)`,
  }))
}

/** Whether the plan is still the one every new install starts with: nobody set it. */
export function isUntouchedPlan(plan: WeekPlan): boolean {
  return (
    plan.days.join() === DEFAULT_PLAN.days.join() &&
    plan.sessions === DEFAULT_PLAN.sessions &&
    plan.chosen === undefined &&
    plan.circuitId === undefined &&
    plan.programme === undefined
  )
}

/** The day of the week of `ms` in local time; Monday is 0. */
export function weekdayIndex(ms: number): number {
  return (new Date(ms).getDay() + 6) % 7
}

/** What today holds, as one line for the home screen. */
export function todayLine(plan: WeekPlan, nowMs: number, circuitName: string | undefined): string {
  const d = weekdayIndex(nowMs)
  const kind = plan.days[d] as DayKind
  const strength = strengthDays(plan).some((p) => p.day === d)
  const what = circuitName ? `: ${circuitName}` : ''
  if (strength) {
    if (kind === 'easy') return `Strength after your easy run${what}`
    if (kind === 'workout') return `Strength after your workout${what}`
    return `Strength today${what}`
  }
  if (kind === 'long') return 'Long run today: no strength'
  if (kind === 'workout') return 'Workout today: no strength'
  if (kind === 'easy') return 'Easy run today: no strength planned'
  return 'Rest day'
}

/** The week plan with a programme begun: its 1 to 3 strength days a week for six weeks. */
export function startProgramme(plan: WeekPlan, programme: Programme): WeekPlan {
  const sessions = Math.min(PROGRAMME_SESSIONS.max, Math.max(PROGRAMME_SESSIONS.min, plan.sessions))
  return sessions === plan.sessions
    ? { ...plan, programme }
    : { ...plan, sessions, chosen: undefined, programme }
}

/**
 * The circuit strength days hold while a programme runs (this week's), for the home screen
 * and reminders; undefined when no programme is under way.
 */
export function programmeCircuitName(
  plan: WeekPlan,
  history: readonly HistoryEntry[],
  nowMs: number,
): string | undefined {
  if (!plan.programme) return undefined
  const { week } = programmeStatus(plan.programme, history, nowMs)
  return week === null ? undefined : programmeWeekName(week)
}

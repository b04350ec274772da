/**
 * The run-aware week planner, by the article's rules: strength on easy-run days, after the
 * run; never on a long-run day; and, where it can be avoided, not the day before a long run
 * or a workout, nor on a workout day.
 */
import { z } from 'zod'

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

export const weekPlanSchema = z.strictObject({
  version: z.literal(1),
  /** Monday first. */
  days: z.array(z.enum(['rest', 'easy', 'workout', 'long'])).length(7),
  sessions: z.int().min(1).max(5),
  /** Days the user moved strength to or from, overriding the proposal: Monday is 0. */
  chosen: z.array(z.int().min(0).max(6)).max(7).optional(),
  /** The circuit to suggest on strength days: a saved circuit's or a preset's id. */
  circuitId: z.string().max(100).optional(),
})

export type WeekPlan = z.infer<typeof weekPlanSchema>

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

/** One line on why strength suits (or only just suits) a day. */
function reasonFor(days: readonly DayKind[], d: number): string {
  const kind = days[d] as DayKind
  const next = days[(d + 1) % 7] as DayKind
  const base =
    kind === 'easy'
      ? 'after your easy run'
      : kind === 'rest'
        ? 'on a rest day, as no better easy-run day is free'
        : 'after your workout, only because no easier day is free'
  const before = HARD.has(next)
    ? `; the ${next === 'long' ? 'long run' : 'workout'} tomorrow could not be avoided`
    : ''
  return `${DAY_NAMES[d]}: ${base}${before}`
}

/** How well a day suits strength: higher is better; null is never (a long-run day). */
function suitability(days: readonly DayKind[], d: number): number | null {
  const kind = days[d] as DayKind
  if (kind === 'long') return null
  const next = days[(d + 1) % 7] as DayKind
  // Easy-run days come first; the day before a hard run costs less than leaving them.
  let score = kind === 'easy' ? 10 : kind === 'rest' ? 4 : 1
  if (HARD.has(next)) score -= 3
  return score
}

/**
 * Proposes the strength days of a week: the most suitable days, spread apart where they can
 * be. Returns them in week order, each with its reason.
 */
export function proposeDays(days: readonly DayKind[], sessions: number): PlannedDay[] {
  const chosen: number[] = []
  const want = Math.max(0, Math.min(sessions, days.filter((k) => k !== 'long').length))
  while (chosen.length < want) {
    let best = -1
    let bestScore = -Infinity
    for (let d = 0; d < 7; d++) {
      if (chosen.includes(d)) continue
      const s = suitability(days, d)
      if (s === null) continue
      // Back-to-back strength days wear legs out; keep them apart where possible.
      const adjacent = chosen.some((c) => Math.abs(c - d) === 1 || Math.abs(c - d) === 6)
      const score = s - (adjacent ? 4 : 0)
      if (score > bestScore) {
        best = d
        bestScore = score
      }
    }
    if (best < 0) break
    chosen.push(best)
  }
  return chosen.sort((a, b) => a - b).map((day) => ({ day, reason: reasonFor(days, day) }))
}

/** The strength days in force: the user's own choice where made, else the proposal. */
export function strengthDays(plan: WeekPlan): PlannedDay[] {
  if (!plan.chosen) return proposeDays(plan.days, plan.sessions)
  return [...plan.chosen]
    .filter((d) => plan.days[d] !== 'long')
    .sort((a, b) => a - b)
    .map((day) => ({ day, reason: `${reasonFor(plan.days, day)} (your choice)` }))
}

/** Monday is 0. */
function weekdayIndex(ms: number): number {
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

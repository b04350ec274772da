/**
 * Every change the Week screen makes to a plan, as pure functions: the screen only says
 * which, so each rule (a long run never holds strength, the sessions' range) lives here once.
 */
import { SESSIONS_RANGE, strengthDays, type DayKind, type WeekPlan } from './planner'

/** A day's running changed: a strength day the user chose there goes if it became a long run. */
export function withDayKind(plan: WeekPlan, day: number, kind: DayKind): WeekPlan {
  const days = plan.days.map((k, i) => (i === day ? kind : k))
  return { ...plan, days, chosen: plan.chosen?.filter((c) => days[c] !== 'long') }
}

/** Strength moved onto or off a day (never onto a long run): the user's choice from now on. */
export function withStrengthToggled(plan: WeekPlan, day: number): WeekPlan {
  const current = strengthDays(plan).map((c) => c.day)
  if (!current.includes(day) && plan.days[day] === 'long') return plan
  const chosen = current.includes(day) ? current.filter((c) => c !== day) : [...current, day]
  return { ...plan, chosen }
}

/**
 * Sessions a week as typed: rounded into 1 to 5 (anything unreadable is 1), and the days
 * proposed afresh for the new count.
 */
export function withSessions(plan: WeekPlan, typed: number): WeekPlan {
  const n = Number.isFinite(typed) ? Math.round(typed) : SESSIONS_RANGE.min
  const sessions = Math.max(SESSIONS_RANGE.min, Math.min(SESSIONS_RANGE.max, n))
  return { ...plan, sessions, chosen: undefined }
}

/** The circuit suggested on strength days (undefined: none chosen). */
export function withCircuit(plan: WeekPlan, circuitId: string | undefined): WeekPlan {
  return { ...plan, circuitId: circuitId || undefined }
}

/** The user's own days dropped: the proposed ones hold again. */
export function withSuggestedDays(plan: WeekPlan): WeekPlan {
  return { ...plan, chosen: undefined }
}

/** The weekdays reminders fall on for a plan: its strength days, Monday 0. */
export function reminderDays(plan: WeekPlan): number[] {
  return strengthDays(plan).map((d) => d.day)
}

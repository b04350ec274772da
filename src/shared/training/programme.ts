/**
 * The article's advice to follow a programme of at least 6 weeks or 12 workouts, varied
 * from week to week: six weeks of sessions on the week plan's strength days, each week's
 * circuit made afresh and stepped up as the weeks go by. A week with no session does not
 * count: the programme waits rather than piling sessions up.
 */
import * as z from '../zod'
import { EQUIPMENT_IDS } from '../circuits/equipment'
import { FOCUS_LABELS, MINUTES_RANGE, type Focus } from './generator-options'
import { MAX_DATE_MS } from '../engine/time-bounds'
import type { HistoryEntry } from './history'
import { weekStart } from './calendar'
import type { WeekPlan } from './planner'

export const PROGRAMME_WEEKS = 6

/** What a programme was started with: everything else follows from it. */
export const programmeSchema = z.strictObject({
  /** When it started, ms since the epoch. */
  startedAt: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  /** Varies the exercises; a new programme gets a new one. */
  seed: z.int().check(z.gte(0), z.lte(1_000_000_000)),
  minutes: z.int().check(z.gte(MINUTES_RANGE[0]), z.lte(MINUTES_RANGE[1])),
  focus: z.enum(Object.keys(FOCUS_LABELS) as [Focus, ...Focus[]]),
  beginner: z.boolean(),
  equipment: z.array(z.enum(EQUIPMENT_IDS)).check(z.maxLength(EQUIPMENT_IDS.length)),
})

export type Programme = z.infer<typeof programmeSchema>

const NAME = /^Six weeks · Week (\d) of 6$/

/** The name of a programme week's circuit, which History records it under. */
export function programmeWeekName(week: number): string {
  return `Six weeks · Week ${week} of ${PROGRAMME_WEEKS}`
}

export interface ProgrammeStatus {
  /** The week the runner is in, 1 to 6; null once all six are done. */
  week: number | null
  /** Programme sessions done this calendar week. */
  doneThisWeek: number
}

/**
 * Where the runner is: a calendar week since the start counts as a programme week once it
 * holds a programme session; a week without one is skipped, not owed.
 */
export function programmeStatus(
  p: Programme,
  history: readonly HistoryEntry[],
  nowMs: number,
): ProgrammeStatus {
  const thisWeek = weekStart(nowMs)
  const weeksWithSessions = new Set<number>()
  let doneThisWeek = 0
  for (const e of history) {
    if (e.startedAt < weekStart(p.startedAt) || !NAME.test(e.circuitName)) continue
    const w = weekStart(e.startedAt)
    if (w === thisWeek) doneThisWeek++
    else if (w < thisWeek) weeksWithSessions.add(w)
  }
  const week = weeksWithSessions.size + 1
  return { week: week > PROGRAMME_WEEKS ? null : week, doneThisWeek }
}

/** Strength sessions a week in a programme: 2 or 3, so six weeks hold 12 to 18. */
export const PROGRAMME_SESSIONS = { min: 2, max: 3 } as const

/** The week plan with a programme begun: 2 or 3 strength days a week for its six weeks. */
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

/**
 * The article's advice to follow a programme of at least 6 weeks or 12 workouts, varied:
 * six weeks of sessions on the week plan's strength days. The exercises stay the same for
 * two weeks so they can be learnt and progressed, then step up: new exercises, or harder
 * versions of ones already done. A week with no session that counts does not count: the
 * programme waits rather than piling sessions up. A week rated hard holds its step.
 */
import type { HistoryEntry } from './history'
import type { Programme } from './plan-schema'
import { weekStart } from './calendar'

export type { Programme } from './plan-schema'

export const PROGRAMME_WEEKS = 6
/** Steps of the programme: weeks 1-2, 3-4 and 5-6 when no week is held. */
export const PROGRAMME_STEPS = 3
/** Weeks each step lasts before the next, unless a hard week holds it. */
const WEEKS_PER_STEP = 2

const NAME = /^Six weeks · Week (\d) of 6$/

/** The name of a programme week's circuit, which History records it under. */
export function programmeWeekName(week: number): string {
  return `Six weeks · Week ${week} of ${PROGRAMME_WEEKS}`
}

/** The share of a session's efforts that must be done for it to count in a programme. */
export const PROGRAMME_SESSION_SHARE = 2 / 3

/**
 * Whether a session counts toward a programme week: at least two thirds of its efforts
 * done, so a session left after a minute does not move the programme on.
 */
export function countsForProgramme(e: HistoryEntry): boolean {
  // Whole numbers on both sides: 2 of 3 efforts counts, with no rounding doubt.
  return e.effortsTotal > 0 && e.effortsDone * 3 >= e.effortsTotal * 2
}

/**
 * Whether a week's sessions were rated hard: at least half of those rated were, so one hard
 * session of one, or of two, holds the step; a week with no rating is not hard.
 */
export function ratedHard(sessions: readonly HistoryEntry[]): boolean {
  const rated = sessions.filter((e) => e.feeling !== undefined)
  const hard = rated.filter((e) => e.feeling === 'hard').length
  return rated.length > 0 && hard * 2 >= rated.length
}

/**
 * The step of each week from the first (0 for weeks 1 and 2, 1 for 3 and 4, 2 for 5 and 6)
 * for weeks done with these hard ratings, plus the week after them. A week rated hard is
 * followed by a week at its own step instead of the next one.
 */
export function stepsByWeek(hardWeeks: readonly boolean[]): number[] {
  const steps = [0]
  let weeksAtStep = 1
  for (const hard of hardWeeks) {
    const step = steps[steps.length - 1]!
    if (!hard && weeksAtStep >= WEEKS_PER_STEP && step < PROGRAMME_STEPS - 1) {
      steps.push(step + 1)
      weeksAtStep = 1
    } else {
      steps.push(step)
      weeksAtStep++
    }
  }
  return steps
}

export interface ProgrammeStatus {
  /** The week the runner is in, 1 to 6; null once all six are done. */
  week: number | null
  /** Programme sessions that count done this calendar week. */
  doneThisWeek: number
  /** Programme sessions this calendar week left before two thirds of their efforts. */
  notCountedThisWeek: number
  /** The step of this week's circuit (0 to 2); after the end, the last week's. */
  step: number
  /** Whether last programme week was rated hard, so this week holds its step. */
  held: boolean
  /** Each programme week done so far (at most six), whether it was rated hard. */
  hardWeeks: boolean[]
  /** Each programme week done so far (at most six), the sessions that counted in it. */
  sessionsByWeek: number[]
}

/**
 * Where the runner is: a calendar week since the start counts as a programme week once it
 * holds a programme session with two thirds of its efforts done; a week without one is
 * skipped, not owed.
 */
export function programmeStatus(
  p: Programme,
  history: readonly HistoryEntry[],
  nowMs: number,
): ProgrammeStatus {
  const thisWeek = weekStart(nowMs)
  const pastWeeks = new Map<number, HistoryEntry[]>()
  let doneThisWeek = 0
  let notCountedThisWeek = 0
  for (const e of history) {
    if (e.startedAt < p.startedAt || !NAME.test(e.circuitName)) continue
    const w = weekStart(e.startedAt)
    if (w === thisWeek) {
      if (countsForProgramme(e)) doneThisWeek++
      else notCountedThisWeek++
    } else if (w < thisWeek && countsForProgramme(e)) {
      pastWeeks.set(w, [...(pastWeeks.get(w) ?? []), e])
    }
  }
  const done = [...pastWeeks.entries()].sort(([a], [b]) => a - b).map(([, list]) => list)
  const hard = done.slice(0, PROGRAMME_WEEKS).map(ratedHard)
  const steps = stepsByWeek(hard)
  const week = done.length + 1
  return {
    week: week > PROGRAMME_WEEKS ? null : week,
    doneThisWeek,
    notCountedThisWeek,
    step: steps[Math.min(week, PROGRAMME_WEEKS) - 1]!,
    held: week <= PROGRAMME_WEEKS && hard.at(-1) === true,
    hardWeeks: hard,
    sessionsByWeek: done.slice(0, PROGRAMME_WEEKS).map((list) => list.length),
  }
}

/**
 * Strength sessions a week in a programme: 1 (a beginner's start, as the article advises;
 * six weeks then hold six workouts) to 3 (the article's 2 to 3 make 12 to 18).
 */
export const PROGRAMME_SESSIONS = { min: 1, max: 3 } as const

/** The article's fuller programme: 12 workouts, two a week for six weeks. */
export const FULL_PROGRAMME_WORKOUTS = 12

/**
 * What comes after the programme, in a line, for its last week and its end: a step up for
 * someone who trained two or more times a week, else building up to two sessions a week.
 */
export function whatComesNext(p: Programme, sessionsPerWeek: number): string {
  if (p.beginner || sessionsPerWeek < 2)
    return 'Next: another six weeks, building up to 2 sessions a week of 20 to 30 minutes.'
  return 'Next: another programme a step up (a few more minutes, or a new focus), or keep to 2 to 3 sessions a week to hold what you have built.'
}

/**
 * The week plan's strength days, and a six-week programme's sessions, as a calendar file
 * (iCalendar, `.ics`): each session on its day at the reminder time set in Settings, with its
 * circuit named, its length and a reminder. The plan's days repeat every week; a programme's
 * weeks are dated, from the week the runner is in to the sixth, and the plan's weekly days
 * follow on after them. Every event's id comes from its place in the plan (the first, second…
 * strength day of the week; week 3's second session), never from chance, so a file made again
 * after a change updates the events already in a calendar instead of adding them twice.
 */
import { createEvents, type EventAttributes } from 'ics'
import type { Circuit } from '../circuits/circuit'
import { plannedMs } from '../engine/timeline'
import { weekStart } from './calendar'
import type { HistoryEntry } from './history'
import { strengthDays, weekdayIndex, type WeekPlan } from './planner'
import {
  PROGRAMME_WEEKS,
  programmeStatus,
  programmeWeekName,
  stepsByWeek,
  type Programme,
} from './programme'
import { programmeSteps } from './programme-circuit'

/** What the calendar is made from. */
export interface CalendarSource {
  plan: WeekPlan
  /** The circuit chosen for strength days (a saved circuit or a preset), when one is. */
  circuit: Circuit | undefined
  /** Every recorded session: where a programme stands. */
  history: readonly HistoryEntry[]
  /** Settings' reminder time, "HH:MM" local: each session starts then, with its reminder. */
  reminderTime: string
  /** Now, ms since the epoch: which week is this one. */
  nowMs: number
}

/** One strength session in the calendar. */
export interface StrengthEvent {
  /** Stable across exports: the same session keeps it whatever else changed. */
  uid: string
  /** Local date of the (first) session: year, month 1 to 12, day. */
  date: [number, number, number]
  /** True for the plan's days, which repeat every week. */
  weekly: boolean
  /** The programme's week (1 to 6) of a programme session. */
  programmeWeek?: number
  /** The circuit's name, or a plain name where no circuit is chosen. */
  circuitName: string
  /** Whole minutes, rounded up. */
  minutes: number
}

/** A session's length where no circuit is chosen: the article's shorter sessions. */
export const UNCHOSEN_MINUTES = 20
const UNCHOSEN_NAME = 'Strength session'

/** The local date `days` after local midnight `startMs` (calendar days, so DST changes nothing). */
function dateAfter(startMs: number, days: number): [number, number, number] {
  const d = new Date(startMs)
  d.setDate(d.getDate() + days)
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
}

/**
 * The programme's weeks still to come, from the one the runner is in (this calendar week) to
 * the sixth, each with its step as things stand: a week not yet done is taken as not hard.
 * Empty once all six are done.
 */
export function weeksAhead(
  p: Programme,
  history: readonly HistoryEntry[],
  nowMs: number,
): { week: number; step: number }[] {
  const { hardWeeks } = programmeStatus(p, history, nowMs)
  const week = hardWeeks.length + 1
  const toCome = Math.max(0, PROGRAMME_WEEKS - week)
  const steps = stepsByWeek([...hardWeeks, ...Array<boolean>(toCome).fill(false)])
  const out: { week: number; step: number }[] = []
  for (let w = week; w <= PROGRAMME_WEEKS; w++) out.push({ week: w, step: steps[w - 1]! })
  return out
}

const minutesOf = (c: Circuit) => Math.max(1, Math.ceil(plannedMs(c) / 60_000))

/**
 * The strength sessions to put in a calendar: a programme's dated sessions, from this week to
 * its sixth, then the plan's strength days every week (from the week after the programme, or
 * from today when none runs).
 */
export function strengthEvents(src: CalendarSource): StrengthEvent[] {
  const days = strengthDays(src.plan).map((d) => d.day)
  const thisWeek = weekStart(src.nowMs)
  const events: StrengthEvent[] = []
  const p = src.plan.programme
  const ahead = p ? weeksAhead(p, src.history, src.nowMs) : []
  if (p && ahead.length > 0) {
    // Made once: each step's circuit is generated, and six weeks share three steps.
    const steps = programmeSteps(p)
    ahead.forEach(({ week, step }, offset) => {
      const minutes = minutesOf(steps[step]!.circuit)
      days.forEach((day, slot) =>
        events.push({
          uid: `runstrong-programme-week-${week}-${slot + 1}@runstrong.app`,
          date: dateAfter(thisWeek, offset * 7 + day),
          weekly: false,
          programmeWeek: week,
          circuitName: programmeWeekName(week),
          minutes,
        }),
      )
    })
  }
  const circuitName = src.circuit?.name ?? UNCHOSEN_NAME
  const minutes = src.circuit ? minutesOf(src.circuit) : UNCHOSEN_MINUTES
  const today = weekdayIndex(src.nowMs)
  days.forEach((day, slot) => {
    // After a programme, from the week after its last; else the next such day from today.
    const week = ahead.length > 0 ? ahead.length : day < today ? 1 : 0
    events.push({
      uid: `runstrong-week-plan-${slot + 1}@runstrong.app`,
      date: dateAfter(thisWeek, week * 7 + day),
      weekly: true,
      circuitName,
      minutes,
    })
  })
  return events
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** The weekday of a local date, Monday 0. */
const weekdayOf = ([y, m, d]: [number, number, number]) =>
  weekdayIndex(new Date(y, m - 1, d, 12).getTime())

function toAttributes(e: StrengthEvent, time: [number, number], sequence: number): EventAttributes {
  const what = `${e.circuitName}, about ${e.minutes} minutes`
  return {
    uid: e.uid,
    // Floating local time: the session stays at the reminder time wherever the runner is.
    start: [...e.date, ...time],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: e.minutes },
    title: `Strength: ${e.circuitName}`,
    description: e.programmeWeek
      ? `${what}. Week ${e.programmeWeek} of ${PROGRAMME_WEEKS} of your programme in Runstrong.`
      : `${what}. A strength day of your week plan in Runstrong.`,
    ...(e.weekly ? { recurrenceRule: `FREQ=WEEKLY;BYDAY=${BYDAY[weekdayOf(e.date)]}` } : {}),
    sequence,
    alarms: [
      // At the start: the library writes a zero trigger as "-PT", mended below.
      { action: 'display', description: `Strength: ${what}`, trigger: { minutes: 0 } },
    ],
  }
}

/**
 * The calendar file's text for `src`. Its sequence number is the minute it was made, so a
 * calendar takes a later file's version of an event over an earlier one's.
 */
export function calendarText(src: CalendarSource): string {
  const [h, m] = src.reminderTime.split(':').map(Number)
  const time: [number, number] = [h ?? 18, m ?? 0]
  const sequence = Math.floor(src.nowMs / 60_000)
  const events = strengthEvents(src).map((e) => toAttributes(e, time, sequence))
  const made = createEvents(events, { productId: 'Runstrong', calName: 'Runstrong strength' })
  if (made.error || made.value === null)
    throw new Error(`The calendar could not be made: ${made.error?.message ?? 'no events'}`)
  // RFC 5545 wants a duration with a value: a reminder at the start is PT0S.
  return made.value.replace(/TRIGGER:-?PT\r\n/g, 'TRIGGER:PT0S\r\n')
}

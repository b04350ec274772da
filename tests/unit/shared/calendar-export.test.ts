import { describe, expect, it } from 'vitest'
import { plannedMs } from '@shared/engine/timeline'
import { PRESETS } from '@shared/circuits/presets'
import { calendarText, UNCHOSEN_MINUTES } from '@shared/training/calendar-export'
import type { HistoryEntry } from '@shared/training/history'
import { DEFAULT_PLAN, weekdayIndex, type WeekPlan } from '@shared/training/planner'
import { programmeWeekName, type Programme } from '@shared/training/programme'
import { programmeCircuit } from '@shared/training/programme-circuit'
import {
  durationMinutes,
  eventsOf,
  localDateTime,
  prop,
  readIcs,
  type IcsComponent,
} from '../../support/ics-reader'

/** Wednesday 4 March 2026, 09:00 local. */
const NOW = new Date(2026, 2, 4, 9, 0).getTime()
const circuit = PRESETS[0]!.circuit
/** Tuesday and Thursday, chosen by hand. */
const plan: WeekPlan = { ...DEFAULT_PLAN, chosen: [1, 3], circuitId: PRESETS[0]!.id }

const exported = (over: Partial<Parameters<typeof calendarText>[0]> = {}) =>
  eventsOf(
    readIcs(
      calendarText({ plan, circuit, history: [], reminderTime: '18:30', nowMs: NOW, ...over }),
    ),
  )

const start = (e: IcsComponent) => localDateTime(prop(e, 'DTSTART')!)
const alarmOf = (e: IcsComponent) => e.children.find((c) => c.type === 'VALARM')

describe('the week plan as a calendar', () => {
  it('puts each strength day in as a weekly event at the reminder time, from today on', () => {
    const events = exported()
    expect(events.map((e) => prop(e, 'RRULE'))).toEqual([
      'FREQ=WEEKLY;BYDAY=TU',
      'FREQ=WEEKLY;BYDAY=TH',
    ])
    const starts = events.map(start)
    // Tuesday has passed this week: its first is next week's; Thursday's is tomorrow.
    expect(starts.map((s) => s.date.toDateString())).toEqual([
      new Date(2026, 2, 10).toDateString(),
      new Date(2026, 2, 5).toDateString(),
    ])
    for (const s of starts) {
      expect(s.floating).toBe(true)
      expect([s.date.getHours(), s.date.getMinutes()]).toEqual([18, 30])
    }
    expect(starts.map((s) => weekdayIndex(s.date.getTime()))).toEqual([1, 3])
  })

  it('names the circuit for strength days and lasts as long as it does', () => {
    const minutes = Math.ceil(plannedMs(circuit) / 60_000)
    for (const e of exported()) {
      expect(prop(e, 'SUMMARY')).toBe(`Strength: ${circuit.name}`)
      expect(durationMinutes(prop(e, 'DURATION')!)).toBe(minutes)
      expect(prop(e, 'DESCRIPTION')).toContain(`about ${minutes} minutes`)
    }
  })

  it('gives every session a reminder at its start, which is the reminder time', () => {
    for (const e of exported()) {
      const alarm = alarmOf(e)!
      expect(prop(alarm, 'ACTION')).toBe('DISPLAY')
      expect(durationMinutes(prop(alarm, 'TRIGGER')!)).toBe(0)
      expect(prop(alarm, 'TRIGGER')).not.toMatch(/^-?PT$/)
      expect(prop(alarm, 'DESCRIPTION')).toContain(circuit.name)
    }
  })

  it('names a plain strength session where no circuit is chosen', () => {
    for (const e of exported({ circuit: undefined })) {
      expect(prop(e, 'SUMMARY')).toBe('Strength: Strength session')
      expect(durationMinutes(prop(e, 'DURATION')!)).toBe(UNCHOSEN_MINUTES)
    }
  })

  it('keeps every event id when the plan changes, and numbers the later file higher', () => {
    const before = exported()
    const after = exported({
      plan: { ...plan, chosen: [2, 5] },
      circuit: PRESETS[1]!.circuit,
      reminderTime: '07:00',
      nowMs: NOW + 3600_000,
    })
    expect(after.map((e) => prop(e, 'UID'))).toEqual(before.map((e) => prop(e, 'UID')))
    expect(new Set(before.map((e) => prop(e, 'UID'))).size).toBe(2)
    expect(after.map((e) => prop(e, 'RRULE'))).toEqual([
      'FREQ=WEEKLY;BYDAY=WE',
      'FREQ=WEEKLY;BYDAY=SA',
    ])
    expect(Number(prop(after[0]!, 'SEQUENCE'))).toBeGreaterThan(
      Number(prop(before[0]!, 'SEQUENCE')),
    )
  })
})

describe('the six-week programme as a calendar', () => {
  const programme: Programme = {
    startedAt: NOW - 60_000,
    seed: 7,
    minutes: 20,
    focus: 'full-body',
    beginner: false,
    equipment: [],
  }
  const withProgramme: WeekPlan = { ...plan, programme }
  const dated = (events: IcsComponent[]) => events.filter((e) => !prop(e, 'RRULE'))

  it('dates each week’s sessions on its strength days, named by the week, for six weeks', () => {
    const events = dated(exported({ plan: withProgramme }))
    expect(events).toHaveLength(12)
    events.forEach((e, i) => {
      const week = Math.floor(i / 2) + 1
      const day = i % 2 === 0 ? 1 : 3
      expect(prop(e, 'SUMMARY')).toBe(`Strength: ${programmeWeekName(week)}`)
      expect(start(e).date.toDateString()).toBe(
        new Date(2026, 2, 2 + (week - 1) * 7 + day).toDateString(),
      )
      const minutes = Math.ceil(plannedMs(programmeCircuit(programme, week)) / 60_000)
      expect(durationMinutes(prop(e, 'DURATION')!)).toBe(minutes)
      expect(alarmOf(e)).toBeDefined()
    })
  })

  it('starts the weekly strength days in the week after the sixth', () => {
    const weekly = exported({ plan: withProgramme }).filter((e) => prop(e, 'RRULE'))
    expect(weekly.map((e) => start(e).date.toDateString())).toEqual([
      new Date(2026, 2, 2 + 6 * 7 + 1).toDateString(),
      new Date(2026, 2, 2 + 6 * 7 + 3).toDateString(),
    ])
  })

  it('keeps the ids of the weeks to come once a week is done', () => {
    const first = dated(exported({ plan: withProgramme }))
    const done: HistoryEntry = {
      id: 'w1',
      circuitName: programmeWeekName(1),
      startedAt: NOW,
      plannedMs: 600_000,
      actualMs: 600_000,
      effortsDone: 3,
      effortsSkipped: 0,
      effortsTotal: 3,
      endedEarly: false,
      exercises: [],
    }
    const nextWeek = NOW + 7 * 24 * 3600_000
    const later = dated(exported({ plan: withProgramme, history: [done], nowMs: nextWeek }))
    expect(later).toHaveLength(10)
    expect(later.map((e) => prop(e, 'UID'))).toEqual(first.slice(2).map((e) => prop(e, 'UID')))
    expect(prop(later[0]!, 'SUMMARY')).toBe(`Strength: ${programmeWeekName(2)}`)
  })
})

import { describe, expect, it } from 'vitest'
import { generateCircuit } from '@shared/training/generator'
import type { HistoryEntry } from '@shared/training/history'
import { steppedUp } from '@shared/training/overload'
import { DEFAULT_PLAN, strengthDays, weekPlanSchema } from '@shared/training/planner'
import {
  programmeStatus,
  programmeWeekName,
  startProgramme,
  type Programme,
} from '@shared/training/programme'
import { programmeCircuit } from '@shared/training/programme-circuit'

const START = new Date('2026-03-02T08:00:00').getTime() // a Monday
const DAY = 86_400_000
const p: Programme = {
  startedAt: START,
  seed: 11,
  minutes: 25,
  focus: 'full-body',
  beginner: false,
  equipment: ['mat'],
}

const session = (week: number, atMs: number): HistoryEntry => ({
  id: String(atMs),
  circuitName: programmeWeekName(week),
  startedAt: atMs,
  plannedMs: 1_500_000,
  actualMs: 1_500_000,
  effortsDone: 10,
  effortsSkipped: 0,
  effortsTotal: 10,
  endedEarly: false,
  exercises: [],
})

describe('the six-week programme', () => {
  it('puts 12 to 18 sessions on the week plan’s strength days', () => {
    for (let sessions = 1; sessions <= 5; sessions++) {
      const plan = startProgramme({ ...DEFAULT_PLAN, sessions }, p)
      const perWeek = strengthDays(plan).length
      expect(perWeek * 6).toBeGreaterThanOrEqual(12)
      expect(perWeek * 6).toBeLessThanOrEqual(18)
      expect(weekPlanSchema.parse(plan).programme).toEqual(p)
    }
  })

  it('varies the exercises from week to week', () => {
    const weeks = [1, 2, 3, 4, 5, 6].map((w) =>
      programmeCircuit(p, w)
        .items.map((i) => i.exercise)
        .join(),
    )
    expect(new Set(weeks).size).toBeGreaterThanOrEqual(4)
  })

  it('steps each week up by the progression rules: once in weeks 3 and 4, twice in 5 and 6', () => {
    const base = (w: number) => generateCircuit({ ...p, seed: p.seed + w })
    expect(programmeCircuit(p, 1).items).toEqual(base(1).items)
    const once = base(3).items.map((i) => steppedUp(i, base(3)))
    expect(programmeCircuit(p, 3).items).toEqual(once)
    expect(programmeCircuit(p, 3).items).not.toEqual(base(3).items)
    expect(programmeCircuit(p, 5).name).toBe('Six weeks · Week 5 of 6')
  })

  it('says which week the runner is in, and a missed week shifts the rest instead of piling up', () => {
    expect(programmeStatus(p, [], START + 2 * DAY)).toEqual({ week: 1, doneThisWeek: 0 })
    const history = [session(1, START + DAY), session(1, START + 3 * DAY)]
    expect(programmeStatus(p, history, START + 4 * DAY)).toEqual({ week: 1, doneThisWeek: 2 })
    expect(programmeStatus(p, history, START + 8 * DAY).week).toBe(2)
    // Week 2 of the calendar passes with nothing done: the runner is still in week 2.
    expect(programmeStatus(p, history, START + 15 * DAY).week).toBe(2)
  })

  it('ends after six weeks with sessions', () => {
    const history = [0, 1, 2, 3, 4, 5].map((w) => session(w + 1, START + w * 7 * DAY + DAY))
    expect(programmeStatus(p, history, START + 6 * 7 * DAY + DAY).week).toBeNull()
  })
})

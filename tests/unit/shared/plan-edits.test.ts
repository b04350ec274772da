import { describe, expect, it } from 'vitest'
import { DEFAULT_PLAN, strengthDays, type WeekPlan } from '@shared/training/planner'
import {
  reminderDays,
  withCircuit,
  withDayKind,
  withSessions,
  withStrengthToggled,
  withSuggestedDays,
} from '@shared/training/plan-edits'

const days = (plan: WeekPlan) => strengthDays(plan).map((d) => d.day)

describe('the Week screen’s edits', () => {
  it('keeps the sessions a week within 1 to 5 whatever is typed, and proposes days afresh', () => {
    const chosen = { ...DEFAULT_PLAN, chosen: [0, 3] }
    expect(withSessions(chosen, 3)).toMatchObject({ sessions: 3, chosen: undefined })
    expect(withSessions(chosen, 9).sessions).toBe(5)
    expect(withSessions(chosen, 0).sessions).toBe(1)
    expect(withSessions(chosen, -2).sessions).toBe(1)
    expect(withSessions(chosen, Number.NaN).sessions).toBe(1)
    expect(withSessions(chosen, 2.6).sessions).toBe(3)
  })

  it('never leaves strength on a day that becomes a long run', () => {
    const plan = withStrengthToggled(withSuggestedDays(DEFAULT_PLAN), 4)
    expect(days(plan)).toContain(4)
    const long = withDayKind(plan, 4, 'long')
    expect(long.days[4]).toBe('long')
    expect(days(long)).not.toContain(4)
    // Another kind of day keeps the choice.
    expect(days(withDayKind(plan, 4, 'workout'))).toContain(4)
  })

  it('moves strength on and off a day, but never onto a long run', () => {
    const proposed = days(DEFAULT_PLAN)
    const off = withStrengthToggled(DEFAULT_PLAN, proposed[0]!)
    expect(days(off)).toEqual(proposed.slice(1))
    expect(days(withStrengthToggled(off, proposed[0]!))).toContain(proposed[0])
    const sunday = DEFAULT_PLAN.days.indexOf('long')
    expect(withStrengthToggled(DEFAULT_PLAN, sunday)).toBe(DEFAULT_PLAN)
  })

  it('chooses a circuit or none, and drops the user’s days for the proposed ones', () => {
    expect(withCircuit(DEFAULT_PLAN, 'quick-15').circuitId).toBe('quick-15')
    expect(withCircuit(DEFAULT_PLAN, '').circuitId).toBeUndefined()
    const own = withStrengthToggled(DEFAULT_PLAN, 4)
    expect(withSuggestedDays(own).chosen).toBeUndefined()
    expect(days(withSuggestedDays(own))).toEqual(days(DEFAULT_PLAN))
  })

  it('puts reminders on the plan’s strength days', () => {
    expect(reminderDays(DEFAULT_PLAN)).toEqual(days(DEFAULT_PLAN))
    expect(reminderDays(withStrengthToggled(DEFAULT_PLAN, 4))).toContain(4)
  })
})

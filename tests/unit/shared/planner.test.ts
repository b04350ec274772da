import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PLAN,
  proposeDays,
  strengthDays,
  todayLine,
  type DayKind,
} from '@shared/training/planner'

const week = (s: string): DayKind[] =>
  s.split(' ').map((k) => ({ R: 'rest', E: 'easy', W: 'workout', L: 'long' })[k] as DayKind)

describe('the week planner', () => {
  it('puts strength on easy-run days, never on the long-run day', () => {
    const days = proposeDays(week('R E W E R E L'), 2)
    expect(days.map((d) => d.day)).toEqual([1, 3])
    expect(days[0]!.reason).toBe(
      'Tuesday: after your easy run; the workout tomorrow could not be avoided',
    )
    expect(days[1]!.reason).toBe('Thursday: after your easy run')
  })

  it('avoids the day before a long run or a workout when it can', () => {
    // Saturday's easy run is the day before Sunday's long run: Tuesday and Thursday win.
    const days = proposeDays(week('R E R E R E L'), 2)
    expect(days.map((d) => d.day)).toEqual([1, 3])
    const three = proposeDays(week('R E R E R E L'), 3)
    expect(three.map((d) => d.day)).toContain(5)
    expect(three.find((d) => d.day === 5)!.reason).toContain(
      'long run tomorrow could not be avoided',
    )
  })

  it('keeps strength days apart where it can', () => {
    expect(proposeDays(week('E E E R R R L'), 2).map((d) => d.day)).toEqual([0, 2])
  })

  it('never plans strength on a long-run day, even when asked for more days than there are', () => {
    const days = proposeDays(week('L L L L L E L'), 3)
    expect(days.map((d) => d.day)).toEqual([5])
  })

  it('falls back to a rest day when no easy-run day is free, and says so', () => {
    const days = proposeDays(week('R W R W R R L'), 2)
    expect(days.every((d) => ['rest'].includes(week('R W R W R R L')[d.day]!))).toBe(true)
    expect(days[0]!.reason).toContain('rest day')
  })

  it('follows the user’s own choice, still never on a long-run day', () => {
    const plan = { ...DEFAULT_PLAN, chosen: [6, 2] }
    expect(strengthDays(plan).map((d) => d.day)).toEqual([2])
  })

  it('says what today holds', () => {
    const tuesday = new Date('2026-03-03T08:00:00').getTime()
    const sunday = new Date('2026-03-08T08:00:00').getTime()
    expect(todayLine(DEFAULT_PLAN, tuesday, 'Quick 15')).toBe(
      'Strength after your easy run: Quick 15',
    )
    expect(todayLine(DEFAULT_PLAN, sunday, 'Quick 15')).toBe('Long run today: no strength')
  })
})

describe('the planner over every week there is (16,384 weeks, 1 to 5 sessions)', () => {
  const KINDS: DayKind[] = ['rest', 'easy', 'workout', 'long']
  const weeks: DayKind[][] = []
  for (let n = 0; n < 4 ** 7; n++)
    weeks.push(Array.from({ length: 7 }, (_, i) => KINDS[Math.floor(n / 4 ** i) % 4]!))

  it('never puts strength on a long-run day, nor on a workout day while an easier day is free', () => {
    for (const days of weeks)
      for (let sessions = 1; sessions <= 5; sessions++) {
        const chosen = proposeDays(days, sessions).map((p) => p.day)
        expect(chosen.length).toBe(Math.min(sessions, days.filter((k) => k !== 'long').length))
        const free = (k: DayKind) => days.some((x, i) => x === k && !chosen.includes(i))
        for (const d of chosen) {
          expect(days[d]).not.toBe('long')
          if (days[d] === 'workout') expect(free('easy') || free('rest')).toBe(false)
          if (days[d] === 'rest') expect(free('easy')).toBe(false)
        }
      }
  }, 60_000)

  it('says a hard run tomorrow could not be avoided only when no easy-run day clear of one was free', () => {
    const hard = (k: DayKind | undefined) => k === 'workout' || k === 'long'
    for (const days of weeks) {
      const plan = proposeDays(days, 2)
      const chosen = plan.map((p) => p.day)
      for (const p of plan) {
        if (!p.reason.includes('could not be avoided')) continue
        const clearEasy = days.some(
          (x, i) => x === 'easy' && !chosen.includes(i) && !hard(days[(i + 1) % 7]),
        )
        expect(clearEasy, `${days.join(' ')}: ${p.reason}`).toBe(false)
      }
    }
  }, 60_000)
})

describe('four or five sessions', () => {
  it('are only the article’s short sessions, and the plan says so', async () => {
    const { sessionsAdvice } = await import('@shared/training/planner')
    expect(sessionsAdvice(4)).toMatch(/only as short sessions of 10 to 15 minutes/)
    expect(sessionsAdvice(3)).toBeUndefined()
  })
})

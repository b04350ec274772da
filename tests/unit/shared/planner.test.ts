import { describe, expect, it } from 'vitest'
import {
  DAY_NAMES,
  DEFAULT_PLAN,
  proposeDays,
  strengthDays,
  todayLine,
  type DayKind,
} from '@shared/training/planner'

const week = (s: string): DayKind[] =>
  s.split(' ').map((k) => ({ R: 'rest', E: 'easy', W: 'workout', L: 'long' })[k] as DayKind)

describe('the week planner', () => {
  it('puts strength on easy-run days, after the run, when they are clear of the hard runs', () => {
    const days = proposeDays(week('E R E R E R L'), 2)
    expect(days.map((d) => d.day)).toEqual([0, 2])
    expect(days.map((d) => d.reason)).toEqual([
      'Monday: after your easy run',
      'Wednesday: after your easy run',
    ])
  })

  it('keeps the default week’s strength off the days before its workout and its long run', () => {
    // Tuesday (before Wednesday's workout) and Saturday (before Sunday's long run) are easy
    // days, but Monday's rest and Thursday's easy run are clear of both.
    const days = proposeDays(DEFAULT_PLAN.days, DEFAULT_PLAN.sessions)
    expect(days.map((d) => d.day)).toEqual([0, 3])
    expect(days.map((d) => d.reason)).toEqual([
      'Monday: on a rest day',
      'Thursday: after your easy run',
    ])
    expect(strengthDays(DEFAULT_PLAN)).toEqual(days)
  })

  it('avoids the day before a long run or a workout when it can, even for an easy-run day', () => {
    // Saturday's easy run is the day before Sunday's long run: Tuesday and Thursday win.
    expect(proposeDays(week('R E R E R E L'), 2).map((d) => d.day)).toEqual([1, 3])
    // Three apart and clear of Sunday are only the rest days: better than Saturday's easy run.
    expect(proposeDays(week('R E R E R E L'), 3).map((d) => d.day)).toEqual([0, 2, 4])
  })

  it('says a hard run tomorrow could not be avoided only when every choice holds that day', () => {
    const five = proposeDays(week('R E W E R E L'), 5)
    expect(five.map((d) => d.day)).toEqual([0, 1, 3, 4, 5])
    expect(five[1]!.reason).toBe(
      'Tuesday: after your easy run; the workout tomorrow could not be avoided',
    )
    expect(five[4]!.reason).toBe(
      'Saturday: after your easy run; the long run tomorrow could not be avoided',
    )
    // Every free day is before a hard run, but Wednesday or Friday would have spared Tuesday.
    expect(proposeDays(week('E W E L E W L'), 1)).toEqual([
      {
        day: 0,
        reason: 'Monday: after your easy run; the workout tomorrow comes next, so keep it light',
      },
    ])
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
    const monday = new Date('2026-03-02T08:00:00').getTime()
    const tuesday = new Date('2026-03-03T08:00:00').getTime()
    const thursday = new Date('2026-03-05T08:00:00').getTime()
    const sunday = new Date('2026-03-08T08:00:00').getTime()
    expect(todayLine(DEFAULT_PLAN, monday, 'Quick 15')).toBe('Strength today: Quick 15')
    expect(todayLine(DEFAULT_PLAN, tuesday, 'Quick 15')).toBe('Easy run today: no strength planned')
    expect(todayLine(DEFAULT_PLAN, thursday, 'Quick 15')).toBe(
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
    const problems: string[] = []
    for (const days of weeks)
      for (let sessions = 1; sessions <= 5; sessions++) {
        const chosen = proposeDays(days, sessions).map((p) => p.day)
        const free = (k: DayKind) => days.some((x, i) => x === k && !chosen.includes(i))
        const wrong =
          chosen.length !== Math.min(sessions, days.filter((k) => k !== 'long').length) ||
          chosen.some((d) => days[d] === 'long') ||
          chosen.some((d) => days[d] === 'workout' && (free('easy') || free('rest')))
        // Collected rather than asserted one by one: 80,000 expects would take seconds.
        if (wrong) problems.push(`${days.join(' ')} ×${sessions}: ${chosen.join()}`)
      }
    expect(problems.slice(0, 5)).toEqual([])
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

/** Every set of `k` days out of `from`: the brute force the proposal is checked against. */
const subsets = (from: number[], k: number): number[][] =>
  k === 0 ? [[]] : from.flatMap((d, i) => subsets(from.slice(i + 1), k - 1).map((r) => [d, ...r]))

/** A choice's standing on each rule, in order: workouts, before hard, in a row, rest days. */
function standing(days: readonly DayKind[], chosen: readonly number[]): number[] {
  const hardNext = (d: number) => ['workout', 'long'].includes(days[(d + 1) % 7]!)
  let pairs = 0
  for (const a of chosen) for (const b of chosen) if (a < b && (b - a === 1 || b - a === 6)) pairs++
  return [
    chosen.filter((d) => days[d] === 'workout').length,
    chosen.filter(hardNext).length,
    pairs,
    chosen.filter((d) => days[d] === 'rest').length,
  ]
}

/** Every shape a reason may take; each part is a claim checked below. */
const REASON = new RegExp(
  [
    '^(\\w+): (after your easy run|on a rest day|after your workout)',
    '(?:, as every (easy-run|rest|easy-run and rest) day already has strength',
    '|(, as the week has no easy-run or rest day))?',
    '(?:; the (long run|workout) ',
    '(tomorrow could not be avoided|tomorrow comes next, so keep it light|is tomorrow))?',
    '( \\(your choice\\))?$',
  ].join(''),
)

/** What is false in a reason for strength on `d` among `chosen`; empty when all of it is true. */
function falseClaims(
  days: readonly DayKind[],
  d: number,
  chosen: readonly number[],
  reason: string,
  unavoidable: boolean,
  byUser: boolean,
): string[] {
  const m = REASON.exec(reason)
  if (!m) return [`unknown shape: ${reason}`]
  const [, name, base, every, none, run, end, mine] = m
  const kind = days[d]!
  const next = days[(d + 1) % 7]!
  const taken = (k: DayKind) =>
    days.includes(k) && days.every((x, i) => x !== k || chosen.includes(i))
  const claims: [string, boolean][] = [
    ['day name', name === DAY_NAMES[d]],
    [
      'kind',
      base ===
        {
          easy: 'after your easy run',
          rest: 'on a rest day',
          workout: 'after your workout',
          long: '',
        }[kind],
    ],
    ['every easy-run day taken', !every?.includes('easy-run') || taken('easy')],
    ['every rest day taken', !every?.includes('rest') || taken('rest')],
    ['no easy-run or rest day', !none || (!days.includes('easy') && !days.includes('rest'))],
    [
      'names the hard run tomorrow',
      run === (next === 'long' ? 'long run' : next === 'workout' ? 'workout' : undefined),
    ],
    ['unavoidable', !end?.includes('could not') || (unavoidable && !byUser)],
    ['is tomorrow only for the user', end !== 'is tomorrow' || byUser],
    ['your choice', !!mine === byUser],
  ]
  return claims.filter(([, ok]) => !ok).map(([what]) => `${what}: ${reason}`)
}

describe('the planner over every realistic running week', () => {
  // One long run, 0 to 2 workouts, and every mix of easy runs and rest days for the rest.
  const weeks: DayKind[][] = []
  for (let long = 0; long < 7; long++)
    for (let mask = 0; mask < 3 ** 6; mask++) {
      const others = Array.from({ length: 6 }, (_, i) => Math.floor(mask / 3 ** i) % 3)
      if (others.filter((x) => x === 2).length > 2) continue
      const days = others.map((x) => (['rest', 'easy', 'workout'] as const)[x]!) as DayKind[]
      days.splice(long, 0, 'long')
      weeks.push(days)
    }

  it('weighs the rules in order against the best choice there is, and every reason is true', () => {
    const counts = { checked: 0, workout: 0, beforeHard: 0, inARow: 0, rest: 0, falseReasons: 0 }
    const problems: string[] = []
    for (const days of weeks)
      for (let sessions = 1; sessions <= 5; sessions++) {
        counts.checked++
        const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => days[d] !== 'long')
        const all = subsets(open, Math.min(sessions, open.length)).map((c) => ({
          c,
          s: standing(days, c),
        }))
        const plan = proposeDays(days, sessions)
        const chosen = plan.map((p) => p.day)
        const mine = standing(days, chosen)
        expect(all.some(({ c }) => c.join() === chosen.join())).toBe(true) // rule 1 and the count
        // The fewest each rule allows among choices as good on every rule above it.
        const best = (rule: number) =>
          Math.min(
            ...all
              .filter(({ s }) => s.slice(0, rule).join() === mine.slice(0, rule).join())
              .map(({ s }) => s[rule]!),
          )
        if (mine[0]! > best(0)) counts.workout++
        if (mine[1]! > best(1)) counts.beforeHard++
        if (mine[2]! > best(2)) counts.inARow++
        if (mine[3]! > best(3)) counts.rest++
        const fewestWorkouts = best(0)
        for (const p of plan) {
          // Unavoidable: every choice as good on the rules above (no more workout days) holds it.
          const unavoidable = all.every(({ c, s }) => s[0]! > fewestWorkouts || c.includes(p.day))
          const wrong = falseClaims(days, p.day, chosen, p.reason, unavoidable, false)
          if (wrong.length) counts.falseReasons++
          problems.push(...wrong.map((w) => `${days.join(' ')} ×${sessions}: ${w}`))
        }
      }
    console.log(
      `planner: ${weeks.length} weeks × 5 session counts = ${counts.checked} proposals checked, ` +
        `${counts.workout} on a workout day when avoidable, ` +
        `${counts.beforeHard} with strength before a hard day when avoidable, ` +
        `${counts.inARow} back to back when avoidable, ${counts.rest} on a rest day when an ` +
        `easy-run day would do, ${counts.falseReasons} false reasons`,
    )
    expect(problems.slice(0, 5)).toEqual([])
    expect(counts).toEqual({ ...counts, workout: 0, beforeHard: 0, inARow: 0, rest: 0 })
  }, 30_000)

  it('says only true things of days the user chose, and never that they were unavoidable', () => {
    const problems: string[] = []
    for (const days of weeks)
      for (let mask = 1; mask < 128; mask++) {
        const chosen = [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d))
        const plan = { ...DEFAULT_PLAN, days, chosen }
        const inForce = strengthDays(plan)
        const kept = chosen.filter((d) => days[d] !== 'long')
        if (inForce.map((p) => p.day).join() !== kept.join())
          problems.push(
            `${days.join(' ')}: ${chosen.join()} became ${inForce.map((p) => p.day).join()}`,
          )
        for (const p of inForce)
          problems.push(...falseClaims(days, p.day, kept, p.reason, false, true))
      }
    expect(problems.slice(0, 5)).toEqual([])
  }, 30_000)
})

describe('four or five sessions', () => {
  it('are only the article’s short sessions, and the plan says so', async () => {
    const { sessionsAdvice } = await import('@shared/training/planner')
    expect(sessionsAdvice(4)).toMatch(/only as short sessions of 10 to 15 minutes/)
    expect(sessionsAdvice(3)).toBeUndefined()
  })
})

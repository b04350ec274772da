import { describe, expect, it } from 'vitest'
import { getExercise } from '@shared/circuits/exercises'
import {
  MAX_HISTORY_ENTRIES,
  historyEntrySchema,
  historyFromStored,
  type HistoryEntry,
} from '@shared/training/history'
import { historyToStored } from '@shared/training/history-entries'
import { recordSession } from '@shared/training/history-record'
import { MAX_SESSION_MS } from '@shared/engine/snapshot-schema'
import { advance, finish, skip, start } from '@shared/engine/session'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

const c = circuit({
  name: 'Legs',
  warmupSec: 0,
  restBetweenSetsSec: 10,
  restBetweenExercisesSec: 10,
  items: [
    { exercise: 'squats', sets: 2, reps: 10, load: '8 kg' },
    { exercise: 'step-ups', sets: 1, reps: 5 },
  ],
})
const t = compileTimeline(c)

describe('session history', () => {
  it('records sets done per exercise and per side, and the load', () => {
    let s = start(t, 0)
    s = advance(s, 30_000 + 10_000 + 30_000 + 10_000 + 15_000) // through the left step-ups
    s = finish(s, 96_000)
    const entry = recordSession('id1', c, s, 96_000, 1_700_000_000_000)
    expect(entry).toMatchObject({
      circuitName: 'Legs',
      endedEarly: true,
      effortsDone: 3,
      effortsTotal: 4,
    })
    expect(entry.exercises).toEqual([
      { exercise: 'squats', setsDone: 2, setsPlanned: 2, load: '8 kg', reps: 10, setMs: 30_000 },
      {
        exercise: 'step-ups',
        setsDone: 0,
        setsPlanned: 1,
        left: 1,
        right: 0,
        reps: 5,
        // Both sides and the switch between them: 15 s + 5 s + 15 s.
        setMs: 35_000,
      },
    ])
  })

  it('records what a FIT file and the progress charts need: reps or hold, version, set lengths', () => {
    const rounds = circuit({
      structure: 'rounds',
      rounds: 2,
      warmupSec: 60,
      cooldownSec: 30,
      items: [
        { exercise: 'plank', seconds: 40, variant: 'challenge' },
        { exercise: 'squats', reps: 12, secondsPerRep: 2 },
      ],
    })
    const rt = compileTimeline(rounds)
    const whole = recordSession('r', rounds, advance(start(rt, 0), rt.totalMs), rt.totalMs, 0)
    expect(whole).toMatchObject({ structure: 'rounds', warmupMs: 60_000, cooldownMs: 30_000 })
    expect(whole.exercises).toEqual([
      {
        exercise: 'plank',
        setsDone: 2,
        setsPlanned: 2,
        seconds: 40,
        variant: 'challenge',
        setMs: 40_000,
      },
      { exercise: 'squats', setsDone: 2, setsPlanned: 2, reps: 12, setMs: 24_000 },
    ])
    // Left during the warm-up: neither it nor the cool-down ran to its end.
    const left = recordSession('l', rounds, finish(start(rt, 0), 30_000), 30_000, 0)
    expect(left).toMatchObject({ warmupMs: 0, cooldownMs: 0 })
    expect(historyEntrySchema.safeParse(whole).success).toBe(true)
  })

  it('does not count a skipped set as done', () => {
    let s = skip(start(t, 0), 1000)
    s = finish(s, 2000)
    expect(recordSession('id', c, s, 2000, 0).exercises[0]).toMatchObject({ setsDone: 0 })
  })

  it('reads back what it stores, and keeps readable sessions when some are damaged', () => {
    const entry = recordSession('a', c, finish(start(t, 0), 1), 1, 0)
    expect(historyFromStored(JSON.parse(JSON.stringify(historyToStored([entry]))))).toEqual({
      ok: true,
      value: [entry],
    })
    const r = historyFromStored({ version: 1, sessions: [entry, { id: 5 }] })
    expect(r).toMatchObject({ ok: false, reason: '1 session is damaged', partial: [entry] })
    expect(historyFromStored([])).toMatchObject({ ok: false })
  })
})

describe('weekly progress', () => {
  const base = recordSession('x', c, finish(start(t, 0), 1), 1, 0)
  const at = (iso: string, extra: Partial<typeof base> = {}) => ({
    ...base,
    id: iso,
    startedAt: new Date(iso).getTime(),
    actualMs: 20 * 60_000,
    endedEarly: false,
    ...extra,
  })

  it('counts sessions and minutes per Monday-started week, oldest first', async () => {
    const { weeklyStats } = await import('@shared/training/history-stats')
    const now = new Date('2026-03-11T12:00:00').getTime() // a Wednesday
    const weeks = weeklyStats(
      [
        at('2026-03-09T07:00:00'),
        at('2026-03-08T07:00:00'),
        at('2026-03-02T18:00:00', { endedEarly: true }),
      ],
      now,
      3,
    )
    expect(weeks.map((w) => new Date(w.startMs).toDateString())).toEqual([
      'Mon Feb 23 2026',
      'Mon Mar 02 2026',
      'Mon Mar 09 2026',
    ])
    // A session left early after 20 minutes was a session: it counts.
    expect(weeks.map((w) => w.sessions)).toEqual([0, 2, 1])
    expect(weeks.map((w) => w.minutes)).toEqual([0, 40, 20])
  })

  it('measures every week against one goal, 2 to 3 sessions, whatever their length', async () => {
    const { weeklyStats, metGoal, countsTowardGoal, goalSessions } =
      await import('@shared/training/history-stats')
    const now = new Date('2026-03-13T20:00:00').getTime()
    const short = (day: string) => at(`2026-03-${day}T07:00:00`, { actualMs: 12 * 60_000 })
    // Short sessions no longer switch the week to another goal.
    const [three] = weeklyStats([short('09'), short('10'), short('11')], now, 1)
    expect(three).toMatchObject({ sessions: 3, goal: 'standard' })
    expect(metGoal(three!)).toBe(true)
    const [two] = weeklyStats([short('09'), short('10')], now, 1)
    expect(metGoal(two!)).toBe(true)
    const [one] = weeklyStats([short('09')], now, 1)
    expect(metGoal(one!)).toBe(false)
    expect(goalSessions('standard')).toBe('2 to 3 sessions')
    const quit = at('2026-03-12T07:00:00', { endedEarly: true, actualMs: 6 * 60_000 })
    const verdict = countsTowardGoal(quit)
    expect(verdict.counts).toBe(false)
    expect(verdict.why).toMatch(/Left after 6 min: under the article's shortest session/)
    expect(weeklyStats([quit], now, 1)[0]!.sessions).toBe(0)
    expect(countsTowardGoal(at('2026-03-12T07:00:00', { endedEarly: true })).why).toMatch(
      /Left early, but 20 min still counts/,
    )
  })

  it('sets a beginner’s goal at one 15-minute session a week while a beginner programme runs', async () => {
    const { weeklyStats, metGoal, goalFor, goalSessions, weekStreak, WEEKLY_GOALS } =
      await import('@shared/training/history-stats')
    const { DEFAULT_PLAN } = await import('@shared/training/planner')
    const now = new Date('2026-03-13T20:00:00').getTime()
    const programme = {
      startedAt: new Date('2026-03-02T08:00:00').getTime(),
      seed: 1,
      minutes: 15,
      focus: 'full-body' as const,
      beginner: true,
      equipment: [],
    }
    expect(goalFor(undefined, [], now)).toBe('standard')
    expect(goalFor(DEFAULT_PLAN, [], now)).toBe('standard')
    expect(goalFor({ ...DEFAULT_PLAN, programme }, [], now)).toBe('beginner')
    expect(
      goalFor({ ...DEFAULT_PLAN, programme: { ...programme, beginner: false } }, [], now),
    ).toBe('standard')
    expect(WEEKLY_GOALS.beginner.label).toBe('one 15-minute session a week')
    expect(goalSessions('beginner')).toBe('1 session')
    const [week] = weeklyStats(
      [at('2026-03-10T07:00:00', { actualMs: 15 * 60_000 })],
      now,
      1,
      'beginner',
    )
    expect(week).toMatchObject({ sessions: 1, goal: 'beginner' })
    expect(metGoal(week!)).toBe(true)
    const weekly = ['2026-02-23', '2026-03-02', '2026-03-09'].map((d) => at(`${d}T07:00:00`))
    expect(weekStreak(weekly, now, 'beginner')).toBe(3)
    expect(weekStreak(weekly, now)).toBe(0)
    // Six weeks done, the beginner's programme is over: the goal is the standard one again.
    const done = [0, 1, 2, 3, 4, 5].map((w) => ({
      ...at('2026-03-03T07:00:00'),
      id: `w${w}`,
      circuitName: `Six weeks · Week ${w + 1} of 6`,
      startedAt: programme.startedAt + w * 7 * 86_400_000 + 86_400_000,
      effortsDone: 4,
      effortsTotal: 4,
    }))
    expect(goalFor({ ...DEFAULT_PLAN, programme }, done, now + 6 * 7 * 86_400_000)).toBe('standard')
  })

  it('says gently that more is not better past three sessions or 90 minutes in a week', async () => {
    const { weeklyStats, tooMuchWord } = await import('@shared/training/history-stats')
    const now = new Date('2026-03-13T20:00:00').getTime()
    const days = (n: number, minutes = 20) =>
      Array.from({ length: n }, (_, i) =>
        at(`2026-03-${String(9 + i).padStart(2, '0')}T07:00:00`, { actualMs: minutes * 60_000 }),
      )
    const word = (list: ReturnType<typeof days>) => tooMuchWord(weeklyStats(list, now, 1)[0]!)
    expect(word(days(3, 30))).toBeUndefined()
    expect(word(days(4))).toMatch(/more strength work is not better/)
    expect(word(days(2, 50))).toMatch(/more strength work is not better/)
    expect(word(days(1, 15))).toBeUndefined()
  })

  it('counts a streak of weeks that met 2 sessions, not broken by a week under way', async () => {
    const { weekStreak } = await import('@shared/training/history-stats')
    const now = new Date('2026-03-11T12:00:00').getTime()
    const two = (monday: string) => [at(`${monday}T07:00:00`), at(`${monday}T18:00:00`)]
    expect(weekStreak([...two('2026-02-23'), ...two('2026-03-02')], now)).toBe(2)
    expect(
      weekStreak([...two('2026-02-23'), ...two('2026-03-02'), ...two('2026-03-09')], now),
    ).toBe(3)
    expect(weekStreak([...two('2026-02-16'), ...two('2026-03-02')], now)).toBe(1)
    expect(weekStreak([], now)).toBe(0)
  })

  it('exports CSV with quoting', async () => {
    const { historyCsv } = await import('@shared/training/history-stats')
    const csv = historyCsv([
      at('2026-03-09T07:00:00', { circuitName: 'Legs, "hard"', feeling: 'hard' }),
    ])
    const [head, row] = csv.trim().split('\n')
    expect(head).toBe(
      'date,circuit,planned_min,actual_min,efforts_done,efforts_skipped,efforts_total,ended_early,feeling,exercises',
    )
    expect(row).toContain('"Legs, ""hard"""')
    expect(row).toContain(',20.0,')
    expect(row).toContain(',hard,')
    expect(row).toContain('squats 0/2 @ 8 kg; step-ups 0/1')
  })
})

describe('history and the catalogue', () => {
  const entry = (id: string, startedAt = 0): HistoryEntry =>
    recordSession(id, c, finish(start(t, 0), 60_000), 60_000, startedAt)
  const renamed = (e: HistoryEntry, ...ids: string[]): HistoryEntry => ({
    ...e,
    exercises: [...e.exercises, ...ids.map((exercise) => ({ ...e.exercises[0]!, exercise }))],
  })

  it('refuses a record naming an exercise the catalogue does not have', () => {
    expect(historyEntrySchema.safeParse(entry('a')).success).toBe(true)
    const r = historyEntrySchema.safeParse(renamed(entry('a'), 'pogo-jumps'))
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]).toMatchObject({
      path: ['exercises', 2, 'exercise'],
      message: '"pogo-jumps" is not an exercise Runstrong knows',
    })
  })

  it('reads a session with unknown exercises back without just those rows, as a partial read', () => {
    const good = entry('good', 1)
    const mixed = renamed(entry('mixed', 2), 'pogo-jumps', 'pogo-jumps', '')
    const only = { ...entry('only', 3), exercises: [{ ...good.exercises[0]!, exercise: 'old' }] }
    const r = historyFromStored(historyToStored([good, mixed, only]))
    expect(r).toEqual({
      ok: false,
      reason:
        '4 exercise rows name an exercise Runstrong does not know ("pogo-jumps", "", "old") and were left out',
      partial: [good, entry('mixed', 2), { ...only, exercises: [] }],
    })
    // The history screen names every row it shows: none of them throws.
    const rows = r.ok ? [] : (r.partial ?? []).flatMap((e) => e.exercises)
    expect(rows.map((x) => getExercise(x.exercise).name)).toEqual([
      'Squats',
      'Step-Ups',
      'Squats',
      'Step-Ups',
    ])
    // Written back, the history reads whole.
    expect(historyFromStored(historyToStored(r.ok ? [] : r.partial!))).toMatchObject({ ok: true })
  })

  it('keeps a damaged session apart from one with an unknown exercise', () => {
    const r = historyFromStored(
      historyToStored([
        renamed(entry('a'), 'pogo-jumps'),
        { ...entry('b'), circuitName: 'x'.repeat(81) },
        { ...entry('c'), actualMs: MAX_SESSION_MS + 1 },
      ]),
    )
    expect(r).toMatchObject({
      ok: false,
      reason:
        '2 sessions are damaged; 1 exercise row names an exercise Runstrong does not know ("pogo-jumps") and was left out',
      partial: [entry('a')],
    })
  })

  it('reads the newest 100,000 sessions of a longer history, as a partial read', () => {
    const sessions = Array.from({ length: MAX_HISTORY_ENTRIES + 2 }, (_, i) => ({
      ...entry('x'),
      id: `s${i}`,
    }))
    const r = historyFromStored({ version: 1, sessions })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe('2 older sessions beyond the 100,000 kept were left out')
    expect(r.partial).toHaveLength(MAX_HISTORY_ENTRIES)
    expect(r.partial?.[0]?.id).toBe('s2')
    expect(historyFromStored({ version: 1, sessions: sessions.slice(2) }).ok).toBe(true)
    // About 3.5 s on a laptop and 6 s on a quiet 2-core machine, but 25 s there beside two
    // CPU-bound jobs: twice that and more.
  }, 60_000)
})

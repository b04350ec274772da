import { describe, expect, it } from 'vitest'
import { historyFromStored, historyToStored, recordSession } from '@shared/history'
import { advance, finish, skip, start } from '@shared/session'
import { compileTimeline } from '@shared/timeline'
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
      { exercise: 'squats', setsDone: 2, setsPlanned: 2, load: '8 kg' },
      { exercise: 'step-ups', setsDone: 0, setsPlanned: 1, left: 1, right: 0 },
    ])
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
    const { weeklyStats } = await import('@shared/history')
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
    expect(weeks.map((w) => w.sessions)).toEqual([0, 1, 1])
    expect(weeks.map((w) => w.minutes)).toEqual([0, 40, 20])
  })

  it('counts a streak of weeks that met 2 sessions, not broken by a week under way', async () => {
    const { weekStreak } = await import('@shared/history')
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
    const { historyCsv } = await import('@shared/history')
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

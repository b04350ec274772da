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

import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { withEntry } from '@shared/training/history-entries'
import { journalLine, readJournal, withEntries } from '@shared/training/history-journal'

const entry = (id: string, effortsDone = 1): HistoryEntry => ({
  id,
  circuitName: 'Legs',
  startedAt: 1_772_000_000_000,
  plannedMs: 600_000,
  actualMs: 600_000,
  effortsDone,
  effortsSkipped: 0,
  effortsTotal: 2,
  endedEarly: false,
  exercises: [{ exercise: 'squats', setsDone: 1, setsPlanned: 2 }],
})
const text = (...entries: HistoryEntry[]) => entries.map(journalLine).join('')

describe('the history journal', () => {
  it('writes one line of JSON a record and reads them back in order', () => {
    expect(journalLine(entry('a'))).toBe(`${JSON.stringify(entry('a'))}\n`)
    expect(readJournal(text(entry('a'), entry('b')))).toEqual({
      entries: [entry('a'), entry('b')],
      lines: 2,
      torn: false,
      endsMidLine: false,
    })
    expect(readJournal('')).toEqual({ entries: [], lines: 0, torn: false, endsMidLine: false })
  })

  it('calls a last line cut short torn, and keeps every record before it', () => {
    const read = readJournal(text(entry('a')) + JSON.stringify(entry('b')).slice(0, 30))
    expect(read.entries).toEqual([entry('a')])
    expect(read).toMatchObject({ torn: true, endsMidLine: true, lines: 2 })
    expect(read.reason).toBeUndefined()
  })

  it('does not call an unfinished last line torn while a write is under way', () => {
    const read = readJournal(text(entry('a')) + '{"id":', true)
    expect(read).toMatchObject({ torn: false, endsMidLine: true })
  })

  it('keeps a whole last record that lacks only its newline', () => {
    const read = readJournal(JSON.stringify(entry('a')))
    expect(read).toMatchObject({ entries: [entry('a')], torn: false, endsMidLine: true })
  })

  it('leaves out damaged lines and records of the wrong shape, and says how many', () => {
    const read = readJournal(`${text(entry('a'))}nonsense\n{"id":"x"}\n${text(entry('b'))}`)
    expect(read.entries).toEqual([entry('a'), entry('b')])
    expect(read.reason).toBe(
      '1 line of the journal is not a recorded session; 1 session is damaged',
    )
  })

  it('drops a row naming an exercise Runstrong does not know, and keeps its session', () => {
    const odd = {
      ...entry('a'),
      exercises: [{ exercise: 'moon-walk', setsDone: 1, setsPlanned: 1 }],
    }
    const read = readJournal(`${JSON.stringify(odd)}\n`)
    expect(read.entries).toEqual([{ ...entry('a'), exercises: [] }])
    expect(read.reason).toMatch(/"moon-walk"/)
  })

  it('applies records as withEntry does one by one: a repeated id replaced and moved last', () => {
    const list = [entry('a'), entry('b'), entry('c')]
    const adds = [entry('b', 2), entry('d'), entry('a', 2), entry('b', 3)]
    expect(withEntries(list, adds)).toEqual(adds.reduce(withEntry, list))
    expect(withEntries(list, [])).toEqual(list)
    expect(withEntries(list, [])).not.toBe(list)
  })

  it('says a journal written over by something else is that, not a session cut short', () => {
    const garbage = [
      '\u0000\u00ff garbage',
      'x'.repeat(500),
      'PK\u0003\u0004 a zip file\nmore\nand more',
    ]
    const said = garbage.map((text) => readJournal(text))
    const cutShort = said.filter((r) => r.torn).length
    console.log(
      `journals of garbage said to hold a session cut short: ${cutShort} of ${said.length}`,
    )
    expect(cutShort).toBe(0)
    for (const r of said) {
      expect(r.entries).toEqual([])
      expect(r.reason).toMatch(
        /^the journal of recent sessions was written over by something else: none of its \d+ lines? is a recorded session, so the sessions it held are not shown \(how many there were cannot be told\)$/,
      )
    }
  })
})

/**
 * What may be saved and what counts as damage, the same in both editions: repeated circuit
 * ids, more than 1,000 circuits, history counts that disagree, control characters in stored
 * names, a saved session whose progress does not fit its circuit, and file names with folders.
 */
import { describe, expect, it } from 'vitest'
import { parseInvokeArgs, type InvokeChannel } from '@shared/ipc-contract'
import {
  MAX_SAVED_CIRCUITS,
  circuitsFromStored,
  circuitsToStored,
  type SavedCircuit,
} from '@shared/data/saved-circuits'
import { savedSessionFromStored, savedSessionToStored } from '@shared/data/store-files'
import { historyFromStored, type HistoryEntry } from '@shared/training/history'
import { recordSession } from '@shared/training/history-record'
import { addRest, advance, finish, pause, previous, skip, start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { snapshotMisfit, type SessionSnapshot } from '@shared/engine/snapshot-schema'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

const legs = circuit({
  name: 'Legs',
  restBetweenSetsSec: 30,
  items: [
    { exercise: 'squats', sets: 2, reps: 12 },
    { exercise: 'step-ups', sets: 2, reps: 10 },
  ],
})
const timeline = compileTimeline(legs)
const saved = (id: string, name = id): SavedCircuit => ({
  id,
  circuit: { ...legs, name },
  createdAtMs: 1,
  updatedAtMs: 1,
})
const refused = (channel: InvokeChannel, payload: unknown) => {
  const r = parseInvokeArgs(channel, [payload])
  return r.ok ? undefined : r.error
}

describe('circuit ids', () => {
  it('reads a repeated id as damage: the later circuit gets a new id, and the user is told', () => {
    const r = circuitsFromStored(
      circuitsToStored([saved('a', 'One'), saved('b'), saved('a', 'Two')]),
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.partial!.map((c) => [c.id, c.circuit.name])).toEqual([
      ['a', 'One'],
      ['b', 'b'],
      ['a-2', 'Two'],
    ])
    expect(r.reason).toMatch(
      /circuit 3 \("Two"\) had the same id as an earlier one: it was given a new id/,
    )
    // Read again, the same new id: nothing that refers to it moves.
    const again = circuitsFromStored(circuitsToStored([saved('a'), saved('a'), saved('a-2')]))
    expect(!again.ok && again.partial!.map((c) => c.id)).toEqual(['a', 'a-3', 'a-2'])
  })

  it('deletes one of two circuits that shared an id without the other, once read', () => {
    const r = circuitsFromStored(circuitsToStored([saved('a', 'One'), saved('a', 'Two')]))
    const list = r.ok ? r.value : r.partial!
    const left = list.filter((c) => c.id !== list[0]!.id)
    expect(left.map((c) => c.circuit.name)).toEqual(['Two'])
  })

  it('refuses to save repeated ids, whatever their place', () => {
    const lists = [
      [saved('a'), saved('a')],
      [saved('a'), saved('b'), saved('c'), saved('b')],
      [saved('x'), ...Array.from({ length: 50 }, (_, i) => saved(`y${i}`)), saved('x')],
    ]
    const refusals = lists.map((l) => refused('circuits:save', circuitsToStored(l)))
    console.log(
      `saves with a repeated id refused: ${refusals.filter(Boolean).length} of ${lists.length}`,
    )
    for (const r of refusals) expect(r).toMatch(/has the same id as an earlier one/)
  })
})

describe('the 1,000 circuits limit', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => saved(`c${i}`))

  it('refuses the 1,001st circuit plainly, saying what helps', () => {
    expect(refused('circuits:save', circuitsToStored(list(MAX_SAVED_CIRCUITS)))).toBeUndefined()
    expect(refused('circuits:save', circuitsToStored(list(MAX_SAVED_CIRCUITS + 1)))).toBe(
      'Refused circuits:save: Runstrong keeps at most 1,000 circuits: delete some to add more',
    )
  })

  it('reads a longer stored list as its first 1,000, saying so', () => {
    const r = circuitsFromStored(circuitsToStored(list(1003)))
    expect(!r.ok && r.partial).toHaveLength(1000)
    expect(!r.ok && r.reason).toBe(
      'it holds 1,003 circuits, more than the 1,000 Runstrong keeps: the first 1,000 were kept',
    )
  })
})

describe('history entries', () => {
  const entry: HistoryEntry = recordSession(
    'e1',
    legs,
    finish(advance(start(timeline, 0), 400_000), 400_000),
    400_000,
    1_767_225_600_000,
  )
  const row = entry.exercises[1]!
  const bad: [string, Partial<HistoryEntry>][] = [
    ['more efforts done than planned', { effortsDone: 9, effortsTotal: 8, effortsSkipped: 0 }],
    ['done and skipped above the total', { effortsDone: 5, effortsSkipped: 4, effortsTotal: 8 }],
    ['more sets done than planned', { exercises: [{ ...row, setsDone: 3, setsPlanned: 2 }] }],
    ['more left sides than planned', { exercises: [{ ...row, left: 3, setsPlanned: 2 }] }],
    ['a NUL in the name', { circuitName: 'Legs\u0000' }],
    ['a terminal escape in the name', { circuitName: '\u001b[31mLegs' }],
    ['a line separator in the name', { circuitName: 'Legs\u2028day' }],
    ['an escape in a load', { exercises: [{ ...row, load: '8 kg\u001b]0;x\u0007' }] }],
  ]

  it('refuses a payload whose counts disagree or whose name holds control characters', () => {
    expect(refused('history:add', entry)).toBeUndefined()
    const accepted = bad.filter(([, patch]) => !refused('history:add', { ...entry, ...patch }))
    console.log(`bad history payloads accepted: ${accepted.length} of ${bad.length}`)
    expect(accepted.map(([what]) => what)).toEqual([])
    expect(refused('history:add', { ...entry, effortsDone: 9, effortsTotal: 8 })).toMatch(
      /at effortsDone: more efforts done \(9\) than planned \(8\)/,
    )
  })

  it('reads stored counts that disagree as damage, and stored control characters as spaces', () => {
    const sessions = [entry, ...bad.map(([, patch], i) => ({ ...entry, id: `b${i}`, ...patch }))]
    const r = historyFromStored({ version: 1, sessions })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe(
      "4 sessions are damaged; 4 sessions' names or loads held control characters, now spaces",
    )
    const kept = r.partial!
    expect(kept.map((e) => e.id)).toEqual(['e1', 'b4', 'b5', 'b6', 'b7'])
    expect(kept.map((e) => e.circuitName).slice(1, 4)).toEqual(['Legs ', ' [31mLegs', 'Legs day'])
    expect(kept[4]!.exercises[0]!.load).toBe('8 kg ]0;x ')
    // What was kept is itself accepted whole.
    expect(historyFromStored({ version: 1, sessions: kept }).ok).toBe(true)
  })
})

describe('a saved session', () => {
  const midway = pause(skip(start(timeline, 0), 300_000), 330_000)
  const good = {
    savedAt: 400_000,
    startedAt: 1,
    circuit: legs,
    snapshot: snapshot(midway, 330_000),
  }
  const stored = (snap: Partial<SessionSnapshot>) =>
    savedSessionToStored({ ...good, snapshot: { ...good.snapshot, ...snap } })
  const count = timeline.phases.length
  const misfits: [string, Partial<SessionSnapshot>][] = [
    ['stopped past the last phase', { index: count }],
    ['more phases than its circuit', { phaseCount: count + 1 }],
    ['another planned length', { totalMs: timeline.totalMs + 1000 }],
    ['outcomes of another length', { outcomes: [...good.snapshot.outcomes, null] }],
    ['a phase after it done', { outcomes: good.snapshot.outcomes.map(() => 'done' as const) }],
    ['a phase before it not ended', { outcomes: good.snapshot.outcomes.map(() => null) }],
    ['more time left than the phase', { remainingMs: good.snapshot.phaseDurationMs + 1 }],
    ['a phase longer than its circuit makes it', { phaseDurationMs: 3_600_000 }],
  ]

  it('refuses a payload whose position does not fit its circuit, and reads one as damage kept for History', () => {
    expect(refused('session:save', savedSessionToStored(good))).toBeUndefined()
    let accepted = 0
    let unreported = 0
    for (const [, patch] of misfits) {
      if (!refused('session:save', stored(patch))) accepted++
      const r = savedSessionFromStored(stored(patch))
      if (r.ok || !r.partial || !/does not fit its circuit/.test(r.reason)) unreported++
    }
    console.log(
      `saved sessions that do not fit: ${accepted} of ${misfits.length} payloads accepted, ${unreported} read as fine`,
    )
    expect({ accepted, unreported }).toEqual({ accepted: 0, unreported: 0 })
  })

  it('fits wherever the session engine can stop: no session in progress is refused', () => {
    let refusedCount = 0
    let cases = 0
    for (let seed = 1; seed <= 200; seed++) {
      let s = start(timeline, 0)
      let at = 0
      for (let step = 0; step < 12; step++) {
        at += (seed * 7919 + step * 104_729) % 50_000
        const move = (seed + step * 3) % 5
        s =
          move === 0
            ? skip(s, at)
            : move === 1
              ? previous(s, at)
              : move === 2
                ? addRest(s, at)
                : move === 3
                  ? pause(s, at)
                  : advance(s, at)
        if (s.finishedAtMs !== null) break
        cases++
        if (snapshotMisfit(timeline, snapshot(s, at))) refusedCount++
      }
    }
    console.log(`sessions in progress checked: ${cases}, refused as not fitting: ${refusedCount}`)
    expect(refusedCount).toBe(0)
  })
})

describe('file:save', () => {
  it('takes a bare file name only', () => {
    const names = [
      '../../../etc/cron.d/x',
      '/etc/passwd',
      'C:\\Windows\\x.json',
      'sub/dir.json',
      '..',
      'a..json',
      'legs\u0000.json',
      'legs\n.json',
      'legs\u2028.json',
      '\u001b[31m.csv',
    ]
    const accepted = names.filter((name) => !refused('file:save', { name, text: '' }))
    console.log(
      `file names with folders or control characters accepted: ${accepted.length} of ${names.length}`,
    )
    expect(accepted).toEqual([])
    expect(refused('file:save', { name: '../x', text: '' })).toBe(
      'Refused file:save at name: a bare file name, without folders ("/" or "\\"), ".." or control characters',
    )
    for (const name of ['runstrong-history.csv', 'easy-run-day-legs.json', 'Séance du matin.json'])
      expect(refused('file:save', { name, text: '' })).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import type { CircuitFile } from '@shared/circuits/circuit-schema'
import { MAX_DATE_MS } from '@shared/engine/time-bounds'
import type { DisplayWindowState } from '@shared/engine/display-window-state'
import {
  MAX_EXERCISE_SETS,
  MAX_HISTORY_ID_CHARS,
  MAX_SESSION_EFFORTS,
  type HistoryEntry,
} from '@shared/training/history'
import { recordSession } from '@shared/training/history-record'
import { MAX_SESSION_MS, type SessionSnapshot } from '@shared/engine/snapshot-schema'
import {
  MAX_FILE_BYTES,
  MAX_FILE_NAME_CHARS,
  MAX_FILE_TEXT_CHARS,
  MAX_NOTE_BODY_CHARS,
  MAX_NOTE_TITLE_CHARS,
  invokeSchemas,
  parseInvokeArgs,
  type InvokeChannel,
} from '@shared/ipc-contract'
import { DEFAULT_PLAN, type WeekPlan } from '@shared/training/planner'
import { finish, pause, skip, start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { circuitsToStored, type SavedCircuit } from '@shared/data/saved-circuits'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { savedSessionToStored } from '@shared/data/store-files'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit as makeCircuit } from './helpers'

const legs = makeCircuit({
  name: 'Easy-run day legs',
  restBetweenSetsSec: 30,
  items: [
    { exercise: 'squats', sets: 2, reps: 12, load: '8 kg' },
    { exercise: 'step-ups', sets: 2, reps: 10 },
    { exercise: 'plank', sets: 2, seconds: 45 },
  ],
})
const timeline = compileTimeline(legs)
/** A session 2 minutes in, paused after a skip: what the runner sends and saves. */
const midSession = pause(skip(start(timeline, 1000), 61_000), 121_000)
const WALL_MS = 1_767_225_600_000 // 2026-01-01
const UUID = '0b6f3c1e-3c1a-4a51-9f7e-0d7c5f1a2b3c'

const n = (count: number) => 'x'.repeat(count)
/** The arguments `parseInvokeArgs` passes on, or the test fails with its refusal. */
function accepted<C extends InvokeChannel>(channel: C, payload: unknown) {
  const r = parseInvokeArgs(channel, [payload])
  if (!r.ok) throw new Error(`expected ${channel} to pass: ${r.error}`)
  return r.args
}
/** The refusal of `payload` on `channel`; fails when it passes. */
function refusal(channel: InvokeChannel, payload: unknown): string {
  const r = parseInvokeArgs(channel, [payload])
  expect(r.ok, `${channel} should refuse`).toBe(false)
  return r.ok ? '' : r.error
}

describe('every channel without a payload', () => {
  it('refuses one', () => {
    for (const [channel, schema] of Object.entries(invokeSchemas))
      if (schema.def.items.length === 0)
        expect(parseInvokeArgs(channel as InvokeChannel, [{}]).ok, channel).toBe(false)
  })
})

describe('circuits:save', () => {
  const saved = (i: number): SavedCircuit => ({
    id: `${UUID.slice(0, -4)}${String(i).padStart(4, '0')}`,
    circuit: legs,
    createdAtMs: WALL_MS,
    updatedAtMs: WALL_MS + i,
  })
  const list = (count: number) => Array.from({ length: count }, (_, i) => saved(i))

  it('takes a realistic list, and 1,000 circuits', () => {
    const [value] = accepted('circuits:save', circuitsToStored(list(3)))
    expect(value.map((c) => c.circuit.name)).toEqual([legs.name, legs.name, legs.name])
    expect(accepted('circuits:save', circuitsToStored(list(1000)))[0]).toHaveLength(1000)
  })

  it('refuses 1,001 circuits', () => {
    expect(refusal('circuits:save', circuitsToStored(list(1001)))).toMatch(/1,000/)
  })

  it('refuses an id, or a date, past its bound, naming the entry and the field', () => {
    const stored = (c: Partial<SavedCircuit>) => circuitsToStored([saved(0), { ...saved(1), ...c }])
    expect(accepted('circuits:save', stored({ id: n(100) }))[0]).toHaveLength(2)
    expect(refusal('circuits:save', stored({ id: n(101) }))).toMatch(/entry 2 .*\bid\b/)
    expect(refusal('circuits:save', stored({ createdAtMs: MAX_DATE_MS + 1 }))).toMatch(
      /entry 2 .*createdAtMs/,
    )
    expect(refusal('circuits:save', stored({ updatedAtMs: Number.NaN }))).toMatch(
      /entry 2 .*updatedAtMs/,
    )
  })

  it('refuses a circuit past the format’s bounds, naming the entry and the field', () => {
    const file = toCircuitFile(legs)
    const stored = (circuit: CircuitFile) => ({
      version: 1,
      circuits: [{ id: UUID, createdAtMs: WALL_MS, updatedAtMs: WALL_MS, circuit }],
    })
    const items = (count: number) =>
      Array.from({ length: count }, () => ({ exercise: 'squats', sets: 1, reps: 10 }))
    expect(accepted('circuits:save', stored({ ...file, items: items(50) }))[0]).toHaveLength(1)
    expect(refusal('circuits:save', stored({ ...file, items: items(51) }))).toMatch(
      /entry 1: Exercises: a circuit holds 1 to 50 exercises/,
    )
    expect(refusal('circuits:save', stored({ ...file, name: n(81) }))).toMatch(
      /entry 1: Name: 1 to 80 characters/,
    )
  })
})

describe('settings:save', () => {
  it('takes the settings as the app writes them', () => {
    expect(accepted('settings:save', DEFAULT_SETTINGS)).toEqual([DEFAULT_SETTINGS])
    const mine = {
      ...DEFAULT_SETTINGS,
      displayId: 2_528_732_444,
      reminders: { on: true, time: '18:30', days: [0, 1, 2, 3, 4, 5, 6] },
    }
    expect(accepted('settings:save', mine)).toEqual([mine])
  })

  it('refuses each field past its bound, naming it', () => {
    const over = (patch: object) => refusal('settings:save', { ...DEFAULT_SETTINGS, ...patch })
    expect(over({ volume: 1.01 })).toMatch(/at volume:/)
    expect(over({ volume: Number.POSITIVE_INFINITY })).toMatch(/at volume:/)
    const reminders = (patch: object) => ({
      reminders: { ...DEFAULT_SETTINGS.reminders, ...patch },
    })
    expect(over(reminders({ days: [0, 1, 2, 3, 4, 5, 6, 0] }))).toMatch(/at reminders\.days:/)
    expect(over(reminders({ days: [7] }))).toMatch(/at reminders\.days\.0:/)
    expect(over(reminders({ time: '18:300' }))).toMatch(/at reminders\.time:/)
  })

  it('refuses a display id that is not a whole number', () => {
    const over = (patch: object) => refusal('settings:save', { ...DEFAULT_SETTINGS, ...patch })
    expect(over({ displayId: 1.5 })).toMatch(/at displayId:/)
    expect(over({ displayId: 2 ** 53 })).toMatch(/at displayId:/)
  })
})

describe('history:add', () => {
  const entry: HistoryEntry = {
    ...recordSession(UUID, legs, finish(midSession, 130_000), 130_000, WALL_MS + 0.25),
    feeling: 'right',
  }

  it('takes the record the runner makes', () => {
    expect(entry.exercises).toHaveLength(3)
    expect(accepted('history:add', entry)).toEqual([entry])
  })

  it('refuses each field past its bound, naming it', () => {
    const over = (patch: Partial<HistoryEntry>) => refusal('history:add', { ...entry, ...patch })
    expect(accepted('history:add', { ...entry, id: n(MAX_HISTORY_ID_CHARS) })).toHaveLength(1)
    expect(over({ id: n(MAX_HISTORY_ID_CHARS + 1) })).toMatch(/at id:/)
    expect(accepted('history:add', { ...entry, circuitName: n(80) })).toHaveLength(1)
    expect(over({ circuitName: n(81) })).toMatch(/at circuitName:/)
    expect(over({ startedAt: MAX_DATE_MS + 1 })).toMatch(/at startedAt:/)
    expect(over({ startedAt: -1 })).toMatch(/at startedAt:/)
    expect(accepted('history:add', { ...entry, actualMs: MAX_SESSION_MS })).toHaveLength(1)
    expect(over({ plannedMs: MAX_SESSION_MS + 1 })).toMatch(/at plannedMs:/)
    expect(over({ actualMs: MAX_SESSION_MS + 1 })).toMatch(/at actualMs:/)
    expect(over({ actualMs: Number.NaN })).toMatch(/at actualMs:/)
    expect(over({ effortsDone: MAX_SESSION_EFFORTS + 1 })).toMatch(/at effortsDone:/)
    expect(over({ effortsSkipped: 1.5 })).toMatch(/at effortsSkipped:/)
    expect(over({ effortsTotal: MAX_SESSION_EFFORTS + 1 })).toMatch(/at effortsTotal:/)
  })

  it('refuses more than 50 exercise rows, and a row past its bounds', () => {
    const row = entry.exercises[0]!
    const rows = (count: number) => Array.from({ length: count }, () => row)
    expect(accepted('history:add', { ...entry, exercises: rows(50) })).toHaveLength(1)
    expect(refusal('history:add', { ...entry, exercises: rows(51) })).toMatch(/at exercises:/)
    const withRow = (patch: object) => ({ ...entry, exercises: [{ ...row, ...patch }] })
    expect(refusal('history:add', withRow({ setsDone: MAX_EXERCISE_SETS + 1 }))).toMatch(
      /at exercises\.0\.setsDone:/,
    )
    expect(refusal('history:add', withRow({ setsPlanned: MAX_EXERCISE_SETS + 1 }))).toMatch(
      /at exercises\.0\.setsPlanned:/,
    )
    expect(refusal('history:add', withRow({ left: MAX_EXERCISE_SETS + 1 }))).toMatch(
      /at exercises\.0\.left:/,
    )
    expect(accepted('history:add', withRow({ load: n(40) }))).toHaveLength(1)
    expect(refusal('history:add', withRow({ load: n(41) }))).toMatch(/at exercises\.0\.load:/)
  })

  it('refuses a row naming an exercise the catalogue does not have', () => {
    const rows = [entry.exercises[0]!, { ...entry.exercises[1]!, exercise: 'pogo-jumps' }]
    expect(refusal('history:add', { ...entry, exercises: rows })).toBe(
      'Refused history:add at exercises.1.exercise: "pogo-jumps" is not an exercise Runstrong knows',
    )
    // An over-long id is refused by its length, not quoted back whole.
    const long = refusal('history:add', {
      ...entry,
      exercises: [{ ...entry.exercises[0]!, exercise: n(MAX_HISTORY_ID_CHARS + 1) }],
    })
    expect(long).toMatch(/at exercises\.0\.exercise:/)
    expect(long.length).toBeLessThan(200)
  })
})

describe('plan:save', () => {
  const mine: WeekPlan = { ...DEFAULT_PLAN, chosen: [1, 3, 5], circuitId: UUID }

  it('takes the plans the planner makes', () => {
    expect(accepted('plan:save', DEFAULT_PLAN)).toEqual([DEFAULT_PLAN])
    expect(accepted('plan:save', mine)).toEqual([mine])
    expect(accepted('plan:save', { ...mine, chosen: [0, 1, 2, 3, 4, 5, 6] })).toHaveLength(1)
  })

  it('refuses each field past its bound, naming it', () => {
    const over = (patch: object) => refusal('plan:save', { ...mine, ...patch })
    expect(over({ days: [...DEFAULT_PLAN.days, 'rest'] })).toMatch(/at days:/)
    expect(over({ sessions: 6 })).toMatch(/at sessions:/)
    expect(over({ chosen: [7] })).toMatch(/at chosen\.0:/)
  })

  it('refuses more chosen days than a week has, and an over-long circuit id', () => {
    const over = (patch: object) => refusal('plan:save', { ...mine, ...patch })
    expect(over({ chosen: [0, 1, 2, 3, 4, 5, 6, 0] })).toMatch(/at chosen:/)
    expect(accepted('plan:save', { ...mine, circuitId: n(100) })).toHaveLength(1)
    expect(over({ circuitId: n(101) })).toMatch(/at circuitId:/)
  })
})

describe('session:save', () => {
  const saved = savedSessionToStored({
    savedAt: WALL_MS + 121_000,
    startedAt: WALL_MS + 0.5,
    circuit: legs,
    snapshot: snapshot(midSession, 125_000),
  })!

  it('takes the session the runner saves, and the end of one', () => {
    expect(accepted('session:save', saved)[0]?.snapshot).toEqual(saved.snapshot)
    expect(accepted('session:save', null)).toEqual([null])
  })

  it('refuses each field past its bound, naming it', () => {
    const over = (patch: object) => refusal('session:save', { ...saved, ...patch })
    expect(over({ savedAt: MAX_DATE_MS + 1 })).toMatch(/savedAt/)
    expect(over({ startedAt: Number.NaN })).toMatch(/startedAt/)
    expect(over({ circuit: { ...saved.circuit, name: n(81) } })).toMatch(
      /its circuit is damaged: Name: 1 to 80 characters/,
    )
    const snap = (patch: Partial<SessionSnapshot>) =>
      over({ snapshot: { ...saved.snapshot, ...patch } })
    expect(snap({ remainingMs: MAX_SESSION_MS + 1 })).toMatch(/snapshot\.remainingMs/)
    expect(snap({ outcomes: Array.from({ length: 10_001 }, () => null) })).toMatch(
      /snapshot\.outcomes/,
    )
  })
})

describe('session:status and notify:show', () => {
  const note = { title: 'Next: Plank', body: '2 x 45 s' }

  it('take what the runner tells main', () => {
    expect(accepted('session:status', { state: 'running', change: note })).toHaveLength(1)
    expect(accepted('session:status', { state: 'ended' })).toHaveLength(1)
    expect(accepted('notify:show', note)).toEqual([note])
    const longest = { title: n(MAX_NOTE_TITLE_CHARS), body: n(MAX_NOTE_BODY_CHARS) }
    expect(accepted('notify:show', longest)).toEqual([longest])
  })

  it('refuse a title or body past its bound, naming it', () => {
    expect(refusal('notify:show', { ...note, title: n(MAX_NOTE_TITLE_CHARS + 1) })).toMatch(
      /^Refused notify:show at title:/,
    )
    expect(refusal('notify:show', { ...note, title: '' })).toMatch(/at title:/)
    expect(refusal('notify:show', { ...note, body: n(MAX_NOTE_BODY_CHARS + 1) })).toMatch(
      /at body:/,
    )
    const status = (change: object) => refusal('session:status', { state: 'running', change })
    expect(status({ ...note, title: n(MAX_NOTE_TITLE_CHARS + 1) })).toMatch(/at change\.title:/)
    expect(status({ ...note, body: n(MAX_NOTE_BODY_CHARS + 1) })).toMatch(/at change\.body:/)
    expect(refusal('session:status', { state: 'sleeping' })).toMatch(/at state:/)
  })
})

describe('file:save', () => {
  it('takes an export, and refuses a name or text past its bound, naming it', () => {
    const csv = { name: 'runstrong-history.csv', text: 'date,circuit\n' }
    expect(accepted('file:save', csv)).toEqual([csv])
    expect(accepted('file:save', { ...csv, name: n(MAX_FILE_NAME_CHARS) })).toHaveLength(1)
    expect(refusal('file:save', { ...csv, name: n(MAX_FILE_NAME_CHARS + 1) })).toMatch(/at name:/)
    expect(refusal('file:save', { ...csv, name: '' })).toMatch(/at name:/)
    expect(refusal('file:save', { ...csv, text: n(MAX_FILE_TEXT_CHARS + 1) })).toMatch(/at text:/)
  })

  it('takes bytes (a FIT file) in place of text, bounded, and refuses both or neither', () => {
    const fit = { name: 'session.fit', bytes: new Uint8Array([14, 16, 0x2e, 0x46, 0x49, 0x54]) }
    expect(accepted('file:save', fit)).toEqual([fit])
    expect(accepted('file:save', { ...fit, bytes: new Uint8Array(MAX_FILE_BYTES) })).toHaveLength(1)
    expect(refusal('file:save', { ...fit, bytes: new Uint8Array(MAX_FILE_BYTES + 1) })).toMatch(
      /at bytes: at most 20000000 bytes/,
    )
    expect(refusal('file:save', { ...fit, bytes: [14, 16] })).toMatch(/at bytes:/)
    expect(refusal('file:save', { ...fit, text: 'both' })).toMatch(/text or bytes, one of the two/)
    expect(refusal('file:save', { name: 'none.fit' })).toMatch(/text or bytes, one of the two/)
  })
})

describe('display:open', () => {
  it('takes a display id as Electron gives it, and refuses one that is not a whole number', () => {
    expect(accepted('display:open', { displayId: 2_528_732_444 })).toEqual([
      { displayId: 2_528_732_444 },
    ])
    expect(accepted('display:open', { displayId: -1 })).toHaveLength(1)
    for (const displayId of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      expect(refusal('display:open', { displayId })).toMatch(/at displayId:/)
  })
})

describe('display:state', () => {
  const state: DisplayWindowState = {
    circuit: toCircuitFile(legs),
    snapshot: snapshot(midSession, 125_000),
    atMs: WALL_MS + 125_000,
    paused: true,
    ended: false,
  }

  it('takes the state the laptop window sends, and passes on the circuit as Export writes it', () => {
    expect(accepted('display:state', state)).toEqual([state])
    const padded = { ...state, circuit: { ...state.circuit, name: `  ${legs.name}  ` } }
    expect(accepted('display:state', padded)[0].circuit).toEqual(state.circuit)
  })

  it('refuses a circuit that is not a circuit file, naming the place in it', () => {
    const bogus = (circuit: unknown) => refusal('display:state', { ...state, circuit })
    expect(bogus(undefined)).toMatch(/^Refused display:state at circuit: /)
    expect(bogus({ hello: 'world' })).toMatch(/^Refused display:state at circuit\.format: /)
    const item = state.circuit.items[0]!
    expect(bogus({ ...state.circuit, items: [{ ...item, exercise: 'pogo-jumps' }] })).toMatch(
      /^Refused display:state at circuit\.items\[0\]\.exercise: "pogo-jumps"/,
    )
    expect(bogus({ ...state.circuit, items: Array.from({ length: 51 }, () => item) })).toMatch(
      /^Refused display:state at circuit\.items: a circuit holds 1 to 50 exercises/,
    )
    expect(bogus({ ...state.circuit, name: n(81) })).toMatch(/at circuit\.name: /)
  })

  it('refuses a snapshot that is not the session engine’s, naming the field', () => {
    const bogus = (patch: object) =>
      refusal('display:state', { ...state, snapshot: { ...state.snapshot, ...patch } })
    expect(refusal('display:state', { ...state, snapshot: { index: 3 } })).toMatch(
      /at snapshot\.version: /,
    )
    expect(bogus({ version: 2 })).toMatch(/at snapshot\.version: /)
    expect(bogus({ remainingMs: -1 })).toMatch(/at snapshot\.remainingMs: /)
    expect(bogus({ outcomes: ['done', 'maybe'] })).toMatch(/at snapshot\.outcomes\.1: /)
    expect(bogus({ extra: true })).toMatch(/^Refused display:state at snapshot: /)
  })

  it('refuses a snapshot past the bounds of any session, naming the field', () => {
    const bogus = (patch: object) =>
      refusal('display:state', { ...state, snapshot: { ...state.snapshot, ...patch } })
    expect(bogus({ remainingMs: MAX_SESSION_MS + 1 })).toMatch(/at snapshot\.remainingMs: /)
    expect(bogus({ phaseCount: 10_001 })).toMatch(/at snapshot\.phaseCount: /)
    expect(bogus({ outcomes: Array.from({ length: 10_001 }, () => null) })).toMatch(
      /at snapshot\.outcomes: /,
    )
  })

  it('refuses a time that is not a date', () => {
    expect(refusal('display:state', { ...state, atMs: MAX_DATE_MS + 1 })).toMatch(/at atMs: /)
    expect(refusal('display:state', { ...state, atMs: Number.NaN })).toMatch(/at atMs: /)
  })
})

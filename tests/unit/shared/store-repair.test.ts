import { describe, expect, it } from 'vitest'
import { circuitsToStored, type SavedCircuit } from '@shared/data/saved-circuits'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { STORE_FILES } from '@shared/data/store-documents'
import {
  CIRCUITS_STORE,
  PLAN_STORE,
  SETTINGS_STORE,
  type StoreSpec,
} from '@shared/data/store-files'
import {
  corruptKey,
  corruptName,
  PAGE_STORAGE,
  readStore,
  type RepairAction,
  type SetAside,
  type StoredText,
} from '@shared/data/store-repair'
import { circuit } from './helpers'

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)
const STAMP = '2026-03-02T07-00-00-000Z'
const legs = circuit({ name: 'Légs ✓ 💪', items: [{ exercise: 'squats', reps: 10 }] })
const saved = (id: string, name = id): SavedCircuit => ({
  id,
  circuit: { ...legs, name },
  createdAtMs: 1,
  updatedAtMs: 1,
})

/** Where each medium keeps a store, and where a copy would go; counts the names asked for. */
function place(at: string, aside: string) {
  const asked = { count: 0 }
  return { asked, place: { at, aside: () => (asked.count++, aside) } }
}
const FILE_AT = '/data/circuits.json'
const FILE_ASIDE = `/data/${corruptName('circuits', NOW)}`
const PAGE_ASIDE = corruptKey('runstrong.circuits', NOW)

const fromFile = <T>(spec: StoreSpec<T>, raw: StoredText) => {
  const p = place(FILE_AT, FILE_ASIDE)
  return { ...readStore(STORE_FILES, spec, raw, p.place), asked: p.asked.count }
}
const fromPage = <T>(spec: StoreSpec<T>, raw: StoredText) => {
  const p = place('runstrong.circuits', PAGE_ASIDE)
  return { ...readStore(PAGE_STORAGE, spec, raw, p.place), asked: p.asked.count }
}
const envelope = (version: number, data: unknown) =>
  JSON.stringify({ schemaVersion: version, data }, undefined, '\t')

function setAside<T>(action: RepairAction<T>): SetAside<T> {
  if (action.kind !== 'set-aside') throw new Error(`expected set-aside, got ${action.kind}`)
  return action
}

describe('the names of copies set aside', () => {
  it('are <name>.corrupt-<time>.json for a file and <key>.corrupt-<time> in page storage', () => {
    expect(corruptName('circuits', NOW)).toBe(`circuits.corrupt-${STAMP}.json`)
    expect(corruptKey('runstrong.circuits', NOW)).toBe(`runstrong.circuits.corrupt-${STAMP}`)
  })
})

describe('reading a store, in either medium', () => {
  it('gives the defaults for a missing store, with nothing to say or do', () => {
    for (const read of [fromFile, fromPage]) {
      const r = read(SETTINGS_STORE, null)
      expect(r).toEqual({ value: DEFAULT_SETTINGS, action: { kind: 'none' }, asked: 0 })
    }
  })

  it('gives a good store as it is, with UTF-8 names intact, and names no copy', () => {
    const list = [saved('a', 'Légs ✓ 💪')]
    const file = fromFile(CIRCUITS_STORE, STORE_FILES.encode(CIRCUITS_STORE, list))
    const page = fromPage(CIRCUITS_STORE, PAGE_STORAGE.encode(CIRCUITS_STORE, list))
    for (const r of [file, page]) {
      expect(r.value).toEqual(list)
      expect(r.notice).toBeUndefined()
      expect(r.action).toEqual({ kind: 'none' })
      expect(r.asked).toBe(0)
    }
  })

  it('refuses writes, with the defaults and a notice, when the store could not be read', () => {
    const r = fromFile(CIRCUITS_STORE, { unreadable: 'the disk reported an error' })
    expect(r.value).toEqual([])
    expect(r.action).toEqual({
      kind: 'refuse',
      refusal: 'its file could not be read (the disk reported an error)',
    })
    expect(r.notice).toBe(
      'Your saved circuits could not be read (the disk reported an error). Runstrong shows none for now and will not save circuits until it can read them, so nothing is written over. Restart Runstrong to try again.',
    )
  })
})

describe('a desktop store file', () => {
  it('upgrades an older version and says to write it back quietly', () => {
    const r = fromFile(SETTINGS_STORE, envelope(1, { volume: 0.5 }))
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS, volume: 0.5 })
    expect(r.notice).toBeUndefined()
    expect(r.action).toEqual({
      kind: 'write-back',
      value: r.value,
      text: envelope(2, { ...DEFAULT_SETTINGS, volume: 0.5 }),
    })
  })

  it('refuses a newer version: the defaults, the file moved aside', () => {
    const raw = envelope(9, { volume: 0.5 })
    const r = fromFile(SETTINGS_STORE, raw)
    expect(r.value).toEqual(DEFAULT_SETTINGS)
    const action = setAside(r.action)
    expect(action).toMatchObject({ raw, aside: FILE_ASIDE })
    expect(action.repaired).toBeUndefined()
    expect(r.notice).toBe(
      `Your saved settings could not be read (it was written by a newer Runstrong (version 9; this one reads up to 2)). Runstrong started with defaults for them; the file was moved to ${FILE_ASIDE}`,
    )
  })

  it('sets aside text that is not JSON, and an empty file, saying which', () => {
    expect(fromFile(PLAN_STORE, '{"schemaVersion": 1, "da').notice).toMatch(
      /^Your saved week plan could not be read \(the file is not valid JSON\)\. Runstrong started with defaults/,
    )
    expect(fromFile(PLAN_STORE, ' \n').notice).toMatch(/\(the file is empty\)/)
  })

  it('sets aside a file of the wrong shape', () => {
    expect(fromFile(PLAN_STORE, '[1, 2]').notice).toMatch(/\(it is not a Runstrong data file\)/)
    const r = fromFile(PLAN_STORE, envelope(1, { days: 'all' }))
    expect(r.notice).toMatch(/\(it is not a week plan this version knows\)/)
    expect(setAside(r.action).repaired).toBeUndefined()
  })

  it('keeps what could be read: copied aside, the readable part written back', () => {
    const good = circuitsToStored([saved('a')]) as { version: 1; circuits: unknown[] }
    const damaged = { ...good, circuits: [...good.circuits, { id: 'b', circuit: 'no circuit' }] }
    const raw = envelope(1, damaged)
    const r = fromFile(CIRCUITS_STORE, raw)
    expect(r.value).toEqual([saved('a')])
    const action = setAside(r.action)
    expect(action.repaired).toEqual({
      value: [saved('a')],
      text: STORE_FILES.encode(CIRCUITS_STORE, [saved('a')]),
    })
    expect(r.notice).toMatch(
      new RegExp(
        `^Some saved circuits could not be read \\(.+\\)\\. Runstrong kept the rest; a copy of the file is at ${FILE_ASIDE}$`,
      ),
    )
    expect(action.unwrittenNotice).toMatch(/Runstrong kept the rest for now; a copy of the file/)
  })

  it('gives a repeated id a new one and keeps both, with a copy of the original', () => {
    const raw = envelope(1, circuitsToStored([saved('a', 'One'), saved('a', 'Two')]))
    const r = fromFile(CIRCUITS_STORE, raw)
    expect(r.value.map((c) => [c.id, c.circuit.name])).toEqual([
      ['a', 'One'],
      ['a-2', 'Two'],
    ])
    expect(r.notice).toMatch(/circuit 2 \("Two"\) had the same id as an earlier one/)
    expect(setAside(r.action).repaired?.value).toEqual(r.value)
  })

  it('leaves a damaged file as it is when no copy can be made, and refuses writes', () => {
    const failed = setAside(fromFile(PLAN_STORE, 'nope').action).failed('the disk is full')
    expect(failed).toEqual({
      refusal: 'its file is damaged and could not be copied aside (the disk is full)',
      notice: `Your saved week plan could not be read (the file is not valid JSON), and a copy could not be made (the disk is full). Runstrong left the file as it is at ${FILE_AT} and will not save week plan until this is mended.`,
    })
  })
})

describe('the browser edition’s page storage', () => {
  it('reads the data bare, with no version envelope', () => {
    const r = fromPage(PLAN_STORE, envelope(1, { days: 'all' }))
    expect(r.notice).toMatch(/\(it is not a week plan this version knows\)/)
    expect(fromPage(SETTINGS_STORE, JSON.stringify({ volume: 0.5 })).value).toEqual({
      ...DEFAULT_SETTINGS,
      volume: 0.5,
    })
  })

  it('sets aside text that is not JSON, or empty, and starts from the defaults', () => {
    const r = fromPage(CIRCUITS_STORE, '[{"id"')
    expect(r.value).toEqual([])
    expect(setAside(r.action)).toMatchObject({ raw: '[{"id"', aside: PAGE_ASIDE })
    expect(setAside(r.action).repaired).toBeUndefined()
    expect(r.notice).toBe(
      `Some saved circuits could not be read (it is not valid JSON). Runstrong started with defaults; the original is kept in page storage as "${PAGE_ASIDE}".`,
    )
    expect(fromPage(CIRCUITS_STORE, '').notice).toMatch(/\(it is empty\)/)
  })

  it('keeps what could be read of repeated ids, written back bare', () => {
    const raw = JSON.stringify(circuitsToStored([saved('a', 'One'), saved('a', 'Two')]))
    const r = fromPage(CIRCUITS_STORE, raw)
    expect(r.value.map((c) => c.id)).toEqual(['a', 'a-2'])
    expect(setAside(r.action).repaired?.text).toBe(JSON.stringify(circuitsToStored(r.value)))
    expect(r.notice).toMatch(
      /\. Runstrong kept what it could read; the original is kept in page storage as "runstrong\.circuits\.corrupt-2026-03-02T07-00-00-000Z"\.$/,
    )
    expect(setAside(r.action).unwrittenNotice).toBe(r.notice)
  })

  it('says page storage is too full when no copy can be made', () => {
    const failed = setAside(fromPage(CIRCUITS_STORE, 'x').action).failed('page storage is full')
    expect(failed).toEqual({
      refusal: 'they could not be read, and a copy could not be made to keep them',
      notice:
        'Some saved circuits could not be read (it is not valid JSON), and page storage is too full to keep a copy. Runstrong left them as they are and will not save circuits until there is room.',
    })
  })

  it('takes a reader that throws as damage, not as a crash', () => {
    const throwing: StoreSpec<number> = {
      name: 'plan',
      label: 'week plan',
      version: 1,
      fallback: () => 0,
      read: () => {
        throw new Error('boom')
      },
      write: (n: number) => n,
      migrations: {},
    }
    const r = fromPage(throwing, '1')
    expect(r.value).toBe(0)
    expect(r.notice).toMatch(/\(it is not valid JSON\)/)
  })

  it('leaves a repaired value that cannot be written as text unwritten, as a failed write', () => {
    const raw = JSON.stringify(circuitsToStored([saved('a', 'One'), saved('a', 'Two')]))
    const unwritable: StoreSpec<SavedCircuit[]> = {
      ...CIRCUITS_STORE,
      write: () => {
        throw new Error('boom')
      },
    }
    const r = fromPage(unwritable, raw)
    expect(r.value.map((c) => c.id)).toEqual(['a', 'a-2'])
    expect(setAside(r.action).repaired).toEqual({ value: r.value, text: undefined })
  })
})

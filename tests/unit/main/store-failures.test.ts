/**
 * The desktop stores when the disk misbehaves: real files in a temporary folder, with file
 * operations that fail as a full disk, a flaky disk or a locked folder do.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { circuit } from '../shared/helpers'
import { fakeServices } from './fake-services'

vi.mock('electron', () => {
  const e = { app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' } }
  return { default: e, ...e }
})

const { openStores } = await import('../../../src/main/data')
const { REAL_FILE_OPS, SaveError } = await import('../../../src/main/store')
const { createHandlers } = await import('../../../src/main/handlers')
type FileOps = import('../../../src/main/store').FileOps

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-faults-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** An error as Node's fs throws it. */
const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

/** File operations that fail with `code` for `op` on files named `name`, `times` times. */
function failing(op: keyof FileOps, code: string, name: string, times = Infinity): FileOps {
  let left = times
  const guard =
    <A extends unknown[], R>(real: (...a: A) => R, pathOf: (...a: A) => string) =>
    (...a: A): R => {
      if (pathOf(...a).includes(name) && left > 0) {
        left--
        throw fsError(code)
      }
      return real(...a)
    }
  return {
    ...REAL_FILE_OPS,
    [op]: guard(REAL_FILE_OPS[op] as (p: string, q?: string) => never, (p: string) => p),
  }
}

const entry = (id: string): HistoryEntry => ({
  id,
  circuitName: 'Mine',
  startedAt: NOW,
  plannedMs: 600_000,
  actualMs: 600_000,
  effortsDone: 2,
  effortsSkipped: 0,
  effortsTotal: 2,
  endedEarly: false,
  exercises: [{ exercise: 'squats', setsDone: 2, setsPlanned: 2 }],
})

/** Writes `count` history entries with the real file operations. */
function seedHistory(count: number) {
  const s = openStores(dir, () => NOW)
  s.history.save(Array.from({ length: count }, (_, i) => entry(`h${i}`)))
  return readFileSync(join(dir, 'history.json'), 'utf8')
}

describe('a full disk', () => {
  it('says the disk is full, and leaves what was saved before as it was', () => {
    const before = seedHistory(3)
    const s = openStores(dir, () => NOW, failing('write', 'ENOSPC', 'history'))
    expect(() => s.history.save([entry('new')])).toThrow(SaveError)
    expect(() => s.history.save([entry('new')])).toThrow(
      /Could not save your history: the disk is full/,
    )
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe(before)
  })

  it('reaches the page as a refusal that says why, through the handler', async () => {
    seedHistory(2)
    // history:add appends one line to the history's journal.
    const h = createHandlers(
      fakeServices(openStores(dir, () => NOW, failing('append', 'ENOSPC', 'history'))),
    )
    await expect((async () => h['history:add']([entry('x')], {} as never))()).rejects.toThrow(
      /disk is full.*unchanged/,
    )
    expect(openStores(dir, () => NOW).history.load().value).toHaveLength(2)
  })
})

describe('a read that fails is not an empty file', () => {
  it('tries a passing failure again and reads the file', () => {
    seedHistory(300)
    const s = openStores(dir, () => NOW, failing('read', 'EMFILE', 'history', 2))
    const loaded = s.history.load()
    expect(loaded.notice).toBeUndefined()
    expect(loaded.value).toHaveLength(300)
    s.history.save([...s.history.current(), entry('h300')])
    expect(openStores(dir, () => NOW).history.load().value).toHaveLength(301)
  })

  it('one lasting EMFILE during history:add never turns 300 sessions into 1', async () => {
    const before = seedHistory(300)
    const h = createHandlers(
      fakeServices(openStores(dir, () => NOW, failing('read', 'EMFILE', 'history'))),
    )
    await expect((async () => h['history:add']([entry('x')], {} as never))()).rejects.toThrow(
      /Could not save your history: its file could not be read \(too many files were open\)/,
    )
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe(before)
  })

  it('one EIO on circuits.json tells the user, and the next import writes over nothing', () => {
    writeFileSync(
      join(dir, 'circuits.json'),
      JSON.stringify({ schemaVersion: 1, data: { version: 1, circuits: [] } }),
    )
    const good = openStores(dir, () => NOW)
    good.circuits.save([
      {
        id: 'a',
        circuit: circuit({ items: [{ exercise: 'squats', reps: 10 }] }),
        createdAtMs: 1,
        updatedAtMs: 1,
      },
    ])
    const before = readFileSync(join(dir, 'circuits.json'), 'utf8')
    const s = openStores(dir, () => NOW, failing('read', 'EIO', 'circuits'))
    const loaded = s.circuits.load()
    expect(loaded.value).toEqual([])
    expect(loaded.notice).toMatch(/circuits could not be read \(the disk reported an error\)/)
    expect(loaded.notice).toMatch(/will not save circuits until it can read them/)
    expect(() => s.circuits.save([])).toThrow(
      /Could not save your circuits: its file could not be read/,
    )
    expect(readFileSync(join(dir, 'circuits.json'), 'utf8')).toBe(before)
  })

  it('writes again once the file reads', () => {
    seedHistory(1)
    const ops = failing('read', 'EACCES', 'history', 1)
    const s = openStores(dir, () => NOW, ops)
    expect(s.history.load().notice).toMatch(/not allowed/)
    expect(() => s.history.save([])).toThrow(SaveError)
    expect(s.history.load().value).toHaveLength(1)
    s.history.save([entry('a'), entry('b')])
    expect(openStores(dir, () => NOW).history.load().value).toHaveLength(2)
  })
})

describe('a damaged file whose copy cannot be made', () => {
  it('is left exactly as it is, and nothing writes over it', () => {
    writeFileSync(join(dir, 'history.json'), '{"schemaVersion":1,"data":[{"id"')
    const s = openStores(dir, () => NOW, failing('rename', 'ENOSPC', 'history'))
    const loaded = s.history.load()
    expect(loaded.value).toEqual([])
    expect(loaded.notice).toMatch(/a copy could not be made \(the disk is full\)/)
    expect(() => s.history.save([entry('a')])).toThrow(/could not be copied aside/)
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe('{"schemaVersion":1,"data":[{"id"')
    expect(readdirSync(dir)).toEqual(['history.json'])
  })
})

describe('a read-only data folder', () => {
  it('reads what it can, and says every save failed', () => {
    seedHistory(2)
    const s = openStores(dir, () => NOW, failing('write', 'EROFS', ''))
    expect(s.history.load().value).toHaveLength(2)
    expect(() => s.settings.save(s.settings.current())).toThrow(
      /Could not save your settings: the data folder is read-only/,
    )
  })
})

describe('starting on a read-only data folder', () => {
  it('says once, with the first settings, that nothing can be saved, and still reads', async () => {
    const { dataFolderNotice } = await import('../../../src/main/data')
    seedHistory(2)
    const refuse = () => {
      throw fsError('EROFS')
    }
    expect(dataFolderNotice(dir)).toBeUndefined()
    let asked = 0
    const h = createHandlers(
      fakeServices(
        openStores(dir, () => NOW, failing('write', 'EROFS', '')),
        {
          dataFolderNotice: () => (asked++ === 0 ? dataFolderNotice(dir, refuse) : undefined),
        },
      ),
    )
    const first = await h['settings:load']([], {} as never)
    expect(first.notice).toMatch(/cannot save in its data folder .*: the data folder is read-only/)
    expect((await h['settings:load']([], {} as never)).notice).toBeUndefined()
    expect((await h['history:load']([], {} as never)).value).toHaveLength(2)
  })

  it('keeps reminders working when their file can be neither read nor written', async () => {
    const { ReminderState } = await import('../../../src/main/reminder-state')
    // A folder where the file should be: every read and write of it fails, as on a bad disk.
    mkdirSync(join(dir, 'reminders.json'))
    let state: InstanceType<typeof ReminderState> | undefined
    expect(() => (state = new ReminderState(dir))).not.toThrow()
    expect(state!.lastShown).toBe(0)
    expect(() => (state!.lastShown = 5)).not.toThrow()
    expect(state!.lastShown).toBe(5)
  })
})

describe('a refusal after a failed read', () => {
  it('is lifted only by a read for the screen, never by main reading for itself', () => {
    writeFileSync(
      join(dir, 'circuits.json'),
      JSON.stringify({ schemaVersion: 1, data: { version: 1, circuits: [] } }),
    )
    openStores(dir, () => NOW).circuits.save([
      {
        id: 'a',
        circuit: circuit({ items: [{ exercise: 'squats', reps: 10 }] }),
        createdAtMs: 1,
        updatedAtMs: 1,
      },
    ])
    const before = readFileSync(join(dir, 'circuits.json'), 'utf8')
    const s = openStores(dir, () => NOW, failing('read', 'EIO', 'circuits', 3))
    expect(s.circuits.load().value).toEqual([])
    // A reminder reads the circuits for itself, and this time the disk answers.
    expect(s.circuits.current()).toHaveLength(1)
    // The screen still holds the empty stand-in: its save must not write over the file.
    expect(() => s.circuits.save([])).toThrow(/its file could not be read/)
    expect(readFileSync(join(dir, 'circuits.json'), 'utf8')).toBe(before)
    expect(s.circuits.load().value).toHaveLength(1)
    s.circuits.save([])
    expect(openStores(dir, () => NOW).circuits.load().value).toEqual([])
  })
})

/**
 * The desktop history: a snapshot and a journal of recorded sessions, on real files in a
 * temporary folder, with file operations that fail as disks do.
 */
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { withEntry } from '@shared/training/history-entries'

vi.mock('electron', () => {
  const e = { app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' } }
  return { default: e, ...e }
})

const { openStores } = await import('../../../src/main/data')
const { COMPACT_AFTER_LINES } = await import('../../../src/main/history-store')
const { REAL_FILE_OPS } = await import('../../../src/main/store')
type FileOps = import('../../../src/main/store').FileOps

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-history-'))
})
/** Every history opened by a test: its background writes end before the folder goes. */
let opened: { flush: () => Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(opened.map((h) => h.flush()))
  opened = []
  rmSync(dir, { recursive: true, force: true })
})

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
const entry = (id: string, effortsDone = 2): HistoryEntry => ({
  id,
  circuitName: 'Mine',
  startedAt: NOW,
  plannedMs: 600_000,
  actualMs: 600_000,
  effortsDone,
  effortsSkipped: 0,
  effortsTotal: 4,
  endedEarly: false,
  exercises: [{ exercise: 'squats', setsDone: 2, setsPlanned: 2, load: '8 kg' }],
})
const open = (ops: FileOps = REAL_FILE_OPS) => {
  const h = openStores(dir, () => NOW, ops).history
  opened.push(h)
  return h
}
const snapshotPath = () => join(dir, 'history.json')
const journalPath = () => join(dir, 'history.journal.jsonl')
const journal = () => readFileSync(journalPath(), 'utf8')
const ids = (list: HistoryEntry[]) => list.map((e) => e.id)
const seed = (count: number) => open().save(Array.from({ length: count }, (_, i) => entry(`h${i}`)))

describe('recording sessions in the journal', () => {
  it('appends one line a session, leaves the snapshot alone, and reads both back', async () => {
    seed(2)
    const before = readFileSync(snapshotPath(), 'utf8')
    const h = open()
    h.load()
    await h.add(entry('a'))
    await h.add(entry('b'))
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(before)
    expect(journal().split('\n')).toHaveLength(3)
    expect(ids(open().load().value)).toEqual(['h0', 'h1', 'a', 'b'])
  })

  it('replaces an earlier record with the same id, as withEntry does, in the same order', async () => {
    seed(3)
    const h = open()
    h.load()
    const adds = [entry('h1', 3), entry('x'), entry('h0', 4), entry('x', 1)]
    for (const e of adds) await h.add(e)
    const seeded = Array.from({ length: 3 }, (_, i) => entry(`h${i}`))
    expect(open().load().value).toEqual(adds.reduce(withEntry, seeded))
    expect(ids(open().load().value)).toEqual(['h2', 'h1', 'h0', 'x'])
  })

  it('folds the journal into the snapshot once it holds COMPACT_AFTER_LINES records', async () => {
    seed(2)
    const h = open()
    h.load()
    for (let i = 0; i < COMPACT_AFTER_LINES - 1; i++) await h.add(entry(`s${i}`))
    await h.flush()
    expect(journal().split('\n')).toHaveLength(COMPACT_AFTER_LINES)
    await h.add(entry('last'))
    await h.flush()
    expect(journal()).toBe('')
    const doc = JSON.parse(readFileSync(snapshotPath(), 'utf8')) as {
      data: { sessions: { id: string }[] }
    }
    expect(doc.data.sessions).toHaveLength(COMPACT_AFTER_LINES + 2)
    expect(doc.data.sessions.at(-1)?.id).toBe('last')
    expect(open().load()).toEqual({ value: h.current() })
  })

  it('folds a long journal at a load, in the background', async () => {
    const lines = Array.from({ length: COMPACT_AFTER_LINES }, (_, i) => entry(`s${i}`))
    writeFileSync(journalPath(), lines.map((e) => `${JSON.stringify(e)}\n`).join(''))
    const h = open()
    expect(h.load()).toEqual({ value: lines })
    expect(journal()).not.toBe('')
    await h.flush()
    expect(journal()).toBe('')
    expect(open().load()).toEqual({ value: lines })
  })

  it('applies records twice to the same result when a fold stopped before emptying the journal', async () => {
    seed(1)
    const h = open()
    h.load()
    await h.add(entry('a'))
    await h.add(entry('h0', 3))
    const lines = journal()
    const whole = open().load().value
    expect(whole).toEqual([entry('a'), entry('h0', 3)])
    // The fold's new snapshot is in place, but the app stopped before it emptied the journal.
    open().save(whole)
    writeFileSync(journalPath(), lines)
    expect(open().load()).toEqual({ value: whole })
  })

  it('adds to 1,600 sessions by one short line, whatever the size of the history', async () => {
    seed(1600)
    const size = statSync(snapshotPath()).size
    const h = open()
    expect(h.load().value).toHaveLength(1600)
    await h.add(entry('new'))
    expect(statSync(snapshotPath()).size).toBe(size)
    expect(statSync(journalPath()).size).toBeLessThan(400)
    expect(open().load().value.at(-1)?.id).toBe('new')
  })
})

describe('a journal that was cut short or damaged', () => {
  it('keeps every earlier session when the last line was cut short, says so, and keeps a copy', async () => {
    seed(1)
    const h = open()
    h.load()
    await h.add(entry('a'))
    await h.add(entry('b'))
    const whole = journal()
    // The app stopped while writing the third record.
    appendFileSync(journalPath(), JSON.stringify(entry('c')).slice(0, 40))
    const after = open()
    const loaded = after.load()
    expect(ids(loaded.value)).toEqual(['h0', 'a', 'b'])
    expect(loaded.notice).toMatch(
      /Some saved history could not be read \(a session being recorded when Runstrong stopped was cut short\)\. Runstrong kept every other session; a copy of the file is at .*history\.journal\.corrupt-2026-03-02T07-00-00-000Z\.jsonl/,
    )
    const copy = readdirSync(dir).find((f) => f.startsWith('history.journal.corrupt-'))
    expect(readFileSync(join(dir, copy!), 'utf8')).toBe(
      whole + JSON.stringify(entry('c')).slice(0, 40),
    )
    await after.flush()
    expect(open().load()).toEqual({ value: [entry('h0'), entry('a'), entry('b')] })
  })

  it('leaves out a damaged line in the middle, keeps the rest and says how many', () => {
    writeFileSync(
      journalPath(),
      `${JSON.stringify(entry('a'))}\n{"id":"b", nonsense\n${JSON.stringify(entry('c'))}\n`,
    )
    const loaded = open().load()
    expect(ids(loaded.value)).toEqual(['a', 'c'])
    expect(loaded.notice).toMatch(/1 recorded session is damaged/)
  })

  it('starts the next record on its own line after a half line it could not cut back', async () => {
    const h = open()
    h.load()
    await h.add(entry('a'))
    let failNext = true
    const ops: FileOps = {
      ...REAL_FILE_OPS,
      append: async (path, text) => {
        if (!failNext) return REAL_FILE_OPS.append(path, text)
        failNext = false
        // A full disk part-way through the line, and no way to cut it back.
        await appendFile(path, text.slice(0, 25))
        throw fsError('ENOSPC')
      },
      truncate: () => Promise.reject(fsError('EIO')),
    }
    const faulty = open(ops)
    faulty.load()
    await expect(faulty.add(entry('b'))).rejects.toThrow(
      /Could not save your history: the disk is full .*What was saved before is unchanged/,
    )
    await faulty.add(entry('c'))
    const loaded = open().load()
    expect(ids(loaded.value)).toEqual(['a', 'c'])
    expect(loaded.notice).toMatch(/1 recorded session is damaged/)
  })
})

describe('a journal when the disk misbehaves', () => {
  it('says the disk is full, cuts a half-written line back, and changes nothing saved', async () => {
    seed(2)
    const h0 = open()
    h0.load()
    await h0.add(entry('a'))
    const snapshot = readFileSync(snapshotPath(), 'utf8')
    const lines = journal()
    const ops: FileOps = {
      ...REAL_FILE_OPS,
      append: async (path, text) => {
        await appendFile(path, text.slice(0, 30))
        throw fsError('ENOSPC')
      },
    }
    const h = open(ops)
    h.load()
    await expect(h.add(entry('b'))).rejects.toThrow(/Could not save your history: the disk is full/)
    expect(journal()).toBe(lines)
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(snapshot)
    expect(open().load()).toEqual({ value: [entry('h0'), entry('h1'), entry('a')] })
  })

  it('refuses to add after the journal could not be read, until a load reads it', async () => {
    seed(1)
    writeFileSync(journalPath(), `${JSON.stringify(entry('a'))}\n`)
    let failing = true
    const ops: FileOps = {
      ...REAL_FILE_OPS,
      read: (path) => {
        if (failing && path.endsWith('.jsonl')) throw fsError('EIO')
        return REAL_FILE_OPS.read(path)
      },
    }
    const h = open(ops)
    const first = h.load()
    expect(ids(first.value)).toEqual(['h0'])
    expect(first.notice).toMatch(/could not be read \(the disk reported an error\).*will not save/)
    await expect(h.add(entry('b'))).rejects.toThrow(
      /Could not save your history: its file could not be read \(the disk reported an error\), so Runstrong will not write over it/,
    )
    failing = false
    // Main's own read does not lift the refusal: the screen may still hold the short list.
    h.current()
    await expect(h.add(entry('b'))).rejects.toThrow(/will not write over it/)
    expect(ids(h.load().value)).toEqual(['h0', 'a'])
    await h.add(entry('b'))
    expect(ids(open().load().value)).toEqual(['h0', 'a', 'b'])
  })

  it('leaves a damaged journal as it is when no copy can be made, and refuses to write', async () => {
    const text = `${JSON.stringify(entry('a'))}\n{"id":"b`
    writeFileSync(journalPath(), text)
    const h = open({
      ...REAL_FILE_OPS,
      copy: () => {
        throw fsError('ENOSPC')
      },
    })
    const loaded = h.load()
    expect(ids(loaded.value)).toEqual(['a'])
    expect(loaded.notice).toMatch(
      /a copy could not be made \(the disk is full\).*will not save history/,
    )
    await expect(h.add(entry('c'))).rejects.toThrow(/could not be copied aside/)
    await h.flush()
    expect(journal()).toBe(text)
    expect(existsSync(snapshotPath())).toBe(false)
  })

  it('keeps the journal when the snapshot is damaged, and moves the snapshot aside', async () => {
    writeFileSync(snapshotPath(), '{"schemaVersion":1,"data":{"version":1,"sess')
    writeFileSync(journalPath(), `${JSON.stringify(entry('a'))}\n`)
    const h = open()
    const loaded = h.load()
    expect(ids(loaded.value)).toEqual(['a'])
    expect(loaded.notice).toMatch(/could not be read \(the file is not valid JSON\).*moved to/)
    expect(readdirSync(dir).some((f) => f.startsWith('history.corrupt-'))).toBe(true)
    await h.flush()
    expect(open().load()).toEqual({ value: [entry('a')] })
  })

  it('keeps the snapshot and the journal as they were when a fold fails', async () => {
    seed(1)
    writeFileSync(journalPath(), `${JSON.stringify(entry('a'))}\n`)
    const snapshot = readFileSync(snapshotPath(), 'utf8')
    const h = open({ ...REAL_FILE_OPS, replace: () => Promise.reject(fsError('ENOSPC')) })
    expect(ids(h.load().value)).toEqual(['h0', 'a'])
    await h.flush()
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(snapshot)
    expect(journal()).toBe(`${JSON.stringify(entry('a'))}\n`)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    await h.add(entry('b'))
    expect(ids(open().load().value)).toEqual(['h0', 'a', 'b'])
  })
})

describe('a journal emptied or cut short behind the app’s back', () => {
  it('is noticed, said once, and its copy kept; a fold or a fresh start is not taken for one', async () => {
    seed(2)
    const h = open()
    h.load()
    for (const id of ['a', 'b', 'c']) await h.add(entry(id))
    // A fresh start after normal appends: nothing to say.
    expect(open().load().notice).toBeUndefined()
    // Emptied by another program (a sync client, a cleaner).
    writeFileSync(journalPath(), '')
    const found = open().load()
    expect(found.notice).toMatch(
      /3 sessions recorded since the history was last tidied are missing/,
    )
    expect(found.notice).toMatch(/emptied or cut short outside Runstrong/)
    expect(ids(found.value)).toEqual(['h0', 'h1'])
    expect(readdirSync(dir).some((f) => /^history\.journal\.corrupt-.*\.jsonl$/.test(f))).toBe(true)
    // Said once.
    expect(open().load().notice).toBeUndefined()
    // Cut short: one of two new lines left.
    const again = open()
    again.load()
    await again.add(entry('d'))
    await again.add(entry('e'))
    writeFileSync(journalPath(), `${journal().split('\n')[0]!}\n`)
    expect(open().load().notice).toMatch(
      /1 session recorded since the history was last tidied is missing/,
    )
    // A whole-history save empties the journal as it should: no loss is claimed after it.
    const saver = open()
    saver.load()
    saver.save([entry('x')])
    expect(open().load().notice).toBeUndefined()
  })
})

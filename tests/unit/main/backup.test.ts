/**
 * Back up and restore on the desktop: the handlers over real stores in temporary folders,
 * and the paired devices' real book, so a backup is checked as the files hold it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBackup } from '@shared/data/backup'
import type { SavedSession } from '@shared/data/store-files'
import { start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { compileTimeline } from '@shared/engine/timeline'
import { entry, everything, NOW } from '../shared/backup-fixture'
import { circuit } from '../shared/helpers'

vi.mock('electron', () => import('../../support/electron-fake'))

const { openStores } = await import('../../../src/main/data')
const { createHandlers } = await import('../../../src/main/handlers')
const { restoreStores } = await import('../../../src/main/backup')
const { REAL_FILE_OPS } = await import('../../../src/main/store')
const { DeviceBook } = await import('../../../src/main/remote/devices')
const { fakeHub, fakeServices } = await import('./fake-services')

const ev = {} as never
const dirs: string[] = []
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-backup-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** Handlers over the stores in `dir`, with a real device book; files are saved into `dir`. */
function desktop(dir: string, book = new DeviceBook(null)) {
  const stores = openStores(dir, () => NOW)
  const off = fakeHub()
  const hub = {
    ...off,
    status: async () => ({
      ...(await off.status()),
      devices: book.list().map((d) => ({ ...d, connected: false })),
    }),
  }
  const s = fakeServices(stores, {
    hub,
    chooseSavePath: (name: string) => Promise.resolve(join(dir, name)),
  })
  return { stores, s, h: createHandlers(s) }
}

/** Every store's file in `dir`, by name, as text. */
const files = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]))

const nowCircuit = circuit({ name: 'Now', items: [{ exercise: 'squats', reps: 5 }] })
/** A session in progress that fits its circuit: 40 s in, as the runner saves one. */
const session: SavedSession = {
  savedAt: NOW,
  startedAt: NOW - 40_000,
  circuit: nowCircuit,
  snapshot: snapshot(start(compileTimeline(nowCircuit), 0), 40_000),
}

/** A folder whose stores hold everything, the history recorded one session at a time. */
async function filled(dir: string) {
  const d = desktop(dir)
  d.stores.circuits.save(everything.circuits)
  d.stores.settings.save(everything.settings)
  d.stores.plan.save(everything.plan)
  for (const e of everything.history) await d.h['history:add']([e], ev)
  return d
}

describe('Back up on the desktop', () => {
  it('writes one file with every store where the user chose, naming devices without tokens', async () => {
    const dir = folder()
    const book = new DeviceBook(join(dir, 'remote-devices.json'))
    const paired = book.add('Kitchen TV', 'display', NOW)!
    const d = desktop(dir, book)
    d.stores.circuits.save(everything.circuits)
    d.stores.settings.save(everything.settings)
    d.stores.plan.save(everything.plan)
    for (const e of everything.history) await d.h['history:add']([e], ev)
    const { path } = await d.h['backup:save']([], ev)
    expect(path).toMatch(/runstrong-backup-\d{4}-\d\d-\d\d\.json$/)
    const text = readFileSync(path!, 'utf8')
    const read = readBackup(text)
    expect(read.ok && { ...read.backup, madeAtMs: 0 }).toEqual({
      ...everything,
      devices: [{ name: 'Kitchen TV', role: 'display', pairedAtMs: NOW }],
      madeAtMs: 0,
    })
    const stored = readFileSync(join(dir, 'remote-devices.json'), 'utf8')
    const tokenHash = /"tokenHash":"([a-f0-9]{64})"/.exec(stored)![1]!
    expect(text).not.toContain(paired.token)
    expect(text).not.toContain(tokenHash)
    expect(text).not.toContain(paired.device.id)
  })

  it('writes nothing when the user cancels', async () => {
    const dir = folder()
    const d = desktop(dir)
    const h = createHandlers({ ...d.s, chooseSavePath: () => Promise.resolve(null) })
    expect(await h['backup:save']([], ev)).toEqual({ path: null })
    expect(readdirSync(dir).filter((f) => f.startsWith('runstrong-backup'))).toEqual([])
  })
})

describe('Restore on the desktop', () => {
  it('replaces every store, keeps a copy of what was there, and leaves the session alone', async () => {
    const from = await filled(folder())
    const { path } = await from.h['backup:save']([], ev)
    const dir = folder()
    const to = desktop(dir)
    const before = [everything.circuits[0]!]
    to.stores.circuits.save(before)
    await to.h['history:add']([entry('old')], ev)
    to.stores.session.save(session)
    expect(await to.h['backup:counts']([], ev)).toMatchObject({ circuits: 1, sessions: 1 })

    const { copy } = await to.h['backup:restore']([{ text: readFileSync(path!, 'utf8') }], ev)

    const again = openStores(dir, () => NOW)
    expect(again.circuits.load()).toEqual({ value: everything.circuits })
    expect(again.settings.load()).toEqual({ value: everything.settings })
    expect(again.plan.load()).toEqual({ value: everything.plan })
    expect(again.history.load()).toEqual({ value: everything.history })
    expect(again.session.load()).toEqual({ value: session })
    expect(to.s.remindersChanged).toHaveBeenCalledWith(everything.settings.reminders)
    expect(await to.h['backup:counts']([], ev)).toMatchObject({ circuits: 2, sessions: 2 })

    expect(copy).toMatch(/before-restore-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/)
    expect(copy.startsWith(dir)).toBe(true)
    const kept = readBackup(readFileSync(copy, 'utf8'))
    expect(kept.ok && kept.backup.circuits).toEqual(before)
    expect(kept.ok && kept.backup.history.map((e) => e.id)).toEqual(['old'])
  })

  it('refuses a damaged or foreign file with why, and changes nothing', async () => {
    const dir = folder()
    const d = await filled(dir)
    const { path } = await d.h['backup:save']([], ev)
    const good = JSON.parse(readFileSync(path!, 'utf8')) as Record<string, unknown>
    const was = files(dir)
    const tries: [string, RegExp][] = [
      ['{"format": "runst', /not a Runstrong backup \(not JSON\)/],
      [JSON.stringify({ format: 'runner-strength-circuit', version: 1 }), /not a Runstrong backup/],
      [JSON.stringify({ ...good, version: 2 }), /made by a newer Runstrong/],
      [
        JSON.stringify({ ...good, settings: { schemaVersion: 2, data: { volume: 'loud' } } }),
        /its settings could not be read/,
      ],
    ]
    for (const [text, why] of tries) {
      await expect(d.h['backup:restore']([{ text }], ev)).rejects.toThrow(why)
      await expect(d.h['backup:restore']([{ text }], ev)).rejects.toThrow(
        /^This file was not restored: .*\. Nothing was changed\.$/,
      )
    }
    expect(files(dir)).toEqual(was)
  })

  it('puts back the stores already written when one cannot be written, and says so', async () => {
    const dir = folder()
    await filled(dir)
    const was = files(dir)
    const ops = {
      ...REAL_FILE_OPS,
      write: (path: string, text: string) => {
        if (path.endsWith('plan.json') && text.includes('"sessions": 2'))
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        REAL_FILE_OPS.write(path, text)
      },
    }
    const stores = openStores(dir, () => NOW, ops)
    const other = { ...everything, plan: { ...everything.plan, sessions: 2 } }
    await expect(restoreStores(stores, { ...other, madeAtMs: NOW }, [])).rejects.toThrow(
      /^Nothing was restored\. Could not save your week plan: the disk is full .* A copy of what was there is also at .*before-restore/,
    )
    const after = Object.entries(files(dir))
    expect(after.filter(([f]) => f.startsWith('before-restore'))).toHaveLength(1)
    expect(Object.fromEntries(after.filter(([f]) => !f.startsWith('before-restore')))).toEqual(was)
  })

  it('restores nothing when a store cannot be read, or the copy cannot be kept', async () => {
    const dir = folder()
    await filled(dir)
    const was = files(dir)
    const unreadable = {
      ...REAL_FILE_OPS,
      read: (path: string) => {
        if (path.endsWith('circuits.json'))
          throw Object.assign(new Error('denied'), { code: 'EACCES' })
        return REAL_FILE_OPS.read(path)
      },
    }
    const backup = { ...everything, circuits: [], madeAtMs: NOW }
    await expect(
      restoreStores(
        openStores(dir, () => NOW, unreadable),
        backup,
        [],
      ),
    ).rejects.toThrow(
      /^Nothing was restored\. Could not save your circuits: its file could not be read/,
    )
    const full = () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
    await expect(
      restoreStores(
        openStores(dir, () => NOW),
        backup,
        [],
        { writeCopy: full },
      ),
    ).rejects.toThrow(
      /^Nothing was restored: a copy of what Runstrong holds now could not be kept first \(the disk is full\)/,
    )
    expect(files(dir)).toEqual(was)
    expect(existsSync(join(dir, 'circuits.json'))).toBe(true)
  })
})

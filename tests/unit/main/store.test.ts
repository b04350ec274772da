import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { circuit } from '../shared/helpers'

vi.mock('electron', () => {
  const e = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: vi.fn() },
  }
  return { default: e, ...e }
})

const { openStores } = await import('../../../src/main/data')

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-store-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const stores = () => openStores(dir, () => NOW)
const saved = {
  id: 'a',
  circuit: circuit({ items: [{ exercise: 'squats', reps: 10 }] }),
  createdAtMs: 1,
  updatedAtMs: 2,
}
const files = () => readdirSync(dir).sort()

describe('the desktop stores', () => {
  it('start from defaults with no files, and write nothing until something is saved', () => {
    const s = stores()
    expect(s.circuits.load()).toEqual({ value: [] })
    expect(s.settings.load()).toEqual({ value: DEFAULT_SETTINGS })
    expect(s.session.load()).toEqual({ value: null })
    expect(files()).toEqual([])
  })

  it('keep each store in its own file with a schema version', () => {
    stores().circuits.save([saved])
    stores().settings.save({ ...DEFAULT_SETTINGS, muted: true })
    expect(files()).toEqual(['circuits.json', 'settings.json'])
    const doc = JSON.parse(readFileSync(join(dir, 'circuits.json'), 'utf8')) as {
      schemaVersion: number
    }
    expect(doc.schemaVersion).toBe(1)
    expect(stores().circuits.load()).toEqual({ value: [saved] })
    expect(stores().settings.load().value.muted).toBe(true)
  })

  const damaged: [string, string, RegExp][] = [
    ['an empty file', '', /the file is empty/],
    ['a truncated file', '{"schemaVersion":1,"data":{"version":1,"circ', /not valid JSON/],
    ['invalid JSON', 'circuits: [oops]', /not valid JSON/],
    [
      'a file that fails the schema',
      '{"schemaVersion":1,"data":{"nope":true}}',
      /not a list of circuits/,
    ],
    ['a newer version', '{"schemaVersion":7,"data":{}}', /newer Runstrong \(version 7/],
  ]
  it.each(damaged)(
    'move %s aside, start that store alone from defaults and say where',
    (_, text, why) => {
      stores().settings.save({ ...DEFAULT_SETTINGS, volume: 0.3 })
      writeFileSync(join(dir, 'circuits.json'), text)
      const s = stores()
      const loaded = s.circuits.load()
      expect(loaded.value).toEqual([])
      expect(loaded.notice).toMatch(why)
      const aside = 'circuits.corrupt-2026-03-02T07-00-00-000Z.json'
      expect(loaded.notice).toContain(join(dir, aside))
      expect(files()).toEqual([aside, 'settings.json'])
      expect(readFileSync(join(dir, aside), 'utf8')).toBe(text)
      // The other store is untouched, and the damaged one works again.
      expect(s.settings.load().value.volume).toBe(0.3)
      s.circuits.save([saved])
      expect(stores().circuits.load()).toEqual({ value: [saved] })
    },
  )

  it('keeps the readable circuits of a partly damaged file and a copy of the whole', () => {
    const good = {
      id: 'a',
      createdAtMs: 1,
      updatedAtMs: 2,
      circuit: {
        format: 'runner-strength-circuit',
        version: 1,
        name: 'Good',
        items: [{ exercise: 'squats', reps: 10 }],
      },
    }
    const bad = { ...good, id: 'b', circuit: { ...good.circuit, items: [] } }
    const text = JSON.stringify({ schemaVersion: 1, data: { version: 1, circuits: [good, bad] } })
    writeFileSync(join(dir, 'circuits.json'), text)
    const loaded = stores().circuits.load()
    expect(loaded.value.map((c) => c.circuit.name)).toEqual(['Good'])
    expect(loaded.notice).toMatch(/entry 2: Exercises: a circuit holds 1 to 50 exercises/)
    expect(readFileSync(join(dir, 'circuits.corrupt-2026-03-02T07-00-00-000Z.json'), 'utf8')).toBe(
      text,
    )
    expect(stores().circuits.load()).toEqual({ value: loaded.value })
  })

  it('keeps the message for the screen when main read the damaged file first', () => {
    writeFileSync(join(dir, 'settings.json'), '{oops')
    const s = stores()
    expect(s.settings.current()).toEqual(DEFAULT_SETTINGS)
    const loaded = s.settings.load()
    expect(loaded.notice).toMatch(/settings could not be read \(the file is not valid JSON\)/)
    expect(s.settings.load().notice).toBeUndefined()
  })

  it('upgrades version-1 settings to version 2 on load and writes the upgrade back', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        schemaVersion: 1,
        data: { volume: 0.4, muted: true, voice: false, cadence: true },
      }),
    )
    const loaded = stores().settings.load()
    expect(loaded).toEqual({
      value: { ...DEFAULT_SETTINGS, volume: 0.4, muted: true, voice: false, cadence: true },
    })
    const doc = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as {
      schemaVersion: number
    }
    expect(doc.schemaVersion).toBe(2)
    expect(files()).toEqual(['settings.json'])
  })

  it('forgets a saved session when given null', () => {
    const s = stores()
    const session = {
      savedAt: NOW,
      startedAt: NOW - 1000,
      circuit: circuit({ items: [{ exercise: 'squats', reps: 10 }] }),
      snapshot: {
        version: 1 as const,
        phaseCount: 1,
        totalMs: 1,
        index: 0,
        remainingMs: 1,
        phaseDurationMs: 1,
        activeElapsedMs: 0,
        addedMs: 0,
        outcomes: [null],
      },
    }
    s.session.save(session)
    expect(stores().session.load().value?.snapshot.index).toBe(0)
    s.session.save(null)
    expect(stores().session.load()).toEqual({ value: null })
  })
})

describe('settings of the wrong type', () => {
  it('are not quietly defaulted: the file is copied aside and the reset settings named', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        schemaVersion: 2,
        data: { ...DEFAULT_SETTINGS, volume: 'loud', voice: 'yes', muted: true },
      }),
    )
    const loaded = stores().settings.load()
    expect(loaded.value).toEqual({ ...DEFAULT_SETTINGS, muted: true })
    expect(loaded.notice).toMatch(
      /Some saved settings could not be read \(Tones volume and Voice held values this version cannot use, so they were reset to their defaults\)/,
    )
    expect(readdirSync(dir).some((f) => f.startsWith('settings.corrupt-'))).toBe(true)
    expect(stores().settings.load()).toEqual({ value: { ...DEFAULT_SETTINGS, muted: true } })
  })

  it('an older file without the newer settings takes their defaults without a word', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 2, data: { volume: 0.3, muted: false } }),
    )
    expect(stores().settings.load()).toEqual({ value: { ...DEFAULT_SETTINGS, volume: 0.3 } })
  })
})

describe('circuits saved before names refused control characters', () => {
  it('still load, with the control characters as spaces', () => {
    const file = {
      format: 'runner-strength-circuit',
      version: 1,
      name: 'Legs\tday',
      items: [{ exercise: 'squats', reps: 10, notes: 'slow\ndown' }],
    }
    writeFileSync(
      join(dir, 'circuits.json'),
      JSON.stringify({
        schemaVersion: 1,
        data: {
          version: 1,
          circuits: [
            { id: 'a', createdAtMs: 1, updatedAtMs: 1, circuit: file },
            { id: 'b', createdAtMs: 1, updatedAtMs: 1, circuit: { ...file, name: '\u200b\t' } },
          ],
        },
      }),
    )
    const loaded = stores().circuits.load()
    expect(loaded.notice).toBeUndefined()
    expect(loaded.value.map((c) => c.circuit.name)).toEqual(['Legs day', 'Untitled circuit'])
    expect(loaded.value[0]!.circuit.items[0]!.notes).toBe('slow down')
  })
})

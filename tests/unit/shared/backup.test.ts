import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  backupFileName,
  backupText,
  countData,
  MAX_BACKUP_CHARS,
  readBackup,
} from '@shared/data/backup'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { invokeSchemas, parseInvokeArgs } from '@shared/ipc-contract'
import { DEFAULT_PLAN } from '@shared/training/planner'
import { entry, everything, NOW } from './backup-fixture'

const doc = () => JSON.parse(backupText(everything, NOW)) as Record<string, unknown>
const refusal = (text: string) => {
  const r = readBackup(text)
  if (r.ok) throw new Error('read')
  return r.reason
}

describe('a backup', () => {
  it('brings back every store as it was, and when it was made', () => {
    const r = readBackup(backupText(everything, NOW))
    expect(r).toEqual({ ok: true, backup: { ...everything, madeAtMs: NOW } })
  })

  it('says what it is and which version, and holds each store as its file does', () => {
    const d = doc()
    expect(d).toMatchObject({ format: BACKUP_FORMAT, version: 1, madeAtMs: NOW })
    expect(d['settings']).toEqual({ schemaVersion: 2, data: everything.settings })
    expect(d['plan']).toEqual({ schemaVersion: 1, data: everything.plan })
  })

  it('names paired devices but never carries a token or its hash', () => {
    const token = 'T'.repeat(43)
    const tokenHash = 'f'.repeat(64)
    const device = { id: '0123456789abcdef', name: 'Phone', role: 'remote' as const, pairedAtMs: 1 }
    const text = backupText(
      { ...everything, devices: [{ ...device, token, tokenHash } as typeof device] },
      NOW,
    )
    expect(text).toContain('Phone')
    expect(text).not.toContain(token)
    expect(text).not.toContain(tokenHash)
    expect(text).not.toContain('0123456789abcdef')
  })

  it('counts what it holds', () => {
    expect(countData(everything)).toEqual({
      circuits: 2,
      sessions: 2,
      strengthDays: 3,
      programme: true,
      devices: 1,
    })
  })

  it('is offered under a dated name', () => {
    expect(backupFileName(new Date(2026, 2, 2, 9).getTime())).toBe(
      'runstrong-backup-2026-03-02.json',
    )
  })

  it('upgrades a store an older Runstrong wrote, as the store itself would', () => {
    const d = doc()
    d['settings'] = { schemaVersion: 1, data: { volume: 0.4 } }
    const r = readBackup(JSON.stringify(d))
    expect(r.ok && r.backup.settings).toEqual({ ...DEFAULT_SETTINGS, volume: 0.4 })
  })
})

describe('a file that is not a good backup', () => {
  it('is refused when it is not JSON, or empty', () => {
    expect(refusal('{"format": "runstrong-backup", ')).toMatch(
      /not a Runstrong backup \(not JSON\)/,
    )
    expect(refusal('  ')).toMatch(/it is empty/)
  })

  it('is refused when it is another kind of file', () => {
    const circuitFile = { format: 'runner-strength-circuit', version: 1, name: 'x', items: [] }
    expect(refusal(JSON.stringify(circuitFile))).toMatch(/not a Runstrong backup/)
    expect(refusal('[1, 2]')).toMatch(/not a Runstrong backup/)
    expect(refusal(JSON.stringify({ schemaVersion: 1, data: {} }))).toMatch(/not a Runstrong/)
  })

  it('is refused when a newer Runstrong made it, or a store in it is newer', () => {
    expect(refusal(JSON.stringify({ ...doc(), version: 2 }))).toMatch(
      /made by a newer Runstrong \(backup version 2; this one reads version 1\)/,
    )
    const d = doc()
    d['history'] = { schemaVersion: 9, data: {} }
    expect(refusal(JSON.stringify(d))).toMatch(/its history could not be read .*newer Runstrong/)
  })

  it('is refused whole when any store holds what that store would refuse', () => {
    const bad = (key: string, data: unknown) => {
      const d = doc()
      d[key] = { schemaVersion: (d[key] as { schemaVersion: number }).schemaVersion, data }
      return refusal(JSON.stringify(d))
    }
    expect(bad('settings', { ...everything.settings, volume: 7 })).toMatch(
      /its settings could not be read \(Tones volume held a value/,
    )
    const circuits = (doc()['circuits'] as { data: { circuits: object[] } }).data
    expect(bad('circuits', { ...circuits, circuits: [...circuits.circuits, { id: 'c' }] })).toMatch(
      /its circuits could not be read \(entry 3 is damaged/,
    )
    const stranger = {
      ...entry('x'),
      exercises: [{ exercise: 'moonwalk', setsDone: 1, setsPlanned: 1 }],
    }
    expect(bad('history', { version: 1, sessions: [stranger] })).toMatch(
      /its history could not be read .*"moonwalk"/,
    )
    expect(bad('plan', { ...DEFAULT_PLAN, sessions: 9 })).toMatch(/its week plan could not be read/)
  })

  it('is refused when a field is missing or one is added', () => {
    const without = doc()
    delete without['devices']
    expect(refusal(JSON.stringify(without))).toMatch(/damaged \(at devices\)/)
    expect(refusal(JSON.stringify({ ...doc(), tokens: ['x'] }))).toMatch(/damaged/)
    const d = doc()
    d['devices'] = [{ name: 'TV', role: 'display', pairedAtMs: 1, tokenHash: 'f'.repeat(64) }]
    expect(refusal(JSON.stringify(d))).toMatch(/damaged \(at devices\.0\)/)
  })

  it('is refused when it is larger than a backup can be', () => {
    const huge = `${backupText(everything, NOW)}${' '.repeat(MAX_BACKUP_CHARS)}`
    expect(refusal(huge)).toMatch(/larger than a backup can be \(20\.0 MB; at most 20\.0 MB\)/)
  })
})

describe('backup:restore', () => {
  it('takes a backup’s text and refuses one past its bound', () => {
    const text = backupText(everything, NOW)
    expect(invokeSchemas['backup:restore'].safeParse([{ text }]).success).toBe(true)
    const r = parseInvokeArgs('backup:restore', [{ text: 'x'.repeat(MAX_BACKUP_CHARS + 1) }])
    expect(r.ok || r.error).toMatch(/Refused backup:restore at text:/)
    expect(parseInvokeArgs('backup:restore', [{ text, more: 1 }]).ok).toBe(false)
  })
})

/**
 * The stores on a real, nearly full disk: a small tmpfs mounted for the test (root only,
 * Linux). A save that does not fit is refused with the disk-full message, and the file saved
 * before stays exactly as it was; no temporary file is left behind.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PRESETS } from '@shared/circuits/presets'
import type { SavedCircuit } from '@shared/data/saved-circuits'

vi.mock('electron', () => {
  const e = { app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' } }
  return { default: e, ...e }
})

const { openStores } = await import('../../../src/main/data')
const { replaceFileSync } = await import('../../../src/main/atomic-file')

const dir = mkdtempSync(join(tmpdir(), 'runstrong-full-disk-'))
/** Why the tmpfs could not be mounted here; empty when it was. */
let cannot = ''
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' })
} catch (err) {
  cannot = `mounting a 256 KB tmpfs needs root on Linux (${String(err).split('\n')[0]})`
}
if (cannot) console.log(`The full-disk test is skipped: ${cannot}.`)

afterAll(() => {
  if (!cannot) execFileSync('umount', [dir])
  rmSync(dir, { recursive: true, force: true })
})

/** Fills the disk until `leaveBytes` or fewer are free. */
function fillLeaving(leaveBytes: number): void {
  const free = () => {
    const s = statfsSync(dir)
    return s.bavail * s.bsize
  }
  let n = 0
  while (free() > leaveBytes) {
    const chunk = Math.max(512, Math.min(64 * 1024, free() - leaveBytes))
    try {
      writeFileSync(join(dir, `filler-${n++}`), Buffer.alloc(chunk, 1))
    } catch {
      break
    }
  }
}

const circuits = (count: number): SavedCircuit[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    circuit: { ...PRESETS[0]!.circuit, name: `Circuit ${i}` },
    createdAtMs: 1_700_000_000_000 + i,
    updatedAtMs: 1_700_000_000_000 + i,
  }))

describe.skipIf(cannot !== '')('a nearly full disk', () => {
  beforeAll(() => {
    const stores = openStores(dir)
    stores.circuits.save(circuits(2))
    fillLeaving(12 * 1024)
  })

  it('refuses a save that does not fit, says the disk is full, and keeps what was saved', () => {
    const stores = openStores(dir)
    const before = readFileSync(join(dir, 'circuits.json'), 'utf8')
    expect(() => stores.circuits.save(circuits(60))).toThrow(/the disk is full/)
    expect(readFileSync(join(dir, 'circuits.json'), 'utf8')).toBe(before)
    // The next start reads what was saved before, whole.
    const again = openStores(dir).circuits.load()
    expect(again.notice).toBeUndefined()
    expect(again.value.map((c) => c.id)).toEqual(['c0', 'c1'])
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a paired devices file that does not fit, keeping the old one', () => {
    const file = join(dir, 'remote.json')
    replaceFileSync(file, '{"small":true}')
    // A few KB free: the disk takes part of the write without an error.
    fillLeaving(8 * 1024)
    expect(() => replaceFileSync(file, 'x'.repeat(19_103))).toThrow(/ENOSPC|only \d+ of 19103/)
    expect(readFileSync(file, 'utf8')).toBe('{"small":true}')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('still saves what fits', () => {
    const stores = openStores(dir)
    stores.settings.save({ ...stores.settings.current(), volume: 0.5 })
    expect(openStores(dir).settings.load().value.volume).toBe(0.5)
  })
})

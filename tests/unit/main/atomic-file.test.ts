import * as fs from 'node:fs'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { removeStaleTemps, replaceFile, replaceFileSync } from '../../../src/main/atomic-file'

// The real file system, with renames a test can make fail, as Windows does while another
// program holds the file open.
vi.mock('node:fs/promises', async (real) => {
  const m = await real<typeof import('node:fs/promises')>()
  return { ...m, rename: vi.fn(m.rename) }
})
vi.mock('node:fs', async (real) => {
  const m = await real<typeof import('node:fs')>()
  return { ...m, renameSync: vi.fn(m.renameSync) }
})

const busy = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' })

const folder = () => mkdtempSync(join(tmpdir(), 'runstrong-atomic-'))

describe.each([
  ['replaceFile', (p: string, t: string, mode?: number) => replaceFile(p, t, { mode })],
  [
    'replaceFileSync',
    // eslint-disable-next-line @typescript-eslint/require-await -- a throw becomes a rejection
    async (p: string, t: string, mode?: number) => replaceFileSync(p, t, { mode }),
  ],
] as const)('%s', (_, replace) => {
  it('puts the new text in place of the old and leaves nothing beside it', async () => {
    const dir = folder()
    const file = join(dir, 'circuit.json')
    writeFileSync(file, 'old')
    await replace(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['circuit.json'])
  })

  it('makes a file readable by its owner only when asked', async () => {
    const file = join(folder(), 'remote.json')
    await replace(file, '{}', 0o600)
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('throws when the file cannot be replaced, leaves what was there, and removes its temporary file', async () => {
    const dir = folder()
    const taken = join(dir, 'export.json')
    mkdirSync(taken) // a folder of that name: renaming a file over it fails
    writeFileSync(join(taken, 'inside.txt'), 'kept')
    await expect(replace(taken, 'new')).rejects.toThrow()
    expect(readFileSync(join(taken, 'inside.txt'), 'utf8')).toBe('kept')
    expect(readdirSync(dir)).toEqual(['export.json'])
  })
})

describe('a file another program holds open for a moment', () => {
  it('is replaced once it is let go, by either way', async () => {
    const dir = folder()
    const file = join(dir, 'settings.json')
    writeFileSync(file, 'old')
    vi.mocked(fsp.rename).mockRejectedValueOnce(busy()).mockRejectedValueOnce(busy())
    await replaceFile(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw busy()
    })
    replaceFileSync(file, 'newer')
    expect(readFileSync(file, 'utf8')).toBe('newer')
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('is left as it was, and said, when it stays held', async () => {
    const dir = folder()
    const file = join(dir, 'settings.json')
    writeFileSync(file, 'old')
    // Busy at the first try and at every try after it.
    for (let i = 0; i < 5; i++) vi.mocked(fsp.rename).mockRejectedValueOnce(busy())
    await expect(replaceFile(file, 'new')).rejects.toThrow('EBUSY')
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })
})

describe('temporary files writes left behind', () => {
  it('are removed at start, never one a write still holds, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-stale-'))
    const left = [
      'circuits.json.0a1b2c3d4e5f.tmp',
      'history.json.abcdefabcdef.tmp',
      'settings.json.tmp-3f2a9c',
      'history.journal.jsonl.00aa11bb22cc.tmp',
    ]
    const kept = ['circuits.json', 'notes.tmp', 'circuits.corrupt-2026.json', 'my.json.backup']
    for (const f of [...left, ...kept]) writeFileSync(join(dir, f), 'x')
    // A write under way while the sweep runs keeps its temporary file and lands whole.
    const writing = replaceFile(join(dir, 'plan.json'), 'y'.repeat(5_000_000))
    await new Promise((r) => setImmediate(r))
    expect(removeStaleTemps(dir).sort()).toEqual([...left].sort())
    await writing
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toHaveLength(5_000_000)
    expect(readdirSync(dir).sort()).toEqual([...kept, 'plan.json'].sort())
    rmSync(dir, { recursive: true, force: true })
  })
})

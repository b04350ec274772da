import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { replaceFile, replaceFileSync } from '../../../src/main/atomic-file'

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

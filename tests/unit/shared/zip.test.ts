import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 as nodeCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32, zipFiles } from '@shared/data/zip'

/** The files of a stored zip, read from its central directory, each checked against its CRC. */
function unzip(zip: Uint8Array): { name: string; data: Uint8Array; crcOk: boolean }[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = zip.length - 22
  expect(v.getUint32(end, true)).toBe(0x06054b50)
  const count = v.getUint16(end + 10, true)
  let at = v.getUint32(end + 16, true)
  const out = []
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(at, true)).toBe(0x02014b50)
    const crc = v.getUint32(at + 16, true)
    const size = v.getUint32(at + 20, true)
    const nameLength = v.getUint16(at + 28, true)
    const local = v.getUint32(at + 42, true)
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))
    expect(v.getUint32(local, true)).toBe(0x04034b50)
    const start = local + 30 + v.getUint16(local + 26, true)
    const data = zip.subarray(start, start + size)
    out.push({ name, data, crcOk: nodeCrc32(data) === crc })
    at += 46 + nameLength
  }
  return out
}

const files = [
  { name: 'runstrong-2026-03-02-0700-legs.fit', data: new Uint8Array([1, 2, 3]), modifiedMs: 0 },
  {
    name: 'séance-été.fit',
    data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff),
    modifiedMs: Date.UTC(2026, 2, 2, 7, 30),
  },
  { name: 'empty.fit', data: new Uint8Array(0), modifiedMs: Date.UTC(2030, 0, 1) },
]

describe('a zip of FIT files', () => {
  it('computes the zip CRC-32, as Node does', () => {
    for (const f of files) expect(crc32(f.data)).toBe(nodeCrc32(f.data))
    expect(crc32(new TextEncoder().encode('hello'))).toBe(0x3610a686)
  })

  it('holds every file whole, under its UTF-8 name, its CRC correct', () => {
    const read = unzip(zipFiles(files))
    expect(read.map((f) => f.name)).toEqual(files.map((f) => f.name))
    for (const [i, f] of read.entries()) {
      expect(f.crcOk, f.name).toBe(true)
      expect([...f.data]).toEqual([...files[i]!.data])
    }
  })

  it('is read whole by the unzip tool, where the machine has one', () => {
    let tool = true
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' })
    } catch {
      tool = false
    }
    if (!tool) return console.log('zip: no unzip tool here; the reader above checked the archive')
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-zip-'))
    try {
      const path = join(dir, 'sessions.zip')
      writeFileSync(path, zipFiles(files))
      // -t tests every file against its CRC; the exit code is non-zero on any fault.
      const said = execFileSync('unzip', ['-t', path], { encoding: 'utf8' })
      expect(said).toContain('No errors detected')
      // Every file's bytes, in order (by position: the tool matches names in the locale's charset).
      const all = files.flatMap((f) => [...f.data])
      expect([...execFileSync('unzip', ['-p', path], { maxBuffer: 1 << 20 })]).toEqual(all)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

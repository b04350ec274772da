/**
 * Several files as one zip archive, stored as they are (no compression: FIT files are small
 * and already dense), so many sessions save with one dialog or one download. The format is
 * PKWARE's APPNOTE: a local header before each file, then the central directory and its end
 * record. Names are UTF-8 (flag bit 11).
 */

/** One file of the archive. */
export interface ZipFile {
  name: string
  data: Uint8Array
  /** Its time, ms since the epoch: written as the local date and time, as zip tools read it. */
  modifiedMs: number
}

/** The most files a zip holds without its 64-bit extension, which this writer leaves out. */
export const MAX_ZIP_FILES = 0xffff

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 (the zip and PNG polynomial) of `data`. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** MS-DOS time and date, as a zip records them: local time, to two seconds, from 1980. */
function dosTime(ms: number): { time: number; date: number } {
  const d = new Date(Math.max(ms, new Date(1980, 0, 1).getTime()))
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  }
}

/** The archive's bytes. Throws past `MAX_ZIP_FILES` files or 4 GB, which it cannot write. */
export function zipFiles(files: readonly ZipFile[]): Uint8Array {
  if (files.length > MAX_ZIP_FILES) throw new Error(`A zip holds at most ${MAX_ZIP_FILES} files`)
  const utf8 = new TextEncoder()
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const file of files) {
    const name = utf8.encode(file.name)
    const { time, date } = dosTime(file.modifiedMs)
    const crc = crc32(file.data)
    const size = file.data.length
    // The fields a local header and its central directory entry share, from "version needed".
    const common = (v: DataView, at: number) => {
      v.setUint16(at, 20, true) // version needed: 2.0
      v.setUint16(at + 2, 0x0800, true) // the name is UTF-8
      v.setUint16(at + 4, 0, true) // stored
      v.setUint16(at + 6, time, true)
      v.setUint16(at + 8, date, true)
      v.setUint32(at + 10, crc, true)
      v.setUint32(at + 14, size, true)
      v.setUint32(at + 18, size, true)
      v.setUint16(at + 22, name.length, true)
    }
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    common(lv, 4)
    local.set(name, 30)
    const entry = new Uint8Array(46 + name.length)
    const cv = new DataView(entry.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true) // made by: 2.0
    common(cv, 6)
    cv.setUint32(42, offset, true)
    entry.set(name, 46)
    parts.push(local, file.data)
    central.push(entry)
    offset += local.length + size
    if (offset > 0xffffffff) throw new Error('A zip of more than 4 GB needs its 64-bit extension')
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, files.length, true)
  ev.setUint16(10, files.length, true)
  ev.setUint32(12, directorySize, true)
  ev.setUint32(16, offset, true)
  const out = new Uint8Array(offset + directorySize + end.length)
  let at = 0
  for (const part of [...parts, ...central, end]) {
    out.set(part, at)
    at += part.length
  }
  return out
}

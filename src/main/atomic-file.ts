import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { codeOf } from './file-errors'

/**
 * Where a file's new text is written first: beside it (so the rename stays on one disk), under
 * a name of its own, so two writes at once, or a temporary file a crash left, never mix.
 */
const tempFor = (path: string): string => `${path}.${randomBytes(6).toString('hex')}.tmp`

/** Temporary files a write in this process holds now: never removed as stale. */
const writing = new Set<string>()

/**
 * Temporary files a write left behind (a crash, a kill, a power cut mid-write): ours
 * (`<file>.<12 hex>.tmp`) and those of the writer the stores used before (`<file>.tmp-<id>`).
 */
const STALE = /^[\w.-]+\.(json|jsonl)\.(?:[0-9a-f]{12}\.tmp|tmp-[\w-]+)$/

/**
 * Removes the temporary files writes left in `dir`, at start: never one a write in this
 * process still holds (and only one Runstrong runs at a time). Returns what it removed; a
 * file that will not go is left for the next start.
 */
export function removeStaleTemps(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.filter((name) => {
    const path = join(dir, name)
    if (!STALE.test(name) || writing.has(path)) return false
    try {
      rmSync(path, { force: true })
      return true
    } catch {
      return false
    }
  })
}

/**
 * A rename refused for a moment: on Windows, while another program (an antivirus, the search
 * indexer, a sync client) holds the file open. Tried again a few times before giving up.
 */
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY'])
const RENAME_WAITS_MS = [20, 60, 150, 400]

const isBusy = (err: unknown): boolean => BUSY.has(codeOf(err) ?? '')

/** A write that stopped short without an error: as good as a full disk. */
function shortWrite(asked: number, written: number): Error {
  return Object.assign(new Error(`only ${written} of ${asked} bytes could be written`), {
    code: 'ENOSPC',
  })
}

/**
 * Writes every byte of `bytes` to `fd`, however many calls it takes: a disk with a few KB free
 * may take part of a write without an error. A call that takes nothing is a full disk.
 */
function writeAllSync(fd: number, bytes: Buffer): void {
  let done = 0
  while (done < bytes.length) {
    const n = writeSync(fd, bytes, done, bytes.length - done)
    if (n <= 0) throw shortWrite(bytes.length, done)
    done += n
  }
}

/** {@link writeAllSync}, for a file handle. */
async function writeAll(file: FileHandle, bytes: Buffer): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done)
    if (bytesWritten <= 0) throw shortWrite(bytes.length, done)
    done += bytesWritten
  }
}

/** The file's size on the disk must be every byte asked for: else it is not renamed into place. */
function checkSize(asked: number, size: number): void {
  if (size !== asked) throw shortWrite(asked, size)
}

/**
 * Flushes the folder, so the rename itself survives a power cut (POSIX); Windows has no such
 * call for folders, and a failure here changes nothing already written.
 */
function syncFolderSync(path: string): void {
  if (process.platform === 'win32') return
  try {
    const fd = openSync(dirname(path), 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Best effort: the file itself is whole either way.
  }
}

/**
 * `mode`: who may read and write a file made here, as `0o600` for this user only. Windows
 * keeps only whether it may be written.
 */
export interface FileMode {
  mode?: number
}

/**
 * Replaces a file's text or bytes atomically: every byte goes to a temporary file beside it, is
 * flushed to the disk and its size checked, and the temporary file is renamed over the old
 * one. A crash or a full disk leaves the old text or the new, never half of either; a failed
 * or short write removes its temporary file and throws (a short one as ENOSPC).
 */
export async function replaceFile(
  path: string,
  data: string | Uint8Array,
  opts: FileMode = {},
): Promise<void> {
  const temp = tempFor(path)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
  writing.add(temp)
  try {
    const file = await open(temp, 'wx', opts.mode)
    try {
      await writeAll(file, bytes)
      await file.sync()
      checkSize(bytes.length, (await file.stat()).size)
    } finally {
      await file.close()
    }
    for (const waitMs of [...RENAME_WAITS_MS, null]) {
      try {
        await rename(temp, path)
        break
      } catch (err) {
        if (waitMs === null || !isBusy(err)) throw err
        await sleep(waitMs)
      }
    }
    syncFolderSync(path)
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw err
  } finally {
    writing.delete(temp)
  }
}

/**
 * {@link replaceFile}, synchronously: for a small file written where no caller waits. A busy
 * rename is tried again at once, a few times, as nothing here may wait.
 */
export function replaceFileSync(path: string, text: string, opts: FileMode = {}): void {
  const temp = tempFor(path)
  const bytes = Buffer.from(text, 'utf8')
  writing.add(temp)
  try {
    const fd = openSync(temp, 'wx', opts.mode)
    try {
      writeAllSync(fd, bytes)
      fsyncSync(fd)
      checkSize(bytes.length, fstatSync(fd).size)
    } finally {
      closeSync(fd)
    }
    for (let tries = RENAME_WAITS_MS.length; ; tries--) {
      try {
        renameSync(temp, path)
        break
      } catch (err) {
        if (tries === 0 || !isBusy(err)) throw err
      }
    }
    syncFolderSync(path)
  } catch (err) {
    try {
      rmSync(temp, { force: true })
    } catch {
      // The first failure is the one to report.
    }
    throw err
  } finally {
    writing.delete(temp)
  }
}

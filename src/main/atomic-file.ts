import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { codeOf } from './file-errors'

/**
 * Where a file's new text is written first: beside it (so the rename stays on one disk), under
 * a name of its own, so two writes at once, or a temporary file a crash left, never mix.
 */
const tempFor = (path: string): string => `${path}.${randomBytes(6).toString('hex')}.tmp`

/**
 * A rename refused for a moment: on Windows, while another program (an antivirus, the search
 * indexer, a sync client) holds the file open. Tried again a few times before giving up.
 */
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY'])
const RENAME_WAITS_MS = [20, 60, 150, 400]

const isBusy = (err: unknown): boolean => BUSY.has(codeOf(err) ?? '')

/**
 * `mode`: who may read and write a file made here, as `0o600` for this user only. Windows
 * keeps only whether it may be written.
 */
export interface FileMode {
  mode?: number
}

/**
 * Replaces a file's text atomically: the text goes to a temporary file beside it, is
 * flushed to the disk, and the temporary file is renamed over the old one. A crash or a full
 * disk leaves the old text or the new, never half of either; a failed write removes its
 * temporary file and throws.
 */
export async function replaceFile(path: string, text: string, opts: FileMode = {}): Promise<void> {
  const temp = tempFor(path)
  try {
    const file = await open(temp, 'wx', opts.mode)
    try {
      await file.writeFile(text, 'utf8')
      await file.sync()
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
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw err
  }
}

/**
 * {@link replaceFile}, synchronously: for a small file written where no caller waits. A busy
 * rename is tried again at once, a few times, as nothing here may wait.
 */
export function replaceFileSync(path: string, text: string, opts: FileMode = {}): void {
  const temp = tempFor(path)
  try {
    const fd = openSync(temp, 'wx', opts.mode)
    try {
      writeSync(fd, text, null, 'utf8')
      fsyncSync(fd)
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
  } catch (err) {
    try {
      rmSync(temp, { force: true })
    } catch {
      // The first failure is the one to report.
    }
    throw err
  }
}

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'

/** Where a file's new text is written first: beside it, so the rename stays on one disk. */
const tempFor = (path: string): string => `${path}.${process.pid}.tmp`

/** Who may read and write a file made here: `0o600` for this user only. */
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
    const file = await open(temp, 'w', opts.mode)
    try {
      await file.writeFile(text, 'utf8')
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw err
  }
}

/** {@link replaceFile}, synchronously: for a small file written where no caller waits. */
export function replaceFileSync(path: string, text: string, opts: FileMode = {}): void {
  const temp = tempFor(path)
  try {
    const fd = openSync(temp, 'w', opts.mode)
    try {
      writeSync(fd, text, null, 'utf8')
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (err) {
    rmSync(temp, { force: true })
    throw err
  }
}

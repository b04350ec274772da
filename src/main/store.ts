import { copyFileSync, readFileSync, renameSync } from 'node:fs'
import { open, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import type { LoadedValue } from '@shared/ipc-contract'
import type { StoreSpec } from '@shared/data/store-files'
import { STORE_FILES } from '@shared/data/store-documents'
import { corruptName, readStore, type StoredText } from '@shared/data/store-repair'
import { replaceFile, replaceFileSync } from './atomic-file'
import { codeOf } from './file-errors'

/** What a failed file operation means, in plain words. */
export function describeFileError(err: unknown): string {
  switch (codeOf(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EACCES':
    case 'EPERM':
      return 'Runstrong is not allowed to use its data folder'
    case 'EROFS':
      return 'the data folder is read-only'
    case 'EIO':
      return 'the disk reported an error'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files were open'
    case 'EBUSY':
      return 'another program held the file'
    default:
      return err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200)
  }
}

/** Reads that fail for these reasons may work a moment later: they are tried again. */
const PASSING = new Set(['EMFILE', 'ENFILE', 'EIO', 'EBUSY', 'EAGAIN', 'EINTR'])
const READ_TRIES = 3
const RETRY_WAIT_MS = 25

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** The file operations a store makes; tests hand in ones that fail as disks do. */
export interface FileOps {
  read: (path: string) => string
  copy: (from: string, to: string) => void
  rename: (from: string, to: string) => void
  /**
   * Replaces a file's text atomically and synchronously: every byte written, flushed, its
   * size checked, then renamed over the old file (`replaceFileSync`); a short write throws.
   */
  write: (path: string, text: string) => void
  /** Appends text to a file (made when missing) and flushes it to the disk. */
  append: (path: string, text: string) => Promise<void>
  /** Cuts a file back to its first `bytes` bytes. */
  truncate: (path: string, bytes: number) => Promise<void>
  /** Replaces a file's text atomically: a temporary file, flushed, renamed over it. */
  replace: (path: string, text: string) => Promise<void>
}

export const REAL_FILE_OPS: FileOps = {
  read: (path) => readFileSync(path, 'utf8'),
  copy: (from, to) => copyFileSync(from, to),
  rename: (from, to) => renameSync(from, to),
  write: (path, text) => replaceFileSync(path, text),
  append: async (path, text) => {
    const file = await open(path, 'a')
    try {
      await file.appendFile(text, 'utf8')
      await file.datasync()
    } finally {
      await file.close()
    }
  },
  truncate: (path, bytes) => truncate(path, bytes),
  replace: (path, text) => replaceFile(path, text),
}

/** The file's text; null when there is no file. Throws when it exists but cannot be read. */
export function readText(ops: FileOps, path: string): string | null {
  for (let attempt = 1; ; attempt++) {
    try {
      return ops.read(path)
    } catch (err) {
      if (codeOf(err) === 'ENOENT') return null
      if (attempt >= READ_TRIES || !PASSING.has(codeOf(err) ?? '')) throw err
      pause(RETRY_WAIT_MS * attempt)
    }
  }
}

/** A save refused or failed: the message says what, why, and that nothing saved changed. */
export class SaveError extends Error {
  override readonly name = 'SaveError'
}

/**
 * One store, one file (`<dir>/<name>.json`), written by the one writer every store uses
 * (`replaceFileSync`: every byte, flushed, size checked, renamed, or refused with the old
 * file as it was). electron-store is not used: its writer sends the whole file in one write
 * call and never checks how much of it went, which a nearly full disk cuts short without an
 * error. Our own reader checks the file: a file that cannot be read is moved
 * aside and the store starts from its defaults, so damage never spreads to other stores
 * and nothing is silently cleared. A file that exists but cannot be read (a disk error, too
 * many open files, no permission) is not taken for an empty one: after a few tries, the
 * store refuses to write until a read succeeds, so nothing saved is written over.
 */
export class FileStore<T> {
  /** What went wrong at the last read, kept until someone who can show it reads again. */
  private pendingNotice: string | undefined
  /** Why writing is refused now (the file could not be read or set aside); else undefined. */
  private refusal: string | undefined
  private readOnce = false
  readonly path: string

  constructor(
    private readonly spec: StoreSpec<T, string>,
    private readonly dir: string,
    private readonly now: () => number = Date.now,
    private readonly ops: FileOps = REAL_FILE_OPS,
  ) {
    this.path = join(dir, `${spec.name}.json`)
  }

  /**
   * Reads the file for the screen: upgrades an older version, moves a damaged one aside,
   * and brings every message about damage not yet shown (also from reads by `current`).
   */
  load(): LoadedValue<T> {
    const { value } = this.read(true)
    const notice = this.pendingNotice
    this.pendingNotice = undefined
    return notice ? { value, notice } : { value }
  }

  /** Reads the file for main's own use; a message about damage waits for the next `load`. */
  current(): T {
    return this.read().value
  }

  /**
   * Writes the whole store atomically (a temporary file renamed over the old one). Throws a
   * `SaveError` that says why when the store may not write (its file could not be read) or
   * the write fails (a full disk, no permission); the file on disk is then unchanged.
   */
  save(value: T): void {
    this.assertWritable()
    const label = this.spec.label
    try {
      this.ops.write(this.path, STORE_FILES.encode(this.spec, value))
    } catch (err) {
      throw new SaveError(
        `Could not save your ${label}: ${describeFileError(err)} (${this.dir}). What was saved before is unchanged.`,
      )
    }
  }

  /** Throws the `SaveError` a save would throw now because the file could not be read. */
  assertWritable(): void {
    if (!this.readOnce) this.read()
    if (this.refusal)
      throw new SaveError(
        `Could not save your ${this.spec.label}: ${this.refusal}, so Runstrong will not write over it. What was saved before is unchanged.`,
      )
  }

  /**
   * `fresh`: the value goes to a screen, which from now on edits what the file holds, so a
   * refusal to write (after a failed read) may be lifted. Main's own reads never lift it: the
   * screen may still hold the empty stand-in it was given.
   */
  private read(fresh = false): LoadedValue<T> {
    this.readOnce = true
    const held = this.refusal
    const loaded = this.readFile()
    if (!fresh && held && !this.refusal) this.refusal = held
    if (loaded.notice)
      this.pendingNotice = this.pendingNotice
        ? `${this.pendingNotice} ${loaded.notice}`
        : loaded.notice
    return loaded
  }

  /** Reads the file and carries out what the repair algorithm says to do about it. */
  private readFile(): LoadedValue<T> {
    let raw: StoredText
    try {
      raw = readText(this.ops, this.path)
    } catch (err) {
      raw = { unreadable: describeFileError(err) }
    }
    const reading = readStore(STORE_FILES, this.spec, raw, {
      at: this.path,
      aside: () => join(this.dir, corruptName(this.spec.name, this.now())),
    })
    const { value, notice, action } = reading
    this.refusal = action.kind === 'refuse' ? action.refusal : undefined
    if (action.kind === 'write-back') this.writeQuietly(action.text)
    if (action.kind !== 'set-aside') return notice ? { value, notice } : { value }
    try {
      // Keep a copy of the whole file before anything replaces it.
      if (action.repaired) this.ops.copy(this.path, action.aside)
      else this.ops.rename(this.path, action.aside)
    } catch (err) {
      // Without its copy, the damaged file stays exactly as it is: nothing writes over it.
      const failed = action.failed(describeFileError(err))
      this.refusal = failed.refusal
      return { value, notice: failed.notice }
    }
    const written = !action.repaired || this.writeQuietly(action.repaired.text)
    return { value, notice: written ? notice : action.unwrittenNotice }
  }

  /** A write the store makes on its own (an upgrade, a repair); a failure waits for later. */
  private writeQuietly(text: string | undefined): boolean {
    try {
      if (text === undefined) return false
      this.ops.write(this.path, text)
      return true
    } catch {
      return false
    }
  }
}

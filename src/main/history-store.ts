import { truncateSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadedValue } from '@shared/ipc-contract'
import { HISTORY_STORE } from '@shared/data/store-files'
import { STORE_FILES } from '@shared/data/store-documents'
import { corruptName } from '@shared/data/store-repair'
import { journalLine, readJournal, withEntries } from '@shared/training/history-journal'
import { plural, type HistoryEntry } from '@shared/training/history'
import { JournalLedger } from './journal-ledger'
import {
  describeFileError,
  FileStore,
  readText,
  REAL_FILE_OPS,
  SaveError,
  type FileOps,
} from './store'

/**
 * Once the journal holds this many records, it is folded into the snapshot (at a load, or
 * after an add): reading a journal this long adds about a millisecond to a load.
 */
export const COMPACT_AFTER_LINES = 100

/**
 * The history on disk: a snapshot (`history.json`, the same file and checks as every other
 * store: moved aside when damaged, never written over when it could not be read) and a
 * journal beside it (`history.journal.jsonl`) that each recorded session is appended to, one
 * flushed line, without blocking the main process. Recording costs the same with ten years
 * of history as with none. The journal is folded into the snapshot, atomically and in the
 * background, once it grows long or after damage in it was set aside; a crash between the
 * two steps leaves records that apply twice to the same result.
 */
export class HistoryStore {
  readonly path: string
  readonly journalPath: string
  private readonly snapshot: FileStore<HistoryEntry[]>
  private readonly ledger: JournalLedger
  /** The whole history as last read, with every record appended since. */
  private list: HistoryEntry[] = []
  private readOnce = false
  /** Why the journal may not be written (it could not be read or set aside). */
  private refusal: string | undefined
  private pendingNotice: string | undefined
  private journal = { bytes: 0 as number | undefined, lines: 0, endsMidLine: false }
  /** Every write, one after another: appends and folds never interleave. */
  private queue: Promise<void> = Promise.resolve()
  private appending = 0
  private foldQueued = false
  /** Damage in the journal was copied aside: the next fold writes out what could be read. */
  private foldWanted = false

  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
    private readonly ops: FileOps = REAL_FILE_OPS,
  ) {
    this.snapshot = new FileStore(HISTORY_STORE, dir, now, ops)
    this.path = this.snapshot.path
    this.journalPath = join(dir, 'history.journal.jsonl')
    this.ledger = new JournalLedger(dir, ops)
  }

  /** Reads the history for the screen, with every message about damage not yet shown. */
  load(): LoadedValue<HistoryEntry[]> {
    const snapshot = this.snapshot.load()
    const value = this.read(snapshot.value, true)
    const notice = [snapshot.notice, this.pendingNotice].filter(Boolean).join(' ')
    this.pendingNotice = undefined
    return notice ? { value, notice } : { value }
  }

  /** Reads the history for main's own use; a message about damage waits for `load`. */
  current(): HistoryEntry[] {
    return this.read(this.snapshot.current(), false)
  }

  /**
   * Records one session (an earlier record with its id is replaced). Resolves once its line
   * is on the disk; rejects with a `SaveError` that says why when the store may not write
   * or the disk refuses, and then nothing saved has changed.
   */
  add(entry: HistoryEntry): Promise<void> {
    return this.enqueue(async () => {
      if (!this.readOnce) this.current()
      this.assertWritable()
      const line = `${this.journal.endsMidLine ? '\n' : ''}${journalLine(entry)}`
      const before = this.journal.bytes
      this.appending++
      try {
        await this.ops.append(this.journalPath, line)
      } catch (err) {
        await this.cutBack(before)
        throw this.failure(err)
      } finally {
        this.appending--
      }
      this.journal = {
        bytes: before === undefined ? undefined : before + Buffer.byteLength(line),
        lines: this.journal.lines + 1,
        endsMidLine: false,
      }
      this.ledger.record(this.journal.lines)
      this.list = withEntries(this.list, [entry])
      if (this.journal.lines >= COMPACT_AFTER_LINES) this.foldLater()
    })
  }

  /**
   * Writes the whole history at once (tools and tests; the app only adds): the snapshot,
   * then an emptied journal. Not while an `add` is under way.
   */
  save(list: HistoryEntry[]): void {
    if (!this.readOnce) this.current()
    this.assertWritable()
    this.snapshot.save(list)
    this.list = [...list]
    if (this.journal.lines === 0 && !this.journal.endsMidLine) return
    // The count first: a crash before the journal is emptied leaves more lines than counted.
    this.ledger.record(0)
    try {
      truncateSync(this.journalPath, 0)
      this.journal = { bytes: 0, lines: 0, endsMidLine: false }
    } catch (err) {
      throw this.failure(err)
    }
  }

  /** Resolves when every write asked for so far has finished (or failed). */
  flush(): Promise<void> {
    return this.queue
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Throws the `SaveError` a save would throw now (a file that could not be read). */
  assertWritable(): void {
    this.snapshot.assertWritable()
    if (this.refusal)
      throw new SaveError(
        `Could not save your history: ${this.refusal}, so Runstrong will not write over it. What was saved before is unchanged.`,
      )
  }

  private failure(err: unknown): SaveError {
    return new SaveError(
      `Could not save your history: ${describeFileError(err)} (${this.dir}). What was saved before is unchanged.`,
    )
  }

  /** After a failed append: the journal back to its length, so no half line is left. */
  private async cutBack(bytes: number | undefined): Promise<void> {
    try {
      if (bytes === undefined) throw new Error('length unknown')
      await this.ops.truncate(this.journalPath, bytes)
    } catch {
      // A half line may be left: the next record starts on a line of its own.
      this.journal = { ...this.journal, bytes: undefined, endsMidLine: true }
    }
  }

  /**
   * The snapshot's sessions with the journal applied. `fresh` (a read for the screen) may
   * lift a refusal to write; main's own reads never do, as with every store.
   */
  private read(snapshot: HistoryEntry[], fresh: boolean): HistoryEntry[] {
    this.readOnce = true
    const held = this.refusal
    const entries = this.readJournalFile()
    if (!fresh && held && !this.refusal) this.refusal = held
    this.list = withEntries(snapshot, entries)
    if (this.foldWanted || this.journal.lines >= COMPACT_AFTER_LINES) this.foldLater()
    return this.list
  }

  private readJournalFile(): HistoryEntry[] {
    let text: string | null
    try {
      text = readText(this.ops, this.journalPath)
    } catch (err) {
      const why = describeFileError(err)
      this.refusal = `its file could not be read (${why})`
      this.say(
        `Your latest history could not be read (${why}). Runstrong shows what it could read and will not save history until it can read it all, so nothing is written over. Restart Runstrong to try again.`,
      )
      return []
    }
    this.refusal = undefined
    const read = text === null ? undefined : readJournal(text, this.appending > 0)
    this.journal = {
      bytes: text === null ? 0 : Buffer.byteLength(text),
      lines: read?.lines ?? 0,
      endsMidLine: read?.endsMidLine ?? false,
    }
    this.checkCount(text !== null)
    if (read && (read.torn || read.reason)) this.setAside(read.torn, read.reason)
    return read?.entries ?? []
  }

  /**
   * A journal with fewer sessions than were counted into it was emptied or cut short behind
   * the app's back: said, with a copy of it as found, and counted afresh so it is said once.
   */
  private checkCount(exists: boolean): void {
    const expected = this.ledger.expected()
    if (expected === undefined || this.journal.lines >= expected) return
    const missing = expected - this.journal.lines
    const lost = `${plural(missing, 'session recorded since the history was last tidied is', 'sessions recorded since the history was last tidied are')} missing`
    const aside = join(
      this.dir,
      corruptName('history.journal', this.now()).replace(/\.json$/, '.jsonl'),
    )
    let copy = ''
    if (exists)
      try {
        this.ops.copy(this.journalPath, aside)
        copy = ` A copy of the file as it was found is at ${aside}.`
      } catch (err) {
        copy = ` A copy of it could not be made (${describeFileError(err)}).`
      }
    this.say(
      `${lost}: ${this.journalPath} was ${exists ? 'emptied or cut short' : 'removed'} outside Runstrong.${copy} History shows every other session; if you have a backup of that file, put it back while Runstrong is closed.`,
    )
    this.ledger.record(this.journal.lines)
  }

  /** Keeps a copy of a damaged journal; the next fold then writes out what could be read. */
  private setAside(torn: boolean, reason: string | undefined): void {
    const what = [
      torn ? 'a session being recorded when Runstrong stopped was cut short' : '',
      reason ?? '',
    ]
      .filter(Boolean)
      .join('; ')
    const aside = join(
      this.dir,
      corruptName('history.journal', this.now()).replace(/\.json$/, '.jsonl'),
    )
    try {
      this.ops.copy(this.journalPath, aside)
    } catch (err) {
      this.refusal = `its journal is damaged and could not be copied aside (${describeFileError(err)})`
      this.say(
        `Some saved history could not be read (${what}), and a copy could not be made (${describeFileError(err)}). Runstrong left the file as it is at ${this.journalPath} and will not save history until this is mended.`,
      )
      return
    }
    this.foldWanted = true
    this.say(
      `Some saved history could not be read (${what}). Runstrong kept every other session; a copy of the file is at ${aside}`,
    )
  }

  private say(notice: string): void {
    this.pendingNotice = this.pendingNotice ? `${this.pendingNotice} ${notice}` : notice
  }

  /** Folds the journal into the snapshot in the background; a failure keeps both as they are. */
  private foldLater(): void {
    if (this.foldQueued) return
    this.foldQueued = true
    void this.enqueue(async () => {
      this.foldQueued = false
      if (this.refusal) return
      this.foldWanted = false
      this.snapshot.assertWritable()
      await this.ops.replace(this.path, STORE_FILES.encode(HISTORY_STORE, this.list))
      // The count first: a crash before the journal is emptied leaves more lines than counted.
      this.ledger.record(0)
      await this.ops.truncate(this.journalPath, 0)
      this.journal = { bytes: 0, lines: 0, endsMidLine: false }
    }).catch(() => undefined)
  }
}

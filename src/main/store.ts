import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Store from 'electron-store'
import type { LoadedValue } from '@shared/ipc-contract'
import { readDocument, writeDocument, type StoreSpec } from '@shared/stores'

/** A file name for a copy of damaged data: `<name>.corrupt-<timestamp>.json`. */
export function corruptName(name: string, nowMs: number): string {
  return `${name}.corrupt-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}.json`
}

/**
 * One store, one file (`<dir>/<name>.json`), written atomically by electron-store. Our own
 * reader checks the file before electron-store sees it: a file that cannot be read is moved
 * aside and the store starts from its defaults, so damage never spreads to other stores
 * and nothing is silently cleared.
 */
export class FileStore<T> {
  private store: Store | null = null
  /** What went wrong at the last read, kept until someone who can show it reads again. */
  private pendingNotice: string | undefined
  readonly path: string

  constructor(
    private readonly spec: StoreSpec<T, string>,
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.path = join(dir, `${spec.name}.json`)
  }

  /** Whether the file exists (a store never written to has none). */
  exists(): boolean {
    return existsSync(this.path)
  }

  /**
   * Reads the file for the screen: upgrades an older version, moves a damaged one aside,
   * and brings every message about damage not yet shown (also from reads by `current`).
   */
  load(): LoadedValue<T> {
    const { value } = this.read()
    const notice = this.pendingNotice
    this.pendingNotice = undefined
    return notice ? { value, notice } : { value }
  }

  /** Reads the file for main's own use; a message about damage waits for the next `load`. */
  current(): T {
    return this.read().value
  }

  private read(): LoadedValue<T> {
    const loaded = this.readFile()
    if (loaded.notice)
      this.pendingNotice = this.pendingNotice
        ? `${this.pendingNotice} ${loaded.notice}`
        : loaded.notice
    return loaded
  }

  private readFile(): LoadedValue<T> {
    let raw: string
    try {
      raw = readFileSync(this.path, 'utf8')
    } catch {
      return { value: this.spec.fallback() }
    }
    let result: ReturnType<typeof readDocument<T>>
    try {
      result = readDocument(this.spec, JSON.parse(raw))
    } catch {
      result = {
        ok: false,
        reason: raw.trim() === '' ? 'the file is empty' : 'the file is not valid JSON',
      }
    }
    if (result.ok) {
      if (result.migrated) this.save(result.value)
      return { value: result.value }
    }
    const aside = join(this.dir, corruptName(this.spec.name, this.now()))
    const label = this.spec.label
    if (result.partial) {
      // Keep a copy of the whole file, then carry on with what could be read.
      copyFileSync(this.path, aside)
      this.save(result.partial)
      return {
        value: result.partial,
        notice: `Some saved ${label} could not be read (${result.reason}). Runstrong kept the rest; a copy of the file is at ${aside}`,
      }
    }
    renameSync(this.path, aside)
    this.store = null
    return {
      value: this.spec.fallback(),
      notice: `Your saved ${label} could not be read (${result.reason}). Runstrong started with defaults for them; the file was moved to ${aside}`,
    }
  }

  /** Writes the whole store atomically (a temporary file renamed over the old one). */
  save(value: T): void {
    this.open().store = writeDocument(this.spec, value)
  }

  private open(): Store {
    // Opened lazily, after `load` has checked the file: electron-store throws on bad JSON.
    this.store ??= new Store({
      name: this.spec.name,
      cwd: this.dir,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
    })
    return this.store
  }
}

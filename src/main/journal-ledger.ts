import { join } from 'node:path'
import { replaceFileSync } from './atomic-file'
import { readText, type FileOps } from './store'

/**
 * How many sessions the history's journal should hold, kept in a small file beside it
 * (`history.journal.count`): written after every append and every fold. An empty journal is
 * also its normal state after a fold, so only this count tells a journal emptied or cut short
 * behind the app's back from one that was folded: fewer lines than it says are a loss.
 */
export class JournalLedger {
  readonly path: string

  constructor(
    dir: string,
    private readonly ops: FileOps,
  ) {
    this.path = join(dir, 'history.journal.count')
  }

  /** The lines the journal should hold; undefined when nothing was counted yet. */
  expected(): number | undefined {
    try {
      const text = readText(this.ops, this.path)
      const n = text === null ? NaN : Number((JSON.parse(text) as { lines?: unknown }).lines)
      return Number.isInteger(n) && n >= 0 ? n : undefined
    } catch {
      // A count that cannot be read checks nothing; the next write mends it.
      return undefined
    }
  }

  /**
   * Records the lines the journal holds. A failed write leaves the count lower than the
   * journal (an append went through), which never claims a loss: nothing to report.
   */
  record(lines: number): void {
    try {
      replaceFileSync(this.path, JSON.stringify({ lines }))
    } catch {
      // See above.
    }
  }
}

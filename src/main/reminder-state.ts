import * as z from '@shared/zod'
import type { StoreSpec } from '@shared/data/store-files'
import { FileStore } from './store'

/** When the last reminder was shown, kept across restarts so none is shown twice. */
const REMINDER_STATE: StoreSpec<{ lastShownAt: number }, 'reminders'> = {
  name: 'reminders',
  label: 'reminder times',
  version: 1,
  fallback: () => ({ lastShownAt: 0 }),
  read: (data) => {
    const r = z.strictObject({ lastShownAt: z.number().check(z.gte(0)) }).safeParse(data)
    return r.success ? { ok: true, value: r.data } : { ok: false, reason: 'it is not a time' }
  },
  write: (v) => v,
  migrations: {},
}

/** The reminder scheduler's memory, in its own small file beside the stores. */
export class ReminderState {
  private readonly file: FileStore<{ lastShownAt: number }>
  private cached: number

  constructor(dir: string) {
    this.file = new FileStore(REMINDER_STATE, dir)
    // Damage here is moved aside like any store's; at worst one reminder shows again.
    this.cached = this.file.load().value.lastShownAt
  }

  get lastShown(): number {
    return this.cached
  }

  set lastShown(ms: number) {
    this.cached = ms
    try {
      this.file.save({ lastShownAt: ms })
    } catch {
      // Unsaved (a full disk, a read-only folder): this run still shows none twice.
    }
  }
}

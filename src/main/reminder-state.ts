import Store from 'electron-store'

/** When the last reminder was shown, kept across restarts so none is shown twice. */
export class ReminderState {
  private readonly store: Store<{ lastShownAt: number }>

  constructor(dir: string) {
    this.store = new Store({
      name: 'reminders',
      cwd: dir,
      clearInvalidConfig: true, // Only a timestamp: losing it at worst repeats one reminder.
      defaults: { lastShownAt: 0 },
      watch: false,
    })
  }

  get lastShown(): number {
    const v = this.store.get('lastShownAt')
    return typeof v === 'number' && Number.isFinite(v) ? v : 0
  }

  set lastShown(ms: number) {
    this.store.set('lastShownAt', ms)
  }
}

import { powerSaveBlocker } from 'electron'
import { PAUSE_RELEASE_MS } from '@shared/engine/keep-awake'
import type { SessionStatus } from '@shared/ipc-contract'

export { PAUSE_RELEASE_MS }

interface Blocker {
  start: (type: 'prevent-display-sleep') => number
  stop: (id: number) => void
}

interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

/**
 * Keeps the display awake while a session runs: held from the first running status, let go
 * after ten minutes of pause, at the end and on exit.
 */
export class KeepAwake {
  private id: number | null = null
  private pauseTimer: unknown = null

  constructor(
    private readonly blocker: Blocker = powerSaveBlocker,
    private readonly timers: Timers = {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
  ) {}

  get held(): boolean {
    return this.id !== null
  }

  update(state: SessionStatus['state']): void {
    this.cancelPauseTimer()
    if (state === 'running') {
      this.id ??= this.blocker.start('prevent-display-sleep')
    } else if (state === 'paused') {
      if (this.id !== null)
        this.pauseTimer = this.timers.setTimeout(() => this.release(), PAUSE_RELEASE_MS)
    } else {
      this.release()
    }
  }

  release(): void {
    this.cancelPauseTimer()
    if (this.id !== null) this.blocker.stop(this.id)
    this.id = null
  }

  private cancelPauseTimer(): void {
    if (this.pauseTimer !== null) this.timers.clearTimeout(this.pauseTimer)
    this.pauseTimer = null
  }
}

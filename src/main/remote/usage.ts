/** After a session ends, the remote stays on this long (the phones show Done), in ms. */
export const AFTER_SESSION_OFF_MS = 5 * 60_000
/** Switched on with no session for this long, the remote switches itself off, in ms. */
export const IDLE_OFF_MS = 60 * 60_000

/**
 * When the remote has gone unused: a session running keeps it in use however long it runs
 * (paused or not); `AFTER_SESSION_OFF_MS` after one ends, or `IDLE_OFF_MS` after the switch
 * went on with none, it is time to switch off. The code and presses cross the network
 * unencrypted, so a remote nobody uses is not left listening.
 */
export class Usage {
  private usedAtMs = 0
  private sessionRan = false
  private sessionEnded = false

  constructor(private readonly now: () => number) {}

  /** The switch went on: the hour starts now. */
  restart(): void {
    this.usedAtMs = this.now()
    this.sessionRan = false
    this.sessionEnded = false
  }

  /** The runner says whether a session is running now. */
  note(running: boolean): void {
    if (running) {
      this.usedAtMs = this.now()
      this.sessionRan = true
      this.sessionEnded = false
    } else if (this.sessionRan) {
      this.sessionRan = false
      this.sessionEnded = true
      this.usedAtMs = this.now()
    }
  }

  /** Why to switch off now: after a session, unused for an hour; null to stay on. */
  offReason(running: boolean): 'session' | 'idle' | null {
    if (running) return null
    const idleMs = this.now() - this.usedAtMs
    if (this.sessionEnded) return idleMs >= AFTER_SESSION_OFF_MS ? 'session' : null
    return idleMs >= IDLE_OFF_MS ? 'idle' : null
  }
}

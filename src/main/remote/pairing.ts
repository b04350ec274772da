import { randomInt } from 'node:crypto'
import { PAIRING_LOCK_MS, PAIRING_TRIES } from '@shared/remote/protocol'

/** What a pairing attempt came to. */
export type PairingResult = 'ok' | 'wrong' | 'locked'

/**
 * The six-digit pairing code of one start of the hub, and its lock: `PAIRING_TRIES` wrong
 * codes in a row refuse every code, right or wrong, for `PAIRING_LOCK_MS`.
 */
export class Pairing {
  private current = ''
  private wrongInARow = 0
  private lockedUntil = 0

  constructor(private readonly now: () => number = Date.now) {}

  /** A new random code (from the OS's secure random source); the old one stops working. */
  renew(): string {
    this.current = String(randomInt(0, 1_000_000)).padStart(6, '0')
    return this.current
  }

  get code(): string {
    return this.current
  }

  /** Until when pairing is locked, ms since the epoch; null when it is not. */
  lockedUntilMs(): number | null {
    return this.now() < this.lockedUntil ? this.lockedUntil : null
  }

  /** Checks a code someone typed. */
  attempt(code: string): PairingResult {
    const now = this.now()
    if (now < this.lockedUntil) return 'locked'
    if (this.current !== '' && code === this.current) {
      this.wrongInARow = 0
      return 'ok'
    }
    this.wrongInARow += 1
    if (this.wrongInARow >= PAIRING_TRIES) {
      this.wrongInARow = 0
      this.lockedUntil = now + PAIRING_LOCK_MS
    }
    return 'wrong'
  }
}

import { randomInt } from 'node:crypto'
import { PAIRING_LOCK_MS, PAIRING_TOTAL_TRIES, PAIRING_TRIES } from '@shared/remote/protocol'

/** What a pairing attempt came to. */
export type PairingResult = 'ok' | 'wrong' | 'locked'

/** Addresses whose wrong codes are remembered at once, at most (a flood of new ones). */
const MAX_SOURCES = 1024

interface Source {
  wrongInARow: number
  lockedUntil: number
}

/**
 * The six-digit pairing code and who may try it. Wrong codes are counted per address:
 * `PAIRING_TRIES` in a row keep that address out for `PAIRING_LOCK_MS`, and no one else.
 * Every code stands `PAIRING_TOTAL_TRIES` wrong codes from all addresses together, then it
 * is renewed: guessing from many addresses gains nothing, and the real user, who reads the
 * code in Settings, is never locked out.
 */
export class Pairing {
  private current = ''
  private wrongForCode = 0
  private wrongSinceStart = 0
  private readonly sources = new Map<string, Source>()

  constructor(
    private readonly now: () => number = Date.now,
    /** Called with each new code, whatever renewed it. */
    private readonly renewed: () => void = () => undefined,
  ) {}

  /** A new random code (from the OS's secure random source); the old one stops working. */
  renew(): string {
    this.current = String(randomInt(0, 1_000_000)).padStart(6, '0')
    this.wrongForCode = 0
    this.renewed()
    return this.current
  }

  /** A fresh start of the hub: a new code, and no address kept out. */
  reset(): void {
    this.sources.clear()
    this.wrongSinceStart = 0
    this.renew()
  }

  get code(): string {
    return this.current
  }

  /** Wrong codes since the last `reset`, from every address. */
  get wrongCodes(): number {
    return this.wrongSinceStart
  }

  /** Until when `source` is kept out, ms since the epoch; null when it is not. */
  lockedUntilMs(source: string): number | null {
    const s = this.sources.get(source)
    return s && this.now() < s.lockedUntil ? s.lockedUntil : null
  }

  /** Checks a code typed on the device at `source` (its address). */
  attempt(source: string, code: string): PairingResult {
    const now = this.now()
    const s = this.sources.get(source) ?? { wrongInARow: 0, lockedUntil: 0 }
    if (now < s.lockedUntil) return 'locked'
    if (this.current !== '' && code === this.current) {
      this.sources.delete(source)
      return 'ok'
    }
    s.wrongInARow += 1
    if (s.wrongInARow >= PAIRING_TRIES) {
      s.wrongInARow = 0
      s.lockedUntil = now + PAIRING_LOCK_MS
    }
    this.remember(source, s, now)
    this.wrongSinceStart += 1
    this.wrongForCode += 1
    if (this.wrongForCode >= PAIRING_TOTAL_TRIES) this.renew()
    return 'wrong'
  }

  private remember(source: string, s: Source, now: number): void {
    this.sources.delete(source)
    if (this.sources.size >= MAX_SOURCES)
      for (const [key, old] of this.sources)
        if (old.lockedUntil <= now || this.sources.size >= MAX_SOURCES) this.sources.delete(key)
    this.sources.set(source, s)
  }
}

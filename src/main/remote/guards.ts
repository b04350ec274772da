/**
 * What every server of the remote does before it reads a request: take its path without
 * throwing, answer only its own host names, refuse with a status and a closed socket, and
 * keep count of who holds how many sockets and presses. Nothing a peer sends can throw out
 * of these.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { pageCsp } from '@shared/csp'
import { isLocalAddress } from './net'

/** How long a refused socket may take to read its answer before it is cut, in ms. */
const REFUSED_LINGER_MS = 1000

/**
 * The path a request names, or undefined when its target is not the plain `/path?query`
 * a browser sends (`//`, `http://a:99999/ws`, `*`, nothing at all).
 */
export function pathOf(url: string | undefined): string | undefined {
  if (!url?.startsWith('/') || url.startsWith('//')) return undefined
  try {
    return new URL(url, 'http://x').pathname
  } catch {
    return undefined
  }
}

/** A peer's IPv4 address without the `::ffff:` that a dual-stack socket puts before it. */
export function plainAddress(address: string | undefined): string {
  const a = address ?? ''
  return a.startsWith('::ffff:') ? a.slice(7) : a
}

/** Whether a request's Host header is one of `hosts` (`address:port`, lower case). */
export function hostIn(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const host = req.headers.host
  return host !== undefined && hosts.has(host.toLowerCase())
}

/**
 * Why a request is not for a hub that listens as `hosts`, as a status; undefined when it is:
 * a target that is not a plain path (400), a peer outside the local network (403), or a Host
 * that is not one of the hub's own addresses (421: a page under another name, as by DNS
 * rebinding).
 */
export function refusalOf(
  req: IncomingMessage,
  path: string | undefined,
  hosts: ReadonlySet<string>,
): number | undefined {
  if (path === undefined) return 400
  if (!isLocalAddress(req.socket.remoteAddress)) return 403
  if (!hostIn(req, hosts)) return 421
  return undefined
}

/**
 * The headers every response of the remote's servers carries: the app's CSP (no framing by
 * any other page), no type sniffing, no referrer.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': pageCsp(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}

/** Answers an HTTP request with `status` and no body, and closes its connection. */
export function refuseRequest(res: ServerResponse, status: number): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { ...SECURITY_HEADERS, Connection: 'close', 'Content-Length': '0' }).end()
}

/**
 * Answers an upgrade (a WebSocket asked for) with `status` and closes the socket: at once
 * where it cannot take the answer, within a second where it does not close its side.
 */
export function refuseUpgrade(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  )
  setTimeout(() => socket.destroy(), REFUSED_LINGER_MS).unref()
}

/**
 * Runs a listener's body so that nothing it throws escapes into the event loop: a throw is
 * handed to `onError` (which closes what the error came from).
 */
export function guarded<A extends unknown[]>(
  body: (...args: A) => void,
  onError: (err: unknown, ...args: A) => void,
): (...args: A) => void {
  return (...args: A) => {
    try {
      body(...args)
    } catch (err) {
      try {
        onError(err, ...args)
      } catch {
        // The clean-up failed too: nothing more can be done for this peer.
      }
    }
  }
}

/** How many of something each address holds, with a bound per address and in all. */
export class Holdings {
  private readonly byAddress = new Map<string, number>()
  private total = 0

  constructor(
    private readonly perAddress: number,
    private readonly atMost: number,
  ) {}

  /** Takes one for `address`; false (and nothing taken) when a bound is reached. */
  take(address: string): boolean {
    const held = this.byAddress.get(address) ?? 0
    if (held >= this.perAddress || this.total >= this.atMost) return false
    this.byAddress.set(address, held + 1)
    this.total += 1
    return true
  }

  /** Gives one back for `address`. */
  give(address: string): void {
    const held = this.byAddress.get(address) ?? 0
    if (held <= 0) return
    if (held === 1) this.byAddress.delete(address)
    else this.byAddress.set(address, held - 1)
    this.total -= 1
  }

  get count(): number {
    return this.total
  }
}

/**
 * At most `max` events per key in any `windowMs`: a sliding window of the moments each key
 * was let through. Keys not seen for a window are forgotten.
 */
export class RateLimit {
  private readonly seen = new Map<string, number[]>()

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Whether `key` may act now; counts it when it may. */
  allow(key: string): boolean {
    const now = this.now()
    const recent = (this.seen.get(key) ?? []).filter((t) => now - t < this.windowMs)
    const ok = recent.length < this.max
    if (ok) recent.push(now)
    this.seen.set(key, recent)
    return ok
  }

  /** Forgets a key (its socket closed). */
  forget(key: string): void {
    this.seen.delete(key)
  }

  /** Forgets keys with nothing in the last window. */
  sweep(): void {
    const now = this.now()
    for (const [key, times] of this.seen)
      if (times.every((t) => now - t >= this.windowMs)) this.seen.delete(key)
  }
}

import type { IncomingMessage } from 'node:http'
import { createSocket } from 'node:dgram'
import { networkInterfaces } from 'node:os'
import { isIP } from 'node:net'

/** IPv4 as four numbers; undefined when `address` is not one. */
function ipv4Parts(address: string): number[] | undefined {
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address
  if (isIP(plain) !== 4) return undefined
  return plain.split('.').map(Number)
}

/**
 * Whether a peer's address is on this machine or the local network: loopback, the private
 * IPv4 ranges (10/8, 172.16/12, 192.168/16), link-local, and IPv6's loopback, unique-local
 * and link-local ranges. Anything else is refused by the hub.
 */
export function isLocalAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = ipv4Parts(address)
  if (v4) {
    const [a, b] = v4 as [number, number]
    return (
      a === 127 ||
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    )
  }
  if (isIP(address) !== 6) return false
  const lower = address.toLowerCase()
  return lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower)
}

/** Whether a peer's address is this machine itself. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  const v4 = ipv4Parts(address)
  return v4 ? v4[0] === 127 : address === '::1'
}

/**
 * Whether a request is this machine's own, made to a local server by one of its own names
 * (`127.0.0.1` or `localhost` with the port it came in on): a page under any other name (DNS
 * rebinding) is not.
 */
export function toOwnAddress(req: IncomingMessage): boolean {
  if (!isLoopback(req.socket.remoteAddress)) return false
  const port = req.socket.localPort
  const host = req.headers.host?.toLowerCase()
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** Home routers hand out 192.168/16 and 10/8; 172.16/12 is more often a container bridge. */
const rank = (address: string) =>
  address.startsWith('192.168.') ? 0 : address.startsWith('10.') ? 1 : 2

/**
 * The address this machine sends from on its default route (the interface that reaches the
 * router), or undefined with no route. A UDP socket "connected" to a documentation address
 * asks the OS's routing table and sends nothing.
 */
export function defaultRouteAddress(): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4')
    const done = (address?: string) => {
      try {
        socket.close()
      } catch {
        // Already closed.
      }
      resolve(address)
    }
    socket.once('error', () => done())
    socket.connect(9, '192.0.2.1', () => {
      try {
        done(socket.address().address)
      } catch {
        done()
      }
    })
  })
}

/**
 * This machine's addresses on the local network, for the phone to open: the private IPv4
 * addresses of interfaces that are up. The default route's comes first (a VirtualBox or VPN
 * adapter's 192.168.56.1 never beats the Wi-Fi's), then the kind a home router gives. Empty
 * when there is none.
 */
export function lanAddresses(routed?: string): string[] {
  const order = (a: string) => (a === routed ? -1 : rank(a))
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && isLocalAddress(i.address))
    .map((i) => i.address)
    .sort((a, b) => order(a) - order(b))
}

/** This machine's first address on the local network; 127.0.0.1 when there is none. */
export function lanAddress(): string {
  return lanAddresses()[0] ?? '127.0.0.1'
}

/**
 * A short name for a device from its browser's user agent ("Chrome on Android"), so
 * Settings can list it; never more than 40 characters.
 */
export function deviceName(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  const os = /iPhone/.test(ua)
    ? 'iPhone'
    : /iPad/.test(ua)
      ? 'iPad'
      : /Android/.test(ua)
        ? 'Android'
        : /CrOS/.test(ua)
          ? 'ChromeOS'
          : /Mac OS X/.test(ua)
            ? 'Mac'
            : /Windows/.test(ua)
              ? 'Windows'
              : /Linux/.test(ua)
                ? 'Linux'
                : 'a device'
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /(Chrome|Chromium|CriOS)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'Browser'
  return `${browser} on ${os}`.slice(0, 40)
}

import type { IncomingMessage } from 'node:http'
import type { RawData } from 'ws'

/** A WebSocket message's size, in bytes. */
export const bytesOf = (data: RawData): number =>
  Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength

/** A WebSocket message's bytes as UTF-8 text. */
export function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8')
}

/**
 * A request's body as text, read no further than `maxBytes` (a longer one comes back cut
 * short, and fails its schema).
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    size += chunk.length
    if (size > maxBytes) break
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Whether a request comes from the server's own page: its Origin is this host. A request
 * with no Origin (not from a browser page) passes only where `allowNone`.
 */
export function fromSameOrigin(req: IncomingMessage, allowNone = false): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return allowNone
  return origin === `http://${req.headers.host ?? ''}`
}

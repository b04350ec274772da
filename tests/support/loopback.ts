/**
 * Requests and sockets from a chosen loopback address: 127.0.0.2, 127.0.0.3 and so on stand
 * in for different devices on the network, all on this machine.
 */
import { request } from 'node:http'
import { connect } from 'node:net'
import { WebSocket } from 'ws'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

/** An HTTP request to `url` from `from`; resolves with the answer, rejects on a network error. */
export function httpFrom(
  from: string,
  url: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: o.method ?? 'GET', headers: o.headers, localAddress: from })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(o.body)
  })
}

/** Posts a pairing code (and a role) from `from`, as the phone page does. */
export async function pairFrom(
  from: string,
  url: string,
  code: string,
  role: 'remote' | 'display' = 'remote',
): Promise<{
  status: number
  body: { ok: boolean; token?: string; error?: string; role?: string }
}> {
  const a = await httpFrom(from, `${url}pair`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, role }),
  })
  return { status: a.status, body: JSON.parse(a.text) as { ok: boolean } }
}

/** A WebSocket to `url` from `from`; `headers` override the ones a browser would send. */
export function wsFrom(from: string, url: string, headers: Record<string, string> = {}): WebSocket {
  return new WebSocket(url, { localAddress: from, headers })
}

/**
 * Writes `text` raw to `host:port` from `from` and reads until the server closes (or
 * `waitMs` passes): what came back, and whether the server closed the connection.
 */
export function rawFrom(
  from: string,
  host: string,
  port: number,
  text: string,
  waitMs = 3000,
): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect({ host, port, localAddress: from })
    const done = (closed: boolean) => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ text: Buffer.concat(chunks).toString('utf8'), closed })
    }
    const timer = setTimeout(() => done(false), waitMs)
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('close', () => done(true))
    socket.on('error', () => done(true))
    socket.on('connect', () => socket.write(text))
  })
}

/** Resolves once `ws` is open; rejects when it closes or fails first. */
export function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
    ws.once('close', () => reject(new Error('closed before it opened')))
  })
}

/** Resolves with the close code once `ws` has closed. */
export function closedOf(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) resolve(1006)
    else ws.once('close', (code: number) => resolve(code))
  })
}

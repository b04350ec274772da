import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import type { HubStatus } from '@shared/ipc-contract'
import {
  createWebRemote,
  MAX_ROOMS,
  PAGE_SOCKETS,
  type WebRemoteOptions,
} from '../../../src/main/remote/web-remote'
import { closedOf, httpFrom, opened, pairFrom, rawFrom } from '../../support/loopback'

const KEY = 'k'.repeat(43)
let dir: string
let server: Server
let remote: ReturnType<typeof createWebRemote>

/** The browser edition's page server with the remote API, on a free port. */
async function serve(o: Partial<WebRemoteOptions> = {}): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-web-remote-'))
  remote = createWebRemote({ root: dir, dataDir: dir, port: 0, addresses: () => [], ...o })
  server = createServer((req, res) => {
    if (remote.guard(req, res)) return
    void remote.handle(req, res).then((done) => done || res.writeHead(200).end('the page'))
  })
  server.on('upgrade', (req, socket, head) => remote.upgrade(req, socket, head))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  await remote.close()
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
  rmSync(dir, { recursive: true, force: true })
})

const api = (origin: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/remote`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(body),
  })

/** The runner page's socket, as the page opens it, with what it hears. */
async function pageSocket(origin: string, key = KEY) {
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/api/remote/host`, { origin })
  const heard: { type: string; command?: string; status?: HubStatus }[] = []
  ws.on('message', (d: Buffer) => heard.push(JSON.parse(d.toString()) as (typeof heard)[number]))
  await opened(ws)
  ws.send(JSON.stringify({ type: 'host', key }))
  return { ws, heard }
}

describe('the remote in the browser edition', () => {
  it("answers only the page's own origin, and keeps each page's hub apart", async () => {
    const origin = await serve()
    expect((await api(origin, { key: KEY }, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await api(origin, { key: 'short' })).status).toBe(400)
    const on = (await (await api(origin, { key: KEY, on: true })).json()) as { url: string }
    expect(on.url).toMatch(/^http:\/\/[\d.]+:\d+\/$/)
    const other = (await (await api(origin, { key: 'o'.repeat(43) })).json()) as { on: boolean }
    expect(other.on).toBe(false)
    const off = (await (await api(origin, { key: KEY, on: false })).json()) as { on: boolean }
    expect(off.on).toBe(false)
  })

  it("passes a paired phone's press to the runner page, and tells it of every new code", async () => {
    const origin = await serve()
    const { url, code } = (await (await api(origin, { key: KEY, on: true })).json()) as {
      url: string
      code: string
    }
    const host = await pageSocket(origin)
    // The page hears the status as it joins.
    await vi.waitFor(() => expect(host.heard[0]).toMatchObject({ type: 'status' }))
    // A socket from another origin is turned away.
    const foreign = new WebSocket(`${origin.replace('http', 'ws')}/api/remote/host`, {
      origin: 'http://evil.example',
    })
    await expect(opened(foreign)).rejects.toThrow(/403/)

    const { body } = await pairFrom('127.0.0.2', url, code)
    await vi.waitFor(() =>
      expect(host.heard.at(-1)?.status).toMatchObject({ devices: [{ role: 'remote' }] }),
    )
    expect(host.heard.at(-1)?.status?.code).not.toBe(code)
    const phone = new WebSocket(`${url.replace('http', 'ws')}ws`)
    await opened(phone)
    phone.send(JSON.stringify({ type: 'hello', token: body.token }))
    await vi.waitFor(() => {
      phone.send(JSON.stringify({ type: 'command', command: 'skip' }))
      expect(host.heard).toContainEqual({ type: 'command', command: 'skip' })
    })
    phone.close()
    host.ws.close()
  })

  it('answers only this machine, by its own address: another name is refused (421)', async () => {
    const origin = await serve()
    const { port } = new URL(origin)
    for (const host of [`evil.example:${port}`, `127.0.0.1:1`, `localhost.evil:${port}`]) {
      const page = await httpFrom('127.0.0.1', `${origin}/`, { headers: { Host: host } })
      expect(page.status, host).toBe(421)
      expect(page.headers.connection).toBe('close')
      const apiAnswer = await httpFrom('127.0.0.1', `${origin}/api/remote`, {
        method: 'POST',
        headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ key: KEY, on: true }),
      })
      expect(apiAnswer.status, host).toBe(421)
      const ws = new WebSocket(`${origin.replace('http', 'ws')}/api/remote/host`, {
        headers: { Host: host },
        origin: `http://${host}`,
      })
      await expect(opened(ws)).rejects.toThrow(/421/)
    }
    // Its own names, with security headers on every answer.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const page = await httpFrom('127.0.0.1', `${origin}/`, { headers: { Host: host } })
      expect(page.status, host).toBe(200)
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(page.headers['x-content-type-options']).toBe('nosniff')
      expect(page.headers['referrer-policy']).toBe('no-referrer')
    }
    expect(remote.rooms).toBe(0)
  })

  it('closes at once every upgrade it does not take, and every malformed one', async () => {
    const origin = await serve()
    const { port } = new URL(origin)
    const upgrade = (target: string, origin2 = origin) =>
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin2}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`
    for (const target of ['/', '/some/where', '//', 'http://a:99999/ws', '*', '/%zz']) {
      const started = Date.now()
      const answer = await rawFrom('127.0.0.1', '127.0.0.1', Number(port), upgrade(target))
      expect(answer.closed, target).toBe(true)
      expect(answer.text, target).toMatch(/^HTTP\/1\.1 4\d\d /)
      expect(Date.now() - started, target).toBeLessThan(1500)
      expect((await fetch(`${origin}/`)).status).toBe(200)
    }
  })

  it('bounds the runner page: its sockets, their hello, junk, and frees its hub when it goes', async () => {
    const origin = await serve({ helloMs: 300, roomGraceMs: 200 })
    const sockets: Awaited<ReturnType<typeof pageSocket>>[] = []
    for (let i = 0; i < PAGE_SOCKETS; i += 1) sockets.push(await pageSocket(origin))
    await vi.waitFor(() => expect(sockets.every((s) => s.heard.length > 0)).toBe(true))
    const extra = await pageSocket(origin)
    expect(await closedOf(extra.ws)).toBe(1013)
    // A socket that never says which page it is goes.
    const silent = new WebSocket(`${origin.replace('http', 'ws')}/api/remote/host`, { origin })
    await opened(silent)
    await closedOf(silent)
    // Junk, and a message nested far too deep, close the socket.
    const junk = sockets.pop()!
    junk.ws.send('{"type":"state","state":' + '['.repeat(1000) + ']'.repeat(1000) + '}')
    expect(await closedOf(junk.ws)).toBe(1008)
    expect(remote.rooms).toBe(1)
    for (const s of sockets) s.ws.close()
    await vi.waitFor(() => expect(remote.rooms).toBe(0))
    expect(remote.pageSockets).toBe(0)
  })

  it('makes way for a new page by freeing pages that are gone, never open ones', async () => {
    const origin = await serve({ roomGraceMs: 60_000 })
    const open = await pageSocket(origin, 'a'.repeat(43))
    await vi.waitFor(() => expect(open.heard.length).toBe(1))
    for (let i = 1; i < MAX_ROOMS; i += 1)
      expect((await api(origin, { key: `${i}`.padStart(43, 'x') })).status).toBe(200)
    expect(remote.rooms).toBe(MAX_ROOMS)
    // Full: a new page still gets its hub; the open page keeps its own.
    expect((await api(origin, { key: 'n'.repeat(43) })).status).toBe(200)
    expect(remote.rooms).toBe(MAX_ROOMS)
    const status = (await (await api(origin, { key: 'a'.repeat(43), on: true })).json()) as {
      on: boolean
    }
    expect(status.on).toBe(true)
    open.ws.close()
  })

  it("keeps each page's hub port across restarts of the page server, and a new one when taken", async () => {
    const portOf = async (origin: string, key = KEY) =>
      new URL(((await (await api(origin, { key })).json()) as { url: string }).url).port
    const restart = async (dataDir: string) => {
      await remote.close()
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
      rmSync(dir, { recursive: true, force: true })
      return serve({ dataDir })
    }
    const data = mkdtempSync(join(tmpdir(), 'runstrong-web-remote-data-'))
    let origin = await serve({ dataDir: data })
    await api(origin, { key: KEY, on: true })
    const first = await portOf(origin)
    // Another page comes first after the restart: each still gets its own port back.
    origin = await restart(data)
    await api(origin, { key: 'o'.repeat(43), on: true })
    const other = await portOf(origin, 'o'.repeat(43))
    expect(await portOf(origin)).toBe(first)
    // Taken by something else meanwhile: another port, which is then the page's own.
    const squatter = createServer()
    await remote.close()
    await new Promise<void>((r) => squatter.listen(Number(first), '127.0.0.1', r))
    try {
      origin = await restart(data)
      const moved = await portOf(origin)
      expect(moved).not.toBe(first)
      expect(await portOf(origin, 'o'.repeat(43))).toBe(other)
      origin = await restart(data)
      expect(await portOf(origin)).toBe(moved)
    } finally {
      squatter.close()
      rmSync(data, { recursive: true, force: true })
    }
  })
})

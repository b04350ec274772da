import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { createWebRemote } from '../../../src/main/remote/web-remote'

const KEY = 'k'.repeat(43)
let dir: string
let server: Server
let remote: ReturnType<typeof createWebRemote>

/** The browser edition's page server with the remote API, on a free port. */
async function serve(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-web-remote-'))
  remote = createWebRemote({ root: dir, dataDir: dir, port: 0 })
  server = createServer((req, res) => {
    void remote.handle(req, res).then((done) => done || res.writeHead(404).end())
  })
  server.on('upgrade', (req, socket, head) => remote.upgrade(req, socket, head))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  await remote.close()
  await new Promise((r) => server.close(r))
  rmSync(dir, { recursive: true, force: true })
})

const api = (origin: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/remote`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(body),
  })

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

  it("passes a paired phone's press to the runner page's socket", async () => {
    const origin = await serve()
    const { url, code } = (await (await api(origin, { key: KEY, on: true })).json()) as {
      url: string
      code: string
    }
    const host = new WebSocket(`${origin.replace('http', 'ws')}/api/remote/host`, { origin })
    const toHost: unknown[] = []
    host.on('message', (d: Buffer) => toHost.push(JSON.parse(d.toString())))
    await new Promise((r) => host.once('open', r))
    host.send(JSON.stringify({ type: 'host', key: KEY }))
    // A socket from another origin is turned away.
    const foreign = new WebSocket(`${origin.replace('http', 'ws')}/api/remote/host`, {
      origin: 'http://evil.example',
    })
    await new Promise((r) => foreign.once('error', r))

    const pairRes = await fetch(`${url}pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    })
    const { token } = (await pairRes.json()) as { token: string }
    const phone = new WebSocket(`${url.replace('http', 'ws')}ws`)
    await new Promise((r) => phone.once('open', r))
    phone.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    await vi.waitFor(() => {
      phone.send(JSON.stringify({ type: 'command', command: 'skip' }))
      expect(toHost).toContainEqual({ type: 'command', command: 'skip' })
    })
    phone.close()
    host.close()
  })
})

/**
 * The hub against what a network can send, over loopback: 127.0.0.2, 127.0.0.3 and so on
 * stand in for other devices on the network, each with its own address.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import { RemoteHub, type HubOptions } from '../../../src/main/remote/hub'
import { DeviceBook } from '../../../src/main/remote/devices'
import { closedOf, httpFrom, opened, pairFrom, rawFrom, wsFrom } from '../../support/loopback'

let dir: string
let clock: number
let commands: PhoneCommand[]
const hubs: RemoteHub[] = []

function makeHub(o: Partial<HubOptions> = {}): RemoteHub {
  const hub = new RemoteHub({
    root: join(dir, 'renderer'),
    file: join(dir, 'remote.json'),
    port: 0,
    onCommand: (c) => commands.push(c),
    addresses: () => [],
    now: () => clock,
    ...o,
  })
  hubs.push(hub)
  return hub
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-guards-'))
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true })
  mkdirSync(join(dir, 'renderer', '.vite'))
  writeFileSync(join(dir, 'renderer', 'remote.html'), '<!doctype html><title>Remote</title>')
  writeFileSync(join(dir, 'renderer', 'index.html'), 'the whole app')
  for (const f of [
    'remote-1.js',
    'shared-2.js',
    'sounds-3.js',
    'pip-4.wav',
    'app-5.js',
    'icon-6.svg',
  ])
    writeFileSync(join(dir, 'renderer', 'assets', f), f)
  writeFileSync(
    join(dir, 'renderer', '.vite', 'manifest.json'),
    JSON.stringify({
      // The page's own icon, linked from remote.html, is among its assets as Vite lists it.
      'remote.html': {
        file: 'assets/remote-1.js',
        imports: ['_shared'],
        dynamicImports: ['s'],
        assets: ['assets/icon-6.svg'],
      },
      _shared: { file: 'assets/shared-2.js' },
      s: { file: 'assets/sounds-3.js', assets: ['assets/pip-4.wav'] },
      'index.html': { file: 'assets/app-5.js', imports: ['_shared'] },
    }),
  )
  clock = Date.UTC(2026, 2, 2, 7)
  commands = []
})

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.stop()))
  rmSync(dir, { recursive: true, force: true })
})

const WRONG = (code: string) => (code === '000000' ? '111111' : '000000')

/** A paired device's open socket from `from`, hello said and welcomed. */
async function device(
  hub: RemoteHub,
  from: string,
  role: 'remote' | 'display' = 'remote',
): Promise<{ ws: ReturnType<typeof wsFrom>; heard: { type: string }[] }> {
  const { url, code } = await hub.status()
  const { body } = await pairFrom(from, url!, code!, role)
  const ws = wsFrom(from, `${url!.replace('http', 'ws')}ws`)
  const heard: { type: string }[] = []
  ws.on('message', (d: Buffer) => heard.push(JSON.parse(d.toString()) as { type: string }))
  await opened(ws)
  ws.send(JSON.stringify({ type: 'hello', token: body.token }))
  await vi.waitFor(() => expect(heard[0]?.type).toBe('welcome'))
  return { ws, heard }
}

describe('the hub stands up to what the network sends', () => {
  it('pairs only from its own page: another site or a plain-text post is refused and counted', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const post = (headers: Record<string, string>) =>
      httpFrom('127.0.0.2', `${url!}pair`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ code, role: 'remote' }),
      })
    const json = { 'Content-Type': 'application/json' }
    expect((await post({ ...json, Origin: 'http://evil.example' })).status).toBe(403)
    expect((await post({ 'Content-Type': 'text/plain' })).status).toBe(403)
    expect(hub.dropped).toBe(2)
    expect((await hub.status()).devices).toEqual([])
    expect((await post({ ...json, Origin: url!.slice(0, -1) })).status).toBe(200)
  })

  it('survives a pairing request cut off half way, and keeps serving', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const { port } = new URL(url!)
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/pair',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '500' },
      })
      req.on('error', () => resolve())
      req.write('{"code":')
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 50)
    })
    await new Promise((r) => setTimeout(r, 50))
    expect((await pairFrom('127.0.0.2', url!, code!)).status).toBe(200)
  })

  it('answers every malformed request and upgrade, and still serves after them all', async () => {
    const hub = makeHub()
    const { url } = await hub.switch(true)
    const { port } = new URL(url!)
    const host = `127.0.0.1:${port}`
    const upgrade = (target: string, extra = '') =>
      `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${extra}\r\n`
    const tries = [
      upgrade('//'),
      upgrade('http://a:99999/ws'),
      upgrade('*'),
      upgrade('/ws%'),
      upgrade('/%zz'),
      upgrade('/ws', 'Sec-WebSocket-Key: \r\n'),
      upgrade('/elsewhere'),
      `GET // HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET http://a:99999/ HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `POST /pair HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{"code":[`,
      `GET / HTTP/1.1\r\n\r\n`,
      `\u0000\u0001\u0002 nonsense\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
    ]
    for (const text of tries) {
      const answer = await rawFrom('127.0.0.2', '127.0.0.1', Number(port), text, 1000)
      // Refused: answered with a 4xx, or the connection closed by the hub (or both).
      const refused = answer.closed || /^HTTP\/1\.1 4\d\d /.test(answer.text)
      expect(refused, text.slice(0, 40)).toBe(true)
      expect(answer.text, text.slice(0, 40)).not.toMatch(/^HTTP\/1\.1 (101|200)/)
      expect((await httpFrom('127.0.0.3', url!)).status).toBe(200)
    }
    expect(hub.listening).toBe(true)
  })

  it('answers only its own addresses: another name for it (DNS rebinding) is refused', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const { port } = new URL(url!)
    for (const host of [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, 'localhost']) {
      const page = await httpFrom('127.0.0.2', url!, { headers: { Host: host } })
      expect(page.status, host).toBe(421)
      expect(page.headers.connection).toBe('close')
      const paired = await httpFrom('127.0.0.2', `${url!}pair`, {
        method: 'POST',
        headers: {
          Host: host,
          Origin: `http://${host}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ code, role: 'remote' }),
      })
      expect(paired.status, host).toBe(421)
      const ws = wsFrom('127.0.0.2', `${url!.replace('http', 'ws')}ws`, {
        Host: host,
        Origin: `http://${host}`,
      })
      await expect(opened(ws)).rejects.toThrow(/421/)
    }
    expect((await hub.status()).devices).toEqual([])
  })

  it('never lets a jam of wrong codes keep the real phone out', async () => {
    const hub = makeHub()
    const { url } = await hub.switch(true)
    let phonePaired = 0
    const rounds = 13
    for (let round = 0; round < rounds; round += 1) {
      // A device sends wrong codes until it is kept out, waits out the minute, and again.
      const jam = []
      for (let i = 0; i < 5; i += 1)
        jam.push(
          (await pairFrom('127.0.0.2', url!, WRONG(await hub.status().then((s) => s.code!))))
            .status,
        )
      expect(jam).toEqual([403, 403, 403, 403, 429])
      expect((await pairFrom('127.0.0.2', url!, (await hub.status()).code!)).status).toBe(429)
      // The real phone, elsewhere, pairs with the code Settings shows, every time.
      const real = await pairFrom('127.0.0.9', url!, (await hub.status()).code!)
      if (real.status === 200) phonePaired += 1
      // Forget it again so the book never fills.
      const [d] = (await hub.status()).devices
      await hub.forget(d!.id)
      clock += 60_000
    }
    expect(phonePaired).toBe(rounds)
  })

  it('renews the code after twenty wrong codes from many addresses, locking nobody out', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    for (let i = 0; i < 20; i += 1)
      expect((await pairFrom(`127.0.0.${10 + i}`, url!, WRONG(code!))).status).toBe(403)
    const after = await hub.status()
    expect(after.code).not.toBe(code)
    expect(after.wrongCodes).toBe(20)
    // The old code is worth nothing now; anyone who reads the new one pairs.
    expect((await pairFrom('127.0.0.40', url!, code!)).status).toBe(403)
    expect((await pairFrom('127.0.0.10', url!, after.code!)).status).toBe(200)
  })

  it('closes sockets that never say hello, and holds none of them after the wait', async () => {
    const hub = makeHub({ helloMs: 300 })
    const { url } = await hub.switch(true)
    const silent = []
    for (let i = 0; i < 20; i += 1) {
      const ws = wsFrom(`127.0.0.${20 + i}`, `${url!.replace('http', 'ws')}ws`)
      await opened(ws)
      silent.push(closedOf(ws))
    }
    expect(hub.openSockets).toBe(20)
    await Promise.all(silent)
    await vi.waitFor(() => expect(hub.openSockets).toBe(0))
    expect(hub.dropped).toBe(20)
  })

  it('bounds the sockets of each address and of all together', async () => {
    const hub = makeHub()
    const { url } = await hub.switch(true)
    const wsUrl = `${url!.replace('http', 'ws')}ws`
    const open = []
    for (let i = 0; i < 4; i += 1) {
      const ws = wsFrom('127.0.0.2', wsUrl)
      await opened(ws)
      open.push(ws)
    }
    await expect(opened(wsFrom('127.0.0.2', wsUrl))).rejects.toThrow(/429/)
    // Another address still gets in, until all together hold forty.
    for (let a = 3; a < 12; a += 1)
      for (let i = 0; i < 4; i += 1) {
        const ws = wsFrom(`127.0.0.${a}`, wsUrl)
        await opened(ws)
        open.push(ws)
      }
    expect(hub.openSockets).toBe(40)
    await expect(opened(wsFrom('127.0.0.50', wsUrl))).rejects.toThrow(/429/)
    for (const ws of open) ws.close()
    await vi.waitFor(() => expect(hub.openSockets).toBe(0))
    await opened(wsFrom('127.0.0.2', wsUrl))
  })

  it('acts on ten presses a second at most, and closes a socket that floods', async () => {
    const hub = makeHub()
    await hub.switch(true)
    const phone = await device(hub, '127.0.0.2')
    for (let i = 0; i < 1000; i += 1)
      phone.ws.send(JSON.stringify({ type: 'command', command: 'skip' }))
    await closedOf(phone.ws)
    expect(commands).toHaveLength(10)
    expect(hub.dropped).toBeGreaterThanOrEqual(10)
    // A second later the same device presses again.
    clock += 1000
    const again = await device(hub, '127.0.0.2')
    again.ws.send(JSON.stringify({ type: 'command', command: 'skip' }))
    await vi.waitFor(() => expect(commands).toHaveLength(11))
  })

  it('refuses deeply nested and oversized messages unread, and closes their sockets', async () => {
    const hub = makeHub()
    await hub.switch(true)
    const deep = `${'['.repeat(500)}${']'.repeat(500)}`
    const tries: [string, number][] = [
      [deep, 1008],
      [`{"type":"ping","t":1,"x":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`, 1008],
      [JSON.stringify({ type: 'ping', t: 1, x: 'y'.repeat(50_000) }), 1008],
      // Over the socket's own bound: closed by the socket library as too big.
      [JSON.stringify({ type: 'ping', t: 1, x: 'y'.repeat(100_000) }), 1009],
    ]
    for (const [text, code] of tries) {
      const phone = await device(hub, '127.0.0.2')
      phone.ws.send(text)
      expect(await closedOf(phone.ws)).toBe(code)
    }
    expect(commands).toEqual([])
  })

  it('stays up when the runner throws at a press', async () => {
    const hub = makeHub({
      onCommand: () => {
        throw new Error('the runner failed')
      },
    })
    const { url } = await hub.switch(true)
    const phone = await device(hub, '127.0.0.2')
    phone.ws.send(JSON.stringify({ type: 'command', command: 'skip' }))
    await closedOf(phone.ws)
    expect((await httpFrom('127.0.0.3', url!)).status).toBe(200)
  })

  it('serves the phone page its icon, as an SVG, so no page asks for a missing favicon', async () => {
    const hub = makeHub()
    const { url } = await hub.switch(true)
    const icon = await httpFrom('127.0.0.2', `${url!}assets/icon-6.svg`)
    expect(icon.status).toBe(200)
    expect(icon.headers['content-type']).toBe('image/svg+xml')
  })

  it('serves only the files the phone page loads, with its security headers', async () => {
    const hub = makeHub()
    const { url } = await hub.switch(true)
    for (const f of [
      'assets/remote-1.js',
      'assets/shared-2.js',
      'assets/sounds-3.js',
      'assets/pip-4.wav',
      '',
    ]) {
      const a = await httpFrom('127.0.0.2', `${url!}${f}`)
      expect(a.status, f).toBe(200)
      expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(a.headers['x-content-type-options']).toBe('nosniff')
      expect(a.headers['referrer-policy']).toBe('no-referrer')
    }
    for (const f of [
      'assets/app-5.js',
      'index.html',
      '.vite/manifest.json',
      'assets/../index.html',
    ])
      expect((await httpFrom('127.0.0.2', `${url!}${f}`)).status, f).toBe(404)
  })

  it('switched on, off and on again at once, leaves one server, and off stops it', async () => {
    const hub = makeHub()
    const [, , last] = await Promise.all([hub.switch(true), hub.switch(false), hub.switch(true)])
    expect(last.on).toBe(true)
    const url = last.url!
    expect((await fetch(url)).status).toBe(200)
    await hub.switch(false)
    await expect(fetch(url)).rejects.toThrow()
    expect(hub.listening).toBe(false)
  })

  it('listens on the addresses it shows and on this machine, nowhere else', async () => {
    const hub = makeHub({ addresses: () => ['127.0.0.5', '127.0.0.7'] })
    const { url, loopbackOnly, others } = await hub.switch(true)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.5:\d+\/$/)
    // The others are offered too, each with its QR code.
    expect(others.map((o) => o.url)).toEqual([url!.replace('.5:', '.7:')])
    expect(others[0]?.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(loopbackOnly).toBe(false)
    const { port } = new URL(url!)
    expect((await httpFrom('127.0.0.2', url!)).status).toBe(200)
    expect((await httpFrom('127.0.0.2', `http://127.0.0.1:${port}/`)).status).toBe(200)
    // Not bound there: the connection is refused by the system.
    await expect(httpFrom('127.0.0.2', `http://127.0.0.6:${port}/`)).rejects.toThrow(/ECONNREFUSED/)
  })

  it('says when the only address is this machine’s own', async () => {
    const hub = makeHub()
    expect((await hub.switch(true)).loopbackOnly).toBe(true)
  })
})

describe("the remote's file", () => {
  it('is never written over when it is there but cannot be read', () => {
    // A file that is there but will not read (here a folder in its place: the read fails
    // as a permission or too many open files would, not as a missing file).
    const file = join(dir, 'remote.json')
    mkdirSync(file)
    writeFileSync(join(file, 'inside'), 'kept')
    const book = new DeviceBook(file)
    expect(book.list()).toEqual([])
    expect(() => book.add('Phone', 'remote', 1)).not.toThrow()
    expect(() => (book.on = true)).not.toThrow()
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('kept')
  })

  it('starts afresh when it is missing, and keeps what is paired, role included', () => {
    const file = join(dir, 'fresh', 'remote.json')
    const book = new DeviceBook(file)
    book.add('Phone', 'display', 1)
    expect(new DeviceBook(file).list().map((d) => [d.name, d.role])).toEqual([['Phone', 'display']])
  })

  it('fixes the role of a device paired before roles were kept, once', () => {
    const file = join(dir, 'remote.json')
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        on: true,
        devices: [{ id: 'a'.repeat(16), name: 'Phone', pairedAtMs: 1, tokenHash: 'b'.repeat(64) }],
      }),
    )
    const book = new DeviceBook(file)
    expect(book.list()[0]?.role).toBeNull()
    expect(book.settleRole('a'.repeat(16), 'display')).toBe('display')
    expect(book.settleRole('a'.repeat(16), 'remote')).toBe('display')
    expect(new DeviceBook(file).list()[0]?.role).toBe('display')
  })
})

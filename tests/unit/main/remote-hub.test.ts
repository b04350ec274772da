import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { HubStatus } from '@shared/ipc-contract'
import { RemoteHub } from '../../../src/main/remote/hub'
import { isLocalAddress, deviceName } from '../../../src/main/remote/net'

let dir: string
let clock: number
let commands: PhoneCommand[]
const hubs: RemoteHub[] = []

function makeHub(file = join(dir, 'remote.json'), onChange?: (s: HubStatus) => void): RemoteHub {
  const hub = new RemoteHub({
    ...(onChange ? { onChange } : {}),
    root: join(dir, 'renderer'),
    file,
    port: 0,
    onCommand: (c) => commands.push(c),
    addresses: () => [],
    now: () => clock,
  })
  hubs.push(hub)
  return hub
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-hub-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'remote.html'), '<!doctype html><title>Remote</title>')
  writeFileSync(join(dir, 'renderer', 'index.html'), 'the whole app')
  clock = Date.UTC(2026, 2, 2, 7)
  commands = []
})

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.stop()))
  rmSync(dir, { recursive: true, force: true })
})

async function pair(url: string, code: string, role: 'remote' | 'display' = 'remote') {
  const res = await fetch(`${url}pair`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, role }),
  })
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; token?: string; role?: string; error?: string },
  }
}

/** The code in force now (it changes after each pairing and Forget). */
const codeOf = async (hub: RemoteHub) => (await hub.status()).code!

/** A device's socket with every message it hears; `said` resolves once `n` have come. */
async function connect(url: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}ws`)
  const heard: { type: string; [k: string]: unknown }[] = []
  ws.on('message', (d: Buffer) => heard.push(JSON.parse(d.toString()) as (typeof heard)[number]))
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()))
  await new Promise((resolve) => ws.once('open', resolve))
  const said = async (n: number) => {
    await vi.waitFor(() => expect(heard.length).toBeGreaterThanOrEqual(n), { timeout: 2000 })
    return heard
  }
  return { ws, heard, said, closed }
}

const DISPLAY_STATE = {
  circuit: { format: 'runner-strength-circuit', version: 1, name: 'X', items: [] },
  snapshot: {},
  atMs: 5,
  paused: false,
  ended: false,
} as never

describe('the phone remote hub', () => {
  it('binds only while switched on, with a new six-digit code at each start', async () => {
    const hub = makeHub()
    expect(hub.listening).toBe(false)
    expect((await hub.status()).url).toBeNull()
    const first = await hub.switch(true)
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(first.code).toMatch(/^\d{6}$/)
    expect(first.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(await (await fetch(first.url!)).text()).toContain('Remote')
    // Only the phone page is served, never the app's own page.
    expect((await fetch(`${first.url!}index.html`)).status).toBe(404)
    await hub.switch(false)
    await expect(fetch(first.url!)).rejects.toThrow()
    const codes = new Set([first.code])
    for (let i = 0; i < 5; i += 1) {
      await hub.stop()
      await hub.start()
      codes.add((await hub.status()).code)
    }
    expect(codes.size).toBeGreaterThan(1)
  })

  it('pairs a device with the code and passes its presses to the runner', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    expect((await pair(url!, code === '000000' ? '111111' : '000000')).status).toBe(403)
    const paired = await pair(url!, code!)
    expect(paired.status).toBe(200)
    const token = paired.body.token!
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    hub.publish({ display: DISPLAY_STATE, muted: true })
    const phone = await connect(url!)
    phone.ws.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    const [welcome, state] = await phone.said(2)
    expect(welcome?.type).toBe('welcome')
    // A device that connects later gets the latest state, stamped by the hub's clock.
    expect(state).toMatchObject({ type: 'state', state: { muted: true, display: { atMs: clock } } })
    phone.ws.send(JSON.stringify({ type: 'command', command: 'skip' }))
    phone.ws.send(JSON.stringify({ type: 'ping', t: 1 }))
    expect((await phone.said(3))[2]).toEqual({ type: 'pong', t: 1, hubMs: clock })
    expect(commands).toEqual(['skip'])
    expect(hub.dropped).toBe(0)
    expect((await hub.status()).devices).toHaveLength(1)
    // Only a hash of the token is kept.
    expect(readFileSync(join(dir, 'remote.json'), 'utf8')).not.toContain(token)
    phone.ws.close()
  })

  it('says which paired devices are connected now, as they come and go', async () => {
    const heard: HubStatus[] = []
    const hub = makeHub(undefined, (s) => heard.push(s))
    const { url, code } = await hub.switch(true)
    const token = (await pair(url!, code!)).body.token!
    expect((await hub.status()).devices).toMatchObject([{ connected: false }])
    const phone = await connect(url!)
    phone.ws.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    await phone.said(2)
    // Settings and the runner are told without asking: the runner resends only while one is.
    await vi.waitFor(() => expect(heard.at(-1)?.devices).toMatchObject([{ connected: true }]))
    expect((await hub.status()).devices).toMatchObject([{ connected: true }])
    phone.ws.close()
    await vi.waitFor(() => expect(heard.at(-1)?.devices).toMatchObject([{ connected: false }]))
  })

  it("keeps the runner's own stamp on the same clock, and restamps one far off", async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const token = (await pair(url!, code!, 'display')).body.token!
    const tv = await connect(url!)
    tv.ws.send(JSON.stringify({ type: 'hello', token }))
    await tv.said(2)
    hub.publish({
      display: { ...(DISPLAY_STATE as object), atMs: clock - 300 } as never,
      muted: false,
    })
    // A page on a test clock (Playwright's, years away) is stamped on arrival instead.
    hub.publish({
      display: { ...(DISPLAY_STATE as object), atMs: clock - 86_400_000 } as never,
      muted: false,
    })
    const heard = await tv.said(4)
    expect(
      heard.slice(2).map((m) => (m.state as { display: { atMs: number } }).display.atMs),
    ).toEqual([clock - 300, clock])
    tv.ws.close()
  })

  it('renews the code after every pairing, so a code seen once pairs one device', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    expect((await pair(url!, code!)).status).toBe(200)
    const next = await codeOf(hub)
    expect(next).toMatch(/^\d{6}$/)
    expect(next).not.toBe(code)
    // The old code no longer pairs; the new one does.
    expect((await pair(url!, code!)).status).toBe(403)
    expect((await pair(url!, next)).status).toBe(200)
    expect((await hub.status()).devices).toHaveLength(2)
  })

  it('keeps each device as what it was paired as, and a display cannot press', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const paired = await pair(url!, code!, 'display')
    expect(paired.body).toMatchObject({ ok: true, role: 'display' })
    expect((await hub.status()).devices.map((d) => d.role)).toEqual(['display'])
    // Its hello says remote: the hub's record wins.
    const tv = await connect(url!)
    tv.ws.send(JSON.stringify({ type: 'hello', token: paired.body.token, role: 'remote' }))
    expect((await tv.said(1))[0]).toMatchObject({ type: 'welcome', role: 'display' })
    tv.ws.send(JSON.stringify({ type: 'command', command: 'mute' }))
    await tv.closed
    expect(commands).toEqual([])
    expect(hub.dropped).toBe(1)
  })

  it('pairs twenty devices at most, and refuses a 21st without pushing one out', async () => {
    const hub = makeHub()
    await hub.switch(true)
    const { url } = await hub.status()
    for (let i = 0; i < 20; i += 1) expect((await pair(url!, await codeOf(hub))).status).toBe(200)
    const first = (await hub.status()).devices[0]
    const refused = await pair(url!, await codeOf(hub))
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatch(/20 devices at most.*Forget one/)
    const devices = (await hub.status()).devices
    expect(devices).toHaveLength(20)
    expect(devices[0]).toEqual(first)
  })

  it('drops and counts what does not parse, is not allowed, or comes from a stranger', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    // Junk closes the socket at once: nothing after it is read.
    const junk = await connect(url!)
    junk.ws.send('not json')
    junk.ws.send(JSON.stringify({ type: 'command', command: 'skip' }))
    expect(await new Promise((r) => junk.ws.once('close', r))).toBe(1008)
    expect(hub.dropped).toBe(1)
    const stranger = await connect(url!)
    stranger.ws.send(JSON.stringify({ type: 'command', command: 'skip' }))
    await stranger.closed
    expect(stranger.heard).toEqual([{ type: 'refused', reason: expect.any(String) as string }])
    const unknown = await connect(url!)
    unknown.ws.send(JSON.stringify({ type: 'hello', token: 'A'.repeat(43), role: 'remote' }))
    await unknown.closed
    expect(unknown.heard).toEqual([{ type: 'refused', reason: expect.any(String) as string }])
    expect(hub.dropped).toBe(3)

    const token = (await pair(url!, code!, 'display')).body.token!
    const tv = await connect(url!)
    tv.ws.send(JSON.stringify({ type: 'hello', token }))
    await tv.said(2)
    tv.ws.send(JSON.stringify({ type: 'ping', t: 2 }))
    await tv.said(3)
    // A message over the size bound is junk: dropped unread, and its socket closed.
    tv.ws.send(JSON.stringify({ type: 'ping', t: 1, pad: 'x'.repeat(2000) }))
    await tv.closed
    expect(hub.dropped).toBe(4)
    expect((await hub.status()).dropped).toBe(4)
    // A frame far over the bound closes the socket unread, and counts.
    const again = await connect(url!)
    again.ws.send(JSON.stringify({ type: 'hello', token }))
    await again.said(2)
    again.ws.send('x'.repeat(100 * 1024))
    await again.closed
    expect(hub.dropped).toBe(5)
    expect(commands).toEqual([])
  })

  it('forgets a device: its token stops working, its socket is closed, and the code is new', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const token = (await pair(url!, code!)).body.token!
    const codeBefore = await codeOf(hub)
    const phone = await connect(url!)
    phone.ws.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    await phone.said(2)
    const [device] = (await hub.status()).devices
    const after = await hub.forget(device!.id)
    expect(after.devices).toEqual([])
    expect(after.code).not.toBe(codeBefore)
    // The code it knew no longer pairs it again.
    expect((await pair(url!, codeBefore)).status).toBe(403)
    await phone.closed
    expect(phone.heard.at(-1)?.type).toBe('refused')
    const again = await connect(url!)
    again.ws.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    await again.closed
    expect(again.heard.map((m) => m.type)).toEqual(['refused'])
  })

  it('tells Settings at once when a pairing renews the code', async () => {
    const changes: HubStatus[] = []
    const hub = makeHub(undefined, (st) => changes.push(st))
    const { url, code } = await hub.switch(true)
    expect((await pair(url!, code!)).status).toBe(200)
    await vi.waitFor(() => expect(changes.at(-1)?.devices).toHaveLength(1))
    expect(changes.at(-1)?.code).toBe(await codeOf(hub))
    expect(changes.at(-1)?.code).not.toBe(code)
  })

  it('switches itself off 5 minutes after a session ends, or after an hour with none', async () => {
    const changes: HubStatus[] = []
    const hub = makeHub(undefined, (st) => changes.push(st))
    await hub.switch(true)
    clock += 59 * 60_000
    hub.sweep()
    expect(hub.listening).toBe(true)
    // A session keeps it on however long it runs, paused or not.
    hub.publish({ display: DISPLAY_STATE, muted: false })
    clock += 3 * 60 * 60_000
    hub.sweep()
    expect(hub.listening).toBe(true)
    hub.publish({ display: { ...(DISPLAY_STATE as object), ended: true } as never, muted: false })
    clock += 4 * 60_000
    hub.sweep()
    expect(hub.listening).toBe(true)
    clock += 60_000
    hub.sweep()
    await vi.waitFor(() => expect(changes.at(-1)).toMatchObject({ on: false, offBy: 'session' }))
    expect(hub.listening).toBe(false)
    // Off for good: the next start of the app leaves it off.
    expect(hub.wantsOn).toBe(false)
    expect((await hub.switch(true)).offBy).toBeNull()
    clock += 60 * 60_000
    hub.sweep()
    await vi.waitFor(() => expect(changes.at(-1)).toMatchObject({ on: false, offBy: 'idle' }))
  })

  it('keeps the switch, the port and the paired devices for the next start; a damaged file starts afresh', async () => {
    const file = join(dir, 'remote.json')
    const first = makeHub(file)
    const { url, code } = await first.switch(true)
    const token = (await pair(url!, code!)).body.token!
    await first.stop()
    const second = makeHub(file)
    expect(second.wantsOn).toBe(true)
    const next = await second.switch(true)
    // The same address: a phone's pairing (kept per address and port) still holds.
    expect(next.url).toBe(url)
    const phone = await connect(next.url!)
    phone.ws.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    expect((await phone.said(1))[0]?.type).toBe('welcome')
    phone.ws.close()
    writeFileSync(file, '{ not json')
    const third = makeHub(file)
    expect(third.wantsOn).toBe(false)
    expect((await third.status()).devices).toEqual([])
  })
})

describe('who may reach the hub', () => {
  it('takes this machine and the local network only', () => {
    for (const a of [
      '127.0.0.1',
      '::1',
      '::ffff:192.168.1.20',
      '10.0.0.5',
      '172.20.1.1',
      'fe80::1',
      'fd12::3',
    ])
      expect(isLocalAddress(a), a).toBe(true)
    for (const a of [
      '8.8.8.8',
      '172.32.0.1',
      '2001:db8::1',
      '::ffff:1.2.3.4',
      undefined,
      'nonsense',
    ])
      expect(isLocalAddress(a), String(a)).toBe(false)
  })

  it("offers a home network's address before a container bridge's", async () => {
    vi.resetModules()
    vi.doMock('node:os', async (real) => ({
      ...(await real<typeof import('node:os')>()),
      networkInterfaces: () => ({
        lo: [{ family: 'IPv4', address: '127.0.0.1', internal: true }],
        docker0: [{ family: 'IPv4', address: '172.17.0.1', internal: false }],
        tun0: [{ family: 'IPv4', address: '100.64.0.2', internal: false }],
        wlan0: [
          { family: 'IPv6', address: 'fe80::1', internal: false },
          { family: 'IPv4', address: '192.168.1.20', internal: false },
        ],
      }),
    }))
    const { lanAddress, lanAddresses } = await import('../../../src/main/remote/net')
    expect(lanAddress()).toBe('192.168.1.20')
    // The default route's interface first: a virtual machine's adapter never beats it.
    expect(lanAddresses('172.17.0.1')).toEqual(['172.17.0.1', '192.168.1.20'])
    vi.doUnmock('node:os')
  })

  it('finds the address of the default route without sending anything', async () => {
    const { defaultRouteAddress } = await import('../../../src/main/remote/net')
    const { networkInterfaces } = await import('node:os')
    const own = Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .map((i) => i.address)
    const a = await defaultRouteAddress()
    // A machine with no route says so (undefined); one with a route names its own address.
    expect(a === undefined || own.includes(a)).toBe(true)
  })

  it('names a device by its browser', () => {
    expect(
      deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit Safari/604.1'),
    ).toBe('Safari on iPhone')
    expect(deviceName('Mozilla/5.0 (Linux; Android 14) Chrome/120 Mobile Safari/537.36')).toBe(
      'Chrome on Android',
    )
    expect(deviceName(undefined)).toBe('Browser on a device')
  })
})

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import QRCode from 'qrcode'
import { WebSocket, WebSocketServer, type RawData } from 'ws'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { LiveState } from '@shared/engine/stage-state'
import type { HubStatus } from '@shared/ipc-contract'
import {
  deviceMessageSchema,
  MAX_DEVICE_MESSAGE_BYTES,
  readMessage,
  type DeviceRole,
  type HubMessage,
} from '@shared/remote/protocol'
import { DeviceBook } from './devices'
import { isLocalAddress, lanAddress } from './net'
import { answerPair } from './pair-request'
import { Pairing } from './pairing'
import { sendRemoteFile } from './static-files'
import { bytesOf, fromSameOrigin, textOf } from './wire'

/** A runner's stamp this close to the hub's clock is taken as the same clock's, in ms. */
export const SAME_CLOCK_MS = 1000

/** How often the hub checks that each device is still there, in ms. */
export const HEARTBEAT_MS = 10_000

export interface HubOptions {
  /** The built renderer folder, which holds the phone page (`remote.html`). */
  root: string
  /** Where the switch and the paired devices are kept; null keeps them in memory. */
  file: string | null
  /** The port to try first (a phone keeps its pairing per address); any free one if taken. */
  port: number
  /** A press on a paired remote: the runner acts on it. */
  onCommand: (command: PhoneCommand) => void
  /** This machine's address on the local network. */
  address?: () => string
  now?: () => number
}

interface Client {
  deviceId: string | null
  role: DeviceRole | null
  /** Answered the last heartbeat. */
  alive: boolean
}

/**
 * Runstrong Remote's server: serves the phone and TV page on the local network while its
 * switch is on, pairs devices with the code of this start, passes a paired remote's
 * presses to the runner and the runner's state to every paired device. Everything else a
 * device sends is dropped and counted.
 */
export class RemoteHub {
  private server: Server | null = null
  private readonly sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
  })
  private readonly clients = new Map<WebSocket, Client>()
  private readonly book: DeviceBook
  private readonly pairing: Pairing
  private live: LiveState = { stage: null, muted: false }
  private heartbeat: ReturnType<typeof setInterval> | undefined
  private switching: Promise<unknown> = Promise.resolve()
  private starting: Promise<void> | undefined
  private port: number
  private qr: { url: string; svg: string } | null = null
  private droppedCount = 0
  private readonly now: () => number

  constructor(private readonly o: HubOptions) {
    this.now = o.now ?? Date.now
    this.book = new DeviceBook(o.file)
    this.pairing = new Pairing(this.now)
    this.port = o.port
  }

  /** Whether the switch was left on (the hub starts again with the app). */
  get wantsOn(): boolean {
    return this.book.on
  }

  get listening(): boolean {
    return this.server !== null
  }

  /** Messages dropped since this hub was made. */
  get dropped(): number {
    return this.droppedCount
  }

  /** Turns the switch on or off: binds (with a new code) or stops and closes every device. */
  async switch(on: boolean): Promise<HubStatus> {
    // One switch at a time, in order: a quick on-off-on never leaves a server nobody holds.
    const run = this.switching.then(async () => {
      this.book.on = on
      if (on) await this.start()
      else await this.stop()
    })
    this.switching = run.catch(() => undefined)
    await run
    return this.status()
  }

  /** Binds the server, with a new pairing code; does nothing when it already runs. */
  start(): Promise<void> {
    this.starting ??= this.bind().finally(() => {
      this.starting = undefined
    })
    return this.starting
  }

  private async bind(): Promise<void> {
    if (this.server) return
    const server = createServer((req, res) => {
      // A request cut off half way (or a save that failed) is answered, never left to throw.
      this.request(req, res).catch(() => {
        this.drop()
        if (res.headersSent) res.destroy()
        else res.writeHead(400).end()
      })
    })
    server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head))
    const listen = (port: number) =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '0.0.0.0', () => {
          server.off('error', reject)
          resolve()
        })
      })
    try {
      await listen(this.port)
    } catch {
      await listen(0)
    }
    this.port = (server.address() as AddressInfo).port
    this.server = server
    this.pairing.renew()
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS)
  }

  /** Stops serving: every device is disconnected and the port is let go. */
  async stop(): Promise<void> {
    await this.starting
    const server = this.server
    if (!server) return
    this.server = null
    clearInterval(this.heartbeat)
    for (const ws of this.clients.keys()) ws.terminate()
    this.clients.clear()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** What Settings shows. */
  async status(): Promise<HubStatus> {
    const on = this.server !== null
    const url = on ? `http://${(this.o.address ?? lanAddress)()}:${this.port}/` : null
    if (url && this.qr?.url !== url)
      this.qr = { url, svg: await QRCode.toString(url, { type: 'svg', margin: 2 }) }
    return {
      on,
      url,
      code: on ? this.pairing.code : null,
      qr:
        url && this.qr
          ? `data:image/svg+xml;base64,${Buffer.from(this.qr.svg).toString('base64')}`
          : null,
      devices: this.book.list(),
      lockedUntilMs: this.pairing.lockedUntilMs(),
      dropped: this.droppedCount,
    }
  }

  /** Forgets a paired device: its token stops working and its connection closes. */
  async forget(id: string): Promise<HubStatus> {
    if (this.book.forget(id))
      for (const [ws, c] of this.clients)
        if (c.deviceId === id) this.refuse(ws, 'This device was forgotten. Pair it again.')
    return this.status()
  }

  /** The runner's state: kept for devices that connect later and sent to every one now. */
  publish(state: LiveState): void {
    // Devices measure their clocks against the hub's. The runner shares this machine's
    // clock, so its own stamp is kept; one that is far off (a page on a test clock) is
    // replaced by the moment it arrived.
    const now = this.now()
    const stamp = state.stage && Math.abs(now - state.stage.atMs) > SAME_CLOCK_MS ? now : undefined
    this.live =
      state.stage && stamp !== undefined
        ? { ...state, stage: { ...state.stage, atMs: stamp } }
        : state
    if (!this.server) return
    const text = JSON.stringify({ type: 'state', state: this.live } satisfies HubMessage)
    for (const [ws, c] of this.clients) if (c.deviceId) ws.send(text)
  }

  private drop(): void {
    this.droppedCount += 1
  }

  private async request(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLocalAddress(req.socket.remoteAddress)) {
      res.writeHead(403).end()
      return
    }
    const path = new URL(req.url ?? '/', 'http://hub').pathname
    if (req.method === 'POST' && path === '/pair')
      return answerPair(req, res, {
        pairing: this.pairing,
        book: this.book,
        now: this.now,
        drop: () => this.drop(),
      })
    if (req.method === 'GET' && (await sendRemoteFile(this.o.root, path, res))) return
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://hub').pathname
    if (!isLocalAddress(req.socket.remoteAddress) || path !== '/ws' || !fromSameOrigin(req, true)) {
      socket.destroy()
      return
    }
    this.sockets.handleUpgrade(req, socket, head, (ws) => this.connect(ws))
  }

  private connect(ws: WebSocket): void {
    const client: Client = { deviceId: null, role: null, alive: true }
    this.clients.set(ws, client)
    ws.on('pong', () => (client.alive = true))
    ws.on('close', () => this.clients.delete(ws))
    ws.on('error', (err: Error & { code?: string }) => {
      // A frame over the bound closes the socket unread: it counts as dropped too.
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.drop()
      ws.terminate()
    })
    ws.on('message', (data, binary) => this.message(ws, client, data, binary))
  }

  private message(ws: WebSocket, client: Client, data: RawData, binary: boolean): void {
    const text = binary || bytesOf(data) > MAX_DEVICE_MESSAGE_BYTES ? '' : textOf(data)
    const msg = readMessage(deviceMessageSchema, text, MAX_DEVICE_MESSAGE_BYTES)
    if (!msg) return this.drop()
    if (msg.type === 'hello') {
      const device = this.book.find(msg.token)
      if (!device) {
        this.drop()
        return this.refuse(ws, 'This device is not paired with Runstrong.')
      }
      client.deviceId = device.id
      client.role = msg.role
      this.send(ws, { type: 'welcome', role: msg.role, name: device.name })
      this.send(ws, { type: 'state', state: this.live })
      return
    }
    // A device forgotten while connected counts as a stranger from then on.
    if (!client.deviceId || !this.book.has(client.deviceId)) {
      this.drop()
      return this.refuse(ws, 'This device is not paired with Runstrong.')
    }
    if (msg.type === 'ping') return this.send(ws, { type: 'pong', t: msg.t, hubMs: this.now() })
    // A display only shows: a command from one is not allowed.
    if (client.role !== 'remote') return this.drop()
    this.o.onCommand(msg.command)
  }

  private send(ws: WebSocket, message: HubMessage): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message))
  }

  private refuse(ws: WebSocket, reason: string): void {
    this.send(ws, { type: 'refused', reason })
    const client = this.clients.get(ws)
    if (client) client.deviceId = null
    ws.close(4001, 'not paired')
  }

  private beat(): void {
    for (const [ws, client] of this.clients) {
      // No answer to the last ping: a phone asleep or off the network. It reconnects.
      if (!client.alive) {
        ws.terminate()
        continue
      }
      client.alive = false
      ws.ping()
    }
  }
}

import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer, type RawData } from 'ws'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { LiveState } from '@shared/engine/display-window-state'
import {
  deviceMessageSchema,
  MAX_DEVICE_MESSAGE_BYTES,
  readMessage,
  type DeviceRole,
  type HubMessage,
} from '@shared/remote/protocol'
import type { DeviceBook } from './devices'
import { guarded, Holdings, RateLimit, refuseUpgrade } from './guards'
import { bytesOf, textOf } from './wire'

/** A socket that has not said who it is within this long is closed, in ms. */
export const HELLO_MS = 5000
/** Open sockets (phone and TV links) one address may hold, and all addresses together. */
export const SOCKETS_PER_ADDRESS = 4
export const MAX_SOCKETS = 40
/** Presses one device may make in any second; more are dropped. */
export const PRESSES_PER_SECOND = 10
/** Messages of any kind one socket may send in any second; more close it. */
export const MESSAGES_PER_SECOND = 20

export interface LinkDeps {
  book: DeviceBook
  /** The runner's state as it stands, for a device that says hello. */
  live: () => LiveState
  /** A press on a paired remote. */
  onCommand: (command: PhoneCommand) => void
  /** A device paired before roles were kept has fixed its role. */
  onRoleFixed: () => void
  /** A paired device connected (said hello) or went away. */
  onPresence: () => void
  /** Counts what was refused. */
  drop: () => void
  now: () => number
  helloMs: number
}

interface Link {
  /** This socket's own key, for its message count. */
  key: string
  deviceId: string | null
  role: DeviceRole | null
  /** Answered the last heartbeat. */
  alive: boolean
  hello: ReturnType<typeof setTimeout> | undefined
}

/**
 * The phone and TV sockets: each says hello with its token within `HELLO_MS` or is closed;
 * each address holds a few and all together a bounded number; junk, a press from a display
 * and a flood close a socket; presses beyond a person's pace are dropped. A paired device
 * is sent the runner's state as it changes.
 */
export class DeviceLinks {
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
  private readonly links = new Map<WebSocket, Link>()
  private readonly held = new Holdings(SOCKETS_PER_ADDRESS, MAX_SOCKETS)
  private readonly presses: RateLimit
  private readonly messages: RateLimit
  private opened = 0

  constructor(private readonly d: LinkDeps) {
    this.presses = new RateLimit(PRESSES_PER_SECOND, 1000, d.now)
    this.messages = new RateLimit(MESSAGES_PER_SECOND, 1000, d.now)
  }

  /** The paired devices connected now (said hello on a socket still open). */
  get present(): Set<string> {
    const ids = new Set<string>()
    for (const l of this.links.values()) if (l.deviceId) ids.add(l.deviceId)
    return ids
  }

  /** Open sockets, said hello or not. */
  get count(): number {
    return this.links.size
  }

  /** Takes an upgrade already checked as the hub's own: within the bounds, or refused. */
  take(req: IncomingMessage, socket: Duplex, head: Buffer, address: string): void {
    if (!this.held.take(address)) {
      this.d.drop()
      refuseUpgrade(socket, 429)
      return
    }
    let taken = true
    const giveBack = () => {
      if (taken) this.held.give(address)
      taken = false
    }
    // A handshake the socket library refuses closes the socket: the place is given back.
    socket.once('close', giveBack)
    this.server.handleUpgrade(req, socket, head, (ws) => this.connect(ws, address, giveBack))
  }

  /** Sends every paired device the same message. */
  broadcast(message: HubMessage): void {
    const text = JSON.stringify(message)
    for (const [ws, link] of this.links)
      if (link.deviceId && ws.readyState === WebSocket.OPEN) ws.send(text)
  }

  /** Closes the sockets of a device that was forgotten, telling it why. */
  forgotten(id: string): void {
    for (const [ws, link] of this.links)
      if (link.deviceId === id) this.refuse(ws, 'This device was forgotten. Pair it again.')
  }

  /** The heartbeat: sockets that did not answer the last ping are cut; the rest are pinged. */
  beat(): void {
    for (const [ws, link] of this.links) {
      // No answer to the last ping: a phone asleep or off the network. It reconnects.
      if (!link.alive) {
        ws.terminate()
        continue
      }
      link.alive = false
      ws.ping()
    }
    this.presses.sweep()
    this.messages.sweep()
  }

  /** Cuts every socket at once. */
  closeAll(): void {
    for (const ws of this.links.keys()) ws.terminate()
  }

  private connect(ws: WebSocket, address: string, giveBack: () => void): void {
    const link: Link = {
      key: `${address}#${(this.opened += 1)}`,
      deviceId: null,
      role: null,
      alive: true,
      // A socket that never says who it is holds a place for nobody.
      hello: setTimeout(() => {
        if (link.deviceId) return
        this.d.drop()
        ws.terminate()
      }, this.d.helloMs),
    }
    this.links.set(ws, link)
    ws.on('pong', () => (link.alive = true))
    ws.on('close', () => {
      clearTimeout(link.hello)
      this.messages.forget(link.key)
      this.links.delete(ws)
      giveBack()
      if (link.deviceId) this.d.onPresence()
    })
    ws.on('error', (err: Error & { code?: string }) => {
      // A frame over the bound closes the socket unread: it counts as dropped too.
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.d.drop()
      ws.terminate()
    })
    const onMessage = (data: RawData, binary: boolean) => this.message(ws, link, data, binary)
    ws.on(
      'message',
      guarded(onMessage, () => {
        this.d.drop()
        ws.terminate()
      }),
    )
  }

  private message(ws: WebSocket, link: Link, data: RawData, binary: boolean): void {
    // A socket being closed reads nothing more.
    if (ws.readyState !== WebSocket.OPEN) return
    // A socket that floods is closed; its device may come back at a sane pace.
    if (!this.messages.allow(link.key)) {
      this.d.drop()
      ws.terminate()
      return
    }
    const text = binary || bytesOf(data) > MAX_DEVICE_MESSAGE_BYTES ? '' : textOf(data)
    const msg = readMessage(deviceMessageSchema, text, MAX_DEVICE_MESSAGE_BYTES)
    // Junk closes the socket: the phone page never sends any.
    if (!msg) {
      this.d.drop()
      return this.closeSoon(ws, 1008, 'Runstrong could not read that message.')
    }
    if (msg.type === 'hello') return this.hello(ws, link, msg.token, msg.role)
    // A device forgotten while connected counts as a stranger from then on.
    if (!link.deviceId || !this.d.book.has(link.deviceId)) {
      this.d.drop()
      return this.refuse(ws, 'This device is not paired with Runstrong.')
    }
    if (msg.type === 'ping') return this.send(ws, { type: 'pong', t: msg.t, hubMs: this.d.now() })
    // A display only shows: a press from one is not allowed, and ends its link.
    if (link.role !== 'remote') {
      this.d.drop()
      return this.closeSoon(ws, 1008, 'A display cannot press buttons.')
    }
    // A burst of presses beyond a person's pace is dropped, not acted on.
    if (!this.presses.allow(link.deviceId)) return this.d.drop()
    this.d.onCommand(msg.command)
  }

  /** A device says who it is: its role is the one fixed at pairing, whatever it says. */
  private hello(ws: WebSocket, link: Link, token: string, said: DeviceRole | undefined): void {
    const device = link.deviceId ? undefined : this.d.book.find(token)
    if (!device) {
      this.d.drop()
      return this.refuse(ws, 'This device is not paired with Runstrong.')
    }
    clearTimeout(link.hello)
    const role = device.role ?? this.d.book.settleRole(device.id, said ?? 'display')
    if (!device.role) this.d.onRoleFixed()
    link.deviceId = device.id
    link.role = role
    this.send(ws, { type: 'welcome', role, name: device.name })
    this.send(ws, { type: 'state', state: this.d.live() })
    this.d.onPresence()
  }

  private send(ws: WebSocket, message: HubMessage): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message))
  }

  /** Tells a device it is not paired, and closes its socket. */
  private refuse(ws: WebSocket, reason: string): void {
    this.send(ws, { type: 'refused', reason })
    this.closeSoon(ws, 4001, 'not paired')
  }

  /**
   * Closes a socket: its device hears why, and a peer that does not close its side within a
   * second is cut off, so nobody holds a place by ignoring the close.
   */
  private closeSoon(ws: WebSocket, code: number, reason: string): void {
    const link = this.links.get(ws)
    if (link?.deviceId) {
      link.deviceId = null
      this.d.onPresence()
    }
    ws.close(code, reason)
    setTimeout(() => ws.terminate(), 1000).unref()
  }
}

/**
 * Runstrong Remote for the browser edition (`npm run web`): the Node server that serves the
 * page also hosts the hub. The page switches it and reads its status through a small HTTP
 * API, and talks to it over a WebSocket (presses and status changes come back that way);
 * both take only this machine's own requests, made to the page's own address from the
 * page's own origin. Each runner page (by the key kept in its storage) has its own hub,
 * code and devices, for as long as the page is open.
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer, type RawData } from 'ws'
import * as z from '@shared/zod'
import {
  hostKeySchema,
  hostMessageSchema,
  MAX_HOST_MESSAGE_BYTES,
  readMessage,
  type HubStatus,
  type PageMessage,
} from '@shared/remote/protocol'
import {
  guarded,
  pathOf,
  RateLimit,
  refuseRequest,
  refuseUpgrade,
  SECURITY_HEADERS,
} from './guards'
import { RemoteHub } from './hub'
import { fromSameOrigin, readBody, textOf } from './wire'
import { toOwnAddress } from './net'

export { RemoteHub } from './hub'

/**
 * The port of the first hub made in a run whose page has none of its own yet; later ones
 * take any free one. Each hub keeps the port it bound in its page's file and takes it again
 * when it is free (the next run, or after its page came back), so phones keep their pairing.
 */
export const WEB_REMOTE_PORT = 47475
/** Runner pages with a hub at once, at most. */
export const MAX_ROOMS = 50
/** Sockets one runner page (its tabs) may hold, and all pages together. */
export const PAGE_SOCKETS = 8
export const MAX_PAGE_SOCKETS = 100
/** A page socket must say which page it is within this long, in ms. */
export const PAGE_HELLO_MS = 5000
/** A page's hub stays this long after its last socket closed (a reload comes back), in ms. */
export const ROOM_GRACE_MS = 30_000
/** Messages one page socket may send in a second; more close it. */
const PAGE_MESSAGES_PER_SECOND = 50

const apiSchema = z.strictObject({
  key: hostKeySchema,
  on: z.optional(z.boolean()),
  forget: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
})

interface Room {
  key: string
  hub: RemoteHub
  hosts: Set<WebSocket>
  /** Frees the room once no page holds it. */
  idle: ReturnType<typeof setTimeout> | undefined
}

export interface WebRemoteOptions {
  /** The built renderer folder. */
  root: string
  /** Where each page's switch and paired devices are kept. */
  dataDir: string
  port?: number
  /** The hubs' addresses on the local network (tests name loopback ones). */
  addresses?: () => string[]
  now?: () => number
  /** How long a page's hub outlives its last socket, in ms. */
  roomGraceMs?: number
  /** How long any socket may take to say hello, in ms (tests shorten it). */
  helloMs?: number
}

/** The browser edition's hubs, and the API and socket its pages reach them by. */
export function createWebRemote(o: WebRemoteOptions) {
  const rooms = new Map<string, Room>()
  let port = o.port ?? WEB_REMOTE_PORT
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_HOST_MESSAGE_BYTES })
  const messages = new RateLimit(PAGE_MESSAGES_PER_SECOND, 1000, o.now ?? Date.now)
  const graceMs = o.roomGraceMs ?? ROOM_GRACE_MS
  let pageSockets = 0
  let nextSocket = 0

  const tell = (hosts: Set<WebSocket>, message: PageMessage) => {
    const text = JSON.stringify(message)
    for (const ws of hosts) if (ws.readyState === WebSocket.OPEN) ws.send(text)
  }

  /** Frees a room nobody holds: its hub stops (its switch is kept for the page's return). */
  const free = async (room: Room) => {
    if (rooms.get(room.key) !== room || room.hosts.size > 0) return
    rooms.delete(room.key)
    clearTimeout(room.idle)
    await room.hub.stop()
  }

  const idleSoon = (room: Room) => {
    clearTimeout(room.idle)
    room.idle = undefined
    if (room.hosts.size === 0)
      room.idle = setTimeout(() => void free(room).catch(() => undefined), graceMs)
  }

  const roomFor = async (key: string): Promise<Room | undefined> => {
    let room = rooms.get(key)
    if (room) return room
    // Full: the pages longest without a socket make way; open pages never do.
    if (rooms.size >= MAX_ROOMS)
      for (const old of rooms.values()) {
        if (rooms.size < MAX_ROOMS) break
        await free(old)
      }
    if (rooms.size >= MAX_ROOMS) return undefined
    const id = createHash('sha256').update(key).digest('hex').slice(0, 24)
    const hosts = new Set<WebSocket>()
    const hub = new RemoteHub({
      root: o.root,
      file: join(o.dataDir, `${id}.json`),
      port,
      onCommand: (command) => tell(hosts, { type: 'command', command }),
      onChange: (status) => tell(hosts, { type: 'status', status }),
      ...(o.addresses ? { addresses: o.addresses } : {}),
      ...(o.now ? { now: o.now } : {}),
      ...(o.helloMs ? { helloMs: o.helloMs } : {}),
    })
    // Each hub keeps its own port (in its file); the next new page takes any free one.
    port = 0
    room = { key, hub, hosts, idle: undefined }
    rooms.set(key, room)
    idleSoon(room)
    if (room.hub.wantsOn) await room.hub.start()
    return room
  }

  /**
   * Every request to the page server passes here first: it carries the security headers,
   * and one that is not this machine's own, to the page's own address, is refused (421)
   * with its connection closed. True when it was answered here.
   */
  function guard(req: IncomingMessage, res: ServerResponse): boolean {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    const refused = pathOf(req.url) === undefined ? 400 : !toOwnAddress(req) ? 421 : undefined
    if (refused === undefined) return false
    refuseRequest(res, refused)
    return true
  }

  /** Handles `POST /api/remote`; false for any other request. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (pathOf(req.url) !== '/api/remote') return false
    const reply = (status: number, body: HubStatus | { error: string }) =>
      res
        .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify(body))
    if (req.method !== 'POST' || !toOwnAddress(req) || !fromSameOrigin(req)) {
      reply(403, { error: 'Only Runstrong on this machine may switch its remote.' })
      return true
    }
    const body = readMessage(apiSchema, await readBody(req, 4096), 4096)
    const room = body && (await roomFor(body.key))
    if (!body || !room) {
      reply(400, { error: 'Refused: not a request Runstrong makes.' })
      return true
    }
    if (body.on !== undefined) await room.hub.switch(body.on)
    if (body.forget) await room.hub.forget(body.forget)
    reply(200, await room.hub.status())
    return true
  }

  /** A page's socket: says which page it is, then sends the runner's state. */
  function attach(ws: WebSocket): void {
    const socketKey = String((nextSocket += 1))
    let room: Promise<Room | undefined> | undefined
    const hello = setTimeout(() => ws.terminate(), o.helloMs ?? PAGE_HELLO_MS)
    const closeSoon = (code: number) => {
      ws.close(code)
      setTimeout(() => ws.terminate(), 1000).unref()
    }
    const onMessage = (data: RawData, binary: boolean) => {
      if (!messages.allow(socketKey)) return ws.terminate()
      const msg = binary
        ? undefined
        : readMessage(hostMessageSchema, textOf(data), MAX_HOST_MESSAGE_BYTES)
      // Junk, a second hello or a state before the first ends the socket.
      if (!msg || (msg.type === 'host') === (room !== undefined)) return closeSoon(1008)
      if (msg.type === 'host') {
        clearTimeout(hello)
        room = roomFor(msg.key).then((r) => {
          if (!r || r.hosts.size >= PAGE_SOCKETS || ws.readyState !== WebSocket.OPEN) {
            closeSoon(1013)
            return undefined
          }
          r.hosts.add(ws)
          idleSoon(r)
          void r.hub.status().then((status) => {
            if (ws.readyState === WebSocket.OPEN)
              ws.send(JSON.stringify({ type: 'status', status } satisfies PageMessage))
          })
          return r
        })
        return
      }
      void room?.then((r) => r?.hub.publish(msg.state))
    }
    ws.on(
      'message',
      guarded(onMessage, () => ws.terminate()),
    )
    ws.on('error', () => ws.terminate())
    ws.on('close', () => {
      clearTimeout(hello)
      messages.forget(socketKey)
      pageSockets -= 1
      void room?.then((r) => {
        if (!r || !r.hosts.delete(ws)) return
        // The runner page went: the devices show that no session runs.
        if (r.hosts.size === 0) r.hub.publish({ display: null, muted: false })
        idleSoon(r)
      })
    })
  }

  /**
   * Every upgrade on the page server passes here: the runner's socket (`/api/remote/host`)
   * from the page itself is taken, anything else is refused and its socket closed at once.
   */
  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy())
    try {
      const path = pathOf(req.url)
      const refused =
        path === undefined
          ? 400
          : !toOwnAddress(req)
            ? 421
            : path !== '/api/remote/host'
              ? 404
              : !fromSameOrigin(req)
                ? 403
                : pageSockets >= MAX_PAGE_SOCKETS
                  ? 429
                  : undefined
      if (refused !== undefined) {
        refuseUpgrade(socket, refused)
        return
      }
      pageSockets += 1
      let attached = false
      // A handshake the socket library refuses closes the socket: its place is given back.
      socket.once('close', () => {
        if (!attached) pageSockets -= 1
      })
      sockets.handleUpgrade(req, socket, head, (ws) => {
        attached = true
        attach(ws)
      })
    } catch {
      socket.destroy()
    }
  }

  /** Stops every hub. */
  async function close(): Promise<void> {
    for (const room of rooms.values()) clearTimeout(room.idle)
    await Promise.all([...rooms.values()].map((r) => r.hub.stop()))
    for (const ws of sockets.clients) ws.terminate()
  }

  return {
    guard,
    handle,
    upgrade,
    close,
    /** Runner pages with a hub now. */
    get rooms() {
      return rooms.size
    },
    /** Page sockets open now. */
    get pageSockets() {
      return pageSockets
    },
  }
}

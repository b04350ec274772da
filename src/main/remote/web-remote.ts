/**
 * Runstrong Remote for the browser edition (`npm run web`): the Node server that serves the
 * page also hosts the hub. The page switches it and reads its status through a small HTTP
 * API, and its runner talks to it over a WebSocket; both take only this machine's own
 * requests from the page's own origin. Each runner page (by the key kept in its storage)
 * has its own hub, code and devices.
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import * as z from '@shared/zod'
import type { HubStatus } from '@shared/ipc-contract'
import {
  hostKeySchema,
  hostMessageSchema,
  MAX_HOST_MESSAGE_BYTES,
  readMessage,
} from '@shared/remote/protocol'
import { RemoteHub } from './hub'
import { fromSameOrigin, readBody, textOf } from './wire'
import { isLoopback } from './net'

export { RemoteHub } from './hub'

/** The first hub's port; later ones take any free port. */
export const WEB_REMOTE_PORT = 47475
/** Runner pages served at once, at most (each has its own hub). */
const MAX_ROOMS = 50

const apiSchema = z.strictObject({
  key: hostKeySchema,
  on: z.optional(z.boolean()),
  forget: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
})

interface Room {
  hub: RemoteHub
  hosts: Set<WebSocket>
}

export interface WebRemoteOptions {
  /** The built renderer folder. */
  root: string
  /** Where each page's switch and paired devices are kept. */
  dataDir: string
  port?: number
}

/** Whether a request comes from this machine and from the page's own origin. */
function fromOwnPage(req: IncomingMessage): boolean {
  return isLoopback(req.socket.remoteAddress) && fromSameOrigin(req)
}

/** The browser edition's hubs, and the API and socket its pages reach them by. */
export function createWebRemote(o: WebRemoteOptions) {
  const rooms = new Map<string, Room>()
  let nextPort = o.port ?? WEB_REMOTE_PORT
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_HOST_MESSAGE_BYTES })

  const roomFor = async (key: string): Promise<Room | undefined> => {
    let room = rooms.get(key)
    if (room) return room
    if (rooms.size >= MAX_ROOMS) return undefined
    const hosts = new Set<WebSocket>()
    const id = createHash('sha256').update(key).digest('hex').slice(0, 24)
    const hub = new RemoteHub({
      root: o.root,
      file: join(o.dataDir, `${id}.json`),
      port: nextPort,
      onCommand: (command) => {
        const text = JSON.stringify({ type: 'command', command })
        for (const ws of hosts) if (ws.readyState === WebSocket.OPEN) ws.send(text)
      },
    })
    // Each hub keeps its own port; the next takes any free one.
    nextPort = 0
    room = { hub, hosts }
    rooms.set(key, room)
    if (hub.wantsOn) await hub.start()
    return room
  }

  /** Handles `POST /api/remote`; false for any other request. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (new URL(req.url ?? '/', 'http://page').pathname !== '/api/remote') return false
    const reply = (status: number, body: HubStatus | { error: string }) =>
      res
        .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify(body))
    if (req.method !== 'POST' || !fromOwnPage(req)) {
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

  /** Takes the runner's socket (`/api/remote/host`); false for any other upgrade. */
  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (new URL(req.url ?? '/', 'http://page').pathname !== '/api/remote/host') return false
    if (!fromOwnPage(req)) {
      socket.destroy()
      return true
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // The runner's room, once its key has come: what follows waits for it, in order.
      let room: Promise<Room | undefined> | undefined
      ws.on('message', (data, binary) => {
        const msg = binary
          ? undefined
          : readMessage(hostMessageSchema, textOf(data), MAX_HOST_MESSAGE_BYTES)
        if (msg?.type === 'host' && !room)
          room = roomFor(msg.key).then((r) => {
            r?.hosts.add(ws)
            return r
          })
        else if (msg?.type === 'state') void room?.then((r) => r?.hub.publish(msg.state))
      })
      ws.on('close', () => {
        void room?.then((r) => {
          if (!r) return
          r.hosts.delete(ws)
          // The runner page went: the devices show that no session runs.
          if (r.hosts.size === 0) r.hub.publish({ stage: null, muted: false })
        })
      })
    })
    return true
  }

  /** Stops every hub. */
  async function close(): Promise<void> {
    await Promise.all([...rooms.values()].map((r) => r.hub.stop()))
    for (const ws of sockets.clients) ws.terminate()
  }

  return { handle, upgrade, close }
}

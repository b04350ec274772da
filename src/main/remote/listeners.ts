import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { Holdings, plainAddress } from './guards'

/** TCP connections (page loads, pairing, sockets) one address may hold, and in all. */
export const CONNECTIONS_PER_ADDRESS = 16
export const MAX_CONNECTIONS = 128

export interface ListenerHandlers {
  request: (req: IncomingMessage, res: ServerResponse) => void
  upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void
}

/**
 * The hub's servers: one per address it listens on, all on one port, with Node's own
 * bounds set tight (a request's headers within 5 s, its whole within 10 s, an idle
 * connection closed after 15 s) and the connections each address and all together may
 * hold. It knows its own Host names (`address:port`), the only ones the hub answers.
 */
export class Listeners {
  private readonly servers = new Map<string, Server>()
  private readonly connections = new Holdings(CONNECTIONS_PER_ADDRESS, MAX_CONNECTIONS)
  private names = new Set<string>()
  /** Counts `closeAll`s: a listen that finishes after one is let go at once. */
  private generation = 0

  constructor(
    private readonly handlers: ListenerHandlers,
    /** The port to try first; any free one when it is taken, then kept for every address. */
    public port: number,
  ) {}

  get listening(): boolean {
    return this.servers.size > 0
  }

  /** `address:port` for each address listened on. */
  get hosts(): ReadonlySet<string> {
    return this.names
  }

  has(address: string): boolean {
    return this.servers.has(address)
  }

  /** Listens on each of `addresses` (the first at any free port where the port is taken). */
  async open(addresses: readonly string[]): Promise<void> {
    const [first, ...rest] = addresses
    if (first === undefined) return
    try {
      await this.listenOn(first, this.port)
    } catch {
      await this.listenOn(first, 0)
    }
    for (const address of rest) await this.listenOn(address, this.port).catch(() => undefined)
  }

  /** Follows the network: listens on addresses that came up, lets go of ones that went. */
  async follow(addresses: readonly string[]): Promise<void> {
    if (!this.listening) return
    const wanted = new Set(addresses)
    for (const address of wanted)
      if (!this.servers.has(address)) await this.listenOn(address, this.port).catch(() => undefined)
    for (const address of [...this.servers.keys()])
      if (!wanted.has(address)) await this.close(address)
  }

  /** Stops listening everywhere and closes every connection. */
  async closeAll(): Promise<void> {
    this.generation += 1
    await Promise.all([...this.servers.keys()].map((a) => this.close(a)))
  }

  private async listenOn(address: string, port: number): Promise<void> {
    const generation = this.generation
    const server = createServer({ connectionsCheckingInterval: 1000 }, this.handlers.request)
    server.headersTimeout = 5000
    server.requestTimeout = 10_000
    server.keepAliveTimeout = 5000
    server.timeout = 15_000
    server.on('connection', (socket: Socket) => this.admit(socket))
    server.on('upgrade', this.handlers.upgrade)
    server.on('clientError', (_err, socket: Duplex) => socket.destroy())
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, address, () => {
        server.off('error', reject)
        resolve()
      })
    })
    if (generation !== this.generation) {
      server.close()
      return
    }
    // A listening server that fails later is closed; the others carry on.
    server.on('error', () => void this.close(address))
    this.port = (server.address() as AddressInfo).port
    this.servers.set(address, server)
    this.rename()
  }

  private async close(address: string): Promise<void> {
    const server = this.servers.get(address)
    if (!server) return
    this.servers.delete(address)
    this.rename()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  private rename(): void {
    this.names = new Set([...this.servers.keys()].map((a) => `${a}:${this.port}`))
  }

  /** A new TCP connection: within the bounds per address and in all, or closed at once. */
  private admit(socket: Socket): void {
    const address = plainAddress(socket.remoteAddress)
    if (!this.connections.take(address)) {
      socket.destroy()
      return
    }
    socket.once('close', () => this.connections.give(address))
  }
}

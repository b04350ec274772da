import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { LiveState } from '@shared/engine/display-window-state'
import { byHubClock, type HubMessage, type HubStatus } from '@shared/remote/protocol'
import { DeviceBook } from './devices'
import { guarded, pathOf, plainAddress, refusalOf, refuseRequest, refuseUpgrade } from './guards'
import { DeviceLinks, HELLO_MS } from './links'
import { Listeners } from './listeners'
import { defaultRouteAddress, lanAddresses } from './net'
import { answerPair } from './pair-request'
import { Pairing } from './pairing'
import { qrFor } from './qr'
import { sendRemoteFile } from './static-files'
import { Usage } from './usage'
import { fromSameOrigin } from './wire'

export { HELLO_MS, MAX_SOCKETS, PRESSES_PER_SECOND, SOCKETS_PER_ADDRESS } from './links'
export { AFTER_SESSION_OFF_MS, IDLE_OFF_MS } from './usage'

/** How often the hub checks that each device is still there, in ms. */
export const HEARTBEAT_MS = 10_000

/** How long status changes are gathered before Settings is told, in ms. */
const CHANGE_COALESCE_MS = 50

export interface HubOptions {
  /** The built renderer folder, which holds the phone page (`remote.html`). */
  root: string
  /** Where the switch and the paired devices are kept; null keeps them in memory. */
  file: string | null
  /** The port to try first where the file keeps none (the last bound); any free one if taken. */
  port: number
  /** A press on a paired remote: the runner acts on it. */
  onCommand: (command: PhoneCommand) => void
  /** The status changed without being asked (a pairing, a new code, switched itself off). */
  onChange?: (status: HubStatus) => void
  /**
   * This machine's addresses on the local network, the one to show first; empty when there
   * is none. The hub listens on these and on 127.0.0.1, and nowhere else.
   */
  addresses?: () => string[]
  /** How long a socket may take to say hello, in ms (`HELLO_MS`; tests shorten it). */
  helloMs?: number
  now?: () => number
}

/**
 * Runstrong Remote's server: serves the phone and TV page on the local network while its
 * switch is on, pairs devices with the code in force, passes a paired remote's presses to
 * the runner and the runner's state to every paired device. It answers only requests made
 * to its own addresses, bounds every socket, message and press, and drops and counts what
 * it will not take. It switches itself off a while after a session, or when left unused.
 */
export class RemoteHub {
  private readonly listeners: Listeners
  private readonly links: DeviceLinks
  private readonly book: DeviceBook
  private readonly pairing: Pairing
  private live: LiveState = { display: null, muted: false }
  private heartbeat: ReturnType<typeof setInterval> | undefined
  private switching: Promise<unknown> = Promise.resolve()
  private starting: Promise<void> | undefined
  private droppedCount = 0
  private readonly usage: Usage
  private offBy: HubStatus['offBy'] = null
  private changeTimer: ReturnType<typeof setTimeout> | undefined
  private readonly now: () => number
  private readonly lan: () => string[]
  /** The default route's address, as last asked. */
  private routed: string | undefined

  constructor(private readonly o: HubOptions) {
    this.now = o.now ?? Date.now
    this.lan = o.addresses ?? (() => lanAddresses(this.routed))
    this.book = new DeviceBook(o.file)
    this.pairing = new Pairing(this.now, () => this.changed())
    this.usage = new Usage(this.now)
    this.listeners = new Listeners(
      {
        // A request cut off half way (or a save that failed) is answered, never left to throw.
        request: (req, res) =>
          void this.request(req, res).catch(() => {
            this.drop()
            refuseRequest(res, 400)
          }),
        upgrade: (req, socket, head) => this.upgrade(req, socket, head),
      },
      this.book.port ?? o.port,
    )
    this.links = new DeviceLinks({
      book: this.book,
      live: () => this.live,
      onCommand: o.onCommand,
      onRoleFixed: () => this.changed(),
      // Settings shows who is connected, and the runner resends its state only while one is.
      onPresence: () => this.changed(),
      drop: () => this.drop(),
      now: this.now,
      helloMs: o.helloMs ?? HELLO_MS,
    })
  }

  /** Whether the switch was left on (the hub starts again with the app). */
  get wantsOn(): boolean {
    return this.book.on
  }

  get listening(): boolean {
    return this.listeners.listening
  }

  /** Messages dropped since this hub was made. */
  get dropped(): number {
    return this.droppedCount
  }

  /** Open phone and TV sockets, said hello or not. */
  get openSockets(): number {
    return this.links.count
  }

  /** Turns the switch on or off: binds (with a new code) or stops and closes every device. */
  async switch(on: boolean): Promise<HubStatus> {
    // One switch at a time, in order: a quick on-off-on never leaves a server nobody holds.
    const run = this.switching.then(async () => {
      this.book.on = on
      this.offBy = null
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

  /**
   * After an error nobody caught: starts again from nothing where the switch is on (new
   * sockets, a new code), so one bad moment never leaves the remote half working.
   */
  async recover(): Promise<void> {
    await this.stop()
    if (this.book.on) await this.start()
    this.changed()
  }

  /** The addresses to listen on: the local network's, and this machine's own. */
  private wantedAddresses(): string[] {
    return [...new Set([...this.lan(), '127.0.0.1'])]
  }

  private async bind(): Promise<void> {
    if (this.listeners.listening) return
    await this.listeners.open(this.wantedAddresses())
    // A phone keeps its pairing per address and port: the same port next time, where free.
    this.book.keepPort(this.listeners.port)
    this.pairing.reset()
    this.usage.restart()
    const beat = () => this.sweep()
    this.heartbeat = setInterval(
      guarded(beat, () => undefined),
      HEARTBEAT_MS,
    )
  }

  /** Stops serving: every device is disconnected and the port is let go. */
  async stop(): Promise<void> {
    await this.starting
    if (!this.listeners.listening) return
    clearInterval(this.heartbeat)
    this.links.closeAll()
    await this.listeners.closeAll()
  }

  /** What Settings shows. */
  async status(): Promise<HubStatus> {
    if (!this.o.addresses) this.routed = await defaultRouteAddress()
    if (!this.starting) await this.listeners.follow(this.wantedAddresses())
    const on = this.listeners.listening
    const lan = on ? this.lan().filter((a) => this.listeners.has(a)) : []
    const urlOf = (a: string) => `http://${a}:${this.listeners.port}/`
    const url = on ? urlOf(lan[0] ?? '127.0.0.1') : null
    return {
      on,
      url,
      code: on ? this.pairing.code : null,
      qr: url ? await qrFor(url) : null,
      others: await Promise.all(
        lan.slice(1).map(async (a) => ({ url: urlOf(a), qr: await qrFor(urlOf(a)) })),
      ),
      loopbackOnly: on && lan.length === 0,
      devices: this.book.list().map((d) => ({ ...d, connected: this.links.present.has(d.id) })),
      wrongCodes: this.pairing.wrongCodes,
      dropped: this.droppedCount,
      offBy: on ? null : this.offBy,
    }
  }

  /**
   * Forgets a paired device: its token stops working, its connection closes, and the code
   * is renewed (whoever read the old one cannot pair it again with it).
   */
  async forget(id: string): Promise<HubStatus> {
    if (this.book.forget(id)) {
      this.links.forgotten(id)
      if (this.listeners.listening) this.pairing.renew()
    }
    return this.status()
  }

  /** The runner's state: kept for devices that connect later and sent to every one now. */
  publish(state: LiveState): void {
    this.live = byHubClock(state, this.now())
    this.usage.note(this.running)
    if (this.listeners.listening)
      this.links.broadcast({ type: 'state', state: this.live } satisfies HubMessage)
  }

  private get running(): boolean {
    return this.live.display !== null && !this.live.display.ended
  }

  /**
   * What the heartbeat does: drops devices that stopped answering, follows the network's
   * addresses, and switches the remote off once it has gone unused (`AFTER_SESSION_OFF_MS`
   * after a session, `IDLE_OFF_MS` with none).
   */
  sweep(): void {
    this.links.beat()
    if (!this.starting) void this.listeners.follow(this.wantedAddresses()).catch(() => undefined)
    const reason = this.listeners.listening && this.usage.offReason(this.running)
    if (!reason) return
    void this.switch(false).then(() => {
      this.offBy = reason
      this.changed()
    })
  }

  /** Tells Settings, once for a burst of changes. */
  private changed(): void {
    if (!this.o.onChange || this.changeTimer) return
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined
      void this.status()
        .then((s) => this.o.onChange?.(s))
        .catch(() => undefined)
    }, CHANGE_COALESCE_MS)
  }

  private drop(): void {
    this.droppedCount += 1
  }

  private async request(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req.url)
    const refused = refusalOf(req, path, this.listeners.hosts)
    if (refused !== undefined) {
      this.drop()
      return refuseRequest(res, refused)
    }
    if (req.method === 'POST' && path === '/pair')
      return answerPair(req, res, {
        pairing: this.pairing,
        book: this.book,
        now: this.now,
        drop: () => this.drop(),
      }).then(() => this.changed())
    if (req.method === 'GET' && (await sendRemoteFile(this.o.root, path!, res))) return
    refuseRequest(res, 404)
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A socket reset while refused must not throw from an 'error' nobody listens to.
    socket.on('error', () => socket.destroy())
    try {
      const path = pathOf(req.url)
      const refused =
        refusalOf(req, path, this.listeners.hosts) ??
        (path !== '/ws' ? 404 : !fromSameOrigin(req, true) ? 403 : undefined)
      if (refused !== undefined) {
        this.drop()
        refuseUpgrade(socket, refused)
        return
      }
      this.links.take(req, socket, head, plainAddress(req.socket.remoteAddress))
    } catch {
      this.drop()
      socket.destroy()
    }
  }
}

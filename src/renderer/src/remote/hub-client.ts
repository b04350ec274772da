import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { LiveState } from '@shared/engine/display-window-state'
import { clockOffsetMs, type DeviceRole, type HubMessage } from '@shared/remote/protocol'

/** How the connection to the hub stands. */
export type Link = 'connecting' | 'open' | 'refused'

export interface HubClientEvents {
  onState: (state: LiveState) => void
  onLink: (link: Link) => void
  /** The hub took this device, as the role it was paired as. */
  onWelcome: (role: DeviceRole) => void
  /** The hub does not know this device (never paired, or forgotten). */
  onRefused: (reason: string) => void
}

/** How often the device asks the hub's clock (and checks the link is alive), in ms. */
const PING_MS = 4000
/** Nothing heard for this long: the link is dead (a Wi-Fi drop), so it is made again. */
const SILENT_MS = 10_000
const FIRST_RETRY_MS = 250
const MAX_RETRY_MS = 4000

/**
 * One phone's or TV's link to the hub: says hello with its token (and the role it believes
 * it has: the hub's own record wins), reconnects on
 * its own (sooner when the network or the screen comes back) and measures the hub's clock
 * against its own, so the countdown is worked out as on the laptop.
 */
export class HubClient {
  private ws: WebSocket | null = null
  private retryMs = FIRST_RETRY_MS
  private retry: ReturnType<typeof setTimeout> | undefined
  private pinger: ReturnType<typeof setInterval> | undefined
  private heardAtMs = 0
  private stopped = false
  private open = false
  /** (round trip, offset) of recent pings: the shortest round trip says it best. */
  private samples: { rttMs: number; offsetMs: number }[] = []

  constructor(
    private readonly token: string,
    private readonly role: DeviceRole,
    private readonly events: HubClientEvents,
  ) {}

  /** The hub's clock ahead of this device's, in ms. */
  get offsetMs(): number {
    let best = this.samples[0]
    for (const s of this.samples) if (best && s.rttMs < best.rttMs) best = s
    return best?.offsetMs ?? 0
  }

  start(): void {
    window.addEventListener('online', this.now)
    document.addEventListener('visibilitychange', this.now)
    this.connect()
  }

  stop(): void {
    this.stopped = true
    window.removeEventListener('online', this.now)
    document.removeEventListener('visibilitychange', this.now)
    clearTimeout(this.retry)
    clearInterval(this.pinger)
    this.ws?.close()
  }

  /** Sends a press; false when the link is down (a press is never kept to arrive late). */
  send(command: PhoneCommand): boolean {
    if (!this.open || this.ws?.readyState !== WebSocket.OPEN) return false
    this.ws.send(JSON.stringify({ type: 'command', command }))
    return true
  }

  /** Back on the network, or the screen woke: reconnect now rather than at the next try. */
  private readonly now = (): void => {
    if (this.stopped || document.visibilityState === 'hidden') return
    if (this.ws && Date.now() - this.heardAtMs < SILENT_MS) return
    clearTimeout(this.retry)
    this.retryMs = FIRST_RETRY_MS
    this.ws?.close()
    this.ws = null
    this.connect()
  }

  private connect(): void {
    if (this.stopped || this.ws) return
    this.events.onLink('connecting')
    const ws = new WebSocket(
      `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
    )
    this.ws = ws
    this.heardAtMs = Date.now()
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'hello', token: this.token, role: this.role }))
      // A few pings at once: the quickest answer measures the clocks best.
      for (const ms of [0, 150, 400]) setTimeout(() => this.ping(), ms)
    }
    ws.onmessage = (e) => this.message(String(e.data))
    ws.onclose = () => {
      if (this.ws !== ws) return
      this.ws = null
      this.open = false
      clearInterval(this.pinger)
      if (this.stopped) return
      this.events.onLink('connecting')
      this.retry = setTimeout(() => this.connect(), this.retryMs)
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS)
    }
    clearInterval(this.pinger)
    this.pinger = setInterval(() => {
      // A link that went quiet (a dropped Wi-Fi leaves no close behind) is made again.
      if (Date.now() - this.heardAtMs > SILENT_MS) this.now()
      else this.ping()
    }, PING_MS)
  }

  private ping(): void {
    if (this.ws?.readyState === WebSocket.OPEN)
      this.ws.send(JSON.stringify({ type: 'ping', t: Date.now() }))
  }

  private message(text: string): void {
    this.heardAtMs = Date.now()
    let msg: HubMessage
    try {
      msg = JSON.parse(text) as HubMessage
    } catch {
      return
    }
    if (msg.type === 'welcome') {
      this.open = true
      this.retryMs = FIRST_RETRY_MS
      this.events.onWelcome(msg.role)
      this.events.onLink('open')
    } else if (msg.type === 'state') this.events.onState(msg.state)
    else if (msg.type === 'pong') {
      const back = Date.now()
      this.samples = [
        ...this.samples.slice(-7),
        { rttMs: back - msg.t, offsetMs: clockOffsetMs(msg.t, msg.hubMs, back) },
      ]
    } else {
      this.stopped = true
      this.events.onLink('refused')
      this.events.onRefused(msg.reason)
      this.ws?.close()
    }
  }
}

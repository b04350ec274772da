import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { LiveState } from '@shared/engine/display-window-state'
import type { HubStatus } from '@shared/ipc-contract'
import { pageMessageSchema, type HostMessage } from '@shared/remote/protocol'
import type { Platform } from './platform'

/** Where the page keeps the key that makes it the runner of its own hub. */
export const HUB_KEY_STORAGE = 'runstrong.remoteHost'

/** The platform's remote methods. */
export type HubMethods = Pick<
  Platform,
  'hubStatus' | 'switchHub' | 'forgetHubDevice' | 'sendHubState' | 'onHubCommand' | 'onHubStatus'
>

/** This page's host key: made once (32 random bytes) and kept in page storage. */
function hostKey(storage: Storage): string {
  const kept = storage.getItem(HUB_KEY_STORAGE)
  if (kept && /^[A-Za-z0-9_-]{43}$/.test(kept)) return kept
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const key = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  try {
    storage.setItem(HUB_KEY_STORAGE, key)
  } catch {
    // Full storage: this page gets a new hub after a reload, and its devices pair again.
  }
  return key
}

/**
 * Runstrong Remote in the browser edition: `npm run web` hosts the hub beside the page and
 * answers `/api/remote`; served any other way, there is none and the status is null.
 */
export function createBrowserHub(storage: Storage): HubMethods {
  // Made on first use: a page that never touches the remote (the display window) keeps
  // nothing in storage.
  let kept: string | undefined
  const key = () => (kept ??= hostKey(storage))
  const listeners = new Set<(c: PhoneCommand) => void>()
  const watchers = new Set<(s: HubStatus) => void>()
  let socket: WebSocket | null = null
  let last: LiveState | null = null
  // Once the runner has sent a state, the page keeps its socket, so its hub stays for the
  // devices when the runner is left: they show the session's summary, then wait for the
  // next (the hub switches itself off a while after a session).
  const wanted = () => listeners.size + watchers.size > 0 || last !== null
  let retry: ReturnType<typeof setTimeout> | undefined
  let backoffMs = 500

  const call = async (extra: { on?: boolean; forget?: string } = {}) => {
    try {
      const res = await fetch(new URL('/api/remote', location.origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ key: key(), ...extra }),
      })
      if (!res.ok || !res.headers.get('content-type')?.includes('application/json')) return null
      const body = (await res.json()) as HubStatus
      return typeof body.on === 'boolean' ? body : null
    } catch {
      return null
    }
  }

  const heard = (text: string) => {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return
    }
    const msg = pageMessageSchema.safeParse(data)
    if (!msg.success) return
    if (msg.data.type === 'command') for (const l of listeners) l(msg.data.command)
    // The server's own word on its hub: a status as the API answers it.
    else for (const w of watchers) w(msg.data.status)
  }

  /** The page's socket to the server: presses and status changes come back on it. */
  const connect = () => {
    if (!wanted() || socket) return
    const ws = new WebSocket(`ws://${location.host}/api/remote/host`)
    socket = ws
    ws.onopen = () => {
      backoffMs = 500
      ws.send(JSON.stringify({ type: 'host', key: key() } satisfies HostMessage))
      if (last) ws.send(JSON.stringify({ type: 'state', state: last } satisfies HostMessage))
    }
    ws.onmessage = (e) => heard(String(e.data))
    ws.onclose = () => {
      // An old socket closing late must not drop the one that replaced it (two hosts would
      // act on every press twice).
      if (socket !== ws) return
      socket = null
      if (!wanted()) return
      // The server restarted or the network blinked: try again, less often each time.
      retry = setTimeout(connect, backoffMs)
      backoffMs = Math.min(backoffMs * 2, 10_000)
    }
  }

  /** Listening starts the socket (only where a hub answers); the last one gone ends it. */
  const listen = <T>(set: Set<T>, listener: T) => {
    set.add(listener)
    if (set.size === 1 && !socket) void call().then((s) => s && connect())
    return () => {
      set.delete(listener)
      if (wanted()) return
      clearTimeout(retry)
      socket?.close()
      socket = null
    }
  }

  return {
    hubStatus: () => call(),
    switchHub: (on) => call({ on }),
    forgetHubDevice: (id) => call({ forget: id }),
    sendHubState(state) {
      last = state
      if (socket?.readyState === WebSocket.OPEN)
        socket.send(JSON.stringify({ type: 'state', state } satisfies HostMessage))
    },
    onHubCommand: (listener) => listen(listeners, listener),
    onHubStatus: (listener) => listen(watchers, listener),
  }
}

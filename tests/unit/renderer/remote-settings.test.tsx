// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HubStatus } from '@shared/ipc-contract'
import { createBrowserHub, HUB_KEY_STORAGE } from '@renderer/platform/browser-hub'
import type { Platform } from '@renderer/platform/platform'
import { RemoteSection } from '@renderer/features/settings/remote-section'

const OFF: HubStatus = {
  on: false,
  url: null,
  code: null,
  qr: null,
  others: [],
  loopbackOnly: false,
  devices: [],
  wrongCodes: 0,
  dropped: 0,
  offBy: null,
}
const ON: HubStatus = {
  ...OFF,
  on: true,
  url: 'http://192.168.1.20:47474/',
  code: '042917',
  qr: 'data:image/svg+xml;base64,PHN2Zy8+',
  devices: [
    {
      id: 'a1',
      name: 'Safari on iPhone',
      pairedAtMs: Date.UTC(2026, 2, 2),
      role: 'remote',
      connected: true,
    },
  ],
  dropped: 2,
}

function hubPlatform(first: HubStatus | null) {
  let status = first
  const switchHub = vi.fn((on: boolean) => Promise.resolve((status = on ? ON : OFF)))
  const forgetHubDevice = vi.fn(() => Promise.resolve((status = { ...ON, devices: [] })))
  const watchers = new Set<(s: HubStatus) => void>()
  return {
    platform: {
      hubStatus: () => Promise.resolve(status),
      switchHub,
      forgetHubDevice,
      onHubStatus: (l: (s: HubStatus) => void) => {
        watchers.add(l)
        return () => watchers.delete(l)
      },
    } as unknown as Platform,
    switchHub,
    forgetHubDevice,
    /** The hub changed on its own (a pairing, switched itself off). */
    push: (s: HubStatus) => {
      status = s
      for (const w of watchers) w(s)
    },
  }
}

afterEach(cleanup)

describe('the remote in Settings', () => {
  it('is off by default; on, it shows the address, the QR code, the code and the devices', async () => {
    const { platform, switchHub, forgetHubDevice } = hubPlatform(OFF)
    render(<RemoteSection platform={platform} />)
    const box = await screen.findByRole('checkbox', { name: 'Phone remote and TV display' })
    expect(box).not.toBeChecked()
    expect(screen.queryByTestId('remote-url')).toBeNull()
    fireEvent.click(box)
    expect(box).toBeChecked()
    expect(switchHub).toHaveBeenCalledWith(true)
    expect(await screen.findByTestId('remote-url')).toHaveTextContent(ON.url!)
    expect(screen.getByTestId('pairing-code')).toHaveTextContent(/^\d{6}$/)
    expect(screen.getByRole('img', { name: `QR code for ${ON.url!}` })).toBeInTheDocument()
    expect(screen.getByTestId('remote-dropped')).toHaveTextContent('2')
    fireEvent.click(screen.getByRole('button', { name: /^Forget Safari on iPhone/ }))
    expect(forgetHubDevice).toHaveBeenCalledWith('a1')
    await act(() => Promise.resolve())
    expect(screen.queryByRole('list', { name: 'Paired devices' })).toBeNull()
  })

  it('shows a new code at once when a pairing renews it, and each device’s role', async () => {
    const { platform, push } = hubPlatform(ON)
    render(<RemoteSection platform={platform} />)
    expect(await screen.findByTestId('pairing-code')).toHaveTextContent('042917')
    expect(screen.getByText(/Safari on iPhone, remote, connected now, paired/)).toBeInTheDocument()
    act(() =>
      push({
        ...ON,
        code: '731502',
        devices: [
          ...ON.devices,
          {
            id: 'b2',
            name: 'Chrome on Android',
            pairedAtMs: Date.UTC(2026, 2, 3),
            role: 'display',
            connected: false,
          },
        ],
        wrongCodes: 3,
      }),
    )
    expect(screen.getByTestId('pairing-code')).toHaveTextContent('731502')
    expect(
      screen.getByText(/Chrome on Android, display, not connected, paired/),
    ).toBeInTheDocument()
    expect(screen.getByText(/Wrong codes tried: 3\./)).toBeInTheDocument()
  })

  it('says what the network can see, when it switched itself off, and when no phone can reach it', async () => {
    const { platform, push } = hubPlatform(ON)
    render(<RemoteSection platform={platform} />)
    expect(await screen.findByText(/travel unencrypted/)).toHaveTextContent(
      /network you trust.*switches itself off 5 minutes after a session ends, or after an hour without one/,
    )
    act(() => push({ ...ON, loopbackOnly: true, url: 'http://127.0.0.1:47474/' }))
    expect(screen.getByText(/No local network found/)).toBeInTheDocument()
    act(() => push({ ...OFF, offBy: 'session' }))
    expect(screen.getByRole('checkbox', { name: 'Phone remote and TV display' })).not.toBeChecked()
    expect(
      screen.getByText(/switched itself off 5 minutes after your session ended/),
    ).toBeInTheDocument()
  })

  it('lists this machine’s other addresses to choose from, each with its QR code', async () => {
    const { platform } = hubPlatform({
      ...ON,
      others: [{ url: 'http://192.168.56.1:47474/', qr: 'data:image/svg+xml;base64,b3RoZXI=' }],
    })
    render(<RemoteSection platform={platform} />)
    expect(await screen.findByTestId('remote-url')).toHaveTextContent(ON.url!)
    fireEvent.change(screen.getByRole('combobox', { name: /other addresses/ }), {
      target: { value: '1' },
    })
    expect(screen.getByTestId('remote-url')).toHaveTextContent('http://192.168.56.1:47474/')
    expect(
      screen.getByRole('img', { name: 'QR code for http://192.168.56.1:47474/' }),
    ).toHaveAttribute('src', 'data:image/svg+xml;base64,b3RoZXI=')
  })

  it('says plainly where the remote is not available', async () => {
    const { platform } = hubPlatform(null)
    render(<RemoteSection platform={platform} />)
    expect(await screen.findByText(/need the desktop app or .*npm run web/)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Phone remote and TV display' })).toBeDisabled()
  })
})

describe('the browser edition’s remote', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => vi.unstubAllGlobals())

  it('is null where no hub answers, and asks with a key kept in page storage', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<html>', { status: 404 }))),
    )
    const hub = createBrowserHub(localStorage)
    expect(await hub.hubStatus()).toBeNull()
    const key = localStorage.getItem(HUB_KEY_STORAGE)
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const fetchOn = vi.fn(() =>
      Promise.resolve(Response.json(ON, { headers: { 'Content-Type': 'application/json' } })),
    )
    vi.stubGlobal('fetch', fetchOn)
    expect(await createBrowserHub(localStorage).switchHub(true)).toEqual(ON)
    const [, init] = fetchOn.mock.calls[0] as unknown as [URL, RequestInit]
    expect(JSON.parse(init.body as string)).toEqual({ key, on: true })
  })

  it('passes on only the presses that parse from its socket', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(OFF))),
    )
    const sockets: FakeSocket[] = []
    class FakeSocket {
      static OPEN = 1
      readyState = 1
      sent: string[] = []
      onopen?: () => void
      onmessage?: (e: { data: string }) => void
      onclose?: () => void
      constructor(readonly url: string) {
        sockets.push(this)
      }
      send(t: string) {
        this.sent.push(t)
      }
      close() {}
    }
    vi.stubGlobal('WebSocket', FakeSocket)
    const hub = createBrowserHub(localStorage)
    const heard: string[] = []
    const off = hub.onHubCommand((c) => heard.push(c))
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    const ws = sockets[0]!
    expect(ws.url).toMatch(/\/api\/remote\/host$/)
    ws.onopen?.()
    expect(JSON.parse(ws.sent[0]!)).toMatchObject({ type: 'host' })
    ws.onmessage?.({ data: JSON.stringify({ type: 'command', command: 'skip' }) })
    ws.onmessage?.({ data: JSON.stringify({ type: 'command', command: 'exit' }) })
    ws.onmessage?.({ data: 'nonsense' })
    expect(heard).toEqual(['skip'])
    off()
  })

  it('opens its socket for Settings too, and passes on the status the server sends', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(OFF))),
    )
    const sockets: {
      onopen?: () => void
      onmessage?: (e: { data: string }) => void
      sent: string[]
      closed: boolean
    }[] = []
    vi.stubGlobal(
      'WebSocket',
      class {
        static OPEN = 1
        readyState = 1
        sent: string[] = []
        closed = false
        onopen?: () => void
        onmessage?: (e: { data: string }) => void
        onclose?: () => void
        constructor() {
          sockets.push(this)
        }
        send(t: string) {
          this.sent.push(t)
        }
        close() {
          this.closed = true
        }
      },
    )
    const hub = createBrowserHub(localStorage)
    const seen: (string | null)[] = []
    const off = hub.onHubStatus((s) => seen.push(s.code))
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    const ws = sockets[0]!
    ws.onopen?.()
    ws.onmessage?.({ data: JSON.stringify({ type: 'status', status: ON }) })
    ws.onmessage?.({ data: JSON.stringify({ type: 'status', status: { code: 1 } }) })
    expect(seen).toEqual(['042917'])
    off()
    expect(ws.closed).toBe(true)
  })

  it('keeps its socket once the runner has sent a state: the summary reaches the devices', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(OFF))),
    )
    const sockets: { onopen?: () => void; sent: string[]; closed: boolean }[] = []
    vi.stubGlobal(
      'WebSocket',
      class {
        static OPEN = 1
        readyState = 1
        sent: string[] = []
        closed = false
        onopen?: () => void
        constructor() {
          sockets.push(this)
        }
        send(t: string) {
          this.sent.push(t)
        }
        close() {
          this.closed = true
        }
      },
    )
    const hub = createBrowserHub(localStorage)
    // The runner listens for presses and sends its state; leaving, it stops listening first.
    const off = hub.onHubCommand(() => undefined)
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    const ws = sockets[0]!
    ws.onopen?.()
    hub.sendHubState({ display: null, muted: false })
    off()
    const last = { circuit: 'Legs', actualMs: 600_000, effortsDone: 8, effortsTotal: 9, atMs: 1 }
    hub.sendHubState({ display: null, muted: false, last })
    expect(ws.closed).toBe(false)
    expect(JSON.parse(ws.sent.at(-1)!)).toEqual({
      type: 'state',
      state: { display: null, muted: false, last },
    })
  })
})

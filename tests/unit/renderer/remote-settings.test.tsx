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
  devices: [],
  lockedUntilMs: null,
  dropped: 0,
}
const ON: HubStatus = {
  ...OFF,
  on: true,
  url: 'http://192.168.1.20:47474/',
  code: '042917',
  qr: 'data:image/svg+xml;base64,PHN2Zy8+',
  devices: [{ id: 'a1', name: 'Safari on iPhone', pairedAtMs: Date.UTC(2026, 2, 2) }],
  dropped: 2,
}

function hubPlatform(first: HubStatus | null) {
  let status = first
  const switchHub = vi.fn((on: boolean) => Promise.resolve((status = on ? ON : OFF)))
  const forgetHubDevice = vi.fn(() => Promise.resolve((status = { ...ON, devices: [] })))
  return {
    platform: {
      hubStatus: () => Promise.resolve(status),
      switchHub,
      forgetHubDevice,
    } as unknown as Platform,
    switchHub,
    forgetHubDevice,
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
})

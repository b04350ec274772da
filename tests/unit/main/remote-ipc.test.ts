import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import { snapshot } from '@shared/engine/session-snapshot'
import { start } from '@shared/engine/session'
import { compileTimeline } from '@shared/engine/timeline'
import type { InvokeChannel } from '@shared/ipc-contract'
import { circuit as testCircuit } from '../shared/helpers'

vi.mock('electron', () => {
  const e = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: vi.fn(), handle: vi.fn() },
  }
  return { default: e, ...e }
})

const { openStores } = await import('../../../src/main/data')
const { createHandlers } = await import('../../../src/main/handlers')
const { runHandler, sendEvent } = await import('../../../src/main/ipc')
const { RemoteHub } = await import('../../../src/main/remote/hub')
const { fakeServices } = await import('./fake-services')

const dir = mkdtempSync(join(tmpdir(), 'runstrong-remote-ipc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the phone remote in the desktop app', () => {
  it('is switched through IPC, takes the runner state only when valid, and sends presses to the window', async () => {
    const window = { isDestroyed: () => false, send: vi.fn() }
    // As index.ts wires it: a press becomes the `hub:command` event to the laptop window.
    const hub = new RemoteHub({
      root: dir,
      file: join(dir, 'remote.json'),
      port: 0,
      onCommand: (c) => sendEvent(window as never, 'hub:command', c),
      addresses: () => [],
    })
    const handlers = createHandlers(fakeServices(openStores(dir), { hub }))
    const call = (channel: InvokeChannel, ...args: unknown[]) =>
      runHandler(channel, handlers[channel] as never, () => true, {} as never, args)

    const off = await call('hub:status')
    expect(off).toMatchObject({ ok: true, value: { on: false, url: null } })
    const on = (await call('hub:switch', { on: true })) as {
      value: { url: string; code: string }
    }
    expect(on.value.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)

    const res = await fetch(`${on.value.url}pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: on.value.code, role: 'remote' }),
    })
    const { token } = (await res.json()) as { token: string }
    const ws = new WebSocket(`${on.value.url.replace('http', 'ws')}ws`)
    const heard: { type: string; state?: unknown }[] = []
    ws.on('message', (d: Buffer) => heard.push(JSON.parse(d.toString()) as (typeof heard)[number]))
    await new Promise((r) => ws.once('open', r))
    ws.send(JSON.stringify({ type: 'hello', token, role: 'remote' }))
    await vi.waitFor(() => expect(heard).toHaveLength(2))

    // A state that fails the contract is refused before the hub sees it.
    const bad = await call('hub:state', { display: { circuit: {} }, muted: false })
    expect(bad.ok).toBe(false)
    expect(bad.ok ? '' : bad.error).toMatch(/^Refused hub:state/)
    const c = testCircuit({ name: 'Mine', items: [{ exercise: 'squats', reps: 10 }] })
    const session = start(compileTimeline(c), 0)
    const display = {
      circuit: toCircuitFile(c),
      snapshot: snapshot(session, 0),
      atMs: Date.now(),
      paused: false,
      ended: false,
    }
    expect(await call('hub:state', { display, muted: true })).toEqual({ ok: true, value: null })
    await vi.waitFor(() => expect(heard).toHaveLength(3))
    expect(heard[2]).toMatchObject({ type: 'state', state: { muted: true } })

    ws.send(JSON.stringify({ type: 'command', command: 'togglePause' }))
    await vi.waitFor(() => expect(window.send).toHaveBeenCalledWith('hub:command', 'togglePause'))

    expect(await call('hub:switch', { on: false })).toMatchObject({
      ok: true,
      value: { on: false },
    })
    expect(hub.listening).toBe(false)
    ws.close()
  })
})

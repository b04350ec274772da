import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RemoteHub } from '../../../src/main/remote/hub'
import { keepRunning } from '../../../src/main/remote/keep-running'

const cleanups: (() => void | Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe('an error nobody caught in the main process', () => {
  it('is logged, and the remote starts again with its switch on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-keep-running-'))
    const hub = new RemoteHub({
      root: dir,
      file: join(dir, 'remote.json'),
      port: 0,
      onCommand: () => undefined,
      addresses: () => [],
    })
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    cleanups.push(() => hub.stop())
    const before = await hub.switch(true)
    const log = vi.fn()
    const guard = keepRunning(hub, log)
    cleanups.push(guard.remove)
    expect(process.listeners('uncaughtException')).toContain(guard.handle)
    guard.handle(new Error('a socket callback threw'))
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/starts again/), expect.any(Error))
    await vi.waitFor(async () => {
      const after = await hub.status()
      expect(after.on).toBe(true)
      expect(after.code).not.toBe(before.code)
    })
    expect(hub.wantsOn).toBe(true)
    expect((await fetch((await hub.status()).url!)).status).toBe(404)
  })

  it('stops the remote rather than restarting it forever when errors keep coming', () => {
    const hub = { recover: vi.fn(() => Promise.resolve()), stop: vi.fn(() => Promise.resolve()) }
    const guard = keepRunning(
      hub,
      () => undefined,
      () => 1000,
    )
    cleanups.push(guard.remove)
    for (let i = 0; i < 25; i += 1) guard.handle(new Error('again'))
    expect(hub.recover).toHaveBeenCalledTimes(20)
    expect(hub.stop).toHaveBeenCalledTimes(5)
    guard.remove()
    expect(process.listeners('uncaughtException')).not.toContain(guard.handle)
  })
})

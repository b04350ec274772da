import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RemoteHub } from '../../../src/main/remote/hub'
import { DeviceBook } from '../../../src/main/remote/devices'

let dir: string
const hubs: RemoteHub[] = []

function makeHub(): RemoteHub {
  const hub = new RemoteHub({
    root: join(dir, 'renderer'),
    file: join(dir, 'remote.json'),
    port: 0,
    onCommand: () => undefined,
    address: () => '127.0.0.1',
  })
  hubs.push(hub)
  return hub
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-guards-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'remote.html'), '<!doctype html><title>Remote</title>')
})

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.stop()))
  rmSync(dir, { recursive: true, force: true })
})

describe('the hub stands up to what the network sends', () => {
  it('pairs only from its own page: another site or a plain-text post is refused and counted', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const post = (headers: Record<string, string>) =>
      fetch(`${url!}pair`, { method: 'POST', headers, body: JSON.stringify({ code }) })
    const json = { 'Content-Type': 'application/json' }
    expect((await post({ ...json, Origin: 'http://evil.example' })).status).toBe(403)
    expect((await post({ 'Content-Type': 'text/plain' })).status).toBe(403)
    expect(hub.dropped).toBe(2)
    expect((await hub.status()).devices).toEqual([])
    expect((await post({ ...json, Origin: url!.slice(0, -1) })).status).toBe(200)
  })

  it('survives a pairing request cut off half way, and keeps serving', async () => {
    const hub = makeHub()
    const { url, code } = await hub.switch(true)
    const { port } = new URL(url!)
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/pair',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '500' },
      })
      req.on('error', () => resolve())
      req.write('{"code":')
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 50)
    })
    await new Promise((r) => setTimeout(r, 50))
    const res = await fetch(`${url!}pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    })
    expect(res.status).toBe(200)
  })

  it('switched on, off and on again at once, leaves one server, and off stops it', async () => {
    const hub = makeHub()
    const [, , last] = await Promise.all([hub.switch(true), hub.switch(false), hub.switch(true)])
    expect(last.on).toBe(true)
    const url = last.url!
    expect((await fetch(url)).status).toBe(200)
    await hub.switch(false)
    await expect(fetch(url)).rejects.toThrow()
    expect(hub.listening).toBe(false)
  })
})

describe("the remote's file", () => {
  it('is never written over when it is there but cannot be read', () => {
    // A file that is there but will not read (here a folder in its place: the read fails
    // as a permission or too many open files would, not as a missing file).
    const file = join(dir, 'remote.json')
    mkdirSync(file)
    writeFileSync(join(file, 'inside'), 'kept')
    const book = new DeviceBook(file)
    expect(book.list()).toEqual([])
    expect(() => book.add('Phone', 1)).not.toThrow()
    expect(() => (book.on = true)).not.toThrow()
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('kept')
  })

  it('starts afresh when it is missing, and keeps what is paired', () => {
    const file = join(dir, 'fresh', 'remote.json')
    const book = new DeviceBook(file)
    book.add('Phone', 1)
    expect(new DeviceBook(file).list().map((d) => d.name)).toEqual(['Phone'])
  })
})

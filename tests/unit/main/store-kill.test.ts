import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bundleForNode } from '../../support/bundle-for-node.mjs'

vi.mock('electron', () => {
  const e = {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: vi.fn() },
  }
  return { default: e, ...e }
})

const { openStores } = await import('../../../src/main/data')

const work = mkdtempSync(join(tmpdir(), 'runstrong-kill-'))
const writer = join(work, 'writer.mjs')

beforeAll(async () => {
  // The writer is the real store code, bundled for plain Node with a stand-in `electron`.
  await bundleForNode('tests/support/store-writer.ts', work, 'writer')
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Starts the writer and kills it with SIGKILL `afterMs` after its first write. */
function writeThenKill(dir: string, afterMs: number): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('writing')) setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('error', fail)
    child.on('exit', (_code, signal) => done(signal ?? 'exited'))
  })
}

describe('a store written by a process killed mid-write', () => {
  it('parses after every one of 20 SIGKILLs at random moments', async () => {
    const dir = mkdtempSync(join(work, 'data-'))
    const kills: string[] = []
    const counts: number[] = []
    for (let round = 0; round < 20; round++) {
      kills.push(await writeThenKill(dir, Math.floor(Math.random() * 400)))
      const text = readFileSync(join(dir, 'history.json'), 'utf8')
      expect(() => JSON.parse(text) as unknown).not.toThrow()
      const loaded = openStores(dir).history.load()
      expect(loaded.notice, text.slice(0, 300)).toBeUndefined()
      counts.push(loaded.value.length)
    }
    // Most runs were cut off part-way through their 1000 writes.
    expect(kills.filter((k) => k === 'SIGKILL').length).toBeGreaterThanOrEqual(15)
    expect(counts.some((n) => n > 0 && n < 1000)).toBe(true)
  }, 120_000)
})

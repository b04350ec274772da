// Chromium driven over the DevTools protocol directly, without Playwright. Playwright keeps
// every page it controls visible, so a page hidden behind another tab (and throttled as a
// person's browser throttles it) can only be had this way.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const BASE_ARGS = ['--headless', ...CHROMIUM_ARGS]

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Starts Chromium with background throttling as shipped; returns a small CDP client. */
export async function launchRawChromium({
  executablePath = CHROMIUM_PATH,
  port = 9300 + Math.floor(Math.random() * 500),
} = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'runstrong-raw-'))
  const child = spawn(
    executablePath,
    [...BASE_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: 'ignore',
    },
  )
  let version
  for (let i = 0; i < 100 && !version; i++) {
    await sleep(100)
    version = await fetch(`http://127.0.0.1:${port}/json/version`)
      .then((r) => r.json())
      .catch(() => undefined)
  }
  if (!version) throw new Error('Chromium did not start its DevTools endpoint')
  const ws = new WebSocket(version.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  let nextId = 0
  const pending = new Map()
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data))
    const p = msg.id ? pending.get(msg.id) : undefined
    if (!p) return
    pending.delete(msg.id)
    if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`))
    else p.resolve(msg.result)
  })
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId
      pending.set(id, { resolve, reject, method })
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }))
    })

  /** Opens a tab in the same window (and so hides the one in front). */
  async function newTab(url) {
    const { targetId } = await send('Target.createTarget', { url })
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
    await send('Runtime.enable', {}, sessionId)
    const tab = {
      targetId,
      sessionId,
      async evaluate(expression) {
        const r = await send(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        )
        if (r.exceptionDetails)
          throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text)
        return r.result.value
      },
      async waitFor(expression, timeoutMs = 15_000) {
        const end = Date.now() + timeoutMs
        while (Date.now() < end) {
          if (await tab.evaluate(expression).catch(() => false)) return
          await sleep(50)
        }
        throw new Error(`timed out waiting for ${expression}`)
      },
      activate: () => send('Target.activateTarget', { targetId }),
      navigate: (to) => send('Page.navigate', { url: to }, sessionId),
    }
    return tab
  }

  return {
    newTab,
    async close() {
      ws.close()
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await Promise.race([exited, sleep(5000)])
      // Chromium's helpers may still be letting go of the profile; tidying up never fails a run.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
      } catch {
        // Left in the temp folder.
      }
    },
  }
}

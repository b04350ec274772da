import { expect, test } from '@playwright/test'
import { closedOf, httpFrom, opened, pairFrom, rawFrom, wsFrom } from '../support/loopback'
import { hubStatus, openRunner, switchOn, type Hub } from './remote-helpers'

// The real `npm run web` server (the page port) and a runner page's hub, attacked as a device
// on the home network or a web page the user visits would: 127.0.0.2, 127.0.0.3 and so on
// stand in for other devices. Traffic goes to loopback only.

const PAGE_PORT = Number(process.env.E2E_PORT ?? 4317)

/** The hub of a fresh runner page, reached over loopback. */
async function loopbackHub(
  page: Parameters<typeof openRunner>[0],
): Promise<Hub & { local: string }> {
  await openRunner(page)
  const hub = await switchOn(page)
  return { ...hub, local: `http://127.0.0.1:${new URL(hub.url).port}/` }
}

const upgrade = (target: string, host: string, origin = `http://${host}`) =>
  `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`

test('malformed requests and upgrades stop neither server', async ({ page }) => {
  const hub = await loopbackHub(page)
  const hubPort = Number(new URL(hub.local).port)
  const pageHost = `127.0.0.1:${PAGE_PORT}`
  const hubHost = `127.0.0.1:${hubPort}`
  const targets = ['//', 'http://a:99999/ws', '*', '/%zz', '/ws%', '/api/remote/host/%2e%2e']
  let tried = 0
  let up = 0
  for (const [port, host] of [
    [PAGE_PORT, pageHost],
    [hubPort, hubHost],
  ] as const) {
    for (const target of targets) {
      const answer = await rawFrom('127.0.0.2', '127.0.0.1', port, upgrade(target, host), 1500)
      tried += 1
      expect(answer.text, `${port} ${target}`).not.toMatch(/^HTTP\/1\.1 101/)
      expect(answer.closed, `${port} ${target}`).toBe(true)
      for (const url of [`http://${pageHost}/`, hub.local])
        if ((await httpFrom('127.0.0.3', url)).status === 200) up += 1
    }
  }
  console.log(
    `Malformed upgrades tried: ${tried}; servers answering after each: ${up / 2} of ${tried}`,
  )
  expect(up).toBe(tried * 2)
})

test('another name for either server (DNS rebinding) is refused, and no other page reads them', async ({
  page,
}) => {
  const hub = await loopbackHub(page)
  const hubPort = new URL(hub.local).port
  // The page port: only 127.0.0.1 or localhost with its own port.
  for (const host of [`evil.example:${PAGE_PORT}`, `127.0.0.1.nip.io:${PAGE_PORT}`]) {
    const a = await httpFrom('127.0.0.1', `http://127.0.0.1:${PAGE_PORT}/`, {
      headers: { Host: host },
    })
    expect(a.status, host).toBe(421)
    const api = await httpFrom('127.0.0.1', `http://127.0.0.1:${PAGE_PORT}/api/remote`, {
      method: 'POST',
      headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: 'k'.repeat(43), on: true }),
    })
    expect(api.status, host).toBe(421)
    const ws = wsFrom('127.0.0.1', `ws://127.0.0.1:${PAGE_PORT}/api/remote/host`, {
      Host: host,
      Origin: `http://${host}`,
    })
    await expect(opened(ws)).rejects.toThrow(/421/)
  }
  // The hub: only its own addresses with its port.
  for (const host of [`evil.example:${hubPort}`, `localhost:${hubPort}`]) {
    const a = await httpFrom('127.0.0.2', hub.local, { headers: { Host: host } })
    expect(a.status, host).toBe(421)
  }
  // No other page, local or not, may read the page server's answers.
  const other = await httpFrom('127.0.0.1', `http://127.0.0.1:${PAGE_PORT}/api/remote`, {
    headers: { Origin: 'http://localhost:5173' },
  })
  expect(other.headers['access-control-allow-origin']).toBeUndefined()
  const preflight = await httpFrom('127.0.0.1', `http://127.0.0.1:${PAGE_PORT}/api/remote`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
  })
  expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
  // Both servers send the same security headers.
  for (const url of [`http://127.0.0.1:${PAGE_PORT}/`, hub.local]) {
    const a = await httpFrom('127.0.0.2', url)
    expect(a.headers['content-security-policy'], url).toContain("frame-ancestors 'none'")
    expect(a.headers['x-content-type-options'], url).toBe('nosniff')
    expect(a.headers['referrer-policy'], url).toBe('no-referrer')
  }
  // The hub serves the phone page's files, not the app's.
  const appPage = await httpFrom('127.0.0.1', `http://127.0.0.1:${PAGE_PORT}/`)
  const appScript = /src="\.\/(assets\/first-[^"]+\.js)"/.exec(appPage.text)?.[1]
  expect(appScript).toBeDefined()
  expect((await httpFrom('127.0.0.2', `${hub.local}${appScript}`)).status).toBe(404)
  expect((await httpFrom('127.0.0.2', `${hub.local}index.html`)).status).toBe(404)
})

test('a jam of wrong codes from many addresses never keeps the real phone out', async ({
  page,
}) => {
  const hub = await loopbackHub(page)
  const rounds = 10
  let paired = 0
  let wrong = 0
  for (let round = 0; round < rounds; round += 1) {
    const code = await hub.current()
    const guess = code === '000000' ? '111111' : '000000'
    // Five devices, five wrong codes each: each is kept out, and the code is renewed.
    for (let d = 0; d < 5; d += 1)
      for (let i = 0; i < 5; i += 1) {
        await pairFrom(`127.0.${round + 1}.${d + 2}`, hub.local, guess)
        wrong += 1
      }
    const real = await pairFrom('127.0.0.9', hub.local, await hub.current())
    if (real.status === 200) paired += 1
  }
  console.log(
    `Jam: ${wrong} wrong codes from 50 addresses; the real phone paired ${paired} of ${rounds}`,
  )
  expect(paired).toBe(rounds)
  expect((await hubStatus(page)).wrongCodes).toBe(wrong)
})

test('no socket is held 10 s without saying hello, and floods are bounded', async ({ page }) => {
  const hub = await loopbackHub(page)
  const wsHub = `${hub.local.replace('http', 'ws')}ws`
  const silent = []
  let refused = 0
  // Ten addresses open five sockets each: four each are taken, the fifth refused.
  for (let a = 0; a < 10; a += 1)
    for (let i = 0; i < 5; i += 1) {
      const ws = wsFrom(`127.0.2.${a + 2}`, wsHub)
      try {
        await opened(ws)
        silent.push(closedOf(ws))
      } catch {
        refused += 1
      }
    }
  expect(refused).toBe(10)
  // The page port: upgrades it does not take are closed at once.
  const started = Date.now()
  const stray = await rawFrom(
    '127.0.0.1',
    '127.0.0.1',
    PAGE_PORT,
    upgrade('/elsewhere', `127.0.0.1:${PAGE_PORT}`),
    5000,
  )
  expect(stray.closed).toBe(true)
  expect(Date.now() - started).toBeLessThan(1500)
  // Ten seconds on, every silent socket has been closed by the hub.
  const settled = await Promise.race([
    Promise.all(silent).then(() => 'closed'),
    new Promise((r) => setTimeout(() => r('held'), 10_000)),
  ])
  console.log(
    `Silent sockets: ${silent.length} opened, ${refused} refused; after 10 s: ${settled === 'closed' ? 0 : 'some'} held`,
  )
  expect(settled).toBe('closed')
  // The real phone still pairs and connects.
  const { body } = await pairFrom('127.0.0.9', hub.local, await hub.current())
  const phone = wsFrom('127.0.0.9', wsHub)
  await opened(phone)
  phone.send(JSON.stringify({ type: 'hello', token: body.token }))
  await new Promise((r) => phone.once('message', r))
  phone.close()
})

#!/usr/bin/env node
// Takes the README's picture of the phone remote: node scripts/remote-screenshot.mjs [file]
// Serves the browser edition with its hub, starts a session and pairs a phone-sized page.
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, EXECUTABLE } from '../tests/support/chromium.mjs'
import { serveWeb } from './serve-web.mjs'

const file = process.argv[2] ?? 'docs/remote-phone.png'
const origin = 'http://127.0.0.1:4398'
const server = await serveWeb({ port: 4398 })
const browser = await chromium.launch({ ...EXECUTABLE, args: CHROMIUM_ARGS })
try {
  const runner = await browser.newPage()
  await runner.goto(origin)
  await runner.getByRole('link', { name: 'Settings' }).click()
  await runner.getByRole('checkbox', { name: 'Phone remote and TV display' }).check()
  const url = await runner.getByTestId('remote-url').textContent()
  const code = await runner.getByTestId('pairing-code').textContent()
  await runner.getByRole('link', { name: 'Circuits' }).click()
  await runner.getByRole('button', { name: /^Full body/ }).click()
  await runner.getByRole('button', { name: /^Start/ }).click()

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true })
  await phone.goto(url)
  await phone.getByRole('textbox', { name: 'Pairing code' }).fill(code)
  await phone.getByRole('button', { name: 'Pair' }).click()
  await phone.getByRole('button', { name: 'Remote', exact: true }).click()
  // From the warm-up to the first set of squats.
  await phone.getByRole('button', { name: 'Skip' }).click()
  await phone.getByTestId('exercise').getByText('Squats').waitFor()
  await phone.waitForTimeout(1200)
  await phone.screenshot({ path: file })
  console.log(`wrote ${file}`)
} finally {
  await browser.close()
  server.httpServer.close()
}

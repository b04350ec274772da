#!/usr/bin/env node
// Takes screenshots of the built renderer at TV and laptop sizes: node scripts/screenshots.mjs [outDir]
// Serves out/renderer itself and drives time with Playwright's clock.
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { CHROMIUM_ARGS, EXECUTABLE } from '../tests/support/chromium.mjs'

const outDir = process.argv[2] ?? 'screenshots'
mkdirSync(outDir, { recursive: true })
const server = await preview({
  root: 'src/renderer',
  build: { outDir: '../../out/renderer' },
  preview: { port: 4399, strictPort: true, host: '127.0.0.1' },
  configFile: false,
})
const browser = await chromium.launch({ ...EXECUTABLE, args: CHROMIUM_ARGS })
const sizes = [
  ['1920x1080', 1920, 1080],
  ['1280x720', 1280, 720],
  ['portrait', 1080, 1920],
]
const T0 = new Date('2026-03-02T07:00:00Z').getTime()
for (const [label, width, height] of sizes) {
  const page = await browser.newPage({ viewport: { width, height } })
  await page.clock.install({ time: T0 })
  await page.goto('http://127.0.0.1:4399/')
  await page.clock.pauseAt(T0 + 10_000)
  await page.getByRole('button', { name: 'New circuit' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday legs')
  for (const name of ['Squats', 'Walking Lunges', 'Side Plank']) {
    await page.getByRole('button', { name: 'Add exercise' }).click()
    await page.getByRole('button', { name, exact: true }).click()
  }
  await page.screenshot({ path: `${outDir}/editor-${label}.png`, fullPage: true })
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('button', { name: 'Generate' }).click()
  await page.screenshot({ path: `${outDir}/generate-${label}.png` })
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: /^Full body/ }).click()
  await page.screenshot({ path: `${outDir}/circuits-${label}.png` })
  await page.getByRole('button', { name: /^Start/ }).click()
  await page.clock.runFor(100)
  await page.screenshot({ path: `${outDir}/runner-warmup-${label}.png` })
  // Warm-up, squats 2 x 45 s with 30 s between, 45 s rest: press-ups start at 7:45.
  await page.clock.fastForward(465_000 + 6_000)
  await page.clock.runFor(100)
  await page.screenshot({ path: `${outDir}/runner-work-${label}.png` })
  await page.clock.fastForward(24_000 + 15_000)
  await page.clock.runFor(100)
  await page.screenshot({ path: `${outDir}/runner-rest-${label}.png` })
  await page.keyboard.press('Space')
  await page.clock.runFor(100)
  await page.screenshot({ path: `${outDir}/runner-paused-${label}.png` })
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Leave' }).click()
  await page.getByRole('link', { name: 'History' }).click()
  await page.screenshot({ path: `${outDir}/history-${label}.png` })
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.screenshot({ path: `${outDir}/settings-${label}.png`, fullPage: true })
  // A session cut short, offered back.
  await page.getByRole('link', { name: 'Circuits' }).click()
  await page.getByRole('button', { name: /^Full body/ }).click()
  await page.getByRole('button', { name: /^Start/ }).click()
  await page.clock.fastForward(70_000)
  await page.clock.runFor(50)
  await page.reload()
  await page.getByRole('button', { name: 'Resume' }).waitFor()
  await page.screenshot({ path: `${outDir}/resume-offer-${label}.png` })
  await page.close()
}
await browser.close()
server.httpServer.close()
console.log(`screenshots in ${outDir}/`)

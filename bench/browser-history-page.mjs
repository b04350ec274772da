// Runs in the page (bundled by browser-history.mjs): the browser edition's history in page
// storage, recording sessions into one year and ten years of history, and loading it.
import { createBrowserPlatform } from '../src/renderer/src/platform/browser.ts'
import { benchEntry } from './history-fixture.ts'

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 100) / 100
}
const stats = (xs) => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99) })

/** Page storage as a user of `sessions` sessions has it. */
function seedHistory(sessions) {
  localStorage.setItem(
    'runstrong.history',
    JSON.stringify({
      version: 1,
      sessions: Array.from({ length: sessions }, (_, i) => benchEntry(i)),
    }),
  )
}

/** Loads from a fresh platform `adds` times, then records `adds` sessions (half replace one). */
async function historyBench(sessions, adds) {
  localStorage.clear()
  seedHistory(sessions - 1)
  const loadMs = []
  for (let i = 0; i < adds; i++) {
    const t = performance.now()
    await createBrowserPlatform().loadHistory()
    loadMs.push(performance.now() - t)
  }
  const p = createBrowserPlatform()
  await p.loadHistory()
  const addMs = []
  for (let i = 0; i < adds; i++) {
    const t = performance.now()
    await p.addHistory(benchEntry(i % 2 === 0 ? sessions - 1 + i : i))
    addMs.push(performance.now() - t)
  }
  localStorage.clear()
  return { sessions, addSessionMs: stats(addMs), loadHistoryMs: stats(loadMs) }
}

Object.assign(window, { __historyBench: historyBench, __seedHistory: seedHistory })

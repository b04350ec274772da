// Times the desktop stores on real files: recording one session into a history of one year
// (160 sessions) and of ten years (1,600, about 1.5 MB), loading that history, and the
// crash-safety save made every 5 s. For comparison, the way a session was recorded before
// the journal (read the whole file, add, write it all back). Prints JSON.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { withEntry } from '../src/shared/training/history-entries'
import { HISTORY_STORE } from '../src/shared/data/store-files'
import { PRESETS } from '../src/shared/circuits/presets'
import { compileTimeline } from '../src/shared/engine/timeline'
import { start } from '../src/shared/engine/session'
import { snapshot } from '../src/shared/engine/session-snapshot'
import { openStores } from '../src/main/data'
import { benchEntry as entry } from './history-fixture'
import { FileStore } from '../src/main/store'

const quick = process.argv.includes('--quick')
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 100) / 100
}
const stats = (xs: number[]) => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99) })
const round = (n: number) => Math.round(n * 100) / 100

/** One history of `sessions`: add (awaited, as history:add is) and load from a cold store. */
async function history(sessions: number) {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-store-bench-'))
  try {
    openStores(dir).history.save(Array.from({ length: sessions - 1 }, (_, i) => entry(i)))
    const fileKB = Math.round(statSync(join(dir, 'history.json')).size / 102.4) / 10
    const loadMs: number[] = []
    for (let i = 0; i < (quick ? 15 : 40); i++) {
      const t = performance.now()
      openStores(dir).history.load()
      loadMs.push(performance.now() - t)
    }
    // Recording sessions as the app does: the screen has loaded the history, then each
    // session ends with one history:add. Half are new sessions, half replace a record.
    const stores = openStores(dir)
    stores.history.load()
    await stores.history.flush()
    const addMs: number[] = []
    // The loads above left garbage: collected now (with --expose-gc), not during the adds.
    ;(globalThis as { gc?: () => void }).gc?.()
    const lag = monitorEventLoopDelay({ resolution: 1 })
    lag.enable()
    for (let i = 0; i < (quick ? 40 : 120); i++) {
      const e = entry(i % 2 === 0 ? sessions - 1 + i : i)
      const t = performance.now()
      await stores.history.add(e)
      addMs.push(performance.now() - t)
    }
    lag.disable()
    await stores.history.flush()
    // The first load after a run of adds reads the journal too (and then folds it in).
    const t = performance.now()
    const after = openStores(dir).history.load()
    const loadWithJournalMs = performance.now() - t
    if (after.notice || after.value.length < sessions)
      throw new Error(`the history lost sessions: ${after.value.length} ${after.notice}`)
    return {
      sessions,
      fileKB,
      addSessionMs: stats(addMs),
      loadHistoryMs: stats(loadMs),
      loadWithJournalMs: round(loadWithJournalMs),
      mainBlockedMaxMs: round(lag.max / 1e6),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Before the journal: the whole file read, one session added, the whole file written back. */
function rewriteAdd(sessions: number) {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-store-bench-'))
  try {
    const store = new FileStore(HISTORY_STORE, dir)
    store.save(Array.from({ length: sessions - 1 }, (_, i) => entry(i)))
    const addMs: number[] = []
    for (let i = 0; i < (quick ? 10 : 30); i++) {
      const t = performance.now()
      store.save(withEntry(store.current(), entry(sessions - 1)))
      addMs.push(performance.now() - t)
    }
    return stats(addMs)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const oneYear = await history(160)
const tenYears = await history(1600)
const rewrite10y = rewriteAdd(1600)

const dir = mkdtempSync(join(tmpdir(), 'runstrong-store-bench-'))
const stores = openStores(dir)
const circuit = PRESETS[0]!.circuit
const state = start(compileTimeline(circuit), 0)
const snapMs: number[] = []
for (let i = 0; i < 100; i++) {
  const t = performance.now()
  stores.session.save({
    savedAt: Date.now(),
    startedAt: Date.now(),
    circuit,
    snapshot: snapshot(state, i * 5000),
  })
  snapMs.push(performance.now() - t)
}
rmSync(dir, { recursive: true, force: true })

console.log(
  JSON.stringify({
    oneYear,
    tenYears,
    rewriteAddTenYearsMs: rewrite10y,
    sessionSaveMs: stats(snapMs),
  }),
)

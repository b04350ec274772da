// Times the desktop stores on real files: recording one session into a history of 1000,
// loading that history, and the crash-safety save made every 5 s. Prints JSON.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HistoryEntry } from '../src/shared/training/history'
import { PRESETS } from '../src/shared/circuits/presets'
import { compileTimeline } from '../src/shared/engine/timeline'
import { start } from '../src/shared/engine/session'
import { snapshot } from '../src/shared/engine/session-snapshot'
import { openStores } from '../src/main/data'

const dir = mkdtempSync(join(tmpdir(), 'runstrong-store-bench-'))
const stores = openStores(dir)
const entry = (i: number): HistoryEntry => ({
  id: `s${i}`,
  circuitName: 'Full body, 30 minutes',
  startedAt: 1_700_000_000_000 + i * 86_400_000,
  plannedMs: 1_800_000,
  actualMs: 1_750_000,
  effortsDone: 24,
  effortsSkipped: 0,
  effortsTotal: 24,
  endedEarly: false,
  feeling: 'right',
  exercises: Array.from({ length: 8 }, () => ({
    exercise: 'split-squats',
    setsDone: 3,
    setsPlanned: 3,
    left: 3,
    right: 3,
    load: '8 kg',
  })),
})

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 100) / 100
}
const time = (fn: () => void) => {
  const t = performance.now()
  fn()
  return performance.now() - t
}

stores.history.save(Array.from({ length: 999 }, (_, i) => entry(i)))
// Recording a session: read the history, add one, write it back (what history:add does).
const addMs: number[] = []
for (let i = 0; i < 30; i++)
  addMs.push(
    time(() => {
      const list = stores.history.load().value.filter((e) => e.id !== 's999')
      stores.history.save([...list, entry(999)])
    }),
  )
const loadMs: number[] = []
for (let i = 0; i < 30; i++) loadMs.push(time(() => stores.history.load()))

const circuit = PRESETS[0]!.circuit
const state = start(compileTimeline(circuit), 0)
const snapMs: number[] = []
for (let i = 0; i < 100; i++)
  snapMs.push(
    time(() =>
      stores.session.save({
        savedAt: Date.now(),
        startedAt: Date.now(),
        circuit,
        snapshot: snapshot(state, i * 5000),
      }),
    ),
  )

console.log(
  JSON.stringify({
    historyFileKB: Math.round(statSync(join(dir, 'history.json')).size / 102.4) / 10,
    addSessionMs: { p50: quantile(addMs, 0.5), p99: quantile(addMs, 0.99) },
    loadHistoryMs: { p50: quantile(loadMs, 0.5), p99: quantile(loadMs, 0.99) },
    sessionSaveMs: { p50: quantile(snapMs, 0.5), p99: quantile(snapMs, 0.99) },
  }),
)
rmSync(dir, { recursive: true, force: true })

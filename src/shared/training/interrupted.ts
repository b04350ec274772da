/**
 * A session cut short (a crash, a closed window) that is not resumed still happened: what
 * was done is kept in History as left early.
 */
import type { Circuit } from '../circuits/circuit'
import { finish } from '../engine/session'
import { restore } from '../engine/session-snapshot'
import type { SessionSnapshot } from '../engine/snapshot-schema'
import { compileTimeline } from '../engine/timeline'
import type { HistoryEntry } from './history'
import { recordSession } from './history-record'

/**
 * The History entry for a saved session that will not be resumed, ended where it stopped;
 * null when no effort was finished (nothing to record) or the snapshot no longer fits.
 * `saved` is a stored session (`SavedSession`); only what the entry needs is named here, so
 * training does not depend on the data layer.
 */
export function interruptedEntry(
  saved: { circuit: Circuit; snapshot: SessionSnapshot; startedAt: number },
  id: string,
): HistoryEntry | null {
  const timeline = compileTimeline(saved.circuit)
  // The snapshot's own clock: the session ends where it was saved, not when it is read.
  const atMs = saved.snapshot.activeElapsedMs
  const state = restore(timeline, saved.snapshot, atMs)
  if (!state) return null
  const entry = recordSession(id, saved.circuit, finish(state, atMs), atMs, saved.startedAt)
  return entry.effortsDone > 0 ? { ...entry, endedEarly: true } : null
}

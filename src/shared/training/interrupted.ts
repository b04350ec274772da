/**
 * A session cut short (a crash, a closed window) that is not resumed still happened: what
 * was done is kept in History as left early.
 */
import type { Circuit } from '../circuits/circuit'
import { finish, start, type SessionState } from '../engine/session'
import { restore } from '../engine/session-snapshot'
import { snapshotMisfit, type SessionSnapshot } from '../engine/snapshot-schema'
import { compileTimeline, type Timeline } from '../engine/timeline'
import type { HistoryEntry } from './history'
import { recordSession } from './history-record'

/**
 * A snapshot that does not fit its timeline exactly, made a session ended where it stopped:
 * each phase's outcome is read where the snapshot holds one per phase of this timeline, and
 * only before the phase it stopped at (no phase after it can have been done). Where the
 * outcomes cannot be matched to phases, none is credited: only the time spent is kept.
 */
function salvage(timeline: Timeline, snap: SessionSnapshot, atMs: number): SessionState {
  const count = timeline.phases.length
  const fits = snap.outcomes.length === count
  const index = fits ? Math.min(snap.index, count) : 0
  return {
    ...start(timeline, atMs - snap.activeElapsedMs),
    index,
    outcomes: fits
      ? snap.outcomes.map((o, i) => (i < index ? o : null))
      : timeline.phases.map(() => null),
    pausedAtMs: atMs,
  }
}

/**
 * The History entry for a saved session that will not be resumed, ended where it stopped;
 * null when nothing was done (no effort finished, or none in a snapshot whose outcomes cannot
 * be matched to its circuit). A snapshot that no longer fits its circuit exactly keeps what
 * can be told of it (see `salvage`). `saved` is a stored session (`SavedSession`); only what
 * the entry needs is named here, so training does not depend on the data layer.
 */
export function interruptedEntry(
  saved: { circuit: Circuit; snapshot: SessionSnapshot; startedAt: number },
  id: string,
): HistoryEntry | null {
  const timeline = compileTimeline(saved.circuit)
  const snap = saved.snapshot
  // The snapshot's own clock: the session ends where it was saved, not when it is read.
  const atMs = snap.activeElapsedMs
  const exact = snapshotMisfit(timeline, snap) === undefined
  const state = (exact && restore(timeline, snap, atMs)) || salvage(timeline, snap, atMs)
  const entry = recordSession(id, saved.circuit, finish(state, atMs), atMs, saved.startedAt)
  // Efforts done that cannot be matched to the circuit still mean the session happened.
  const unmatched =
    snap.outcomes.length !== timeline.phases.length && snap.outcomes.includes('done')
  return entry.effortsDone > 0 || unmatched ? { ...entry, endedEarly: true } : null
}

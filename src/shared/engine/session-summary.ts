/**
 * The summary of a session: planned and actual time, and how many efforts were done.
 */
import type { SessionState } from './session'
import { isEffort } from './timeline'

export interface SessionSummary {
  plannedMs: number
  /** Time the session ran, pauses excluded, in ms. */
  actualMs: number
  /** Time from start to end, pauses included, in ms. */
  elapsedMs: number
  effortsTotal: number
  effortsDone: number
  effortsSkipped: number
  addedMs: number
  endedEarly: boolean
}

/** The summary of a finished (or current) session. */
export function summarize(s: SessionState, nowMs: number): SessionSummary {
  const endMs = s.finishedAtMs ?? nowMs
  const pausedNow = s.pausedAtMs !== null && s.finishedAtMs === null ? endMs - s.pausedAtMs : 0
  let effortsTotal = 0
  let effortsDone = 0
  let effortsSkipped = 0
  s.timeline.phases.forEach((p, i) => {
    if (!isEffort(p)) return
    effortsTotal++
    if (s.outcomes[i] === 'done') effortsDone++
    else if (s.outcomes[i] === 'skipped') effortsSkipped++
  })
  return {
    plannedMs: s.timeline.totalMs,
    actualMs: Math.max(0, endMs - s.startedAtMs - s.pausedTotalMs - pausedNow),
    elapsedMs: Math.max(0, endMs - s.startedAtMs),
    effortsTotal,
    effortsDone,
    effortsSkipped,
    addedMs: s.addedMs,
    endedEarly: s.endedEarly,
  }
}

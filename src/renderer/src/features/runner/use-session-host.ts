import { useEffect, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import { describePhase } from '@shared/engine/describe-phase'
import { formatClock } from '@shared/engine/format'
import { RUNNER_RULES } from '@shared/engine/runner-core'
import { snapshot as takeSnapshot } from '@shared/engine/session-snapshot'
import type { SessionView } from '@shared/engine/session-view'
import { isEffort, type Phase } from '@shared/engine/timeline'
import { inBackground } from '@renderer/lib/in-background'
import type { Platform } from '@renderer/platform/platform'
import type { RunnerSnapshot } from './use-session'

/** The notification for a new phase, for a window that is hidden. */
function changeNote(phase: Phase): { title: string; body: string } {
  const w = describePhase(phase)
  const name = w.name
  if (isEffort(phase) && name) {
    const side = w.side ? ` (${w.side.toLowerCase()})` : ''
    const amount = phase.reps !== undefined ? w.amount : formatClock(phase.durationMs)
    return { title: `${name}${side}`, body: `${w.counter ? `${w.counter}, ` : ''}${amount}` }
  }
  return { title: w.label, body: `${formatClock(phase.durationMs)}${name ? `, then ${name}` : ''}` }
}

export interface SessionHostOptions {
  platform: Platform
  circuit: Circuit
  view: SessionView
  current: () => RunnerSnapshot
  /** The wall-clock time the session began. */
  startedAt: number
  /** Whether each new phase is announced while the app is hidden. */
  notifyWhenHidden: () => boolean
}

/**
 * What the host does for a running session: keeps the screen awake while it runs, tells a
 * hidden app of each change, and saves the session for crash recovery at each change (a phase,
 * a pause) and every few seconds while it runs, never while it is paused;
 * leaving the runner ends it and forgets the saved copy.
 */
export function useSessionHost({
  platform,
  circuit,
  view: v,
  current,
  startedAt,
  notifyWhenHidden,
}: SessionHostOptions): void {
  const status = v.done ? 'ended' : v.paused ? 'paused' : 'running'
  const notifiedIndex = useRef(-1)
  const notify = useRef(notifyWhenHidden)
  notify.current = notifyWhenHidden
  useEffect(() => {
    const phase = v.phase
    const fresh = status === 'running' && notifiedIndex.current !== v.index
    if (fresh) notifiedIndex.current = v.index
    const change = fresh && phase && notify.current() ? changeNote(phase) : undefined
    platform.sessionStatus({ state: status, ...(change ? { change } : {}) })
  }, [platform, status, v.index, v.phase])
  // Leaving the runner ends the session: nothing to keep awake, nothing to offer back.
  useEffect(
    () => () => {
      platform.sessionStatus({ state: 'ended' })
      void platform.saveSession(null).catch(() => undefined)
    },
    [platform],
  )

  useEffect(() => {
    if (v.done) {
      void platform.saveSession(null).catch(() => undefined)
      return
    }
    const save = () => {
      const now = current()
      // A failed save is said at app level; the session runs on regardless.
      void platform
        .saveSession({
          savedAt: Date.now(),
          startedAt,
          circuit,
          snapshot: takeSnapshot(now.state, performance.now()),
        })
        .catch(() => undefined)
    }
    // Saved in the background: the change on the screen comes first.
    const first = inBackground(save)
    // Paused, the session stands still: the copy just saved holds until it moves again.
    if (v.paused) return first
    const id = setInterval(save, RUNNER_RULES.saveEveryMs)
    return () => {
      first()
      clearInterval(id)
    }
  }, [platform, circuit, current, startedAt, v.done, v.index, v.paused])
}

/**
 * The runner on another screen, when one is chosen and connected: opened as the session
 * starts, sent the state at each change and every few seconds (a display that has just
 * loaded catches up), closed when the runner goes. Returns whether it is open.
 */
export function useDisplayWindow(
  platform: Platform,
  circuit: Circuit,
  current: () => RunnerSnapshot,
  displayId: () => number | null,
): [open: boolean, close: () => void] {
  const [open, setOpen] = useState(false)
  const chosen = useRef(displayId)
  chosen.current = displayId
  useEffect(() => {
    const id = chosen.current()
    let live = true
    if (id !== null)
      void platform
        .listDisplays()
        .then((ds) =>
          ds.length > 1 && ds.some((d) => d.id === id) ? platform.openDisplay(id) : false,
        )
        .then((opened) => live && setOpen(opened))
        .catch(() => undefined)
    const off = platform.onDisplayClosed(() => setOpen(false))
    return () => {
      live = false
      off()
      if (id !== null) void platform.closeDisplay().catch(() => undefined)
    }
  }, [platform])
  const { state } = current()
  useEffect(() => {
    if (!open) return
    const send = () => {
      const now = current()
      platform.sendDisplayState({
        circuit: toCircuitFile(circuit),
        snapshot: takeSnapshot(now.state, performance.now()),
        atMs: Date.now(),
        paused: now.state.pausedAtMs !== null,
        ended: now.view.done,
      })
    }
    // Sent in the background: the change on the runner's own screen comes first.
    const first = inBackground(send)
    const id = setInterval(send, RUNNER_RULES.displayResendMs)
    return () => {
      first()
      clearInterval(id)
    }
  }, [platform, open, circuit, current, state])
  return [open, () => void platform.closeDisplay().catch(() => undefined)]
}

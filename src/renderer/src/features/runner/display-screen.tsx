import { useEffect, useMemo, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { parseCircuit } from '@shared/circuits/circuit-file'
import type { DisplayWindowState } from '@shared/engine/display-window-state'
import { displayWindowCommand } from '@shared/engine/commands'
import { finish, resume, type SessionState } from '@shared/engine/session'
import { restore } from '@shared/engine/session-snapshot'
import { snapshotSchema } from '@shared/engine/snapshot-schema'
import { compileTimeline, type Timeline } from '@shared/engine/timeline'
import { cx } from '@renderer/lib/class-names'
import type { Platform } from '@renderer/platform/platform'
import { usePlatform } from '@renderer/platform/platform-context'
import { RunnerDisplay } from './runner-display'
import styles from './runner-display.module.css'
import { useSession, type CueSink } from './use-session'

/** The display window is silent (the laptop window plays the cues); it shows the captions. */
const SILENT: CueSink = {
  play: () => undefined,
  speech: { speak: () => undefined, cancel: () => undefined },
  voice: false,
  cadence: false,
}

/**
 * The session a display window shows for a message from the laptop window, on its own
 * clock: time spent in transit (by the wall clock both share) has already passed there.
 */
export function displaySession(
  timeline: Timeline,
  s: DisplayWindowState,
  nowMs: number,
  wallNowMs: number,
): SessionState | null {
  const snap = snapshotSchema.safeParse(s.snapshot)
  if (!snap.success) return null
  const inTransitMs = s.paused || s.ended ? 0 : Math.max(0, wallNowMs - s.atMs)
  const remainingMs = Math.max(0, snap.data.remainingMs - inTransitMs)
  const restored = restore(timeline, { ...snap.data, remainingMs }, nowMs)
  if (!restored) return null
  return s.ended ? finish(restored, nowMs) : s.paused ? restored : resume(restored, nowMs)
}

/** Follows the laptop window's session from each state it sends. */
function DisplayRunner({ circuit, first }: { circuit: Circuit; first: DisplayWindowState }) {
  const platform = usePlatform()
  const timeline = useMemo(() => compileTimeline(circuit), [circuit])
  const [startMs] = useState(() => performance.now())
  // Begun where the laptop is: its caption is that phase's line, not the first phase's.
  const [begun] = useState(() => displaySession(timeline, first, performance.now(), Date.now()))
  const { frame, driver } = useSession(
    timeline,
    startMs,
    SILENT,
    begun ? { follow: begun } : undefined,
  )
  useEffect(() => {
    const show = (s: DisplayWindowState) => {
      const state = displaySession(timeline, s, performance.now(), Date.now())
      if (state) driver.replace(state)
    }
    show(first)
    return platform.onDisplayState(show)
  }, [platform, driver, timeline, first])
  return (
    <RunnerDisplay circuit={circuit} view={frame.view} ticks={driver} caption={frame.caption} />
  )
}

/**
 * The runner's keys and a clicker's in the display window, where the OS lets it take focus
 * (macOS after a click, Wayland): each goes to the runner in the laptop window, so a clicker
 * works whichever window has focus. F fills this window's own screen.
 */
function useDisplayWindowKeys(platform: Platform): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return
      const command = displayWindowCommand(e.key)
      if (!command) return
      e.preventDefault()
      if (command !== 'fullscreen') platform.sendDisplayCommand(command)
      else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      else void document.documentElement.requestFullscreen().catch(() => undefined)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [platform])
}

/** The runner's display window on another screen: the display alone, no controls. */
export function DisplayScreen() {
  const platform = usePlatform()
  useDisplayWindowKeys(platform)
  const [first, setFirst] = useState<{ circuit: Circuit; state: DisplayWindowState }>()
  useEffect(
    () =>
      platform.onDisplayState((s) => {
        const c = parseCircuit(s.circuit)
        if (!c.ok) return
        setFirst((f) =>
          f && JSON.stringify(s.circuit) === JSON.stringify(f.state.circuit)
            ? f
            : { circuit: c.circuit, state: s },
        )
      }),
    [platform],
  )
  if (!first)
    return (
      <main className={cx(styles.runner, 'runner', styles.phaseDone)} aria-label="Session runner">
        {/* Blank for the moment the first state takes; a screen reader is told why. */}
        <h1 className="visually-hidden">Waiting for the session</h1>
      </main>
    )
  return (
    <DisplayRunner
      key={JSON.stringify(first.state.circuit)}
      circuit={first.circuit}
      first={first.state}
    />
  )
}

import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { parseCircuit } from '@shared/circuits/circuit-file'
import type { DisplayWindowState } from '@shared/engine/display-window-state'
import type { SessionView } from '@shared/engine/session-view'
import { compileTimeline, type Timeline } from '@shared/engine/timeline'
import {
  type CueSink,
  displaySession,
  type SessionTicks,
  useSession,
} from '@renderer/features/runner'

export interface Followed {
  circuit: Circuit
  /** The session as of its last change. */
  view: SessionView
  /** Its every paint, for what ticks. */
  ticks: SessionTicks
  caption: string
}

interface FollowProps {
  /** The runner's state as the hub passed it on. */
  sent: DisplayWindowState
  /** The hub's clock ahead of this device's, in ms. */
  offsetMs: () => number
  sink: CueSink
  children: (f: Followed) => ReactNode
}

/** The laptop's session as of now on this device's clock, from a state the hub passed on. */
function sessionHere(timeline: Timeline, sent: DisplayWindowState, offsetMs: number) {
  // The hub stamped the state by its clock: by this device's, it was `offsetMs` earlier.
  const here = { ...sent, atMs: sent.atMs - offsetMs }
  return displaySession(timeline, here, performance.now(), Date.now())
}

/** Runs the laptop's session here from each state it sends, as the display window does. */
function Follower({ circuit, sent, offsetMs, sink, children }: FollowProps & { circuit: Circuit }) {
  const timeline = useMemo(() => compileTimeline(circuit), [circuit])
  const [startMs] = useState(() => performance.now())
  // Begun where the laptop is, it announces that phase (not the first, then the jump).
  const [first] = useState(() => sessionHere(timeline, sent, offsetMs()))
  const { frame, driver } = useSession(
    timeline,
    startMs,
    sink,
    first ? { follow: first } : undefined,
  )
  useEffect(() => {
    const state = sessionHere(timeline, sent, offsetMs())
    if (state) driver.replace(state)
  }, [driver, timeline, sent, offsetMs])
  return children({ circuit, view: frame.view, ticks: driver, caption: frame.caption })
}

/**
 * The running session as the laptop shows it, worked out on this device's clock between
 * the states the hub passes on. A new circuit starts a new follower.
 */
export function Follow(props: FollowProps) {
  const circuitText = JSON.stringify(props.sent.circuit)
  const circuit = useMemo(() => {
    const r = parseCircuit(JSON.parse(circuitText))
    return r.ok ? r.circuit : null
  }, [circuitText])
  if (!circuit) return null
  return <Follower key={circuitText} circuit={circuit} {...props} />
}

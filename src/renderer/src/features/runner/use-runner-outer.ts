import { useCallback, useEffect, useRef, useState } from 'react'
import {
  INITIAL_OUTER,
  outerStep,
  type OuterEffect,
  type OuterEvent,
  type RunnerOuter,
} from '@shared/engine/runner-outer'
import type { RunnerSnapshot, SessionControls } from './use-session'

export interface RunnerOuterOptions {
  /** The session as of now. */
  current: () => RunnerSnapshot
  /** The session is over (as the screen last rendered it). */
  done: boolean
  controls: SessionControls
  /** Records the session as it stands. */
  record: () => void
  /** Leaves the runner. */
  close: () => void
}

/**
 * The runner's outer states (src/shared/engine/runner-outer.ts) for React: it feeds the pure
 * step each event with the session as of now and carries out the effects it returns.
 */
export function useRunnerOuter(
  options: RunnerOuterOptions,
): [RunnerOuter, (event: OuterEvent) => void] {
  const [outer, setOuter] = useState(INITIAL_OUTER)
  // The state as of the last step: two events in one turn (Leave, then the dialog's close)
  // each see the one before.
  const latest = useRef(INITIAL_OUTER)
  const live = useRef(options)
  live.current = options

  const send = useCallback((event: OuterEvent) => {
    const { current, controls, record, close } = live.current
    const step = outerStep(latest.current, event, current().view)
    latest.current = step.outer
    setOuter(step.outer)
    for (const e of step.effects) carryOut(e, controls, record, close)
  }, [])

  const { done } = options
  useEffect(() => {
    if (done) send({ type: 'ended' })
  }, [done, send])

  return [outer, send]
}

function carryOut(
  e: OuterEffect,
  controls: SessionControls,
  record: () => void,
  close: () => void,
): void {
  switch (e.type) {
    case 'act':
      controls[e.action]()
      break
    case 'record':
      record()
      break
    case 'close':
      close()
      break
  }
}

/**
 * The runner's outer states in one pure step, beside the session's own (`runner-core.ts`):
 * the leave question, the end and its one record, and when the buttons step aside. The runner
 * screen only carries out the effects this returns.
 */
import type { SessionView } from './session-view'
import { isEffort } from './timeline'

export interface RunnerOuter {
  /**
   * The leave question ("Leave this session?") is open; `resume`: the session was running
   * when it was asked, so Keep going carries on. Null while no question is open.
   */
  asking: { resume: boolean } | null
  /** The session has been recorded (History, a note to the OS): it is, once. */
  recorded: boolean
}

export type OuterEvent =
  /** Esc or the Exit button. */
  | { type: 'exit' }
  /** Keep going (or Escape on the question). */
  | { type: 'keep' }
  /** Leave, on the question. */
  | { type: 'leave' }
  /** The session has come to its end. */
  | { type: 'ended' }

export type OuterEffect =
  /** Apply a session rule (`runner-core.ts`). */
  | { type: 'act'; action: 'togglePause' | 'finish' }
  /** Record the session as it stands. */
  | { type: 'record' }
  /** Leave the runner. */
  | { type: 'close' }

/** The session as the outer step needs it, at the moment of the event. */
export type SessionNow = Pick<SessionView, 'paused' | 'done'>

export interface OuterStep {
  outer: RunnerOuter
  effects: OuterEffect[]
}

export const INITIAL_OUTER: RunnerOuter = { asking: null, recorded: false }

/** One step of the runner's outer states: (state, event, session now) to (state, effects). */
export function outerStep(outer: RunnerOuter, event: OuterEvent, now: SessionNow): OuterStep {
  const none = { outer, effects: [] }
  switch (event.type) {
    case 'exit':
      // Over, nothing is lost: the runner closes at once.
      if (now.done) return { outer, effects: [{ type: 'close' }] }
      if (outer.asking) return none
      // The session waits while the question is open.
      return {
        outer: { ...outer, asking: { resume: !now.paused } },
        effects: now.paused ? [] : [{ type: 'act', action: 'togglePause' }],
      }
    case 'keep': {
      if (!outer.asking) return none
      const resume = outer.asking.resume && now.paused && !now.done
      return {
        outer: { ...outer, asking: null },
        effects: resume ? [{ type: 'act', action: 'togglePause' }] : [],
      }
    }
    case 'leave': {
      const effects: OuterEffect[] = [{ type: 'act', action: 'finish' }]
      if (!outer.recorded) effects.push({ type: 'record' })
      effects.push({ type: 'close' })
      return { outer: { asking: null, recorded: true }, effects }
    }
    case 'ended':
      if (outer.recorded || !now.done) return none
      return { outer: { ...outer, recorded: true }, effects: [{ type: 'record' }] }
  }
}

/** Where a command comes from, for whether it is taken now. */
export type CommandRoute = 'keys' | 'remote' | 'media-keys'

/**
 * Whether commands are taken now: none while the leave question is open (its own buttons and
 * Escape answer it); at the end the media keys and clicker are let go (they may belong to
 * another app again), while the keys and the phone still mute, and Esc closes.
 */
export function takesCommands(outer: RunnerOuter, done: boolean, route: CommandRoute): boolean {
  if (outer.asking) return false
  return route !== 'media-keys' || !done
}

/**
 * Whether the buttons step aside: during a running effort, once the mouse and keys have been
 * left alone (`idle`, after `RUNNER_RULES.controlsIdleMs`), never while a question is open.
 */
export function controlsStepAside(
  v: Pick<SessionView, 'phase' | 'paused' | 'done'>,
  idle: boolean,
  outer: RunnerOuter,
): boolean {
  return idle && !outer.asking && !v.done && !v.paused && v.phase !== undefined && isEffort(v.phase)
}

/**
 * The runner's rules in one pure step: given where the runner is, what happened and when,
 * it says what the runner becomes, what to play, say and paint, and when to wake next.
 * The React hook only runs the timers and carries out these effects.
 */
import {
  cuesDue,
  entryCue,
  nextCueRemainingMs,
  phaseCues,
  PIP_TIMES_MS,
  type Line,
  type SoundId,
} from './cues'
import { sessionRule, type SessionCommand, type SessionRule } from './commands'
import { advance, finish, isDone, remainingMs, type SessionState } from './session'
import { nextSecondBoundaryMs, type SessionView } from './session-view'

/** The runner's timings, in ms. */
export const RUNNER_RULES = {
  /** A sound this far overdue (a throttled wake-up) is dropped rather than played late. */
  soundLateMs: 350,
  /**
   * A hidden browser tab wakes at most once a second: there a pip up to a second late
   * still beats silence. (The desktop app turns that throttling off.)
   */
  hiddenSoundLateMs: 1100,
  /** A spoken line this far overdue is dropped. */
  speechLateMs: 1500,
  /** The countdown's last seconds, marked on screen as the pips sound. */
  finalCountdownMs: PIP_TIMES_MS[0],
  /** How often a running session is saved for crash recovery. */
  saveEveryMs: 5000,
  /** How often the display window is sent the state even when nothing changed. */
  displayResendMs: 2000,
  /**
   * How long each form cue shows during an effort before the next takes its place: one
   * line, large enough for across the room, rather than all of them small.
   */
  cueShowMs: 6000,
  /**
   * During an effort the buttons step aside once the mouse and keys have been left alone
   * this long (their small text is not for across the room); any movement brings them back.
   */
  controlsIdleMs: 3000,
  /**
   * A follower (a display, a phone) handed a state further than this from where its own clock
   * had the session takes it for a jump (a Skip, a Previous, a resync after a reconnect) and
   * announces the phase it lands in; closer, it is the two clocks' slight disagreement.
   */
  followJumpMs: 1000,
} as const

/**
 * What a person (a button, a key, the media keys, a clicker or the phone) does to the session:
 * a command's rule from the registry, or finishing it (Leave).
 */
export type RunnerAction = SessionCommand | 'finish'

function ruleOf(action: RunnerAction): SessionRule {
  return action === 'finish' ? { apply: finish, announce: false } : sessionRule(action)
}

export type RunnerEvent =
  /** The runner begins: the current phase is announced. */
  | { type: 'start'; hidden: boolean }
  /** A timer fired. */
  | { type: 'wake'; hidden: boolean }
  | { type: 'act'; action: RunnerAction; hidden: boolean }
  /** Another state to follow (a display follows the laptop's); a jump is announced. */
  | { type: 'replace'; session: SessionState; hidden: boolean }

export type RunnerEffect =
  | { type: 'sound'; id: SoundId }
  /** Offer the line to the speech queue; it must be over by `quietAtMs` (the pips). */
  | { type: 'say'; line: Line; quietAtMs: number | null }
  | { type: 'caption'; text: string }
  /** Stop speaking and forget queued lines. */
  | { type: 'silence' }
  /** Let the speech queue move on. */
  | { type: 'pump'; quietAtMs: number | null }
  /** Show the new state: at once (a new phase matters from across the room) or next frame. */
  | { type: 'paint'; at: 'now' | 'frame' }

export interface RunnerCore {
  session: SessionState
  /** A soft tick at the item's pace during rep-based work. */
  cadence: boolean
  /** The phase whose cues were last checked, and the time it had left then. */
  trackedIndex: number
  trackedRemainingMs: number
}

export interface RunnerStep {
  core: RunnerCore
  effects: RunnerEffect[]
  /** When to wake next, on the same clock as `nowMs`; null when nothing is due. */
  wakeAtMs: number | null
  /** How soon the next tone may sound, in ms; null while none can (paused, done). */
  soundInMs: number | null
}

/** A runner that has not yet announced anything. */
export function initRunner(session: SessionState, cadence: boolean): RunnerCore {
  return { session, cadence, trackedIndex: -1, trackedRemainingMs: 0 }
}

/** Whether the countdown is in its last seconds (the pips). */
export function isFinalCountdown(v: Pick<SessionView, 'remainingMs' | 'done'>): boolean {
  return !v.done && v.remainingMs <= RUNNER_RULES.finalCountdownMs
}

/**
 * The form cue to show `elapsedMs` into an effort: the first, then each in turn every
 * `RUNNER_RULES.cueShowMs`, round again. Undefined when there are none.
 */
export function cueShownAt(cues: readonly string[], elapsedMs: number): string | undefined {
  if (cues.length === 0) return undefined
  const turn = Math.floor(Math.max(0, elapsedMs) / RUNNER_RULES.cueShowMs)
  return cues[turn % cues.length]
}

/**
 * How far into its planned timeline a session is at `nowMs`, in ms: time moves it smoothly,
 * a Skip or a Previous moves it at once. A finished session is at the end.
 */
export function positionMs(s: SessionState, nowMs: number): number {
  const phase = s.timeline.phases[s.index]
  if (!phase || isDone(s)) return s.timeline.totalMs
  return phase.startMs + s.phaseDurationMs - remainingMs(s, nowMs)
}

/** When the pips start: speech must be over by then. Null when none will sound. */
function quietAtMs(s: SessionState): number | null {
  if (isDone(s) || s.phaseDurationMs <= PIP_TIMES_MS[0]) return null
  return s.deadlineMs - PIP_TIMES_MS[0]
}

function cuesOf(core: RunnerCore) {
  const s = core.session
  const phase = s.timeline.phases[s.index]
  return phase ? phaseCues(phase, s.phaseDurationMs, core.cadence) : []
}

function fire(
  effects: RunnerEffect[],
  cue: { sound?: SoundId; say?: Line },
  s: SessionState,
): void {
  if (cue.sound) effects.push({ type: 'sound', id: cue.sound })
  if (!cue.say) return
  effects.push({ type: 'caption', text: cue.say.text })
  effects.push({ type: 'say', line: cue.say, quietAtMs: quietAtMs(s) })
}

/** Plays what fell due since the last check, and notes where the session is. */
function process(
  core: RunnerCore,
  nowMs: number,
  announce: boolean,
  hidden: boolean,
  effects: RunnerEffect[],
): RunnerCore {
  const s = core.session
  let c = core
  if (s.index !== c.trackedIndex || announce) {
    c = { ...c, trackedIndex: s.index, trackedRemainingMs: s.phaseDurationMs }
    fire(effects, entryCue(s.timeline, s.index), s)
  }
  if (isDone(s) || s.pausedAtMs !== null) return c
  const left = remainingMs(s, nowMs)
  const soundLateMs = hidden ? RUNNER_RULES.hiddenSoundLateMs : RUNNER_RULES.soundLateMs
  for (const cue of cuesDue(cuesOf(c), c.trackedRemainingMs, left, RUNNER_RULES.speechLateMs)) {
    const overdueMs = cue.atRemainingMs - left
    fire(effects, overdueMs <= soundLateMs ? cue : { say: cue.say }, s)
  }
  effects.push({ type: 'pump', quietAtMs: quietAtMs(s) })
  return { ...c, trackedRemainingMs: left }
}

/** The next moment something shown or heard changes: a second boundary, a deadline, a cue. */
function nextWake(core: RunnerCore, nowMs: number): number | null {
  const boundary = nextSecondBoundaryMs(core.session, nowMs)
  if (boundary === null) return null
  const nextCue = nextCueRemainingMs(cuesOf(core), core.trackedRemainingMs)
  return nextCue === null ? boundary : Math.min(boundary, core.session.deadlineMs - nextCue)
}

/**
 * How soon the next tone sounds: a cue of this phase with a sound (halfway, a cadence tick, a
 * pip) not yet played, or the next phase's entry at the deadline. Null while paused or done.
 */
function soundIn(core: RunnerCore, nowMs: number): number | null {
  const s = core.session
  if (isDone(s) || s.pausedAtMs !== null) return null
  const cue = cuesOf(core).find((c) => c.sound && c.atRemainingMs < core.trackedRemainingMs)
  return Math.max(0, s.deadlineMs - (cue?.atRemainingMs ?? 0) - nowMs)
}

/**
 * A follower takes the runner's state. A jump says the new phase's entry line (only that:
 * the phases jumped over stay silent) over whatever was being said. Within the clocks'
 * disagreement, a phase the follower had not reached yet is announced as its own clock would
 * have; one it had already left (its clock a little ahead) is not announced twice.
 */
function follow(
  core: RunnerCore,
  handed: SessionState,
  nowMs: number,
  hidden: boolean,
  effects: RunnerEffect[],
): RunnerCore {
  const session = advance(handed, nowMs)
  const jumpMs = Math.abs(positionMs(session, nowMs) - positionMs(core.session, nowMs))
  if (jumpMs > RUNNER_RULES.followJumpMs) {
    effects.push({ type: 'silence' })
    return process({ ...core, session, trackedIndex: -1 }, nowMs, false, hidden, effects)
  }
  if (session.index > core.trackedIndex)
    return process({ ...core, session }, nowMs, false, hidden, effects)
  const same = session.index === core.trackedIndex
  return {
    ...core,
    session,
    trackedRemainingMs: same ? remainingMs(session, nowMs) : core.trackedRemainingMs,
  }
}

/** One step of the runner: (state, event, now) to (state, effects, next wake-up). */
export function runnerStep(core: RunnerCore, event: RunnerEvent, nowMs: number): RunnerStep {
  const effects: RunnerEffect[] = []
  let next = core
  switch (event.type) {
    case 'start':
      next = process(core, nowMs, false, event.hidden, effects)
      effects.push({ type: 'paint', at: 'now' })
      break
    case 'wake': {
      const before = core.session.index
      next = process(
        { ...core, session: advance(core.session, nowMs) },
        nowMs,
        false,
        event.hidden,
        effects,
      )
      effects.push({ type: 'paint', at: next.session.index !== before ? 'now' : 'frame' })
      break
    }
    case 'act': {
      const rule = ruleOf(event.action)
      const before = advance(core.session, nowMs)
      const after = rule.apply(before, nowMs)
      if (after === before)
        return { core, effects, wakeAtMs: nextWake(core, nowMs), soundInMs: soundIn(core, nowMs) }
      if (after.pausedAtMs !== null) effects.push({ type: 'silence' })
      next = { ...core, session: after }
      if (!rule.announce && after.index === before.index)
        next = { ...next, trackedRemainingMs: remainingMs(after, nowMs) }
      next = process(next, nowMs, rule.announce && !isDone(after), event.hidden, effects)
      effects.push({ type: 'paint', at: 'now' })
      break
    }
    case 'replace':
      next = follow(core, event.session, nowMs, event.hidden, effects)
      effects.push({ type: 'paint', at: 'now' })
      break
  }
  return {
    core: next,
    effects,
    wakeAtMs: nextWake(next, nowMs),
    soundInMs: soundIn(next, nowMs),
  }
}

import { useEffect, useState, useSyncExternalStore } from 'react'
import {
  cuesDue,
  entryCue,
  nextCueRemainingMs,
  phaseCues,
  PIP_TIMES_MS,
  SpeechQueue,
  type Cue,
  type Line,
  type SoundId,
  type SpeechOutput,
} from '@shared/cues'
import {
  addRest,
  advance,
  finish,
  isDone,
  nextSecondBoundaryMs,
  previous,
  remainingMs,
  restore,
  skip,
  start,
  togglePause,
  view,
  type SessionSnapshot,
  type SessionState,
  type SessionView,
} from '@shared/session'
import type { Timeline } from '@shared/timeline'

/** A sound this far overdue (a throttled wake-up) is dropped rather than played late. */
const SOUND_LATE_MS = 350
/**
 * A hidden browser tab wakes at most once a second: there a pip up to a second late
 * still beats silence. (The desktop app turns that throttling off.)
 */
const HIDDEN_SOUND_LATE_MS = 1100
/** A spoken line this far overdue is dropped. */
const SPEECH_LATE_MS = 1500

export interface CueSink {
  play: (id: SoundId) => void
  speech: SpeechOutput
  /** Whether lines are spoken (captions show them either way). */
  voice: boolean
  cadence: boolean
}

export interface SessionControls {
  togglePause: () => void
  skip: () => void
  previous: () => void
  addRest: () => void
  finish: () => void
}

/** What the runner renders: the state and its view at the moment of the last paint. */
export interface RunnerSnapshot {
  state: SessionState
  view: SessionView
  /** The clock reading the view was taken at, in ms. */
  nowMs: number
  /** The last spoken line, shown as a caption. */
  caption: string
}

const clock = () => performance.now()

/**
 * Owns a session's clock: wakes only when something shown or heard changes (the next
 * second boundary, a deadline or a cue), plays cues as they fall due, and publishes a
 * snapshot for React to paint in the next animation frame.
 */
export class SessionDriver implements SessionControls {
  private state: SessionState
  private snapshot: RunnerSnapshot
  private readonly listeners = new Set<() => void>()
  private readonly queue: SpeechQueue
  /** The phase cues were last checked in, and the time it had left then. */
  private trackedIndex = -1
  private trackedRemainingMs = 0
  private cueCache = { key: '', cues: [] as Cue[] }
  private timer: ReturnType<typeof setTimeout> | undefined
  private frame: number | undefined
  private running = false

  constructor(
    timeline: Timeline,
    startedAtMs: number,
    private sink: CueSink,
    resumeFrom?: SessionSnapshot,
  ) {
    // A resumed session starts paused where it was; a snapshot that no longer fits starts afresh.
    this.state =
      (resumeFrom && restore(timeline, resumeFrom, startedAtMs)) ?? start(timeline, startedAtMs)
    this.snapshot = this.take(startedAtMs, '')
    this.queue = new SpeechQueue({
      speak: (t) => this.sink.speech.speak(t),
      cancel: () => this.sink.speech.cancel(),
    })
  }

  setSink(sink: CueSink): void {
    this.sink = sink
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): RunnerSnapshot => this.snapshot

  /** Begins waking and sounding; safe to call again after `stop`. */
  run(): void {
    if (this.running) return
    this.running = true
    document.addEventListener('visibilitychange', this.wake)
    this.process(clock(), false)
    this.publish()
    this.schedule()
  }

  /** Stops every timer and voice; the session state stays as it is. */
  stop(): void {
    this.running = false
    document.removeEventListener('visibilitychange', this.wake)
    clearTimeout(this.timer)
    if (this.frame !== undefined) cancelAnimationFrame(this.frame)
    this.frame = undefined
    this.queue.clear()
  }

  /** Shows another state (the display window follows the laptop's this way). */
  replace(next: SessionState): void {
    this.state = next
    this.trackedIndex = next.index
    this.trackedRemainingMs = remainingMs(next, clock())
    this.publish()
    this.schedule()
  }

  togglePause = (): void => this.act(togglePause, false)
  skip = (): void => this.act(skip, true)
  previous = (): void => this.act(previous, true)
  addRest = (): void => this.act(addRest, false)
  finish = (): void => this.act(finish, false)

  private take(nowMs: number, caption: string): RunnerSnapshot {
    return { state: this.state, view: view(this.state, nowMs), nowMs, caption }
  }

  private publish(caption = this.snapshot.caption): void {
    this.snapshot = this.take(clock(), caption)
    for (const l of this.listeners) l()
  }

  /** Paints in the next animation frame; a hidden page gets none, so it publishes at once. */
  private paint(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame)
    this.frame = undefined
    if (document.hidden) {
      this.publish()
      return
    }
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined
      this.publish()
    })
  }

  private cuesFor(s: SessionState): Cue[] {
    const phase = s.timeline.phases[s.index]
    if (!phase) return []
    const key = `${s.index}:${s.phaseDurationMs}:${this.sink.cadence}`
    if (this.cueCache.key !== key) {
      this.cueCache = { key, cues: phaseCues(phase, s.phaseDurationMs, this.sink.cadence) }
    }
    return this.cueCache.cues
  }

  private quietAtMs(s: SessionState): number | null {
    if (isDone(s) || s.phaseDurationMs <= PIP_TIMES_MS[0]) return null
    return s.deadlineMs - PIP_TIMES_MS[0]
  }

  private fire(cue: { sound?: SoundId; say?: Line }, nowMs: number): void {
    if (cue.sound) this.sink.play(cue.sound)
    if (!cue.say) return
    this.snapshot = { ...this.snapshot, caption: cue.say.text }
    if (this.sink.voice) this.queue.say(cue.say, nowMs, this.quietAtMs(this.state))
  }

  /** Plays what fell due since the last check, and notes where the session is. */
  private process(nowMs: number, reenter: boolean): void {
    const s = this.state
    if (s.index !== this.trackedIndex || reenter) {
      this.trackedIndex = s.index
      this.trackedRemainingMs = s.phaseDurationMs
      this.fire(entryCue(s.timeline, s.index), nowMs)
    }
    if (isDone(s) || s.pausedAtMs !== null) return
    const left = remainingMs(s, nowMs)
    const soundLateMs = document.hidden ? HIDDEN_SOUND_LATE_MS : SOUND_LATE_MS
    for (const cue of cuesDue(this.cuesFor(s), this.trackedRemainingMs, left, SPEECH_LATE_MS)) {
      const overdueMs = cue.atRemainingMs - left
      this.fire(overdueMs <= soundLateMs ? cue : { say: cue.say }, nowMs)
    }
    this.trackedRemainingMs = left
    this.queue.pump(nowMs, this.quietAtMs(s))
  }

  private schedule(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (!this.running) return
    const now = clock()
    const boundary = nextSecondBoundaryMs(this.state, now)
    if (boundary === null) return
    let at = boundary
    const nextCue = nextCueRemainingMs(this.cuesFor(this.state), this.trackedRemainingMs)
    if (nextCue !== null) at = Math.min(at, this.state.deadlineMs - nextCue)
    // Whole milliseconds and never 0: a timer must not fire before its moment and spin.
    this.timer = setTimeout(this.wake, Math.max(1, Math.ceil(at - now)))
  }

  private readonly wake = (): void => {
    if (!this.running) return
    const now = clock()
    const before = this.state.index
    this.state = advance(this.state, now)
    this.process(now, false)
    // A new phase shows at once (its colour and name matter from across the room);
    // plain second ticks wait for the next animation frame.
    if (this.state.index !== before) this.publish()
    else this.paint()
    this.schedule()
  }

  private act(fn: (s: SessionState, nowMs: number) => SessionState, reenter: boolean): void {
    const now = clock()
    const before = advance(this.state, now)
    this.state = fn(before, now)
    if (this.state === before) return
    if (this.state.pausedAtMs !== null) this.queue.clear()
    if (!reenter && this.state.index === before.index)
      this.trackedRemainingMs = remainingMs(this.state, now)
    this.process(now, reenter && !isDone(this.state))
    this.publish()
    this.schedule()
  }
}

/** Runs a session for the runner screen and re-renders it only when the display changes. */
export function useSession(
  timeline: Timeline,
  startedAtMs: number,
  sink: CueSink,
  resumeFrom?: SessionSnapshot,
) {
  const [driver] = useState(() => new SessionDriver(timeline, startedAtMs, sink, resumeFrom))
  useEffect(() => driver.setSink(sink), [driver, sink])
  useEffect(() => {
    driver.run()
    return () => driver.stop()
  }, [driver])
  const snapshot = useSyncExternalStore(driver.subscribe, driver.getSnapshot)
  return { snapshot, controls: driver as SessionControls, current: driver.getSnapshot, driver }
}

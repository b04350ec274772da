import { useEffect, useState, useSyncExternalStore } from 'react'
import { SpeechQueue, type SoundId, type SpeechOutput } from '@shared/engine/cues'
import {
  initRunner,
  runnerStep,
  RUNNER_RULES,
  type RunnerAction,
  type RunnerCore,
  type RunnerEvent,
} from '@shared/engine/runner-core'
import { start, type SessionState } from '@shared/engine/session'
import { restore } from '@shared/engine/session-snapshot'
import type { SessionSnapshot } from '@shared/engine/snapshot-schema'
import { view, type SessionView } from '@shared/engine/session-view'
import type { Timeline } from '@shared/engine/timeline'

export interface CueSink {
  play: (id: SoundId) => void
  /**
   * How soon the next tone may sound, in ms (null: none can, paused or done): the tones'
   * output can rest until shortly before it.
   */
  soundIn?: (ms: number | null) => void
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
 * A running session's paints, for the parts of a display that change with the time (the
 * countdown, the session's time left, the progress bar): each reads what it shows from the
 * latest snapshot and renders again only when that changes.
 */
export interface SessionTicks {
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => RunnerSnapshot
}

/**
 * What `select` reads from the session's latest paint: a string, a number or a boolean, so a
 * tick that leaves it as it was renders nothing.
 */
export function useTick<T extends string | number | boolean | undefined>(
  ticks: SessionTicks,
  select: (s: RunnerSnapshot) => T,
): T {
  return useSyncExternalStore(ticks.subscribe, () => select(ticks.getSnapshot()))
}

/**
 * Where a session begins other than afresh: a saved snapshot (it starts paused where it was)
 * or the state a follower is first handed (it carries on from there, announcing that phase
 * rather than the first).
 */
export type SessionFrom = { resume: SessionSnapshot } | { follow: SessionState }

function firstSession(timeline: Timeline, startedAtMs: number, from?: SessionFrom): SessionState {
  if (from && 'follow' in from) return from.follow
  // A snapshot that no longer fits starts afresh.
  return (from && restore(timeline, from.resume, startedAtMs)) ?? start(timeline, startedAtMs)
}

/**
 * Runs a session's clock for React: feeds the pure runner step (src/shared/engine/runner-core.ts)
 * the time and what happens, carries out the effects it returns (tones, speech, captions,
 * paints) and sets one timer for the next wake-up it names.
 */
export class SessionDriver implements SessionControls, SessionTicks {
  private core: RunnerCore
  private snapshot: RunnerSnapshot
  /** The last snapshot taken at a change of state or caption: what a tick leaves alone. */
  private changed: RunnerSnapshot
  private readonly listeners = new Set<() => void>()
  private readonly queue: SpeechQueue
  private timer: ReturnType<typeof setTimeout> | undefined
  private frame: number | undefined
  private running = false

  constructor(
    timeline: Timeline,
    startedAtMs: number,
    private sink: CueSink,
    from?: SessionFrom,
  ) {
    this.core = initRunner(firstSession(timeline, startedAtMs, from), sink.cadence)
    this.snapshot = this.take(startedAtMs, '')
    this.changed = this.snapshot
    this.queue = new SpeechQueue(
      {
        speak: (t) => this.sink.speech.speak(t),
        cancel: () => this.sink.speech.cancel(),
      },
      RUNNER_RULES.speechLateMs,
    )
  }

  setSink(sink: CueSink): void {
    this.sink = sink
    this.core = { ...this.core, cadence: sink.cadence }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): RunnerSnapshot => this.snapshot

  /**
   * The session as of its last change (a new phase, a pause, a skip, added rest, a new
   * caption): the same object from one tick to the next, so what renders from it does not
   * render again each second. Its view's times are those of that change: the time-keeping
   * parts read `getSnapshot` through `useTick`.
   */
  getFrame = (): RunnerSnapshot => this.changed

  /** Begins waking and sounding; safe to call again after `stop`. */
  run(): void {
    if (this.running) return
    this.running = true
    document.addEventListener('visibilitychange', this.wake)
    this.step({ type: 'start', hidden: document.hidden })
  }

  /** Stops every timer and voice; the session state stays as it is. */
  stop(): void {
    this.running = false
    document.removeEventListener('visibilitychange', this.wake)
    clearTimeout(this.timer)
    if (this.frame !== undefined) cancelAnimationFrame(this.frame)
    this.frame = undefined
    this.queue.clear()
    this.sink.soundIn?.(null)
    // Started again (a remount), the runner announces where it is once more.
    this.core = { ...this.core, trackedIndex: -1 }
  }

  /** Follows another state (displays follow the laptop's this way); a jump is announced. */
  replace(next: SessionState): void {
    this.step({ type: 'replace', session: next, hidden: document.hidden })
  }

  togglePause = (): void => this.act('togglePause')
  skip = (): void => this.act('skip')
  previous = (): void => this.act('previous')
  addRest = (): void => this.act('addRest')
  finish = (): void => this.act('finish')

  private act(action: RunnerAction): void {
    this.step({ type: 'act', action, hidden: document.hidden })
  }

  private readonly wake = (): void => {
    if (this.running) this.step({ type: 'wake', hidden: document.hidden })
  }

  private step(event: RunnerEvent): void {
    const now = clock()
    const { core, effects, wakeAtMs, soundInMs } = runnerStep(this.core, event, now)
    this.core = core
    for (const e of effects) {
      switch (e.type) {
        case 'sound':
          this.sink.play(e.id)
          break
        case 'caption':
          this.snapshot = { ...this.snapshot, caption: e.text }
          break
        case 'say':
          if (this.sink.voice) this.queue.say(e.line, now, e.quietAtMs)
          break
        case 'silence':
          this.queue.clear()
          break
        case 'pump':
          this.queue.pump(now, e.quietAtMs)
          break
        case 'paint':
          if (e.at === 'now') this.publish()
          else this.paint()
          break
      }
    }
    this.sink.soundIn?.(this.running ? soundInMs : null)
    this.schedule(wakeAtMs)
  }

  private take(nowMs: number, caption: string): RunnerSnapshot {
    const state = this.core.session
    return { state, view: view(state, nowMs), nowMs, caption }
  }

  private publish(caption = this.snapshot.caption): void {
    this.snapshot = this.take(clock(), caption)
    if (this.snapshot.state !== this.changed.state || caption !== this.changed.caption)
      this.changed = this.snapshot
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

  private schedule(atMs: number | null): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (!this.running || atMs === null) return
    // Counted from now, after the step's sounds, speech and paint, not from the step's start:
    // the time they took would otherwise make every wake-up as late.
    // Whole milliseconds and never 0: a timer must not fire before its moment and spin.
    this.timer = setTimeout(this.wake, Math.max(1, Math.ceil(atMs - clock())))
  }
}

/**
 * Runs a session for the runner screen: `frame` re-renders it only at a change of state or
 * caption; the parts that tick read `ticks` (the driver) with `useTick`.
 */
export function useSession(
  timeline: Timeline,
  startedAtMs: number,
  sink: CueSink,
  from?: SessionFrom,
) {
  const [driver] = useState(() => new SessionDriver(timeline, startedAtMs, sink, from))
  useEffect(() => driver.setSink(sink), [driver, sink])
  useEffect(() => {
    driver.run()
    return () => driver.stop()
  }, [driver])
  const frame = useSyncExternalStore(driver.subscribe, driver.getFrame)
  return {
    frame,
    controls: driver as SessionControls,
    current: driver.getSnapshot,
    ticks: driver as SessionTicks,
    driver,
  }
}

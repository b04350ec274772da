import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
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
  skip,
  start,
  togglePause,
  type SessionState,
} from '@shared/session'
import type { Timeline } from '@shared/timeline'

/** A sound this far overdue (a throttled wake-up) is dropped rather than played late. */
const SOUND_LATE_MS = 350
/** A spoken line this far overdue is dropped. */
const SPEECH_LATE_MS = 1500

export interface CueSink {
  play(id: SoundId): void
  speech: SpeechOutput
  /** Whether lines are spoken (captions show them either way). */
  voice: boolean
  cadence: boolean
}

export interface SessionControls {
  togglePause(): void
  skip(): void
  previous(): void
  addRest(): void
  finish(): void
}

interface Tracking {
  state: SessionState
  index: number
  /** Time left in the current phase when cues were last checked. */
  remainingMs: number
  timer: ReturnType<typeof setTimeout> | undefined
  frame: number | undefined
}

const clock = () => performance.now()

/**
 * Runs a session: owns the clock, wakes only when something shown or heard changes (the
 * next second boundary, deadline or cue), and plays cues as they fall due.
 */
export function useSession(
  timeline: Timeline,
  startedAtMs: number,
  sink: CueSink,
): { state: SessionState; caption: string; controls: SessionControls } {
  const [, setVersion] = useState(0)
  const [caption, setCaption] = useState('')
  const sinkRef = useRef(sink)
  sinkRef.current = sink
  const queue = useMemo(
    () => new SpeechQueue({ speak: (t) => sinkRef.current.speech.speak(t), cancel: () => sinkRef.current.speech.cancel() }),
    [],
  )
  const track = useRef<Tracking | null>(null)
  track.current ??= {
    state: start(timeline, startedAtMs),
    index: -1,
    remainingMs: 0,
    timer: undefined,
    frame: undefined,
  }
  const cueCache = useRef<{ key: string; cues: Cue[] }>({ key: '', cues: [] })

  const cuesFor = useCallback((s: SessionState): Cue[] => {
    const phase = s.timeline.phases[s.index]
    if (!phase) return []
    const key = `${s.index}:${s.phaseDurationMs}:${sinkRef.current.cadence}`
    if (cueCache.current.key !== key) {
      cueCache.current = { key, cues: phaseCues(phase, s.phaseDurationMs, sinkRef.current.cadence) }
    }
    return cueCache.current.cues
  }, [])

  const quietAt = (s: SessionState): number | null => {
    if (isDone(s) || s.phaseDurationMs <= PIP_TIMES_MS[0]) return null
    return s.deadlineMs - PIP_TIMES_MS[0]
  }

  const say = useCallback((line: Line, s: SessionState, nowMs: number) => {
    setCaption(line.text)
    if (sinkRef.current.voice) queue.say(line, nowMs, quietAt(s))
  }, [queue])

  const fire = useCallback(
    (cue: { sound?: SoundId; say?: Line }, s: SessionState, nowMs: number) => {
      if (cue.sound) sinkRef.current.play(cue.sound)
      if (cue.say) say(cue.say, s, nowMs)
    },
    [say],
  )

  /** Plays what fell due since the last check, and notes where we are. */
  const process = useCallback(
    (nowMs: number, reenter: boolean) => {
      const t = track.current as Tracking
      const s = t.state
      if (s.index !== t.index || reenter) {
        t.index = s.index
        t.remainingMs = s.phaseDurationMs
        fire(entryCue(s.timeline, s.index), s, nowMs)
      }
      if (isDone(s) || s.pausedAtMs !== null) return
      const left = remainingMs(s, nowMs)
      const late = cuesDue(cuesFor(s), t.remainingMs, left, SPEECH_LATE_MS)
      for (const cue of late) {
        const overdueMs = cue.atRemainingMs - left
        fire(overdueMs <= SOUND_LATE_MS ? cue : { say: cue.say }, s, nowMs)
      }
      t.remainingMs = left
      queue.pump(nowMs, quietAt(s))
    },
    [cuesFor, fire, queue],
  )

  const paint = useCallback(() => {
    const t = track.current as Tracking
    if (t.frame !== undefined) cancelAnimationFrame(t.frame)
    t.frame = undefined
    // A hidden page gets no animation frames; render at once so it is right when shown.
    if (document.hidden) setVersion((v) => v + 1)
    else
      t.frame = requestAnimationFrame(() => {
        t.frame = undefined
        setVersion((v) => v + 1)
      })
  }, [])

  const schedule = useCallback(() => {
    const t = track.current as Tracking
    clearTimeout(t.timer)
    t.timer = undefined
    const now = clock()
    const boundary = nextSecondBoundaryMs(t.state, now)
    if (boundary === null) return
    let at = boundary
    const nextCue = nextCueRemainingMs(cuesFor(t.state), t.remainingMs)
    if (nextCue !== null) at = Math.min(at, t.state.deadlineMs - nextCue)
    // Whole milliseconds, never 0: a timer must not fire before its moment and spin.
    t.timer = setTimeout(() => wakeRef.current(), Math.max(1, Math.ceil(at - now)))
  }, [cuesFor])

  const wake = useCallback(() => {
    const t = track.current as Tracking
    const now = clock()
    t.state = advance(t.state, now)
    process(now, false)
    paint()
    schedule()
  }, [paint, process, schedule])
  const wakeRef = useRef(wake)
  wakeRef.current = wake

  const act = useCallback(
    (fn: (s: SessionState, nowMs: number) => SessionState, reenter: boolean) => {
      const t = track.current as Tracking
      const now = clock()
      const before = t.state
      t.state = fn(advance(before, now), now)
      if (t.state === before) return
      if (t.state.pausedAtMs !== null) queue.clear()
      if (!reenter && t.state.index === before.index) t.remainingMs = remainingMs(t.state, now)
      process(now, reenter && !isDone(t.state))
      setVersion((v) => v + 1)
      schedule()
    },
    [process, queue, schedule],
  )

  const controls = useMemo<SessionControls>(
    () => ({
      togglePause: () => act(togglePause, false),
      skip: () => act(skip, true),
      previous: () => act(previous, true),
      addRest: () => act(addRest, false),
      finish: () => act(finish, false),
    }),
    [act],
  )

  useEffect(() => {
    const t = track.current as Tracking
    process(clock(), false)
    schedule()
    const onVisible = () => wake()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      document.removeEventListener('visibilitychange', onVisible)
      clearTimeout(t.timer)
      if (t.frame !== undefined) cancelAnimationFrame(t.frame)
      queue.clear()
    }
  }, [process, queue, schedule, wake])

  return { state: (track.current as Tracking).state, caption, controls }
}

import type { CSSProperties } from 'react'
import { moveClock, nextText, phaseHeading, shownPhase } from '@shared/engine/describe-phase'
import { formatClock } from '@shared/engine/format'
import { cueShownAt, isFinalCountdown } from '@shared/engine/runner-core'
import { routineMoveAt } from '@shared/circuits/routines'
import { cx } from '@renderer/lib/class-names'
import { PHASE_LABELS } from './phase-style'
import { useTick, type RunnerSnapshot, type SessionTicks } from './use-session'
import styles from './runner-display.module.css'

// The parts of the runner that change as time passes, each rendered again only when what it
// shows changes: the digits once a second, the move and the cue when they turn, the progress
// bar when it has moved a pixel or so. The rest of the runner renders at a change of phase.

/** The progress bar's steps: a thousandth of the session, about a pixel and a half. */
const PROGRESS_STEPS = 1000

/** The phase's countdown, with its last seconds marked. */
export function PhaseCountdown({ ticks, paused }: { ticks: SessionTicks; paused: boolean }) {
  const clock = useTick(ticks, (s) => formatClock(s.view.remainingMs))
  const final = useTick(ticks, (s) => isFinalCountdown(s.view))
  const ended = useTick(ticks, (s) => s.view.done)
  const shown = useTick(ticks, (s) => shownPhase(s.view))
  return (
    <div
      role="timer"
      data-testid="countdown"
      aria-label={ended ? 'Session complete' : `Time left in ${PHASE_LABELS[shown].toLowerCase()}`}
      data-paused={paused ? 'true' : undefined}
      data-long={clock.length > 4 ? 'true' : undefined}
      // `final` stays a global name too: a test checks the last seconds are marked.
      className={cx(
        styles.countdown,
        final && styles.final,
        final && 'final',
        // Done: no zero clock on the screen, the timer kept for the testing contract.
        ended && 'visually-hidden',
      )}
    >
      {clock}
    </div>
  )
}

/** The session's time left, in the top corner. */
export function SessionLeft({ ticks, ended }: { ticks: SessionTicks; ended: boolean }) {
  const left = useTick(ticks, (s) => formatClock(s.view.sessionRemainingMs))
  return (
    // At the end no clock is left to read: the hook stays for screen readers and tests.
    <p className={cx(styles.sessionLeft, ended && 'visually-hidden')}>
      <span className="visually-hidden">Session left </span>
      <span data-testid="session-remaining">{left}</span>
      <span aria-hidden="true"> left</span>
    </p>
  )
}

/**
 * The session's progress: the bar's fill is scaled on the compositor, a step at a time with
 * no animation running between steps; the number read out moves by whole percents.
 */
export function SessionProgress({ ticks }: { ticks: SessionTicks }) {
  const step = useTick(ticks, (s) => Math.round(s.view.progress * PROGRESS_STEPS))
  return (
    <div
      className={styles.progress}
      role="progressbar"
      aria-label="Session progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round((step / PROGRESS_STEPS) * 100)}
    >
      <div
        className={styles.progressFill}
        style={{ transform: `scaleX(${step / PROGRESS_STEPS})` }}
      />
    </div>
  )
}

/** The big name: the warm-up or cool-down move of the moment, or the exercise. */
export function PhaseHeading({ ticks }: { ticks: SessionTicks }) {
  const heading = useTick(ticks, (s) => phaseHeading(s.view))
  const move = useTick(ticks, (s) => moveClock(s.view))
  if (!heading) return null
  return (
    // In a warm-up or cool-down the move's own time left sits beside its name.
    <div className={styles.titleLine} data-clock={move ? 'true' : undefined}>
      <h1
        className={styles.exerciseName}
        data-testid="exercise"
        style={{ '--name-length': heading.length } as CSSProperties}
      >
        {heading}
      </h1>
      {move && (
        <p className={styles.moveClock} data-testid="move-countdown">
          <span className="visually-hidden">Left in this move: </span>
          {move}
        </p>
      )}
    </div>
  )
}

/** The warm-up or cool-down move of the moment, read by `pick`; undefined in other phases. */
function routineNow<T>(s: RunnerSnapshot, pick: (m: ReturnType<typeof routineMoveAt>) => T) {
  const { phase, done, phaseElapsedMs } = s.view
  if (done || !phase || (phase.kind !== 'warmup' && phase.kind !== 'cooldown')) return undefined
  return pick(routineMoveAt(phase, phaseElapsedMs))
}

/** The warm-up or cool-down move's place, "Move 2 of 6", as each move comes. */
export function RoutinePlace({ ticks }: { ticks: SessionTicks }) {
  const place = useTick(ticks, (s) => routineNow(s, (m) => `Move ${m.index + 1} of ${m.count}`))
  return place ? <span>{place}</span> : null
}

/** The warm-up or cool-down move's cue. */
export function RoutineCue({ ticks }: { ticks: SessionTicks }) {
  const cue = useTick(ticks, (s) => routineNow(s, (m) => m.move.cue))
  return cue ? <p className={styles.cueLine}>{cue}</p> : null
}

/** The form cue of the moment, in turn every few seconds of an effort. */
export function CueNow({ ticks, lines }: { ticks: SessionTicks; lines: readonly string[] }) {
  return <>{useTick(ticks, (s) => cueShownAt(lines, s.view.phaseElapsedMs))}</>
}

/** What comes next: the next move in a warm-up or cool-down, else the next phase. */
export function NextLine({ ticks }: { ticks: SessionTicks }) {
  const next = useTick(ticks, (s) => nextText(s.view))
  return (
    <p className={styles.next} data-testid="next">
      {next}
    </p>
  )
}

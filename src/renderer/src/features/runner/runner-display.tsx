import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import {
  describePhase,
  moveClock,
  nextText,
  phaseHeading,
  shownPhase,
} from '@shared/engine/describe-phase'
import { cueShownAt, isFinalCountdown } from '@shared/engine/runner-core'
import { getExercise } from '@shared/circuits/exercises'
import { routineMoveAt } from '@shared/circuits/routines'
import { formatClock } from '@shared/engine/format'
import type { SessionView } from '@shared/engine/session-view'
import { cx } from '@renderer/lib/class-names'
import { PHASE_COLOURS, PHASE_LABELS, RUNNER_TEXT, RUNNER_TEXT_DIM } from './phase-style'
import styles from './runner-display.module.css'

export interface RunnerDisplayProps {
  circuit: Circuit
  view: SessionView
  caption: string
  /** The display is shown on another screen: this window keeps a small mirror. */
  mirror?: boolean
  /** Below the cues: the end-of-session question and summary. */
  children?: ReactNode
  /** The controls, when this window has them. */
  controls?: ReactNode
  /** The controls step aside (until the mouse moves or a key is pressed, or they take focus). */
  quietControls?: boolean
}

/** The big display, shared by the runner and the display window on another screen. */
export function RunnerDisplay({
  circuit,
  view: v,
  caption,
  mirror = false,
  children,
  controls,
  quietControls = false,
}: RunnerDisplayProps) {
  const ended = v.done
  const phase = v.phase
  const shown = shownPhase(v)
  const exercise = phase?.exerciseId ? getExercise(phase.exerciseId) : undefined
  const item = phase?.itemIndex !== undefined ? circuit.items[phase.itemIndex] : undefined
  // In a rest, what to pick up for the exercise that comes next.
  const next = v.next?.itemIndex !== undefined ? circuit.items[v.next.itemIndex] : undefined
  const isEffort = shown === 'work' || shown === 'hold'
  const routine =
    (shown === 'warmup' || shown === 'cooldown') && phase
      ? routineMoveAt(phase, v.phaseElapsedMs)
      : undefined
  const style = {
    '--phase': PHASE_COLOURS[shown],
    '--ink': RUNNER_TEXT,
    '--ink-dim': RUNNER_TEXT_DIM,
  } as CSSProperties
  // Focus starts on the runner itself (not the page, not a button that would keep the
  // buttons showing): the keys work from there and a screen reader is told where it is.
  const main = useRef<HTMLElement>(null)
  useEffect(() => main.current?.focus({ preventScroll: true }), [])
  const final = isFinalCountdown(v)
  const clock = formatClock(v.remainingMs)

  const heading = phaseHeading(v)
  const move = moveClock(v)
  // The buttons' band: kept while they show, given to the text while they step aside in a
  // running effort. A display without buttons keeps none.
  const buttons = controls === undefined ? undefined : quietControls ? 'aside' : 'shown'
  const side = isEffort && phase?.side ? (phase.side === 'left' ? 'Left' : 'Right') : undefined
  // During an effort one line at a time, large: the challenge and the load first.
  const lines = exercise
    ? [
        ...(item?.variant === 'challenge' ? [`Challenge: ${exercise.challenge.text}`] : []),
        ...(item?.load ? [`With ${item.load}`] : []),
        ...exercise.cues,
      ]
    : []
  const cueNow = isEffort ? cueShownAt(lines, v.phaseElapsedMs) : undefined

  return (
    <main
      // `runner` and `mirror` stay as global names too: tests find the runner by them.
      className={cx(
        styles.runner,
        'runner',
        shown === 'done' && styles.phaseDone,
        mirror && styles.mirror,
        mirror && 'mirror',
      )}
      data-side={side?.toLowerCase()}
      data-buttons={buttons}
      style={style}
      aria-label="Session runner"
      ref={main}
      tabIndex={-1}
    >
      {side && (
        <div className={styles.sideBand}>
          <span className={styles.sideArrow} aria-hidden="true">
            {side === 'Left' ? '\u2190' : '\u2192'}
          </span>
          <p className={styles.sideWord} data-testid="side">
            {side}
          </p>
        </div>
      )}
      <header className={styles.top}>
        <p className={styles.phaseWord} data-testid="phase">
          {PHASE_LABELS[shown]}
        </p>
        <p className={styles.meta}>
          {shown === 'rest' && heading && <span>Up next</span>}
          {shown === 'rest' && next?.load && <span>{next.load}</span>}
          {phase?.counter && shown !== 'rest' && (
            <span data-testid="set">{`${phase.counter.label} ${phase.counter.n} of ${phase.counter.of}`}</span>
          )}
          {isEffort && phase && <span>{describePhase(phase).amount}</span>}
          {routine && <span>{`Move ${routine.index + 1} of ${routine.count}`}</span>}
        </p>
        {/* At the end no clock is left to read: the hook stays for screen readers and tests. */}
        <p className={cx(styles.sessionLeft, ended && 'visually-hidden')}>
          <span className="visually-hidden">Session left </span>
          <span data-testid="session-remaining">{formatClock(v.sessionRemainingMs)}</span>
          <span aria-hidden="true"> left</span>
        </p>
      </header>

      <section className={styles.centre} aria-live="off">
        {heading && (
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
        )}
        {ended && <h1 className={styles.exerciseName}>{circuit.name}</h1>}

        <div
          role="timer"
          data-testid="countdown"
          aria-label={
            ended ? 'Session complete' : `Time left in ${PHASE_LABELS[shown].toLowerCase()}`
          }
          data-paused={v.paused ? 'true' : undefined}
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

        {v.paused && !ended && <p className={styles.pausedBadge}>Paused</p>}
        {isEffort && exercise && (
          <div className={styles.cues} data-testid="cues">
            {/* Shown one at a time; a screen reader gets the whole list, without bullets. */}
            <p className={styles.cueLine} aria-hidden="true" hidden={v.paused}>
              {cueNow}
            </p>
            <ul className="visually-hidden" aria-label={`${exercise.name}: form cues`}>
              {lines.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        {!v.paused && shown === 'rest' && exercise && (
          <p className={styles.cueLine}>{exercise.cues[0]}</p>
        )}
        {!v.paused && shown === 'switch' && (
          <p className={styles.cueLine}>Change to the other side</p>
        )}
        {!v.paused && routine && <p className={styles.cueLine}>{routine.move.cue}</p>}
        {children}
      </section>

      <footer className={styles.bottom}>
        {!v.done && (
          <p className={styles.next} data-testid="next">
            {nextText(v)}
          </p>
        )}
        <div
          className={styles.progress}
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(v.progress * 100)}
        >
          <div className={styles.progressFill} style={{ transform: `scaleX(${v.progress})` }} />
        </div>
        <p
          className={styles.caption}
          role="status"
          aria-live="polite"
          data-testid="caption"
          // While the buttons show, the caption is fitted to one line above them by its length.
          style={{ '--caption-length': Math.max(1, caption.length) } as CSSProperties}
        >
          {caption}
        </p>
        {controls}
      </footer>
    </main>
  )
}

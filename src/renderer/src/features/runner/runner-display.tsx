import type { CSSProperties, ReactNode } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { describePhase } from '@shared/engine/describe-phase'
import { isFinalCountdown } from '@shared/engine/runner-core'
import { getExercise, warmupMoveAt } from '@shared/circuits/exercises'
import { formatClock } from '@shared/engine/format'
import type { SessionView } from '@shared/engine/session-view'
import { cx } from '@renderer/lib/class-names'
import { PHASE_COLOURS, PHASE_LABELS, RUNNER_TEXT, type ShownPhase } from './phase-style'
import styles from './runner-display.module.css'

function nextText(v: SessionView): string {
  const next = v.next
  if (!next) return 'Next: Done'
  const length = formatClock(next.durationMs)
  const w = describePhase(next)
  if (next.kind === 'work' || next.kind === 'hold') {
    const side = w.side ? `, ${w.side.toLowerCase()}` : ''
    const counter = w.counter ? `, ${w.counter}` : ''
    return `Next: ${w.name ?? w.label}${side}${counter} (${length})`
  }
  return `Next: ${w.label} ${length}`
}

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
}

/** The big display, shared by the runner and the display window on another screen. */
export function RunnerDisplay({
  circuit,
  view: v,
  caption,
  mirror = false,
  children,
  controls,
}: RunnerDisplayProps) {
  const ended = v.done
  const phase = v.phase
  const shown: ShownPhase = v.done || !phase ? 'done' : phase.kind
  const exercise = phase?.exerciseId ? getExercise(phase.exerciseId) : undefined
  const item = phase?.itemIndex !== undefined ? circuit.items[phase.itemIndex] : undefined
  const isEffort = shown === 'work' || shown === 'hold'
  const warmup =
    shown === 'warmup' && phase ? warmupMoveAt(phase.durationMs, v.phaseElapsedMs) : undefined
  const style = { '--phase': PHASE_COLOURS[shown], '--ink': RUNNER_TEXT } as CSSProperties
  const final = isFinalCountdown(v)
  const getReady = cx(styles.cueFirst, styles.getReady)

  let heading: string | undefined
  if (warmup) heading = warmup.move.name
  else if (shown === 'cooldown') heading = 'Easy stretching'
  else if (exercise) heading = exercise.name

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
      style={style}
      aria-label="Session runner"
    >
      <header className={styles.top}>
        <p className={styles.phaseWord} data-testid="phase">
          {PHASE_LABELS[shown]}
        </p>
        {v.paused && <p className={styles.pausedBadge}>Paused</p>}
        <p className={styles.sessionLeft}>
          <span>Session left </span>
          <span data-testid="session-remaining">{formatClock(v.sessionRemainingMs)}</span>
        </p>
      </header>

      <section className={styles.centre} aria-live="off">
        {shown === 'rest' && heading && <p className={styles.upNextLabel}>Up next</p>}
        {heading && (
          <h1 className={styles.exerciseName} data-testid="exercise">
            {heading}
          </h1>
        )}
        {ended && <h1 className={styles.exerciseName}>{circuit.name}</h1>}
        <div className={styles.meta}>
          {phase?.counter && shown !== 'rest' && (
            <span data-testid="set">{`${phase.counter.label} ${phase.counter.n} of ${phase.counter.of}`}</span>
          )}
          {isEffort && phase?.side && (
            <span data-testid="side" className={styles.side}>
              {phase.side === 'left' ? 'Left' : 'Right'}
            </span>
          )}
          {isEffort && phase && <span>{describePhase(phase).amount}</span>}
          {isEffort && item?.load && <span>{item.load}</span>}
          {isEffort && item?.variant === 'challenge' && exercise && (
            <span>Challenge: {exercise.challenge.text}</span>
          )}
          {warmup && <span>{`Move ${warmup.index + 1} of ${warmup.count}`}</span>}
        </div>

        <div
          role="timer"
          data-testid="countdown"
          aria-label={`Time left in ${PHASE_LABELS[shown].toLowerCase()}`}
          data-paused={v.paused ? 'true' : undefined}
          // `final` stays a global name too: a test checks the last seconds are marked.
          className={cx(styles.countdown, final && styles.final, final && 'final')}
        >
          {formatClock(v.remainingMs)}
        </div>

        {isEffort && exercise && (
          <div className={styles.cues} data-testid="cues">
            <p className={styles.cueFirst}>{exercise.cues[0]}</p>
            <ul className={styles.cueRest}>
              {exercise.cues.slice(1).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        {shown === 'rest' && exercise && <p className={getReady}>Get ready: {exercise.cues[0]}</p>}
        {shown === 'switch' && <p className={getReady}>Change to the other side</p>}
        {warmup && <p className={getReady}>{warmup.move.cue}</p>}
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
        <p className={styles.caption} role="status" aria-live="polite">
          {caption}
        </p>
        {controls}
      </footer>
    </main>
  )
}

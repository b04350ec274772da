import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { describePhase, shownPhase, showsEffort } from '@shared/engine/describe-phase'
import { getExercise } from '@shared/circuits/exercises'
import type { SessionView } from '@shared/engine/session-view'
import { cx } from '@renderer/lib/class-names'
import { PHASE_COLOURS, PHASE_LABELS, RUNNER_TEXT, RUNNER_TEXT_DIM } from './phase-style'
import {
  CueNow,
  NextLine,
  PhaseCountdown,
  PhaseHeading,
  RoutineCue,
  RoutinePlace,
  SessionLeft,
  SessionProgress,
} from './runner-ticks'
import type { SessionTicks } from './use-session'
import styles from './runner-display.module.css'

export interface RunnerDisplayProps {
  circuit: Circuit
  /** The session as of its last change: what renders from it stays put between ticks. */
  view: SessionView
  /** The session's every paint, for the parts that tick. */
  ticks: SessionTicks
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

/**
 * The big display, shared by the runner and the display window on another screen. It renders
 * at a change of phase, pause or caption; a tick renders only the parts that show the time.
 */
export function RunnerDisplay({
  circuit,
  view: v,
  ticks,
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
  const effort = showsEffort(v)
  const routine = shown === 'warmup' || shown === 'cooldown'
  const style = {
    '--phase': PHASE_COLOURS[shown],
    '--ink': RUNNER_TEXT,
    '--ink-dim': RUNNER_TEXT_DIM,
  } as CSSProperties
  // Focus starts on the runner itself (not the page, not a button that would keep the
  // buttons showing): the keys work from there and a screen reader is told where it is.
  const main = useRef<HTMLElement>(null)
  useEffect(() => main.current?.focus({ preventScroll: true }), [])
  // In a rest the next exercise's name shows, under Up next.
  const restHeading = shown === 'rest' && phase?.exerciseId !== undefined
  // The buttons' band: kept while they show, given to the text while they step aside in a
  // running effort. A display without buttons keeps none.
  const buttons = controls === undefined ? undefined : quietControls ? 'aside' : 'shown'
  const side = effort && phase?.side ? (phase.side === 'left' ? 'Left' : 'Right') : undefined
  // During an effort one line at a time, large: the challenge and the load first.
  const lines = exercise
    ? [
        ...(item?.variant === 'challenge' ? [`Challenge: ${exercise.challenge.text}`] : []),
        ...(item?.load ? [`With ${item.load}`] : []),
        ...exercise.cues,
      ]
    : []

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
          {restHeading && <span>Up next</span>}
          {shown === 'rest' && next?.load && <span>{next.load}</span>}
          {phase?.counter && shown !== 'rest' && (
            <span data-testid="set">{`${phase.counter.label} ${phase.counter.n} of ${phase.counter.of}`}</span>
          )}
          {effort && phase && <span>{describePhase(phase).amount}</span>}
          {routine && <RoutinePlace ticks={ticks} />}
        </p>
        <SessionLeft ticks={ticks} ended={ended} />
      </header>

      <section className={styles.centre} aria-live="off">
        <PhaseHeading ticks={ticks} />
        {ended && <h1 className={styles.exerciseName}>{circuit.name}</h1>}

        <PhaseCountdown ticks={ticks} paused={v.paused} />

        {v.paused && !ended && <p className={styles.pausedBadge}>Paused</p>}
        {effort && exercise && (
          <div className={styles.cues} data-testid="cues">
            {/* Shown one at a time; a screen reader gets the whole list, without bullets. */}
            <p className={styles.cueLine} aria-hidden="true" hidden={v.paused}>
              <CueNow ticks={ticks} lines={lines} />
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
        {!v.paused && routine && <RoutineCue ticks={ticks} />}
        {children}
      </section>

      <footer className={styles.bottom}>
        {!v.done && <NextLine ticks={ticks} />}
        <SessionProgress ticks={ticks} />
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

/**
 * The runner's full-screen frame with no session in it, in the Done colours: a display
 * waiting for a session, or showing the last one.
 */
export function RunnerFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <main className={cx(styles.runner, 'runner', styles.phaseDone)} aria-label={label}>
      {children}
    </main>
  )
}

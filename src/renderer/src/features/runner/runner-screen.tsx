import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { Circuit } from '@shared/circuit'
import { getExercise, warmupMoveAt } from '@shared/exercises'
import { formatClock, formatShortDuration } from '@shared/format'
import {
  FEELING_LABELS,
  FEELINGS,
  recordSession,
  type Feeling,
  type HistoryEntry,
} from '@shared/history'
import { summarize, type SessionView } from '@shared/session'
import { compileTimeline, type Phase } from '@shared/timeline'
import type { Settings } from '@shared/storage'
import { usePlatform } from '../../app/platform-context'
import { ConfirmDialog } from '../../components/ui/confirm-dialog'
import { newId } from '../../components/ui/new-id'
import { getSounds } from './sounds'
import { createSpeechOutput } from './speech'
import { useSession, type CueSink } from './use-session'
import { PHASE_COLOURS, PHASE_LABELS, RUNNER_TEXT, type ShownPhase } from './phase-style'

export interface RunnerScreenProps {
  circuit: Circuit
  /** performance.now() of the Start press: the first phase begins there. */
  startedAtMs: number
  settings: Settings
  onSettings: (next: Settings) => void
  onExit: () => void
  onRunAgain: () => void
}

function amountText(phase: Phase): string {
  if (phase.reps !== undefined) return `${phase.reps} reps`
  return phase.kind === 'hold'
    ? `Hold ${formatClock(phase.durationMs)}`
    : formatClock(phase.durationMs)
}

function nextText(v: SessionView): string {
  const next = v.next
  if (!next) return 'Next: Done'
  const length = formatClock(next.durationMs)
  if (next.kind === 'work' || next.kind === 'hold') {
    const name = getExercise(next.exerciseId ?? '').name
    const side = next.side ? `, ${next.side === 'left' ? 'left' : 'right'}` : ''
    const counter = next.counter
      ? `, ${next.counter.label} ${next.counter.n} of ${next.counter.of}`
      : ''
    return `Next: ${name}${side}${counter} (${length})`
  }
  return `Next: ${PHASE_LABELS[next.kind]} ${length}`
}

/** The big display: readable from across the room, driven hands-free by the session clock. */
export function RunnerScreen({
  circuit,
  startedAtMs,
  settings,
  onSettings,
  onExit,
  onRunAgain,
}: RunnerScreenProps) {
  const platform = usePlatform()
  const timeline = useMemo(() => compileTimeline(circuit), [circuit])
  const sounds = getSounds()
  const settingsRef = useRef(settings)
  settingsRef.current = settings
  const speech = useMemo(
    () => createSpeechOutput(() => (settingsRef.current.muted ? 0 : settingsRef.current.volume)),
    [],
  )
  const voice = settings.voice && !settings.muted
  const sink = useMemo<CueSink>(
    () => ({ play: (id) => sounds.play(id), speech, voice, cadence: settings.cadence }),
    [sounds, speech, voice, settings.cadence],
  )
  const { snapshot, controls, current } = useSession(timeline, startedAtMs, sink)
  const { state, view: v, nowMs, caption } = snapshot
  const [confirming, setConfirming] = useState(false)

  useEffect(() => {
    sounds.setVolume(settings.volume, settings.muted)
  }, [sounds, settings.volume, settings.muted])

  useEffect(() => {
    sounds.preload()
  }, [sounds])

  // Keep the screen awake while the session runs.
  useEffect(() => {
    if (v.done) return
    void platform.keepAwake(true)
    return () => void platform.keepAwake(false)
  }, [platform, v.done])

  // The wall-clock time the session began, for its history entry.
  const [startedAt] = useState(() => Date.now() - (performance.now() - startedAtMs))
  const recorded = useRef<HistoryEntry>(undefined)
  const [feeling, setFeeling] = useState<Feeling | 'skipped'>()
  const record = useCallback(() => {
    if (recorded.current) return
    const { state: ended, nowMs: endedAtMs } = current()
    const entry = recordSession(newId(), circuit, ended, endedAtMs, startedAt)
    recorded.current = entry
    void platform.addHistory(entry)
    // Tell the OS too: useful when the window is behind another.
    platform.notify(
      'Session complete',
      `${circuit.name}: ${formatShortDuration(entry.actualMs)}, ${entry.effortsDone} of ${entry.effortsTotal} efforts done`,
    )
  }, [circuit, current, platform, startedAt])

  useEffect(() => {
    if (v.done) record()
  }, [v.done, record])

  const answer = useCallback(
    (f: Feeling | 'skipped') => {
      setFeeling(f)
      const entry = recorded.current
      if (entry && f !== 'skipped') void platform.addHistory({ ...entry, feeling: f })
    },
    [platform],
  )

  const toggleMute = () => onSettings({ ...settingsRef.current, muted: !settingsRef.current.muted })
  const exit = () => (v.done ? onExit() : setConfirming(true))

  const asking = v.done && feeling === undefined
  const keys = useRef({ controls, exit, toggleMute, platform, asking, answer, confirming })
  keys.current = { controls, exit, toggleMute, platform, asking, answer, confirming }
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return
      // While the leave question is open, its own buttons and Escape answer it.
      if (keys.current.confirming) return
      const k = keys.current
      if (k.asking && ['1', '2', '3'].includes(e.key)) {
        e.preventDefault()
        k.answer(FEELINGS[Number(e.key) - 1]!)
        return
      }
      const actions: Record<string, () => void> = {
        ' ': k.controls.togglePause,
        ArrowRight: k.controls.skip,
        ArrowLeft: k.controls.previous,
        '+': k.controls.addRest,
        Escape: k.exit,
        f: () => void k.platform.toggleFullscreen(),
        F: () => void k.platform.toggleFullscreen(),
        m: k.toggleMute,
        M: k.toggleMute,
      }
      const action = actions[e.key]
      if (!action) return
      // The key acts once: a focused button must not also take it as a click.
      e.preventDefault()
      e.stopPropagation()
      if (!e.repeat) action()
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !keys.current.confirming) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('keyup', onKeyUp, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('keyup', onKeyUp, true)
    }
  }, [])

  const phase = v.phase
  const shown: ShownPhase = v.done || !phase ? 'done' : phase.kind
  const exercise = phase?.exerciseId ? getExercise(phase.exerciseId) : undefined
  const item = phase?.itemIndex !== undefined ? circuit.items[phase.itemIndex] : undefined
  const isEffort = shown === 'work' || shown === 'hold'
  const warmup =
    shown === 'warmup' && phase ? warmupMoveAt(phase.durationMs, v.phaseElapsedMs) : undefined
  const summary = v.done ? summarize(state, nowMs) : undefined
  const style = { '--phase': PHASE_COLOURS[shown], '--ink': RUNNER_TEXT } as CSSProperties

  let heading: string | undefined
  if (warmup) heading = warmup.move.name
  else if (shown === 'cooldown') heading = 'Easy stretching'
  else if (exercise) heading = exercise.name

  return (
    <main className={`runner phase-${shown}`} style={style} aria-label="Session runner">
      <header className="runner-top">
        <p className="phase-word" data-testid="phase">
          {PHASE_LABELS[shown]}
        </p>
        {v.paused && <p className="paused-badge">Paused</p>}
        <p className="session-left">
          <span className="label">Session left </span>
          <span data-testid="session-remaining">{formatClock(v.sessionRemainingMs)}</span>
        </p>
      </header>

      <section className="runner-centre" aria-live="off">
        {shown === 'rest' && heading && <p className="up-next-label">Up next</p>}
        {heading && (
          <h1 className="exercise-name" data-testid="exercise">
            {heading}
          </h1>
        )}
        {summary && <h1 className="exercise-name">{circuit.name}</h1>}
        <div className="meta">
          {phase?.counter && shown !== 'rest' && (
            <span data-testid="set">{`${phase.counter.label} ${phase.counter.n} of ${phase.counter.of}`}</span>
          )}
          {isEffort && phase?.side && (
            <span data-testid="side" className="side">
              {phase.side === 'left' ? 'Left' : 'Right'}
            </span>
          )}
          {isEffort && phase && <span>{amountText(phase)}</span>}
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
          className={`countdown${v.remainingMs <= 3000 && !v.done ? ' final' : ''}`}
        >
          {formatClock(v.remainingMs)}
        </div>

        {isEffort && exercise && (
          <div className="cues" data-testid="cues">
            <p className="cue-first">{exercise.cues[0]}</p>
            <ul className="cue-rest">
              {exercise.cues.slice(1).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        {shown === 'rest' && exercise && (
          <p className="cue-first get-ready">Get ready: {exercise.cues[0]}</p>
        )}
        {shown === 'switch' && <p className="cue-first get-ready">Change to the other side</p>}
        {warmup && <p className="cue-first get-ready">{warmup.move.cue}</p>}
        {summary && asking && (
          <div className="feeling" role="group" aria-labelledby="feeling-title">
            <p id="feeling-title" className="cue-first">
              How did it feel?
            </p>
            <div className="controls">
              {FEELINGS.map((f, i) => (
                <button
                  key={f}
                  type="button"
                  className="big"
                  aria-keyshortcuts={String(i + 1)}
                  onClick={() => answer(f)}
                >
                  {`${i + 1} · ${FEELING_LABELS[f]}`}
                </button>
              ))}
              <button type="button" onClick={() => answer('skipped')}>
                Skip question
              </button>
            </div>
          </div>
        )}
        {summary && feeling && feeling !== 'skipped' && (
          <p className="cue-first">Noted: {FEELING_LABELS[feeling].toLowerCase()}</p>
        )}
        {summary && (
          <dl className="summary">
            <div>
              <dt>Planned</dt>
              <dd>{formatClock(summary.plannedMs)}</dd>
            </div>
            <div>
              <dt>Actual</dt>
              <dd>{formatClock(summary.actualMs)}</dd>
            </div>
            <div>
              <dt>Efforts done</dt>
              <dd>{`${summary.effortsDone} of ${summary.effortsTotal}`}</dd>
            </div>
            <div>
              <dt>Skipped</dt>
              <dd>{summary.effortsSkipped}</dd>
            </div>
          </dl>
        )}
      </section>

      <footer className="runner-bottom">
        {!v.done && (
          <p className="next" data-testid="next">
            {nextText(v)}
          </p>
        )}
        <div
          className="progress"
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(v.progress * 100)}
        >
          <div className="progress-fill" style={{ transform: `scaleX(${v.progress})` }} />
        </div>
        <p className="caption" role="status" aria-live="polite">
          {caption}
        </p>
        <div className="controls" role="group" aria-label="Session controls">
          {v.done ? (
            <>
              <button type="button" onClick={onExit}>
                Back to circuits
              </button>
              <button type="button" onClick={onRunAgain}>
                Run again
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={controls.previous} aria-keyshortcuts="ArrowLeft">
                Previous
              </button>
              <button
                type="button"
                className="primary"
                onClick={controls.togglePause}
                aria-keyshortcuts="Space"
              >
                {v.paused ? 'Resume' : 'Pause'}
              </button>
              <button type="button" onClick={controls.skip} aria-keyshortcuts="ArrowRight">
                Skip
              </button>
              <button
                type="button"
                onClick={controls.addRest}
                className={shown === 'rest' ? undefined : 'inactive'}
                aria-describedby={shown === 'rest' ? undefined : 'rest-only'}
                aria-keyshortcuts="+"
              >
                Add 15 seconds
              </button>
              <span id="rest-only" hidden>
                Lengthens rests only
              </span>
            </>
          )}
          <button type="button" onClick={toggleMute} aria-keyshortcuts="M">
            {settings.muted ? 'Unmute' : 'Mute'}
          </button>
          <button
            type="button"
            onClick={() => void platform.toggleFullscreen()}
            aria-keyshortcuts="F"
          >
            Fullscreen
          </button>
          <button type="button" onClick={exit} aria-keyshortcuts="Escape">
            Exit
          </button>
        </div>
      </footer>

      <ConfirmDialog
        open={confirming}
        title="Leave this session?"
        body="The session ends here. Your circuit stays saved."
        keepLabel="Keep going"
        confirmLabel="Leave"
        onKeep={() => setConfirming(false)}
        onConfirm={() => {
          controls.finish()
          record()
          setConfirming(false)
          onExit()
        }}
      />
    </main>
  )
}

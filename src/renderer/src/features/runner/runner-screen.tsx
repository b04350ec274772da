import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { toCircuitFile, type Circuit } from '@shared/circuit'
import { describePhase } from '@shared/describe-phase'
import { getExercise } from '@shared/exercises'
import { RUNNER_RULES } from '@shared/runner-core'
import { formatClock, formatShortDuration } from '@shared/format'
import {
  FEELING_LABELS,
  FEELINGS,
  recordSession,
  type Feeling,
  type HistoryEntry,
} from '@shared/history'
import { snapshot as takeSnapshot, summarize } from '@shared/session'
import type { Settings } from '@shared/storage'
import type { SavedSession } from '@shared/stores'
import { compileTimeline, type Phase } from '@shared/timeline'
import { usePlatform } from '../../app/platform-context'
import { ConfirmDialog } from '../../components/ui/confirm-dialog'
import { newId } from '../../components/ui/new-id'
import { getSounds } from './sounds'
import { createSpeechOutput } from './speech'
import { useHandsFree } from './use-hands-free'
import { useSession, type CueSink } from './use-session'
import type { ShownPhase } from './phase-style'
import { RunnerDisplay } from './runner-display'

/** The notification for a new phase, for a window that is hidden. */
function changeNote(phase: Phase): { title: string; body: string } {
  const w = describePhase(phase)
  const name = w.name
  if ((phase.kind === 'work' || phase.kind === 'hold') && name) {
    const side = w.side ? ` (${w.side.toLowerCase()})` : ''
    const amount = phase.reps !== undefined ? w.amount : formatClock(phase.durationMs)
    return { title: `${name}${side}`, body: `${w.counter ? `${w.counter}, ` : ''}${amount}` }
  }
  const label = w.label
  return { title: label, body: `${formatClock(phase.durationMs)}${name ? `, then ${name}` : ''}` }
}

export interface RunnerScreenProps {
  circuit: Circuit
  /** performance.now() of the Start press: the first phase begins there. */
  startedAtMs: number
  /** A session saved before a crash, to carry on from (it starts paused). */
  resumed?: SavedSession
  settings: Settings
  onSettings: (next: Settings) => void
  onExit: () => void
  onRunAgain: () => void
}

/** The big display: readable from across the room, driven hands-free by the session clock. */
export function RunnerScreen({
  circuit,
  startedAtMs,
  resumed,
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
  const { snapshot, controls, current } = useSession(timeline, startedAtMs, sink, resumed?.snapshot)
  const { state, view: v, nowMs, caption } = snapshot
  const [confirming, setConfirming] = useState(false)

  useEffect(() => {
    sounds.setVolume(settings.volume, settings.muted)
  }, [sounds, settings.volume, settings.muted])

  useEffect(() => {
    sounds.preload()
  }, [sounds])

  const shown: ShownPhase = v.done || !v.phase ? 'done' : v.phase.kind
  const status = v.done ? 'ended' : v.paused ? 'paused' : 'running'

  // The host keeps the screen awake while it runs, and tells a hidden app of each change.
  const notifiedIndex = useRef(-1)
  useEffect(() => {
    const phase = v.phase
    const fresh = status === 'running' && notifiedIndex.current !== v.index
    if (fresh) notifiedIndex.current = v.index
    const change =
      fresh && phase && settingsRef.current.notifyWhenHidden ? changeNote(phase) : undefined
    platform.sessionStatus({ state: status, ...(change ? { change } : {}) })
  }, [platform, status, v.index, v.phase])
  // Leaving the runner ends the session: nothing to keep awake, nothing to offer back.
  useEffect(
    () => () => {
      platform.sessionStatus({ state: 'ended' })
      void platform.saveSession(null).catch(() => undefined)
    },
    [platform],
  )

  // The wall-clock time the session began, for its history entry.
  const [startedAt] = useState(
    () => resumed?.startedAt ?? Date.now() - (performance.now() - startedAtMs),
  )

  // Crash safety: the session is saved at each phase change and every 5 s, forgotten at the end.
  useEffect(() => {
    if (v.done) {
      void platform.saveSession(null).catch(() => undefined)
      return
    }
    const save = () => {
      const now = current()
      // A failed save is said at app level; the session runs on regardless.
      void platform
        .saveSession({
          savedAt: Date.now(),
          startedAt,
          circuit,
          snapshot: takeSnapshot(now.state, performance.now()),
        })
        .catch(() => undefined)
    }
    save()
    const id = setInterval(save, RUNNER_RULES.saveEveryMs)
    return () => clearInterval(id)
  }, [platform, circuit, current, startedAt, v.done, v.index, v.paused])

  // The display on another screen, when one is chosen and connected.
  const [stageOpen, setStageOpen] = useState(false)
  useEffect(() => {
    const id = settingsRef.current.displayId
    let live = true
    if (id !== null)
      void platform
        .listDisplays()
        .then((ds) =>
          ds.length > 1 && ds.some((d) => d.id === id) ? platform.openStage(id) : false,
        )
        .then((open) => live && setStageOpen(open))
        .catch(() => undefined)
    const off = platform.onStageClosed(() => setStageOpen(false))
    return () => {
      live = false
      off()
      if (id !== null) void platform.closeStage().catch(() => undefined)
    }
  }, [platform])
  useEffect(() => {
    if (!stageOpen) return
    const send = () => {
      const now = current()
      platform.sendStage({
        circuit: toCircuitFile(circuit),
        snapshot: takeSnapshot(now.state, performance.now()),
        atMs: Date.now(),
        paused: now.state.pausedAtMs !== null,
        ended: now.view.done,
      })
    }
    send()
    // Again every 2 s: a display window that has just loaded catches up at once.
    const id = setInterval(send, RUNNER_RULES.stageResendMs)
    return () => clearInterval(id)
  }, [platform, stageOpen, circuit, current, state])
  const recorded = useRef<HistoryEntry>(undefined)
  const [feeling, setFeeling] = useState<Feeling | 'skipped'>()
  const record = useCallback(() => {
    if (recorded.current) return
    const { state: ended, nowMs: endedAtMs } = current()
    const entry = recordSession(newId(), circuit, ended, endedAtMs, startedAt)
    recorded.current = entry
    void platform.addHistory(entry).catch(() => undefined)
    // Tell the OS too: useful when the window is behind another.
    platform.notify(
      entry.endedEarly ? 'Session ended early' : 'Session complete',
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
      if (!entry || f === 'skipped') return
      recorded.current = { ...entry, feeling: f }
      void platform.addHistory(recorded.current).catch(() => undefined)
    },
    [platform],
  )

  // Optionally, how each exercise felt: it steers that exercise's next step.
  const [rated, setRated] = useState<Record<string, Feeling>>({})
  const rate = (exercise: string, f: Feeling) => {
    const entry = recorded.current
    if (!entry) return
    recorded.current = {
      ...entry,
      exercises: entry.exercises.map((e) => (e.exercise === exercise ? { ...e, feeling: f } : e)),
    }
    void platform.addHistory(recorded.current).catch(() => undefined)
    setRated((r) => ({ ...r, [exercise]: f }))
  }

  const toggleMute = () => onSettings({ ...settingsRef.current, muted: !settingsRef.current.muted })
  const exit = () => (v.done ? onExit() : setConfirming(true))

  const asking = v.done && feeling === undefined
  useHandsFree(platform, controls, v.paused, confirming || v.done)
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

  const summary = v.done ? summarize(state, nowMs) : undefined

  return (
    <>
      <RunnerDisplay
        circuit={circuit}
        view={v}
        caption={caption}
        mirror={stageOpen}
        controls={
          <>
            {stageOpen && (
              <p className="stage-note" role="status">
                The runner is on the other display.
              </p>
            )}
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
              {stageOpen && (
                <button type="button" onClick={() => void platform.closeStage()}>
                  Show here
                </button>
              )}
              <button type="button" onClick={exit} aria-keyshortcuts="Escape">
                Exit
              </button>
            </div>
          </>
        }
      >
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
        {summary && feeling && feeling !== 'skipped' && (
          <details className="rate-each">
            <summary>Rate each exercise (optional)</summary>
            <ul>
              {[...new Set(circuit.items.map((i) => i.exercise))].map((id) => {
                const name = getExercise(id).name
                return (
                  <li key={id}>
                    <span>{name}</span>
                    <span role="group" aria-label={`How ${name} felt`} className="rate-buttons">
                      {FEELINGS.map((f) => (
                        <button
                          key={f}
                          type="button"
                          aria-pressed={rated[id] === f}
                          onClick={() => rate(id, f)}
                        >
                          {rated[id] === f ? `✓ ${FEELING_LABELS[f]}` : FEELING_LABELS[f]}
                        </button>
                      ))}
                    </span>
                  </li>
                )
              })}
            </ul>
          </details>
        )}
      </RunnerDisplay>
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
    </>
  )
}

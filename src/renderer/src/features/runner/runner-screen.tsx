import { useEffect, useMemo, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { CommandHandlers } from '@shared/engine/commands'
import { describePhase } from '@shared/engine/describe-phase'
import { summarize } from '@shared/engine/session-summary'
import { RUNNER_RULES } from '@shared/engine/runner-core'
import { controlsStepAside, takesCommands } from '@shared/engine/runner-outer'
import type { Settings } from '@shared/data/settings'
import type { SavedSession } from '@shared/data/store-files'
import { compileTimeline } from '@shared/engine/timeline'
import { usePlatform } from '@renderer/platform/platform-context'
import { ConfirmDialog } from '@renderer/components/ui/confirm-dialog'
import { DonePanel } from './done-panel'
import { RunnerControls } from './runner-controls'
import { RunnerDisplay } from './runner-display'
import { usePointerIdle } from './use-pointer-idle'
import { getSounds } from './sounds'
import { inBackground } from '@renderer/lib/in-background'
import { createSpeechOutput } from '@renderer/lib/speech'
import { useHandsFree, useMediaPresence } from './use-hands-free'
import { usePhoneRemote } from './use-phone-remote'
import { useRunnerKeys } from './use-runner-keys'
import { useSession, type CueSink } from './use-session'
import { useRunnerOuter } from './use-runner-outer'
import { useDisplayWindow, useSessionHost } from './use-session-host'
import { useSessionRecord } from './use-session-record'

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
    () =>
      createSpeechOutput(() => {
        const s = settingsRef.current
        // Mute (the runner's own, or a phone's) silences the voice with the tones.
        return { volume: s.muted ? 0 : s.voiceVolume, rate: s.voiceRate, name: s.voiceName }
      }),
    [],
  )
  const voice = settings.voice && !settings.muted
  const sink = useMemo<CueSink>(
    () => ({
      play: (id) => sounds.play(id),
      soundIn: (ms) => sounds.soundIn(ms),
      speech,
      voice,
      cadence: settings.cadence,
    }),
    [sounds, speech, voice, settings.cadence],
  )
  const { frame, controls, current, ticks } = useSession(
    timeline,
    startedAtMs,
    sink,
    resumed && { resume: resumed.snapshot },
  )
  // The session as of its last change: this screen renders at a change, not at each tick.
  const { state, view: v, nowMs, caption } = frame

  useEffect(() => {
    sounds.setVolume(settings.volume, settings.muted)
  }, [sounds, settings.volume, settings.muted])

  useEffect(() => {
    sounds.preload()
  }, [sounds])

  // The wall-clock time the session began, for its history entry.
  const [startedAt] = useState(
    () => resumed?.startedAt ?? Date.now() - (performance.now() - startedAtMs),
  )
  useSessionHost({
    platform,
    circuit,
    view: v,
    current,
    startedAt,
    notifyWhenHidden: () => settingsRef.current.notifyWhenHidden,
  })
  const [displayOpen, showHere] = useDisplayWindow(
    platform,
    circuit,
    current,
    () => settingsRef.current.displayId,
  )
  const record = useSessionRecord(platform, circuit, current, startedAt)
  // The leave question and the one record at the end: rules in runner-outer.ts.
  const [outer, sendOuter] = useRunnerOuter({
    current,
    done: v.done,
    controls,
    record: record.record,
    close: onExit,
  })

  const commands: CommandHandlers = {
    togglePause: controls.togglePause,
    skip: controls.skip,
    previous: controls.previous,
    addRest: controls.addRest,
    mute: () => onSettings({ ...settingsRef.current, muted: !settingsRef.current.muted }),
    fullscreen: () => void platform.toggleFullscreen(),
    exit: () => sendOuter({ type: 'exit' }),
  }
  useHandsFree(platform, commands, v.paused, !takesCommands(outer, v.done, 'media-keys'))
  usePhoneRemote({
    platform,
    circuit,
    current,
    muted: settings.muted,
    commands,
    blocked: !takesCommands(outer, v.done, 'remote'),
  })
  useRunnerKeys({
    commands,
    asking: v.done && record.feeling === undefined,
    answer: record.answer,
    blocked: !takesCommands(outer, v.done, 'keys'),
  })

  const summary = v.done ? summarize(state, nowMs) : undefined
  const idle = usePointerIdle(RUNNER_RULES.controlsIdleMs)

  // The window's title names what is on: the phase and the exercise, for screen readers and
  // the task switcher.
  const phaseWords = v.phase ? describePhase(v.phase) : undefined
  const title = v.done ? 'Done' : [phaseWords?.label, phaseWords?.name].filter(Boolean).join(': ')
  useEffect(
    () =>
      inBackground(() => {
        document.title = `${title} · Runstrong`
      }),
    [title],
  )
  useMediaPresence({ on: !v.done, paused: v.paused, title, album: circuit.name })
  // Pausing and resuming are said to screen readers (the button's new name is not).
  const everPaused = useRef(false)
  if (v.paused) everPaused.current = true
  const pauseNews = v.done ? '' : v.paused ? 'Paused' : everPaused.current ? 'Resumed' : ''

  return (
    <>
      <RunnerDisplay
        circuit={circuit}
        view={v}
        ticks={ticks}
        caption={caption}
        mirror={displayOpen}
        quietControls={controlsStepAside(v, idle, outer)}
        controls={
          <RunnerControls
            commands={commands}
            done={v.done}
            paused={v.paused}
            muted={settings.muted}
            resting={!v.done && v.phase?.kind === 'rest'}
            displayOpen={displayOpen}
            onShowHere={showHere}
            onBack={onExit}
            onRunAgain={onRunAgain}
          />
        }
      >
        {summary && <DonePanel circuit={circuit} summary={summary} record={record} />}
        <p className="visually-hidden" aria-live="polite" data-testid="pause-news">
          {pauseNews}
        </p>
      </RunnerDisplay>
      <ConfirmDialog
        open={outer.asking !== null}
        title="Leave this session?"
        body="The session ends here. Your circuit stays saved."
        keepLabel="Keep going"
        confirmLabel="Leave"
        onKeep={() => sendOuter({ type: 'keep' })}
        onConfirm={() => sendOuter({ type: 'leave' })}
      />
    </>
  )
}

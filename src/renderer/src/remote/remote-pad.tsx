import { useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react'
import { buttonText, COMMANDS, type RemoteCommandId } from '@shared/engine/commands'
import { formatClock } from '@shared/engine/format'
import type { SessionView } from '@shared/engine/session-view'
import type { LiveState } from '@shared/engine/display-window-state'
import {
  type CueSink,
  PHASE_COLOURS,
  RUNNER_TEXT,
  type RunnerSnapshot,
  type SessionTicks,
} from '@renderer/features/runner'
import { Follow } from './follow'
import { LastSessionNote, useLastSession } from './last-session'
import type { Link } from './hub-client'
import styles from './remote-pad.module.css'
import {
  describePhase,
  nextText,
  phaseHeading,
  shownPhase,
  showsEffort,
} from '@shared/engine/describe-phase'
import { phaseWord } from './status-words'

/** The pad's buttons, in their order on the phone: each as the registry names it. */
const PAD: readonly RemoteCommandId[] = ['togglePause', 'previous', 'skip', 'addRest', 'mute']

/** The phone plays nothing: the laptop and the displays sound the cues. */
const SILENT: CueSink = {
  play: () => undefined,
  speech: { speak: () => undefined, cancel: () => undefined },
  voice: false,
  cadence: false,
}

export interface DeviceViewProps {
  live: LiveState | null
  link: Link
  offsetMs: () => number
  /** Forgets this device's pairing here: it can then pair again, as a remote or a display. */
  onUnpair: () => void
}

/** The session at a glance, in the runner's words and formats. */
function Status({ view: v, caption }: { view: SessionView; caption: string }) {
  const heading = phaseHeading(v)
  const effort = showsEffort(v)
  // The side of a per-side effort, as the runner shows it: which leg is on is what a runner
  // glances down at the phone to check.
  const side = effort && v.phase ? describePhase(v.phase).side : undefined
  return (
    <section className={styles.status} aria-label="Session">
      <p className={styles.phase} data-testid="phase">
        {phaseWord(v)}
      </p>
      {side && (
        <p className={styles.side}>
          {side === 'Left' && <span aria-hidden="true">{'\u2190 '}</span>}
          <span data-testid="side">{side}</span>
          {side === 'Right' && <span aria-hidden="true">{' \u2192'}</span>}
        </p>
      )}
      {v.paused && <p className={styles.paused}>Paused</p>}
      <p
        role="timer"
        className={styles.countdown}
        data-testid="countdown"
        data-paused={v.paused ? 'true' : undefined}
        aria-label={`Time left in ${phaseWord(v).toLowerCase()}`}
      >
        {formatClock(v.remainingMs)}
      </p>
      {heading && (
        <p className={styles.exercise}>
          {shownPhase(v) === 'rest' && <span className={styles.upNext}>Up next: </span>}
          <span data-testid="exercise">{heading}</span>
        </p>
      )}
      {!v.done && (
        <p className={styles.next} data-testid="next">
          {nextText(v)}
        </p>
      )}
      <p className={styles.caption} data-testid="caption">
        {caption}
      </p>
    </section>
  )
}

/** The phone shows the time in a few places: its pad renders at every tick. */
function Ticking({
  ticks,
  children,
}: {
  ticks: SessionTicks
  children: (s: RunnerSnapshot) => ReactNode
}) {
  return children(useSyncExternalStore(ticks.subscribe, ticks.getSnapshot))
}

/**
 * The phone as a remote: the runner's buttons, large, and what is on now. A press goes to
 * the runner, which does exactly what its own button does.
 */
export function RemotePad({
  live,
  link,
  offsetMs,
  onUnpair,
  send,
}: DeviceViewProps & {
  send: (command: RemoteCommandId) => boolean
}) {
  const [news, setNews] = useState('')
  const sent = live?.display ?? null
  const last = useLastSession(live, offsetMs)
  const press = (command: RemoteCommandId) => () =>
    setNews(send(command) ? '' : 'Not connected: press again once it reconnects.')
  const pad = (v: SessionView | null, caption = '') => {
    const shown = v ? shownPhase(v) : 'done'
    const style = { '--phase': PHASE_COLOURS[shown], '--ink': RUNNER_TEXT } as CSSProperties
    const off = link !== 'open'
    const resting = v?.phase?.kind === 'rest' && !v.done
    return (
      <main className={styles.pad} style={style} aria-label="Runstrong remote">
        {/* Named for a screen reader; the phase and the buttons need the room on screen. */}
        <h1 className="visually-hidden">Runstrong Remote</h1>
        <p className={styles.link} role="status">
          {link === 'open' ? '' : 'Reconnecting…'}
        </p>
        {v ? (
          <Status view={v} caption={caption} />
        ) : last ? (
          <LastSessionNote last={last} />
        ) : (
          <p className={styles.waiting}>Waiting for a session: start one on the laptop.</p>
        )}
        <div className={styles.buttons} role="group" aria-label="Session controls">
          {PAD.map((id) => {
            const idle = id === 'addRest' && !resting
            const on = id === 'togglePause' ? sent?.paused : id === 'mute' ? live?.muted : false
            return (
              <button
                key={id}
                type="button"
                className={id === 'togglePause' ? styles.main : idle ? styles.inactive : undefined}
                disabled={off}
                aria-describedby={idle ? `${id}-idle` : undefined}
                onClick={press(id)}
              >
                {buttonText(id, on)}
              </button>
            )
          })}
          {PAD.map((id) => {
            const description = COMMANDS[id].description
            return (
              description && (
                <span key={id} id={`${id}-idle`} hidden>
                  {description}
                </span>
              )
            )
          })}
        </div>
        <p className={styles.news} aria-live="polite">
          {news}
        </p>
        <button type="button" className="link" onClick={onUnpair}>
          Unpair this device (to pair it again as a display)
        </button>
      </main>
    )
  }
  if (!sent) return pad(null)
  return (
    <Follow sent={sent} offsetMs={offsetMs} sink={SILENT}>
      {(f) => <Ticking ticks={f.ticks}>{(s) => pad(s.view, s.caption)}</Ticking>}
    </Follow>
  )
}

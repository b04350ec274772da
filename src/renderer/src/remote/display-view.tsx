import { useEffect, useMemo, useState } from 'react'
import { Howler } from 'howler'
import { createSpeechOutput } from '@renderer/lib/speech'
import { type CueSink, getSounds, RunnerDisplay, RunnerFrame } from '@renderer/features/runner'
import { Follow } from './follow'
import { LastSessionNote, useLastSession } from './last-session'
import type { DeviceViewProps } from './remote-pad'
import styles from './display-view.module.css'

/** Whether this browser still holds sound back until someone taps (autoplay rules). */
const soundBlocked = () => (Howler.ctx as AudioContext | undefined)?.state !== 'running'

/**
 * A TV or tablet as the runner's display: the same screen as the laptop's, read-only, in
 * step with it, with its tones and voice where the browser allows (after one tap where it
 * asks for one).
 */
export function DisplayView({ live, link, offsetMs }: DeviceViewProps) {
  const sounds = getSounds()
  const last = useLastSession(live, offsetMs)
  const muted = live?.muted ?? false
  const [blocked, setBlocked] = useState(() => {
    // Loading the tones makes the audio context, whose state says whether a tap is needed.
    getSounds().preload()
    return soundBlocked()
  })
  useEffect(() => sounds.setVolume(1, muted), [sounds, muted])
  const speech = useMemo(() => createSpeechOutput(() => ({ volume: muted ? 0 : 1 })), [muted])
  const sink = useMemo<CueSink>(
    () => ({
      play: (id) => {
        if (!muted) sounds.play(id)
      },
      speech,
      voice: !muted,
      cadence: false,
    }),
    [sounds, speech, muted],
  )
  const enable = () => {
    void (Howler.ctx as AudioContext | undefined)?.resume().then(() => setBlocked(soundBlocked()))
    // Some browsers (iOS Safari) speak only after a first line said from a tap.
    if (typeof speechSynthesis !== 'undefined')
      speechSynthesis.speak(new SpeechSynthesisUtterance(''))
    setBlocked(false)
  }
  const sent = live?.display ?? null
  const running = sent !== null && !sent.ended
  // A TV or tablet must not sleep through the session; where the browser refuses, it may.
  useEffect(() => {
    if (!running || !('wakeLock' in navigator)) return
    let lock: WakeLockSentinel | undefined
    let active = true
    navigator.wakeLock
      .request('screen')
      .then((l) => (active ? (lock = l) : void l.release()))
      .catch(() => undefined)
    return () => {
      active = false
      void lock?.release().catch(() => undefined)
    }
  }, [running])
  return (
    <>
      {(blocked || link !== 'open') && (
        // Beside the runner's own main, in a landmark of its own.
        <aside className={styles.displayBar} aria-label="Sound and connection">
          {blocked && (
            <button type="button" className="big primary" onClick={enable}>
              Tap to enable sound
            </button>
          )}
          <p role="status">{link === 'open' ? '' : 'Reconnecting…'}</p>
        </aside>
      )}
      {sent ? (
        <Follow sent={sent} offsetMs={offsetMs} sink={sink}>
          {(f) => (
            <RunnerDisplay circuit={f.circuit} view={f.view} ticks={f.ticks} caption={f.caption} />
          )}
        </Follow>
      ) : (
        <RunnerFrame label="Session runner">
          <h1 className="visually-hidden">Runstrong Display</h1>
          {last ? (
            <LastSessionNote last={last} big />
          ) : (
            <p className={styles.waitingBig}>Waiting for a session: start one on the laptop.</p>
          )}
        </RunnerFrame>
      )}
    </>
  )
}

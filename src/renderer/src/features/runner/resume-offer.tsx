import { useMemo } from 'react'
import { describePhase } from '@shared/engine/describe-phase'
import { formatClock } from '@shared/engine/format'
import { snapshotMisfit } from '@shared/engine/snapshot-schema'
import type { SavedSession } from '@shared/data/store-files'
import { compileTimeline, type Timeline } from '@shared/engine/timeline'
import styles from './resume-offer.module.css'

export interface ResumeOfferProps {
  session: SavedSession
  onResume: () => void
  /**
   * Forgets the session. `asked`: the offer already set Keep what was done beside Discard,
   * so nothing more is asked.
   */
  onDiscard: (asked: boolean) => void
  /** Records what was done in History as a session left early, and forgets the session. */
  onKeep: () => void
}

/** Where an interrupted session stopped, in words: "Work: Squats, 0:32 left". */
function describeStop(session: SavedSession, timeline: Timeline): string {
  const phase = timeline.phases[session.snapshot.index]
  if (!phase) return session.circuit.name
  const w = describePhase(phase)
  return `${w.label}${w.name ? `: ${w.name}` : ''}, ${formatClock(session.snapshot.remainingMs)} left`
}

/**
 * Offers back a session that a crash or a closed window cut short. Only a session that can
 * be restored exactly where it stopped is offered for Resume; any other can only be kept in
 * History as left early, or discarded: never restarted from the warm-up.
 */
export function ResumeOffer({ session, onResume, onDiscard, onKeep }: ResumeOfferProps) {
  const timeline = useMemo(() => compileTimeline(session.circuit), [session.circuit])
  const exact = snapshotMisfit(timeline, session.snapshot) === undefined
  if (!exact)
    return (
      <section className={styles.offer} aria-labelledby="resume-title">
        <h2 id="resume-title">{session.circuit.name} stopped unexpectedly</h2>
        <p>
          What it saved of its progress does not fit the circuit, so it cannot carry on where it
          stopped. Keep what was done to put it in History as a session left early, or discard it.
        </p>
        <div className={styles.actions}>
          <button type="button" className="primary" onClick={onKeep}>
            Keep what was done
          </button>
          <button type="button" onClick={() => onDiscard(true)}>
            Discard
          </button>
        </div>
      </section>
    )
  return (
    <section className={styles.offer} aria-labelledby="resume-title">
      <h2 id="resume-title">Carry on with {session.circuit.name}?</h2>
      <p>
        It stopped unexpectedly at {describeStop(session, timeline)}. Resume starts it paused right
        there.
      </p>
      <div className={styles.actions}>
        <button type="button" className="primary" onClick={onResume}>
          Resume
        </button>
        <button type="button" onClick={() => onDiscard(false)}>
          Discard
        </button>
      </div>
    </section>
  )
}

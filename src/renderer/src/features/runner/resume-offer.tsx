import { describePhase } from '@shared/engine/describe-phase'
import { formatClock } from '@shared/engine/format'
import type { SavedSession } from '@shared/data/store-files'
import { compileTimeline } from '@shared/engine/timeline'
import styles from './resume-offer.module.css'

export interface ResumeOfferProps {
  session: SavedSession
  onResume: () => void
  onDiscard: () => void
}

/** Where an interrupted session stopped, in words: "Work: Squats, 0:32 left". */
function describeStop(session: SavedSession): string {
  const phase = compileTimeline(session.circuit).phases[session.snapshot.index]
  if (!phase) return session.circuit.name
  const w = describePhase(phase)
  return `${w.label}${w.name ? `: ${w.name}` : ''}, ${formatClock(session.snapshot.remainingMs)} left`
}

/** Offers back a session that a crash or a closed window cut short. */
export function ResumeOffer({ session, onResume, onDiscard }: ResumeOfferProps) {
  return (
    <section className={styles.offer} aria-labelledby="resume-title">
      <h2 id="resume-title">Carry on with {session.circuit.name}?</h2>
      <p>
        It stopped unexpectedly at {describeStop(session)}. Resume starts it paused right there.
      </p>
      <div className={styles.actions}>
        <button type="button" className="primary" onClick={onResume}>
          Resume
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  )
}

import { findExercise } from '@shared/circuits/exercises'
import { formatClock } from '@shared/engine/format'
import type { HistoryEntry } from '@shared/training/history'
import { FEELING_LABELS } from '@shared/training/history-entries'
import { countsTowardGoal } from '@shared/training/history-stats'
import { SaveForGarminButton } from '@renderer/components/ui/save-for-garmin-button'
import styles from './history-screen.module.css'

export const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/** An exercise's name; an id this version does not know is shown as it is, never thrown on. */
function exerciseName(id: string): string {
  return findExercise(id)?.name ?? id
}

/** Why a session does or does not count toward the week, where that needs saying. */
function CountsWhy({ entry }: { entry: HistoryEntry }) {
  const { why } = countsTowardGoal(entry)
  return why ? <p className="muted">{why}</p> : null
}

/** One finished session: what was done, how long, how it felt, and its FIT file. */
export function SessionItem({ entry: s }: { entry: HistoryEntry }) {
  const when = dateFormat.format(s.startedAt)
  return (
    <li className={styles.session}>
      <div className={styles.sessionHead}>
        <h2>{s.circuitName}</h2>
        {s.endedEarly && <span className="tag">Left early</span>}
        {s.feeling && <span className="tag">Felt {FEELING_LABELS[s.feeling].toLowerCase()}</span>}
        <span className={styles.sessionSave}>
          {/* Its name says which session: every row has one. */}
          <SaveForGarminButton
            entries={() => [s]}
            label={`Save for Garmin or Strava: ${s.circuitName}, ${when}`}
          >
            Save for Garmin or Strava
          </SaveForGarminButton>
        </span>
      </div>
      <p className="muted">
        <time dateTime={new Date(s.startedAt).toISOString()}>{when}</time>
      </p>
      <CountsWhy entry={s} />
      <dl className="facts">
        <div>
          <dt>Time</dt>
          <dd>
            {formatClock(s.actualMs)} of {formatClock(s.plannedMs)}
          </dd>
        </div>
        <div>
          <dt>Efforts</dt>
          <dd>
            {s.effortsDone} of {s.effortsTotal} done
            {s.effortsSkipped > 0 ? `, ${s.effortsSkipped} skipped` : ''}
          </dd>
        </div>
      </dl>
      <ul className={styles.exercises}>
        {s.exercises.map((e, i) => (
          <li key={i}>
            {exerciseName(e.exercise)}: {e.setsDone} of {e.setsPlanned}
            {e.load ? ` · ${e.load}` : ''}
          </li>
        ))}
      </ul>
    </li>
  )
}

import { useEffect, useState } from 'react'
import { formatClock } from '@shared/engine/format'
import {
  lastSessionLeftMs,
  type LastSession,
  type LiveState,
} from '@shared/engine/display-window-state'
import { cx } from '@renderer/lib/class-names'
import styles from './last-session.module.css'

/**
 * The last session's summary while the devices show it: once the runner is left, until
 * `LAST_SESSION_SHOW_MS` later by the hub's clock (every device turns at the same moment, and
 * a reload does not start it again) or the next session starts. Null otherwise.
 */
export function useLastSession(live: LiveState | null, offsetMs: () => number): LastSession | null {
  const last = live && !live.display ? live.last : undefined
  // The stamp of the summary whose time is up (a summary is known by when the runner was left).
  const [overAtMs, setOverAtMs] = useState<number>()
  useEffect(() => {
    if (!last) return
    const leftMs = lastSessionLeftMs(last, Date.now() + offsetMs())
    const id = setTimeout(() => setOverAtMs(last.atMs), leftMs)
    return () => clearTimeout(id)
  }, [last, offsetMs])
  return last && last.atMs !== overAtMs ? last : null
}

/**
 * The session the runner was just left after, in short and in the Done panel's words: its
 * circuit, how long it ran and the efforts done. `big` for a TV across the room.
 */
export function LastSessionNote({ last, big = false }: { last: LastSession; big?: boolean }) {
  return (
    <section
      className={cx(styles.last, big && styles.big)}
      aria-label="Last session"
      data-testid="last-session"
    >
      <p className={styles.label}>Last session</p>
      <p className={styles.circuit}>{last.circuit}</p>
      <dl className={styles.figures}>
        <div>
          <dt>Time</dt>
          <dd>{formatClock(last.actualMs)}</dd>
        </div>
        <div>
          <dt>Efforts done</dt>
          <dd>{`${last.effortsDone} of ${last.effortsTotal}`}</dd>
        </div>
      </dl>
    </section>
  )
}

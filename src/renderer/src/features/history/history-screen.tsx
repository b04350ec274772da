import { useEffect, useState } from 'react'
import { getExercise } from '@shared/exercises'
import { formatClock } from '@shared/format'
import type { HistoryEntry } from '@shared/history'
import { usePlatform } from '../../app/platform-context'

const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/** Every recorded session, newest first. */
export function HistoryScreen() {
  const platform = usePlatform()
  const [sessions, setSessions] = useState<HistoryEntry[]>()
  const [notice, setNotice] = useState<string>()

  useEffect(() => {
    let live = true
    void platform.loadHistory().then((r) => {
      if (!live) return
      setSessions([...r.value].sort((a, b) => b.startedAt - a.startedAt))
      setNotice(r.notice)
    })
    return () => {
      live = false
    }
  }, [platform])

  return (
    <article className="page history">
      <h1>History</h1>
      {notice && (
        <div role="alert" className="alert">
          <p>{notice}</p>
        </div>
      )}
      {sessions === undefined ? null : sessions.length === 0 ? (
        <p className="muted">No sessions yet. Finish one and it shows here.</p>
      ) : (
        <ol className="sessions">
          {sessions.map((s) => (
            <li key={s.id} className="session">
              <div className="session-head">
                <h2>{s.circuitName}</h2>
                {s.endedEarly && <span className="tag">Left early</span>}
              </div>
              <p className="muted">
                <time dateTime={new Date(s.startedAt).toISOString()}>
                  {dateFormat.format(s.startedAt)}
                </time>
              </p>
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
              <ul className="session-exercises">
                {s.exercises.map((e, i) => (
                  <li key={i}>
                    {getExercise(e.exercise).name}: {e.setsDone} of {e.setsPlanned}
                    {e.load ? ` · ${e.load}` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

import { useEffect, useId, useRef } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { getExercise } from '@shared/circuits/exercises'
import { formatClock } from '@shared/engine/format'
import { FEELING_LABELS, FEELINGS } from '@shared/training/history-entries'
import type { SessionSummary } from '@shared/engine/session-summary'
import { cx } from '@renderer/lib/class-names'
import { focusIsOnBody } from '@renderer/lib/use-focus-request'
import { SaveForGarminButton } from '@renderer/components/ui/save-for-garmin-button'
import { DoneRatings } from './done-ratings'
import type { SessionRecord } from './use-session-record'
import styles from './done-panel.module.css'
import display from './runner-display.module.css'

/** The session `DonePanel` sums up, and its record (how it felt). */
export interface DonePanelProps {
  circuit: Circuit
  summary: SessionSummary
  record: SessionRecord
}

/** The end of a session: the summary, how it felt, and (optionally) each exercise. */
export function DonePanel({ circuit, summary, record }: DonePanelProps) {
  const { feeling, answer, rated, rate } = record
  const id = useId()
  const summaryRef = useRef<HTMLDListElement>(null)
  const askRef = useRef<HTMLParagraphElement>(null)
  const notedRef = useRef<HTMLParagraphElement>(null)

  // The buttons that were focused (Pause, an answer) go away at the end and after an
  // answer: focus goes to what the panel asks or says now, never to the page's body. Focus
  // on the runner around the panel (where a session starts) moves in too; a control that
  // still has it keeps it.
  useEffect(() => {
    const target = feeling === undefined ? askRef : feeling === 'skipped' ? summaryRef : notedRef
    const active = document.activeElement
    const around = active !== null && target.current !== null && active.contains(target.current)
    if (!focusIsOnBody() && !around) return
    target.current?.focus()
  }, [feeling])

  return (
    <>
      {/* `summary` stays a global name too: a test reads the summary by it. */}
      <dl
        ref={summaryRef}
        className={cx(styles.summary, 'summary')}
        aria-label="Session summary"
        tabIndex={-1}
      >
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
      {feeling === undefined && (
        <div className={styles.feeling} role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`} ref={askRef} className={display.cueFirst} tabIndex={-1}>
            How did it feel?
          </p>
          {/* Not the global `controls`: on the runner that row is pinned to the bottom edge. */}
          <div className={styles.answers}>
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
      {feeling && feeling !== 'skipped' && (
        <DoneRatings
          lead={
            <p ref={notedRef} className={styles.noted} tabIndex={-1}>
              Noted: {FEELING_LABELS[feeling].toLowerCase()}
            </p>
          }
          exercises={[...new Set(circuit.items.map((i) => i.exercise))].map((e) => ({
            id: e,
            name: getExercise(e).name,
          }))}
          rated={rated}
          rate={rate}
        />
      )}
      <p className={styles.save}>
        <SaveForGarminButton entries={() => [record.entry()].filter((e) => e !== undefined)}>
          Save for Garmin or Strava
        </SaveForGarminButton>
      </p>
    </>
  )
}

import type { Circuit } from '@shared/circuits/circuit'
import { getExercise } from '@shared/circuits/exercises'
import { formatClock } from '@shared/engine/format'
import { FEELING_LABELS, FEELINGS } from '@shared/training/history'
import type { SessionSummary } from '@shared/engine/session-summary'
import { cx } from '@renderer/lib/class-names'
import type { SessionRecord } from './use-session-record'
import styles from './done-panel.module.css'
import display from './runner-display.module.css'

export interface DonePanelProps {
  circuit: Circuit
  summary: SessionSummary
  record: SessionRecord
}

/** The end of a session: the summary, how it felt, and (optionally) each exercise. */
export function DonePanel({ circuit, summary, record }: DonePanelProps) {
  const { feeling, answer, rated, rate } = record
  return (
    <>
      {/* `summary` stays a global name too: a test reads the summary by it. */}
      <dl className={cx(styles.summary, 'summary')}>
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
        <div className={styles.feeling} role="group" aria-labelledby="feeling-title">
          <p id="feeling-title" className={display.cueFirst}>
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
      {feeling && feeling !== 'skipped' && (
        <>
          <p className={display.cueFirst}>Noted: {FEELING_LABELS[feeling].toLowerCase()}</p>
          <details className={styles.rateEach}>
            <summary>Rate each exercise (optional)</summary>
            <ul>
              {[...new Set(circuit.items.map((i) => i.exercise))].map((id) => {
                const name = getExercise(id).name
                return (
                  <li key={id}>
                    <span>{name}</span>
                    <span
                      role="group"
                      aria-label={`How ${name} felt`}
                      className={styles.rateButtons}
                    >
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
        </>
      )}
    </>
  )
}

import { equipmentGroups, type Circuit } from '@shared/circuits/circuit'
import { describeEquipment, getExercise } from '@shared/circuits/exercises'
import { formatClock } from '@shared/engine/format'
import type { Suggestion } from '@shared/training/overload'
import { plannedMs } from '@shared/engine/timeline'
import { detailHeadingId, type CircuitEntry } from './circuit-entry'
import styles from './circuit-detail.module.css'

/** What `CircuitDetail` shows, and what each of its buttons does. */
export interface CircuitDetailProps {
  entry: CircuitEntry
  onStart: () => void
  onExport: () => void
  onDuplicate: () => void
  onDelete: () => void
  onEdit: () => void
  /** Suggested next steps from past sessions; none hides the section. */
  steps: Suggestion[]
  onApplySteps: (steps: Suggestion[]) => void
}

function itemLine(item: Circuit['items'][number], structure: Circuit['structure']): string {
  const amount = item.reps !== undefined ? `${item.reps} reps` : `${item.seconds} s`
  const sets = structure === 'sets' ? `${item.sets} x ` : ''
  const side = item.perSide ? ' per side' : ''
  return `${sets}${amount}${side}`
}

/** True when applying the suggestion changes its item; false for a note (a load not read). */
const changes = (st: Suggestion) => Object.keys(st.patch).length > 0

function stepTag(st: Suggestion): string {
  if (!changes(st)) return 'Note'
  return st.direction === 'up' ? 'Step up' : 'Step back'
}

function structureLine(c: Circuit): string {
  return c.structure === 'rounds'
    ? `${c.rounds} round${c.rounds === 1 ? '' : 's'} of ${c.items.length} exercises`
    : `${c.items.length} exercises, all sets of each in turn`
}

/** One circuit's facts, actions, suggested next step and exercises. */
export function CircuitDetail({
  entry,
  onStart,
  onExport,
  onDuplicate,
  onDelete,
  onEdit,
  steps,
  onApplySteps,
}: CircuitDetailProps) {
  const c = entry.circuit
  return (
    <article className={styles.detail}>
      <header>
        <h2 id={detailHeadingId(entry.id)} tabIndex={-1}>
          {c.name}
        </h2>
        {entry.preset && <p className="tag">Preset · read-only</p>}
        {entry.summary && <p className="muted">{entry.summary}</p>}
      </header>
      <dl className="facts">
        <div>
          <dt>Planned</dt>
          <dd data-testid="planned-duration">{formatClock(plannedMs(c))}</dd>
        </div>
        <div>
          <dt>Structure</dt>
          <dd>{structureLine(c)}</dd>
        </div>
        <div>
          <dt>Warm-up</dt>
          <dd>{c.warmupSec > 0 ? formatClock(c.warmupSec * 1000) : 'None'}</dd>
        </div>
        <div>
          <dt>Equipment</dt>
          <dd>{describeEquipment(equipmentGroups(c), 'None: just you and the floor')}</dd>
        </div>
      </dl>
      <div className={styles.actions}>
        <button type="button" className="primary big" onClick={onStart}>
          Start session
        </button>
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" onClick={onExport}>
          Export
        </button>
        {entry.preset ? (
          <button type="button" onClick={onDuplicate}>
            Duplicate
          </button>
        ) : (
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
      {steps.length > 0 && (
        <section className={styles.steps} aria-labelledby="steps-title">
          <h3 id="steps-title">Suggested next step</h3>
          <ul>
            {steps.map((st) => (
              <li key={st.itemIndex}>
                <span className="tag">{stepTag(st)}</span> {st.text}
              </li>
            ))}
          </ul>
          {/* Notes alone change nothing: no new version to make. */}
          {steps.some(changes) && (
            <button type="button" onClick={() => onApplySteps(steps)}>
              Apply as a new version
            </button>
          )}
        </section>
      )}
      <h3>Exercises</h3>
      <ol className={styles.exercises}>
        {c.items.map((item, i) => {
          const e = getExercise(item.exercise)
          return (
            <li key={i}>
              <span className={styles.name}>{e.name}</span>
              <span>{itemLine(item, c.structure)}</span>
              {item.load && <span>{item.load}</span>}
              {item.variant === 'challenge' && <span>Challenge: {e.challenge.text}</span>}
              <span className={styles.cue}>{e.cues[0]}</span>
            </li>
          )
        })}
      </ol>
    </article>
  )
}

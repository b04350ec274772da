import { useId } from 'react'
import { LIMITS } from '@shared/circuits/circuit'
import type { DraftItem } from '@shared/circuits/draft'
import type { Exercise } from '@shared/circuits/exercises'
import { ITEM_FIELD_NAMES as NAMES } from '@shared/circuits/field-names'
import { NumberField } from '@renderer/components/ui/number-field'
import { fieldMessage } from './circuit-fields'
import { fieldId } from '@renderer/features/circuits/field-id'
import styles from './item-fields.module.css'

/** The row `ItemFields` shows, its messages, and where its changes go. */
export interface ItemFieldsProps {
  item: DraftItem
  exercise: Exercise
  /** The row's path in the format's messages: "items[2]". */
  path: string
  /** In rounds every row is done once a round, so it has no sets of its own. */
  rounds: boolean
  errors: ReadonlyMap<string, string>
  onChange: (patch: Partial<DraftItem>) => void
}

/** One row's settings: sets, reps or seconds, sides, pace, its own rest, load, version and notes. */
export function ItemFields({ item, exercise, path, rounds, errors, onChange }: ItemFieldsProps) {
  const amountError = errors.get(`${path}.${item.mode}`) ?? errors.get(path)
  /** The field's message, as a sentence, and its id, both by its path in the file. */
  const at = (key: string, message = errors.get(`${path}.${key}`)) => ({
    id: fieldId(`${path}.${key}`),
    error: fieldMessage(message),
  })
  return (
    <div className={styles.fields}>
      {!rounds && (
        <NumberField
          label={NAMES.sets}
          value={item.sets}
          limits={LIMITS.sets}
          onChange={(n) => onChange({ sets: n })}
          {...at('sets')}
        />
      )}
      <label className="num-field">
        <span>Measure</span>
        <select
          id={fieldId(`${path}.measure`)}
          value={item.mode}
          onChange={(ev) =>
            onChange({ mode: ev.currentTarget.value === 'seconds' ? 'seconds' : 'reps' })
          }
        >
          <option value="reps">Reps</option>
          <option value="seconds">Seconds</option>
        </select>
      </label>
      {item.mode === 'reps' ? (
        <NumberField
          label={NAMES.reps}
          value={item.reps}
          limits={LIMITS.reps}
          onChange={(n) => onChange({ reps: n })}
          {...at('reps', amountError)}
        />
      ) : (
        <NumberField
          label={NAMES.seconds}
          value={item.seconds}
          limits={LIMITS.seconds}
          onChange={(n) => onChange({ seconds: n })}
          {...at('seconds', amountError)}
        />
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={item.perSide}
          onChange={(ev) => onChange({ perSide: ev.currentTarget.checked })}
        />
        <span>{NAMES.perSide}</span>
      </label>
      {item.mode === 'reps' && (
        <NumberField
          label={`${NAMES.secondsPerRep} (s per rep)`}
          value={item.secondsPerRep}
          limits={LIMITS.secondsPerRep}
          step={0.5}
          onChange={(n) => onChange({ secondsPerRep: n })}
          {...at('secondsPerRep')}
        />
      )}
      <NumberField
        label={`${NAMES.restSec} (s)`}
        value={item.restSec}
        limits={LIMITS.restSec}
        hint={Number.isNaN(item.restSec) ? 'Blank: the circuit’s rests' : undefined}
        onChange={(n) => onChange({ restSec: n })}
        {...at('restSec')}
      />
      <ItemTextField
        label={NAMES.load}
        value={item.load}
        placeholder="e.g. 8 kg"
        onChange={(load) => onChange({ load })}
        {...at('load')}
      />
      <label className="num-field">
        <span>{NAMES.variant}</span>
        <select
          value={item.variant}
          onChange={(ev) =>
            onChange({
              variant: ev.currentTarget.value === 'challenge' ? 'challenge' : 'standard',
            })
          }
        >
          <option value="standard">Standard</option>
          <option value="challenge">Challenge: {exercise.challenge.text}</option>
        </select>
      </label>
      <ItemTextField
        label={NAMES.notes}
        value={item.notes}
        onChange={(notes) => onChange({ notes })}
        {...at('notes')}
      />
    </div>
  )
}

/**
 * A row's short text: load or notes, with the format's message under it, outside the label
 * and tied to the input, so the field's name is its label alone.
 */
function ItemTextField({
  id,
  label,
  value,
  placeholder,
  onChange,
  error,
}: {
  id: string
  label: string
  value: string
  placeholder?: string
  onChange: (text: string) => void
  error: string | undefined
}) {
  const messageId = useId()
  return (
    <div className="text-field small">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        onChange={(ev) => onChange(ev.currentTarget.value)}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={error !== undefined ? messageId : undefined}
      />
      {error !== undefined && (
        <span id={messageId} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}

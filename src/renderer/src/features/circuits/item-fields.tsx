import { LIMITS } from '@shared/circuits/circuit'
import type { DraftItem } from '@shared/circuits/draft'
import type { Exercise } from '@shared/circuits/exercises'
import { NumberField } from '@renderer/components/ui/number-field'
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

/** One row's settings: sets, reps or seconds, sides, pace, load, version and notes. */
export function ItemFields({ item, exercise, path, rounds, errors, onChange }: ItemFieldsProps) {
  const amountError = errors.get(`${path}.${item.mode}`) ?? errors.get(path)
  return (
    <div className={styles.fields}>
      {!rounds && (
        <NumberField
          label="Sets"
          value={item.sets}
          limits={LIMITS.sets}
          onChange={(n) => onChange({ sets: n })}
          error={errors.get(`${path}.sets`)}
        />
      )}
      <label className="num-field">
        <span>Measure</span>
        <select
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
          label="Reps"
          value={item.reps}
          limits={LIMITS.reps}
          onChange={(n) => onChange({ reps: n })}
          error={amountError}
        />
      ) : (
        <NumberField
          label="Seconds"
          value={item.seconds}
          limits={LIMITS.seconds}
          onChange={(n) => onChange({ seconds: n })}
          error={amountError}
        />
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={item.perSide}
          onChange={(ev) => onChange({ perSide: ev.currentTarget.checked })}
        />
        <span>Per side</span>
      </label>
      {item.mode === 'reps' && (
        <NumberField
          label="Own pace (s per rep)"
          value={item.secondsPerRep}
          limits={LIMITS.secondsPerRep}
          step={0.5}
          onChange={(n) => onChange({ secondsPerRep: n })}
          error={errors.get(`${path}.secondsPerRep`)}
        />
      )}
      <ItemTextField
        label="Load"
        value={item.load}
        placeholder="e.g. 8 kg"
        onChange={(load) => onChange({ load })}
        error={errors.get(`${path}.load`)}
      />
      <label className="num-field">
        <span>Version</span>
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
        label="Notes"
        value={item.notes}
        onChange={(notes) => onChange({ notes })}
        error={errors.get(`${path}.notes`)}
      />
    </div>
  )
}

/** A row's short text: load or notes, with the format's message under it. */
function ItemTextField({
  label,
  value,
  placeholder,
  onChange,
  error,
}: {
  label: string
  value: string
  placeholder?: string
  onChange: (text: string) => void
  error: string | undefined
}) {
  return (
    <label className="text-field small">
      <span>{label}</span>
      <input
        type="text"
        value={value}
        placeholder={placeholder}
        onChange={(ev) => onChange(ev.currentTarget.value)}
        aria-invalid={error !== undefined ? true : undefined}
      />
      {error !== undefined && <span className="field-error">{error}</span>}
    </label>
  )
}

import { useId, useMemo, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { getExercise, type Equipment } from '@shared/circuits/exercises'
import { formatClock } from '@shared/engine/format'
import { beginnerAdvice, EQUIPMENT_GROUPS, generateCircuit } from '@shared/training/generator'
import { MINUTES_RANGE, type Focus } from '@shared/training/generator-options'
import { plannedMs } from '@shared/engine/timeline'
import { FocusFields } from '@renderer/components/ui/focus-fields'
import { NumberField } from '@renderer/components/ui/number-field'
import { cx } from '@renderer/lib/class-names'
import detail from '@renderer/features/circuits/library/circuit-detail.module.css'
import styles from './generate-form.module.css'
import { KitChecks } from '@renderer/components/ui/kit-checks'

/** Where the generated circuit goes, and how to leave without one. */
export interface GenerateFormProps {
  /** The Minutes input's id: focus comes to it when the form opens. */
  minutesId: string
  onCreate: (circuit: Circuit) => void
  onCancel: () => void
  /** The kit the runner owns (Settings): what is at hand to start with. */
  kit?: readonly Equipment[]
}

const ALL_EQUIPMENT: Equipment[] = [...EQUIPMENT_GROUPS.basic, ...EQUIPMENT_GROUPS.extras]

/** Minutes, kit, focus and experience in; a circuit that fits out, previewed before it is made. */
export function GenerateForm({ minutesId, onCreate, onCancel, kit = [] }: GenerateFormProps) {
  const id = useId()
  const [minutes, setMinutes] = useState(25)
  const [equipment, setEquipment] = useState<Set<Equipment>>(() => new Set(kit))
  const [focus, setFocus] = useState<Focus>('full-body')
  const [beginner, setBeginner] = useState(false)
  const advice = beginnerAdvice(minutes, beginner)
  const [seed, setSeed] = useState(1)

  const valid =
    Number.isInteger(minutes) && minutes >= MINUTES_RANGE[0] && minutes <= MINUTES_RANGE[1]
  const preview = useMemo(
    () =>
      valid
        ? generateCircuit({ minutes, equipment: [...equipment], focus, beginner, seed })
        : undefined,
    [valid, minutes, equipment, focus, beginner, seed],
  )

  const toggle = (e: Equipment) =>
    setEquipment((prev) => {
      const next = new Set(prev)
      if (next.has(e)) next.delete(e)
      else next.add(e)
      return next
    })

  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault()
        if (preview) onCreate(preview)
      }}
    >
      <h2 id={`${id}-title`}>Generate a session</h2>
      <NumberField
        layout="inline"
        id={minutesId}
        label="Minutes"
        value={minutes}
        limits={MINUTES_RANGE}
        onChange={setMinutes}
        hint="Warm-up included."
        error={valid ? undefined : `A whole number from ${MINUTES_RANGE[0]} to ${MINUTES_RANGE[1]}`}
      />
      <fieldset>
        <legend>At hand</legend>
        <div className={styles.checks}>
          <KitChecks ids={ALL_EQUIPMENT} has={(e) => equipment.has(e)} onToggle={toggle} />
        </div>
      </fieldset>
      <FocusFields
        focus={focus}
        onFocus={setFocus}
        beginner={beginner}
        onBeginner={setBeginner}
        focusLabel="Focus"
        beginnerLabel="New to strength training"
      />
      {advice && (
        <p className="status" data-testid="beginner-advice">
          {advice}
        </p>
      )}
      {preview && (
        // `preview` stays a global name too: a test reads the preview by it.
        <div className={cx(styles.preview, 'preview')} aria-live="polite">
          <p>
            <strong>{preview.name}</strong> · planned {formatClock(plannedMs(preview))}
          </p>
          <p className="muted">
            {preview.items.map((i) => getExercise(i.exercise).name).join(', ')}
          </p>
        </div>
      )}
      <div className={detail.actions}>
        <button type="submit" className="primary" disabled={!preview}>
          Create
        </button>
        <button type="button" onClick={() => setSeed((s) => s + 1)} disabled={!preview}>
          Shuffle
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

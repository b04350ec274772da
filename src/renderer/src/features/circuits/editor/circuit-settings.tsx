import type { Structure } from '@shared/circuits/circuit'
import type { Draft } from '@shared/circuits/draft'
import { NumberField } from '@renderer/components/ui/number-field'
import {
  CIRCUIT_SETTINGS,
  fieldMessage,
  settingLabel,
  type StructureSetting,
} from './circuit-fields'
import { fieldId } from '@renderer/features/circuits/field-id'
import type { DraftNumberKey } from './use-circuit-draft'
import styles from './circuit-settings.module.css'

/** The draft whose settings `CircuitSettings` shows, its messages, and its setters. */
export interface CircuitSettingsProps {
  draft: Draft
  errors: ReadonlyMap<string, string>
  setStructure: (structure: Structure) => void
  setNumber: (key: DraftNumberKey, n: number) => void
}

/** The circuit's own settings, one field per row of `CIRCUIT_SETTINGS` that its structure shows. */
export function CircuitSettings({ draft, errors, setStructure, setNumber }: CircuitSettingsProps) {
  return (
    <fieldset className={styles.grid}>
      <legend>Circuit</legend>
      {CIRCUIT_SETTINGS.map((s) =>
        s.kind === 'structure' ? (
          <StructureField key={s.key} setting={s} value={draft.structure} onChange={setStructure} />
        ) : (
          (!s.only || s.only === draft.structure) && (
            <NumberField
              key={s.key}
              label={settingLabel(s)}
              value={draft[s.key]}
              limits={s.limits}
              step={s.step}
              onChange={(n) => setNumber(s.key, n)}
              error={fieldMessage(errors.get(s.key))}
              id={fieldId(s.key)}
            />
          )
        ),
      )}
    </fieldset>
  )
}

function StructureField({
  setting,
  value,
  onChange,
}: {
  setting: StructureSetting
  value: Structure
  onChange: (structure: Structure) => void
}) {
  return (
    <label className="num-field">
      <span>{setting.label}</span>
      <select
        id={fieldId(setting.key)}
        value={value}
        onChange={(e) => {
          const picked = e.currentTarget.value
          onChange(setting.options.find((o) => o.value === picked)?.value ?? 'sets')
        }}
      >
        {setting.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

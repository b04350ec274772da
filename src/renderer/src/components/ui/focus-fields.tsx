import { FOCUS_LABELS, type Focus } from '@shared/training/generator-options'

export interface FocusFieldsProps {
  focus: Focus
  onFocus: (focus: Focus) => void
  beginner: boolean
  onBeginner: (beginner: boolean) => void
  /** The select's label: "Focus" on the Generate form. */
  focusLabel: string
  /** The checkbox's label: "New to strength training" on the Generate form. */
  beginnerLabel: string
}

/** What a circuit is made for: its focus, and whether the runner is new to strength work. */
export function FocusFields(p: FocusFieldsProps) {
  return (
    <>
      <label className="field">
        <span>{p.focusLabel}</span>
        <select value={p.focus} onChange={(e) => p.onFocus(e.currentTarget.value as Focus)}>
          {(Object.keys(FOCUS_LABELS) as Focus[]).map((f) => (
            <option key={f} value={f}>
              {FOCUS_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={p.beginner}
          onChange={(e) => p.onBeginner(e.currentTarget.checked)}
        />
        <span>{p.beginnerLabel}</span>
      </label>
    </>
  )
}

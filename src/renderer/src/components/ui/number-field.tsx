import { useId } from 'react'

/** A number input's text as a number: blank is NaN, so the rules that judge it can name it. */
const numberFromText = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text))

/** A number as an input's text: NaN shows blank, so a field can be cleared while typing. */
const textFromNumber = (n: number): string => (Number.isNaN(n) ? '' : String(n))

/** What `NumberField` shows, its bounds, its message and where a change goes. */
export interface NumberFieldProps {
  label: string
  /** NaN while the field is blank. */
  value: number
  onChange: (n: number) => void
  /** The bounds the value is held to, as `[min, max]`: the input's own min and max. */
  limits: readonly [number, number]
  step?: number
  /** Why the value is refused; the input is marked invalid and described by it. */
  error?: string | undefined
  /** A line that describes the field while there is no error. */
  hint?: string | undefined
  /**
   * `stacked` (the default): label above the input, the message under it.
   * `inline`: label beside the input, the message in a paragraph after the row.
   * Either way the message sits outside the label, so the field's name is its label alone.
   */
  layout?: 'stacked' | 'inline'
  /** The input's id, for a message elsewhere that leads to the field; one of its own if absent. */
  id?: string | undefined
}

/**
 * A labelled number input: bounds and step from the caller's limits, blank allowed while
 * typing, and its message (the error, else the hint) tied to it with `aria-describedby`.
 */
export function NumberField({
  label,
  value,
  onChange,
  limits: [min, max],
  step = 1,
  error,
  hint,
  layout = 'stacked',
  id: givenId,
}: NumberFieldProps) {
  const id = useId()
  const inputId = givenId ?? `${id}-input`
  const message = error ?? hint
  const messageClass = error ? 'field-error' : 'muted'
  const input = (
    <input
      id={inputId}
      type="number"
      value={textFromNumber(value)}
      min={min}
      max={max}
      step={step}
      aria-invalid={error ? true : undefined}
      aria-describedby={message ? id : undefined}
      onChange={(e) => onChange(numberFromText(e.currentTarget.value))}
    />
  )
  if (layout === 'inline')
    return (
      <>
        <label className="field">
          <span>{label}</span>
          {input}
        </label>
        {message && (
          <p id={id} className={messageClass}>
            {message}
          </p>
        )}
      </>
    )
  return (
    <div className="num-field">
      <label htmlFor={inputId}>{label}</label>
      {input}
      {message && (
        <span id={id} className={messageClass}>
          {message}
        </span>
      )}
    </div>
  )
}

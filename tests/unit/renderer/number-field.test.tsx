// @vitest-environment jsdom
import { useState } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LIMITS } from '@shared/circuits/circuit'
import { NumberField } from '@renderer/components/ui/number-field'

/** The element an input's aria-describedby names, found by id. */
function description(input: HTMLElement): HTMLElement | null {
  const id = input.getAttribute('aria-describedby')
  return id ? document.getElementById(id) : null
}

/** A field that keeps what it is given, as the editor does. */
function Kept({ start, onChange }: { start: number; onChange: (n: number) => void }) {
  const [value, setValue] = useState(start)
  return (
    <NumberField
      label="Reps"
      value={value}
      limits={LIMITS.reps}
      onChange={(n) => {
        setValue(n)
        onChange(n)
      }}
    />
  )
}

describe('NumberField', () => {
  it('is a number input named by its label, with the bounds and step it is given', () => {
    render(
      <NumberField
        label="Pace (s per rep)"
        value={3}
        limits={LIMITS.secondsPerRep}
        step={0.5}
        onChange={() => {}}
      />,
    )
    const input = screen.getByRole('spinbutton', { name: 'Pace (s per rep)' })
    expect(input).toHaveValue(3)
    expect(input).toHaveAttribute('min', String(LIMITS.secondsPerRep[0]))
    expect(input).toHaveAttribute('max', String(LIMITS.secondsPerRep[1]))
    expect(input).toHaveAttribute('step', '0.5')
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).not.toHaveAttribute('aria-describedby')
  })

  it('steps by 1 unless told otherwise', () => {
    render(<NumberField label="Sets" value={2} limits={LIMITS.sets} onChange={() => {}} />)
    expect(screen.getByRole('spinbutton', { name: 'Sets' })).toHaveAttribute('step', '1')
  })

  it('is marked invalid and described by its error message', () => {
    render(
      <NumberField
        label="Reps"
        value={101}
        limits={LIMITS.reps}
        onChange={() => {}}
        error="must be between 1 and 100"
      />,
    )
    const input = screen.getByRole('spinbutton', { name: 'Reps' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(description(input)).toHaveTextContent('must be between 1 and 100')
    expect(description(input)).toHaveClass('field-error')
    expect(input).toHaveAccessibleDescription('must be between 1 and 100')
  })

  it('keeps its message out of its label, so its name is the label alone', () => {
    render(
      <NumberField
        label="Sets"
        value={11}
        limits={LIMITS.sets}
        onChange={() => {}}
        error="A whole number from 1 to 10"
      />,
    )
    const input = screen.getByRole('spinbutton')
    expect(input).toHaveAccessibleName('Sets')
    expect(input).toHaveAccessibleDescription('A whole number from 1 to 10')
    expect(screen.getByText('Sets').tagName).toBe('LABEL')
    expect(screen.getByText('Sets')).not.toContainElement(description(input))
  })

  it('takes the id it is given, so a message elsewhere can lead to it', () => {
    render(
      <NumberField
        id="field-sets"
        label="Sets"
        value={2}
        limits={LIMITS.sets}
        onChange={() => {}}
      />,
    )
    expect(screen.getByRole('spinbutton', { name: 'Sets' })).toHaveAttribute('id', 'field-sets')
  })

  it('is described by its hint while there is no error, and by the error once there is', () => {
    const { rerender } = render(
      <NumberField
        layout="inline"
        label="Minutes"
        value={25}
        limits={[10, 60]}
        onChange={() => {}}
        hint="Warm-up included."
      />,
    )
    const input = screen.getByRole('spinbutton', { name: 'Minutes' })
    expect(input).toHaveAccessibleDescription('Warm-up included.')
    expect(description(input)).toHaveClass('muted')
    expect(input).not.toHaveAttribute('aria-invalid')
    rerender(
      <NumberField
        layout="inline"
        label="Minutes"
        value={5}
        limits={[10, 60]}
        onChange={() => {}}
        hint="Warm-up included."
        error="Minutes: must be a whole number from 10 to 60"
      />,
    )
    expect(input).toHaveAccessibleDescription('Minutes: must be a whole number from 10 to 60')
    expect(description(input)).toHaveClass('field-error')
    // Inline, the message sits after the label's row, not inside it.
    expect(description(input)?.tagName).toBe('P')
    expect(input.closest('label')).not.toContainElement(description(input))
  })

  it('lets the field be blank while typing: blank is NaN, and NaN shows blank', () => {
    const changed = vi.fn()
    render(<Kept start={10} onChange={changed} />)
    const input = screen.getByRole('spinbutton', { name: 'Reps' })
    fireEvent.change(input, { target: { value: '' } })
    expect(changed).toHaveBeenLastCalledWith(Number.NaN)
    expect(input).toHaveDisplayValue('')
    fireEvent.change(input, { target: { value: '12' } })
    expect(changed).toHaveBeenLastCalledWith(12)
    expect(input).toHaveValue(12)
  })
})

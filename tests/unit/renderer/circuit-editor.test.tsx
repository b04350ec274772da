// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Circuit } from '@shared/circuits/circuit'
import { CIRCUIT_FIELD_NAMES } from '@shared/circuits/field-names'
import { CircuitEditor } from '@renderer/features/circuits/editor/circuit-editor'
import { CIRCUIT_SETTINGS } from '@renderer/features/circuits/editor/circuit-fields'
import { circuit } from '../shared/helpers'

afterEach(cleanup)

/** Lets the focus a change asked for land: it is moved after the render. */
const settle = () => act(() => Promise.resolve())

function editor(from?: Circuit) {
  const onSave = vi.fn(() => Promise.resolve())
  render(<CircuitEditor title="New circuit" from={from} onSave={onSave} onLeave={vi.fn()} />)
  return { onSave }
}

async function pick(name: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Add exercise' }))
  fireEvent.click(screen.getByRole('button', { name }))
  await settle()
}

describe('the builder’s messages', () => {
  it('names a field by its label alone and ties its message to it', async () => {
    editor()
    await pick('Squats')
    const sets = screen.getByRole('spinbutton', { name: 'Sets' })
    fireEvent.change(sets, { target: { value: '11' } })
    expect(sets).toHaveAccessibleName('Sets')
    expect(sets).toHaveAccessibleDescription('A whole number from 1 to 10')
    expect(sets).toHaveAttribute('aria-invalid', 'true')
    const message = document.getElementById(sets.getAttribute('aria-describedby') ?? '')
    expect(sets.closest('label')).toBeNull()
    expect(screen.getByText('Sets').tagName).toBe('LABEL')
    expect(screen.getByText('Sets')).not.toContainElement(message)
  })

  it('clears a message as soon as its field is right', async () => {
    editor()
    await pick('Squats')
    const reps = screen.getByRole('spinbutton', { name: 'Reps' })
    fireEvent.change(reps, { target: { value: '' } })
    expect(reps).toHaveAccessibleDescription('A whole number from 1 to 100')
    fireEvent.change(reps, { target: { value: '12' } })
    expect(reps).not.toHaveAttribute('aria-describedby')
    expect(reps).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText('A whole number from 1 to 100')).toBeNull()
  })

  it('ties load and notes messages to their inputs, outside their labels', async () => {
    editor()
    await pick('Squats')
    const load = screen.getByRole('textbox', { name: 'Load' })
    fireEvent.change(load, { target: { value: 'x'.repeat(41) } })
    expect(load).toHaveAccessibleName('Load')
    expect(load).toHaveAccessibleDescription('At most 40 characters')
    const notes = screen.getByRole('textbox', { name: 'Notes' })
    fireEvent.change(notes, { target: { value: 'a\tb' } })
    expect(notes).toHaveAccessibleDescription('No control characters, such as tabs or line breaks')
  })

  it('lists a refused Save’s problems in the builder’s words, live, and focuses the list', async () => {
    const { onSave } = editor()
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await settle()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveFocus()
    expect(alert).toHaveTextContent('Name: 1 to 80 characters')
    expect(alert).toHaveTextContent('Exercises: a circuit holds 1 to 50 exercises')
    expect(screen.getByRole('button', { name: 'Add exercise' })).toHaveAccessibleDescription(
      'A circuit holds 1 to 50 exercises',
    )
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Mine' },
    })
    expect(alert).not.toHaveTextContent('Name:')
    await pick('Squats')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('takes a problem’s button to its field', async () => {
    editor()
    await pick('Squats')
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Sets' }), {
      target: { value: '0' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await settle()
    fireEvent.click(
      within(screen.getByRole('alert')).getByRole('button', {
        name: 'Exercise 1, Sets: a whole number from 1 to 10',
      }),
    )
    await settle()
    expect(screen.getByRole('spinbutton', { name: 'Sets' })).toHaveFocus()
  })
})

describe('the builder’s focus', () => {
  it('brings focus to a picked exercise’s first field, in sets and in rounds', async () => {
    editor()
    await pick('Squats')
    const row = screen.getByRole('listitem', { name: '1. Squats' })
    expect(within(row).getByRole('spinbutton', { name: 'Sets' })).toHaveFocus()
    fireEvent.change(screen.getByRole('combobox', { name: 'Structure' }), {
      target: { value: 'rounds' },
    })
    await pick('Plank')
    const plank = screen.getByRole('listitem', { name: '2. Plank' })
    expect(within(plank).getByRole('combobox', { name: 'Measure' })).toHaveFocus()
  })

  it('after Remove: the row that took its place, else the one before, else Add exercise', async () => {
    editor(
      circuit({
        items: [
          { exercise: 'squats', reps: 10 },
          { exercise: 'plank', seconds: 30 },
        ],
      }),
    )
    const first = screen.getByRole('listitem', { name: '1. Squats' })
    fireEvent.click(within(first).getByRole('button', { name: 'Remove' }))
    await settle()
    const plank = screen.getByRole('listitem', { name: '1. Plank' })
    expect(within(plank).getByRole('spinbutton', { name: 'Sets' })).toHaveFocus()
    fireEvent.click(within(plank).getByRole('button', { name: 'Remove' }))
    await settle()
    expect(screen.getByRole('button', { name: 'Add exercise' })).toHaveFocus()
  })
})

describe('the builder’s words', () => {
  it('labels every circuit setting from the one table of field names', () => {
    for (const s of CIRCUIT_SETTINGS)
      expect(s.label).toBe(CIRCUIT_FIELD_NAMES[s.key as keyof typeof CIRCUIT_FIELD_NAMES])
  })

  it('previews the session phase by phase in the runner’s words', () => {
    editor(
      circuit({
        warmupSec: 300,
        restBetweenSetsSec: 30,
        items: [
          { exercise: 'squats', sets: 2, reps: 15 },
          { exercise: 'side-plank', sets: 1, seconds: 30 },
        ],
      }),
    )
    expect(screen.getByTestId('phase-preview')).toHaveTextContent(
      'Phase by phase: Warm-up 5:00, Squats 0:45, Rest 0:30, Squats 0:45, Rest 1:00, ' +
        'Side Plank, left 0:30, Switch sides 0:05, Side Plank, right 0:30',
    )
  })
})

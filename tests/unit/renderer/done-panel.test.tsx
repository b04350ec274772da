// @vitest-environment jsdom
import { useState } from 'react'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Decoder, Stream } from '@garmin/fitsdk'
import type { Feeling, HistoryEntry } from '@shared/training/history'
import { DonePanel } from '@renderer/features/runner/done-panel'
import type { SessionRecord } from '@renderer/features/runner/use-session-record'
import { PlatformProvider } from '@renderer/platform/platform-context'
import type { Platform } from '@renderer/platform/platform'
import { circuit } from '../shared/helpers'

afterEach(cleanup)

const legs = circuit({
  items: [
    { exercise: 'squats', reps: 10 },
    { exercise: 'plank', seconds: 30 },
    { exercise: 'squats', reps: 12 },
  ],
})
const summary = {
  plannedMs: 60_000,
  actualMs: 61_000,
  elapsedMs: 61_000,
  effortsTotal: 3,
  effortsDone: 3,
  effortsSkipped: 0,
  addedMs: 0,
  endedEarly: false,
}

/** The session's entry, as the runner recorded it at the end. */
const recorded: HistoryEntry = {
  id: 'done',
  circuitName: 'Legs',
  startedAt: Date.UTC(2026, 2, 2, 7),
  plannedMs: 60_000,
  actualMs: 61_000,
  effortsDone: 3,
  effortsSkipped: 0,
  effortsTotal: 3,
  endedEarly: false,
  structure: 'sets',
  warmupMs: 0,
  cooldownMs: 0,
  exercises: [
    { exercise: 'squats', setsDone: 1, setsPlanned: 1, reps: 10, setMs: 30_000, load: '8 kg' },
    { exercise: 'plank', setsDone: 1, setsPlanned: 1, seconds: 30, setMs: 30_000 },
  ],
}

const saveFile = vi.fn<Platform['saveFile']>(() => Promise.resolve())

/** The panel with a record kept in state, as the runner keeps it. */
function Panel() {
  const [feeling, setFeeling] = useState<Feeling | 'skipped'>()
  const [rated, setRated] = useState<Record<string, Feeling>>({})
  const record: SessionRecord = {
    record: () => {},
    feeling,
    answer: setFeeling,
    rated,
    rate: (id, f) => setRated((r) => ({ ...r, [id]: f })),
    entry: () => recorded,
  }
  return (
    <PlatformProvider platform={{ saveFile } as unknown as Platform}>
      <DonePanel circuit={legs} summary={summary} record={record} />
    </PlatformProvider>
  )
}

describe('the Done panel', () => {
  it('brings focus to the question, then to the answer said back, never the body', () => {
    render(<Panel />)
    expect(screen.getByText('How did it feel?')).toHaveFocus()
    fireEvent.click(screen.getByRole('button', { name: '2 · About right' }))
    expect(screen.getByText('Noted: about right')).toHaveFocus()
  })

  it('brings focus to the summary once the question is skipped', () => {
    render(<Panel />)
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }))
    expect(screen.getByLabelText('Session summary')).toHaveFocus()
  })

  it('leaves focus where the user put it', () => {
    render(
      <>
        <button type="button">Mute</button>
        <Panel />
      </>,
    )
    // The user went to Mute, then answered with the key 2 (a click that leaves focus put).
    screen.getByRole('button', { name: 'Mute' }).focus()
    fireEvent.click(screen.getByRole('button', { name: '2 · About right' }))
    expect(screen.getByText('Noted: about right')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus()
  })

  it('lists each exercise once to rate, behind a button that says whether it is open', () => {
    render(<Panel />)
    fireEvent.click(screen.getByRole('button', { name: '1 · Easy' }))
    const toggle = screen.getByRole('button', { name: 'Rate each exercise (optional)' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('group', { name: 'How Squats felt' })).toBeNull()
    fireEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getAllByRole('group', { name: /^How .* felt$/ })).toHaveLength(2)
    expect(screen.getByTestId('rate-count')).toHaveTextContent('2 exercises')
    const plank = screen.getByRole('group', { name: 'How Plank felt' })
    fireEvent.click(within(plank).getByRole('button', { name: 'Hard' }))
    expect(within(plank).getByRole('button', { name: '✓ Hard' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('saves the session as a FIT file for Garmin or Strava, with its sets', async () => {
    render(<Panel />)
    fireEvent.click(screen.getByRole('button', { name: 'Save for Garmin or Strava' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const [name, data, type] = saveFile.mock.calls[0]!
    expect(name).toMatch(/^runstrong-2026-03-0\d-\d{4}-legs\.fit$/)
    expect(type).toBe('application/vnd.ant.fit')
    const decoder = new Decoder(Stream.fromByteArray([...(data as Uint8Array)]))
    expect(decoder.checkIntegrity()).toBe(true)
    const { messages } = new Decoder(Stream.fromByteArray([...(data as Uint8Array)])).read()
    expect(messages.setMesgs?.map((s) => [s.setType, s.category?.[0], s.repetitions])).toEqual([
      ['active', 'squat', 10],
      ['rest', undefined, undefined],
      ['active', 'plank', undefined],
    ])
  })
})

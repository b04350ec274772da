// @vitest-environment jsdom
import { fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Circuit } from '@shared/circuits/circuit'
import type { HistoryEntry } from '@shared/training/history'
import type { Suggestion } from '@shared/training/overload'
import { CircuitDetail } from '@renderer/features/circuits/library/circuit-detail'
import { useSuggestedSteps } from '@renderer/features/circuits/use-suggested-steps'
import { circuit } from '../shared/helpers'

const legs = circuit({
  name: 'Legs',
  items: [
    { exercise: 'glute-bridge', sets: 2, reps: 12 },
    { exercise: 'squats', sets: 2, reps: 12, load: 'weight vest' },
  ],
})

const up: Suggestion = {
  itemIndex: 0,
  direction: 'up',
  text: 'Glute Bridge: slower, 4 s a rep (hold the top a second longer)',
  patch: { secondsPerRep: 4 },
}
const note: Suggestion = {
  itemIndex: 1,
  direction: 'up',
  text: 'Squats: add weight when it feels easy; Runstrong could not read the load "weight vest" to step it',
  patch: {},
}

function detail(steps: Suggestion[], onApplySteps = vi.fn()) {
  const noop = () => {}
  render(
    <CircuitDetail
      entry={{ id: 'legs', circuit: legs, preset: false }}
      onStart={noop}
      onExport={noop}
      onDuplicate={noop}
      onDelete={noop}
      onEdit={noop}
      steps={steps}
      onApplySteps={onApplySteps}
    />,
  )
  return screen.queryByRole('region', { name: 'Suggested next step' })
}

/** A session of `c` rated easy as a whole, every set done. */
const easy = (c: Circuit, startedAt: number): HistoryEntry => ({
  id: String(startedAt),
  circuitName: c.name,
  startedAt,
  plannedMs: 1,
  actualMs: 1,
  effortsDone: 1,
  effortsSkipped: 0,
  effortsTotal: 1,
  endedEarly: false,
  feeling: 'easy',
  exercises: c.items.map((i) => ({
    exercise: i.exercise,
    setsDone: i.sets,
    setsPlanned: i.sets,
    ...(i.load ? { load: i.load } : {}),
  })),
})

describe('suggested next steps on a circuit', () => {
  it('marks a load it could not read as a note, and applies the steps that change something', () => {
    const apply = vi.fn()
    const region = detail([up, note], apply)!
    const items = within(region).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([`Step up ${up.text}`, `Note ${note.text}`])
    fireEvent.click(within(region).getByRole('button', { name: 'Apply as a new version' }))
    expect(apply).toHaveBeenCalledWith([up, note])
  })

  it('offers no new version when every suggestion is a note', () => {
    const region = detail([note])!
    expect(region).toHaveTextContent(note.text)
    expect(within(region).queryByRole('button')).toBeNull()
  })

  it('suggests a harder version only with kit the runner owns', async () => {
    const history = [easy(legs, 1)]
    const bare = renderHook(() => useSuggestedSteps(legs, history, []))
    await waitFor(() => expect(bare.result.current).not.toEqual([]))
    expect(bare.result.current.map((s) => s.text)).toEqual([up.text])
    const kit = ['kettlebell'] as const
    const owned = renderHook(() => useSuggestedSteps(legs, history, kit))
    await waitFor(() => expect(owned.result.current).not.toEqual([]))
    expect(owned.result.current.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Glute Bridge: try the challenge version/),
    ])
  })
})

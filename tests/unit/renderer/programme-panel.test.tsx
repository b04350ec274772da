// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getExercise } from '@shared/circuits/exercises'
import type { HistoryEntry } from '@shared/training/history'
import { DEFAULT_PLAN, type WeekPlan } from '@shared/training/planner'
import { programmeWeekName, type Programme } from '@shared/training/programme'
import { programmeCircuit } from '@shared/training/programme-circuit'
import { ProgrammePanel } from '@renderer/features/planner/programme-panel'

const DAY = 86_400_000
const WEEK = 7 * DAY

const programme = (startedAt: number): Programme => ({
  startedAt,
  seed: 5,
  minutes: 25,
  focus: 'full-body',
  beginner: false,
  equipment: ['mat', 'dumbbell'],
})

/** One full session in each of the `n` calendar weeks after the start. */
const weeksDone = (start: number, n: number): HistoryEntry[] =>
  Array.from({ length: n }, (_, w) => ({
    id: `w${w}`,
    circuitName: programmeWeekName(w + 1),
    startedAt: start + w * WEEK + 1000,
    plannedMs: 1_500_000,
    actualMs: 1_500_000,
    effortsDone: 12,
    effortsSkipped: 0,
    effortsTotal: 12,
    endedEarly: false,
    exercises: [],
  }))

describe('the programme panel', () => {
  // A fixed Wednesday noon, so calendar weeks never straddle a daylight-saving change.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-04-15T12:00:00'))
  })
  afterEach(() => vi.useRealTimers())

  it('starts from the kit in Settings, which the runner can change, and stores it', () => {
    const onChange = vi.fn<(plan: WeekPlan) => void>()
    render(
      <ProgrammePanel
        plan={DEFAULT_PLAN}
        history={[]}
        onChange={onChange}
        onStart={vi.fn()}
        kit={['mat', 'kettlebell']}
      />,
    )
    expect(screen.getByRole('checkbox', { name: 'Kettlebells' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Dumbbells' })).not.toBeChecked()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dumbbells' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kettlebells' }))
    // The first two weeks are previewed before the start.
    expect(screen.getByTestId('programme-preview')).toHaveTextContent('Weeks 1 and 2 would be:')
    fireEvent.click(screen.getByRole('button', { name: 'Start the six-week programme' }))
    expect(onChange.mock.calls[0]![0].programme?.equipment).toEqual(['mat', 'dumbbell'])
    expect(onChange.mock.calls[0]![0].sessions).toBe(2)
  })

  it('allows one session a week and says the fuller programme is 12 workouts', () => {
    const onChange = vi.fn<(plan: WeekPlan) => void>()
    const plan = { ...DEFAULT_PLAN, sessions: 1 }
    render(<ProgrammePanel plan={plan} history={[]} onChange={onChange} onStart={vi.fn()} />)
    expect(screen.getByText(/the fuller programme is 12 workouts, two a week/)).toBeVisible()
    fireEvent.click(screen.getByRole('button', { name: 'Start the six-week programme' }))
    expect(onChange.mock.calls[0]![0].sessions).toBe(1)
  })

  it('lists this week’s exercises and says the programme replaces the strength-day circuit', () => {
    const p = programme(Date.now() - 1000)
    const onStart = vi.fn()
    render(
      <ProgrammePanel
        plan={{ ...DEFAULT_PLAN, programme: p }}
        history={[]}
        onChange={vi.fn()}
        onStart={onStart}
      />,
    )
    const preview = screen.getByTestId('programme-preview')
    expect(preview).toHaveTextContent('This week’s session:')
    const items = within(preview).getAllByRole('listitem')
    const circuit = programmeCircuit(p, 1)
    expect(items.map((li) => li.textContent.split(' · ')[0])).toEqual(
      circuit.items.map((i) => getExercise(i.exercise).name),
    )
    expect(
      screen.getByText(/the programme’s session is used, not the circuit chosen/),
    ).toBeVisible()
    expect(screen.queryByTestId('programme-next')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Start this week’s session' }))
    expect(onStart).toHaveBeenCalledWith(circuit)
  })

  it('says what comes next in week 6 and at the end', () => {
    const start = Date.now() - 6 * WEEK - DAY
    const plan = { ...DEFAULT_PLAN, programme: programme(start) }
    const { unmount } = render(
      <ProgrammePanel
        plan={plan}
        history={weeksDone(start, 5)}
        onChange={vi.fn()}
        onStart={vi.fn()}
      />,
    )
    expect(screen.getByTestId('programme-status')).toHaveTextContent(/^Week 6 of 6/)
    expect(screen.getByTestId('programme-next')).toHaveTextContent(/^Next: .*step up/)
    unmount()
    render(
      <ProgrammePanel
        plan={plan}
        history={weeksDone(start, 6)}
        onChange={vi.fn()}
        onStart={vi.fn()}
      />,
    )
    expect(screen.getByTestId('programme-status')).toHaveTextContent('All 6 weeks done')
    expect(screen.getByTestId('programme-next')).toHaveTextContent(/2 to 3 sessions a week/)
  })

  it('shows its six weeks: the sessions done in each, this week, and the weeks to come', () => {
    const start = Date.now() - 3 * WEEK - DAY
    const history = weeksDone(start, 3)
    // A second session in week 2, rated hard: week 3 stays at its step, the steps follow later.
    history.push({ ...history[1]!, id: 'w1b', startedAt: history[1]!.startedAt + DAY })
    history[1] = { ...history[1]!, feeling: 'hard' }
    render(
      <ProgrammePanel
        plan={{ ...DEFAULT_PLAN, programme: programme(start) }}
        history={history}
        onChange={vi.fn()}
        onStart={vi.fn()}
      />,
    )
    const weeks = within(screen.getByRole('list', { name: 'The six weeks' })).getAllByRole(
      'listitem',
    )
    expect(weeks.map((w) => w.textContent)).toEqual([
      '✓ Week 1Step 1done: 1 session',
      '✓ Week 2Step 1done: 2 sessions, felt hard',
      '✓ Week 3Step 1done: 1 session',
      'Week 4Step 2this week: 0 of 2 done',
      'Week 5Step 2to come',
      'Week 6Step 3to come',
    ])
    expect(weeks[3]).toHaveAttribute('aria-current', 'step')
  })
})

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { DEFAULT_PLAN, type WeekPlan } from '@shared/training/planner'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { HistoryScreen, SESSIONS_PER_PAGE } from '@renderer/features/history/history-screen'

const DAY_MS = 86_400_000
/** Ten years of sessions, one every other day, oldest first as stored. */
const tenYears: HistoryEntry[] = Array.from({ length: 1600 }, (_, i) => ({
  id: `s${i}`,
  circuitName: `Session ${i}`,
  startedAt: Date.now() - (1600 - i) * 2 * DAY_MS,
  plannedMs: 1_800_000,
  actualMs: 1_800_000,
  effortsDone: 10,
  effortsSkipped: 0,
  effortsTotal: 10,
  endedEarly: false,
  exercises: [{ exercise: 'squats', setsDone: 3, setsPlanned: 3 }],
}))

describe('the History screen with ten years of sessions', () => {
  it('lists the newest first, a page at a time, and shows older ones on request', () => {
    render(
      <PlatformProvider platform={createBrowserPlatform(localStorage)}>
        <HistoryScreen sessions={tenYears} />
      </PlatformProvider>,
    )
    const names = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(names()).toHaveLength(SESSIONS_PER_PAGE)
    expect(names()[0]).toBe('Session 1599')
    expect(screen.getByText(`The newest ${SESSIONS_PER_PAGE} of 1,600 sessions.`)).toBeVisible()
    fireEvent.click(screen.getByRole('button', { name: `Show ${SESSIONS_PER_PAGE} older` }))
    expect(names()).toHaveLength(2 * SESSIONS_PER_PAGE)
    expect(names().at(-1)).toBe(`Session ${1600 - 2 * SESSIONS_PER_PAGE}`)
  })
})

describe('History opened again', () => {
  it('counts from the week it opens in, for the same sessions as before', () => {
    const now = Date.now()
    const sessions = [1, 2, 3].map((i) => ({ ...tenYears[0]!, id: `w${i}`, startedAt: now - i }))
    const open = () =>
      render(
        <PlatformProvider platform={createBrowserPlatform(localStorage)}>
          <HistoryScreen sessions={sessions} />
        </PlatformProvider>,
      )
    open()
    expect(screen.getByTestId('week-count')).toHaveTextContent('3 of 2 to 3 sessions')
    cleanup()
    // The same history a week later: nothing this week yet, and the streak still stands.
    vi.spyOn(Date, 'now').mockReturnValue(now + 7 * DAY_MS)
    try {
      open()
      expect(screen.getByTestId('week-count')).toHaveTextContent('0 of 2 to 3 sessions')
      expect(screen.getByTestId('streak')).toHaveTextContent('1')
    } finally {
      vi.restoreAllMocks()
    }
  })
})

describe('the History screen’s weekly goal', () => {
  const now = Date.now()
  const today = (i: number, minutes = 20): HistoryEntry => ({
    ...tenYears[0]!,
    id: `t${i}`,
    circuitName: `Today ${i}`,
    // A millisecond apart: all within the week the screen opens in.
    startedAt: now - i,
    actualMs: minutes * 60_000,
  })
  const show = (sessions: HistoryEntry[], plan?: WeekPlan) =>
    render(
      <PlatformProvider platform={createBrowserPlatform(localStorage)}>
        <HistoryScreen sessions={sessions} plan={plan} />
      </PlatformProvider>,
    )

  it('shows one goal, 2 to 3 sessions, in the text and the chart alike', () => {
    show([today(1, 12), today(2, 12), today(3, 12)])
    expect(screen.getByTestId('week-count')).toHaveTextContent('3 of 2 to 3 sessions')
    expect(screen.getByTestId('week-goal')).toHaveTextContent(
      'Your goal: 2 to 3 sessions of 20 to 30 minutes a week.',
    )
    expect(screen.getByTestId('week-chart')).toHaveAccessibleName(/the goal is 2 to 3 sessions$/)
    expect(screen.getByText('goal 2 to 3')).toBeInTheDocument()
    expect(screen.queryByTestId('too-much')).toBeNull()
  })

  it('sets a beginner’s goal of one 15-minute session while a beginner programme runs', () => {
    const programme = {
      startedAt: now - 100,
      seed: 1,
      minutes: 15,
      focus: 'full-body' as const,
      beginner: true,
      equipment: [],
    }
    show([today(1, 15)], { ...DEFAULT_PLAN, sessions: 1, programme })
    expect(screen.getByTestId('week-count')).toHaveTextContent('1 of 1 session')
    expect(screen.getByTestId('week-goal')).toHaveTextContent(
      'one 15-minute session a week, as the article advises',
    )
    expect(screen.getByTestId('week-chart')).toHaveAccessibleName(/the goal is 1 session$/)
    expect(screen.getByText('goal 1')).toBeInTheDocument()
  })

  it('keeps the goal’s label clear of the bars, however tall this week’s is', () => {
    show([today(1), today(2), today(3), today(4), today(5)])
    const chart = screen.getByTestId('week-chart')
    const label = Number(screen.getByTestId('goal-label').getAttribute('x'))
    const bars = [...chart.querySelectorAll('rect')].slice(1)
    expect(bars.length).toBeGreaterThan(0)
    for (const bar of bars)
      expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBeLessThan(label)
  })

  it('says gently that more is not better past three sessions or 90 minutes', () => {
    show([today(1), today(2), today(3), today(4)])
    expect(screen.getByTestId('too-much')).toHaveTextContent(
      /Over 3 sessions or 90 minutes this week: for a runner, more strength work is not better/,
    )
  })
})

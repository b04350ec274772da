// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
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

import { useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { HistoryEntry } from '@shared/training/history'
import type { WeekPlan } from '@shared/training/planner'
import { usePlatform } from '@renderer/platform/platform-context'

export interface CalendarButtonProps {
  plan: WeekPlan
  /** The circuit chosen for strength days, when one is. */
  circuit: Circuit | undefined
  history: readonly HistoryEntry[]
  /** Settings' reminder time, "HH:MM". */
  reminderTime: string
  /** Whether the week holds any strength day to put in a calendar. */
  hasDays: boolean
}

/** The calendar file's name. */
const FILE_NAME = 'runstrong-strength.ics'

/**
 * Add to calendar: the strength days (and a programme's weeks) as a calendar file. Its code,
 * and the calendar library's, load at the press: the Week screen opens without them.
 */
export function CalendarButton({
  plan,
  circuit,
  history,
  reminderTime,
  hasDays,
}: CalendarButtonProps) {
  const platform = usePlatform()
  const [error, setError] = useState<string>()
  const add = async () => {
    setError(undefined)
    try {
      const { calendarText } = await import('@shared/training/calendar-export')
      const text = calendarText({ plan, circuit, history, reminderTime, nowMs: Date.now() })
      // A calendar file must say so, or a phone offers it as a document, not to its calendar.
      await platform.saveFile(FILE_NAME, text, 'text/calendar')
    } catch (err) {
      setError(
        `Could not make the calendar file: ${err instanceof Error ? err.message : String(err)}`,
      )
    }
  }
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">In your calendar</h2>
      <p className="muted">
        Each strength session (the programme’s, while one runs) on its day at {reminderTime} (the
        reminder time in Settings), with its circuit, its length and a reminder. After a change
        here, add the file again: the events already in your calendar are updated, not doubled.
      </p>
      <button type="button" disabled={!hasDays} onClick={() => void add()}>
        Add to calendar
      </button>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
    </section>
  )
}

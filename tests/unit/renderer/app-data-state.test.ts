import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '@shared/data/settings'
import type { SavedSession } from '@shared/data/store-files'
import type { HistoryEntry } from '@shared/training/history'
import { DEFAULT_PLAN } from '@shared/training/planner'
import { withSessions, withStrengthToggled } from '@shared/training/plan-edits'
import {
  appDataStep,
  initialAppData,
  isOffered,
  remindersFollowing,
  type AppDataEvent,
  type AppDataState,
} from '@renderer/app/app-data-state'

const run = (events: AppDataEvent[], from = initialAppData(DEFAULT_SETTINGS)): AppDataState =>
  events.reduce(appDataStep, from)

const loud: Settings = { ...DEFAULT_SETTINGS, volume: 1 }
const quiet: Settings = { ...DEFAULT_SETTINGS, volume: 0.2 }
// Only their identity matters to the offer's rules.
const session = (startedAt: number) => ({ startedAt, savedAt: startedAt }) as SavedSession

describe('the app’s kept data', () => {
  it('shows a change at once and keeps it once saved', () => {
    const s = run([
      { type: 'settings/changed', next: loud },
      { type: 'settings/saved', value: loud },
    ])
    expect(s.settings).toEqual({ shown: loud, saved: loud })
  })

  it('takes back a change whose save failed, to what was last saved', () => {
    const s = run([
      { type: 'settings/stored', value: quiet },
      { type: 'settings/changed', next: loud },
      { type: 'settings/failed', value: loud, keep: false },
    ])
    expect(s.settings.shown).toBe(quiet)
  })

  it('keeps a newer change when an older save fails, and a live control’s value', () => {
    const newer = { ...loud, volume: 0.9 }
    const s = run([
      { type: 'settings/changed', next: loud },
      { type: 'settings/changed', next: newer },
      { type: 'settings/failed', value: loud, keep: false },
    ])
    expect(s.settings.shown).toBe(newer)
    const live = run([
      { type: 'settings/changed', next: loud },
      { type: 'settings/failed', value: loud, keep: true },
    ])
    expect(live.settings.shown).toBe(loud)
  })

  it('does the same for the plan, and takes a plan stored elsewhere as saved', () => {
    const three = withSessions(DEFAULT_PLAN, 3)
    const s = run([
      { type: 'plan/stored', value: DEFAULT_PLAN },
      { type: 'plan/changed', next: three },
      { type: 'plan/failed', value: three },
    ])
    expect(s.plan?.shown).toBe(DEFAULT_PLAN)
    const other = run([{ type: 'plan/stored', value: three }], s)
    expect(other.plan).toEqual({ shown: three, saved: three })
  })

  it('knows which cut-short session is on offer, so a late answer for another does nothing', () => {
    const a = session(1)
    const b = session(2)
    const s = run([{ type: 'offer/shown', session: a }])
    expect(isOffered(s, a)).toBe(true)
    // A Discard that finished after a Resume offered nothing (or another session) meanwhile.
    expect(isOffered(s, b)).toBe(false)
    expect(isOffered(run([{ type: 'offer/shown', session: undefined }], s), a)).toBe(false)
  })

  it('asks whether to keep a discarded session’s efforts, and closes the question', () => {
    const a = session(1)
    const entry = { effortsDone: 3 } as HistoryEntry
    const s = run([{ type: 'discarding/asked', asking: { session: a, entry } }])
    expect(s.discarding).toEqual({ session: a, entry })
    expect(run([{ type: 'discarding/asked', asking: undefined }], s).discarding).toBeUndefined()
  })

  it('moves reminders to a saved plan’s strength days, and leaves them when they match', () => {
    const moved = withStrengthToggled(DEFAULT_PLAN, 4)
    const next = remindersFollowing(DEFAULT_SETTINGS, moved)
    expect(next?.reminders.days).toContain(4)
    expect(next?.reminders.time).toBe(DEFAULT_SETTINGS.reminders.time)
    expect(remindersFollowing(next!, moved)).toBeNull()
  })
})

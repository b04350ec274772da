import type { BackupContents } from '@shared/data/backup'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import type { HistoryEntry } from '@shared/training/history'
import { DEFAULT_PLAN } from '@shared/training/planner'
import { circuit } from './helpers'

export const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)

/** A recorded session with this id. */
export const entry = (id: string): HistoryEntry => ({
  id,
  circuitName: 'Mine',
  startedAt: NOW - 86_400_000,
  plannedMs: 600_000,
  actualMs: 590_000,
  effortsDone: 2,
  effortsSkipped: 0,
  effortsTotal: 2,
  endedEarly: false,
  feeling: 'right',
  exercises: [{ exercise: 'squats', setsDone: 2, setsPlanned: 2 }],
})

/** Everything a runner keeps, none of it at its default. */
export const everything: BackupContents = {
  circuits: [
    {
      id: 'a',
      circuit: circuit({ name: 'Mine', items: [{ exercise: 'squats', reps: 10 }] }),
      createdAtMs: 1,
      updatedAtMs: 2,
    },
    {
      id: 'b',
      circuit: circuit({ name: 'Core', items: [{ exercise: 'plank', seconds: 30 }] }),
      createdAtMs: 3,
      updatedAtMs: 4,
    },
  ],
  settings: {
    ...DEFAULT_SETTINGS,
    volume: 0.3,
    kit: ['mat'],
    reminders: { on: true, time: '07:15', days: [1, 3] },
  },
  plan: {
    ...DEFAULT_PLAN,
    sessions: 3,
    circuitId: 'a',
    programme: {
      startedAt: NOW - 1000,
      seed: 42,
      minutes: 20,
      focus: 'legs-glutes',
      beginner: true,
      equipment: ['mat'],
    },
  },
  history: [entry('one'), entry('two')],
  devices: [{ name: 'Kitchen TV', role: 'display', pairedAtMs: NOW - 5000 }],
}

// The sessions the history benchmarks record: one a year is about 160, ten years 1,600.
import type { HistoryEntry } from '../src/shared/training/history'

const EXERCISES = ['reverse-lunges', 'squats', 'walking-lunges', 'plank', 'side-plank', 'press-ups']

/** A 30-minute session of 5 exercises, rated: about 1 KB as stored. */
export const benchEntry = (i: number): HistoryEntry => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  circuitName: 'Full body, 30 minutes',
  startedAt: 1_700_000_000_000 + i * 2 * 86_400_000,
  plannedMs: 1_800_000,
  actualMs: 1_750_000,
  effortsDone: 24,
  effortsSkipped: 0,
  effortsTotal: 24,
  endedEarly: false,
  feeling: 'right',
  exercises: Array.from({ length: 5 }, (_, k) => ({
    exercise: EXERCISES[k % EXERCISES.length]!,
    setsDone: 3,
    setsPlanned: 3,
    ...(k % 2 === 0 ? { left: 3, right: 3 } : {}),
    load: '8 kg',
    ...(k % 3 === 0 ? { feeling: 'easy' as const } : {}),
  })),
})

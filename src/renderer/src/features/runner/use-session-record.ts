import { useCallback, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { formatShortDuration } from '@shared/engine/format'
import type { Feeling, HistoryEntry } from '@shared/training/history'
import { recordSession } from '@shared/training/history-record'
import type { Platform } from '@renderer/platform/platform'
import { newId } from '@renderer/lib/new-id'
import type { RunnerSnapshot } from './use-session'

export interface SessionRecord {
  /** Records the session as it stands (once): History, and a note to the OS. */
  record: () => void
  /** How it felt, or 'skipped'; undefined until answered. */
  feeling: Feeling | 'skipped' | undefined
  answer: (f: Feeling | 'skipped') => void
  /** How each exercise felt, where rated. */
  rated: Readonly<Record<string, Feeling>>
  rate: (exercise: string, f: Feeling) => void
  /** The session's entry as recorded (with how it felt); undefined until it has ended. */
  entry: () => HistoryEntry | undefined
}

/** The session's History entry: recorded at the end, then told how it felt. */
export function useSessionRecord(
  platform: Platform,
  circuit: Circuit,
  current: () => RunnerSnapshot,
  startedAt: number,
): SessionRecord {
  const recorded = useRef<HistoryEntry>(undefined)
  const [feeling, setFeeling] = useState<Feeling | 'skipped'>()
  const [rated, setRated] = useState<Record<string, Feeling>>({})
  // A failed save is said at app level, which keeps the entry and saves it later.
  const save = useCallback(
    (entry: HistoryEntry) => void platform.addHistory(entry).catch(() => undefined),
    [platform],
  )

  const record = useCallback(() => {
    if (recorded.current) return
    const { state: ended, nowMs: endedAtMs } = current()
    const entry = recordSession(newId(), circuit, ended, endedAtMs, startedAt)
    recorded.current = entry
    save(entry)
    // Tell the OS too: useful when the window is behind another.
    platform.notify(
      entry.endedEarly ? 'Session ended early' : 'Session complete',
      `${circuit.name}: ${formatShortDuration(entry.actualMs)}, ${entry.effortsDone} of ${entry.effortsTotal} efforts done`,
    )
  }, [circuit, current, platform, save, startedAt])

  const answer = useCallback(
    (f: Feeling | 'skipped') => {
      setFeeling(f)
      const entry = recorded.current
      if (!entry || f === 'skipped') return
      recorded.current = { ...entry, feeling: f }
      save(recorded.current)
    },
    [save],
  )

  // Optionally, how each exercise felt: it steers that exercise's next step.
  const rate = useCallback(
    (exercise: string, f: Feeling) => {
      const entry = recorded.current
      if (!entry) return
      recorded.current = {
        ...entry,
        exercises: entry.exercises.map((e) => (e.exercise === exercise ? { ...e, feeling: f } : e)),
      }
      save(recorded.current)
      setRated((r) => ({ ...r, [exercise]: f }))
    },
    [save],
  )

  const entry = useCallback(() => recorded.current, [])

  return { record, feeling, answer, rated, rate, entry }
}

/**
 * The history as a list of entries: one recorded, the shape it is stored in, and how a
 * session felt in words. Kept apart from the history's schema (`history.ts`): the app
 * records, writes and shows sessions without reading stored ones.
 */
import type { Feeling, HistoryEntry } from './history'

export const FEELING_LABELS: Record<Feeling, string> = {
  easy: 'Easy',
  right: 'About right',
  hard: 'Hard',
}

/** The answers to "how did it feel", in the order the keys 1, 2 and 3 pick them. */
export const FEELINGS = Object.keys(FEELING_LABELS) as Feeling[]

/** The stored shape of the history. */
export function historyToStored(list: readonly HistoryEntry[]): unknown {
  return { version: 1, sessions: list }
}

/** The history with `entry` recorded: an earlier record with its id is replaced. */
export function withEntry(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [...list.filter((e) => e.id !== entry.id), entry]
}

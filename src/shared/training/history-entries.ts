/**
 * The history as a list of entries: one recorded, and the shape it is stored in. Kept apart
 * from the history's schema (`history.ts`): the app records and writes without reading.
 */
import type { HistoryEntry } from './history'

/** The stored shape of the history. */
export function historyToStored(list: readonly HistoryEntry[]): unknown {
  return { version: 1, sessions: list }
}

/** The history with `entry` recorded: an earlier record with its id is replaced. */
export function withEntry(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [...list.filter((e) => e.id !== entry.id), entry]
}

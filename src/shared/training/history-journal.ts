/**
 * The history's journal: one line of JSON per recorded session, appended as each session is
 * recorded, so recording costs the same with ten years of history as with none. The whole
 * history is the snapshot (`history.json`) with the journal's records applied in order; the
 * desktop store folds the journal into the snapshot now and then.
 */
import { historyFromStored, plural, type HistoryEntry } from './history'

/** The journal's line for one session's record, newline included. */
export function journalLine(entry: HistoryEntry): string {
  return `${JSON.stringify(entry)}\n`
}

/** What a journal's text holds. */
export interface JournalRead {
  /** Every readable record, in the order they were written. */
  entries: HistoryEntry[]
  /** How many lines the journal holds, readable or not. */
  lines: number
  /** The last line was cut short (the app stopped while writing it) and was left out. */
  torn: boolean
  /** Why other records were left out or trimmed; undefined when none were. */
  reason?: string
  /** The text ends inside a line: the next record must start on a line of its own. */
  endsMidLine: boolean
}

/** Whether a line that does not read starts as a record does (`{"`): a record, damaged. */
const startsLikeRecord = (line: string) => /^\s*\{(\s*"|\s*$)/.test(line)

/**
 * Reads a journal. A last line without its newline that starts as a record but does not
 * read is `torn` (a write the app never finished, so never reported as saved); a damaged
 * record elsewhere is left out and counted in `reason`, like a damaged session in the
 * snapshot. Lines that are not records at all (the file was written over by something else)
 * are counted as such: how many sessions they replaced cannot be told, and is not guessed.
 * `lastMayBeUnfinished`: a write is under way, so an unfinished last line is not damage.
 */
export function readJournal(text: string, lastMayBeUnfinished = false): JournalRead {
  const parts = text.split('\n')
  const tail = parts.pop() ?? ''
  const rows: unknown[] = []
  let bad = 0
  let foreign = 0
  let lines = 0
  const take = (line: string): boolean => {
    try {
      rows.push(JSON.parse(line))
      return true
    } catch {
      return false
    }
  }
  for (const line of parts) {
    if (line.trim() === '') continue
    lines++
    if (take(line)) continue
    if (startsLikeRecord(line)) bad++
    else foreign++
  }
  let torn = false
  if (tail.trim() !== '') {
    lines++
    if (!take(tail) && !lastMayBeUnfinished) {
      if (startsLikeRecord(tail)) torn = true
      else foreign++
    }
  }
  const read = historyFromStored({ version: 1, sessions: rows })
  const entries = read.ok ? read.value : (read.partial ?? [])
  const problems: string[] = []
  if (foreign > 0 && foreign === lines)
    problems.push(
      `the journal of recent sessions was written over by something else: none of its ${plural(lines, 'line is a recorded session', 'lines is a recorded session')}, so the sessions it held are not shown (how many there were cannot be told)`,
    )
  else if (foreign > 0) {
    const are = foreign === 1 ? 'line of the journal is' : 'lines of the journal are'
    problems.push(`${foreign} ${are} not a recorded session`)
  }
  if (bad > 0)
    problems.push(`${plural(bad, 'recorded session is', 'recorded sessions are')} damaged`)
  if (!read.ok) problems.push(read.reason)
  return {
    entries,
    lines,
    torn,
    ...(problems.length > 0 ? { reason: problems.join('; ') } : {}),
    endsMidLine: tail !== '',
  }
}

/**
 * The history with each of `entries` recorded in turn, as `withEntry` would one by one (an
 * earlier record with the same id is replaced, and the record goes last), in one pass.
 */
export function withEntries(
  list: readonly HistoryEntry[],
  entries: readonly HistoryEntry[],
): HistoryEntry[] {
  if (entries.length === 0) return [...list]
  const latest = new Map<string, HistoryEntry>()
  for (const e of entries) {
    // Deleting first moves a repeated id to the end: the order of each id's last record.
    latest.delete(e.id)
    latest.set(e.id, e)
  }
  return [...list.filter((e) => !latest.has(e.id)), ...latest.values()]
}

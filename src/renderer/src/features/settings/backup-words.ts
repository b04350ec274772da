import type { DataCounts } from '@shared/data/backup'

/** "1 circuit", "3 circuits". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The week plan in a few words: its strength days, and the programme when one runs. */
function planWords(c: DataCounts, whose: string): string {
  const days = count(c.strengthDays, 'strength day', 'strength days')
  return `${whose} week plan (${days} a week${c.programme ? ', with a six-week programme' : ''})`
}

/** What a backup holds, one line per store, for Restore's question. */
export function backupLines(c: DataCounts): string[] {
  return [
    count(c.circuits, 'circuit', 'circuits'),
    count(c.sessions, 'session in History', 'sessions in History'),
    'settings',
    planWords(c, 'a'),
  ]
}

/** What a restore replaces, one line per store. */
export function replacedLines(c: DataCounts): string[] {
  return [
    count(c.circuits, 'circuit', 'circuits'),
    count(c.sessions, 'session in History', 'sessions in History'),
    'your settings',
    planWords(c, 'your'),
  ]
}

/** When a backup was made, in the reader's own date and time. */
export function madeAt(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })
}

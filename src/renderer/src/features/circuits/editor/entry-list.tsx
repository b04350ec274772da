import type { Circuit } from '@shared/circuits/circuit'
import { formatClock } from '@shared/engine/format'
import { plannedMs } from '@shared/engine/timeline'
import styles from './entry-list.module.css'

/** The circuits `EntryList` lists, which one is open, and how to open one. */
export interface EntryListProps {
  entries: readonly { id: string; circuit: Circuit }[]
  openId: string | undefined
  onOpen: (id: string) => void
}

/** Circuits listed under their names, with their planned length; the open one marked. */
export function EntryList({ entries, openId, onOpen }: EntryListProps) {
  return (
    <ul className={styles.entries}>
      {entries.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className={styles.entry}
            aria-current={e.id === openId ? 'true' : undefined}
            onClick={() => onOpen(e.id)}
          >
            <span>{e.circuit.name}</span>
            <span className={styles.meta}>{formatClock(plannedMs(e.circuit))}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

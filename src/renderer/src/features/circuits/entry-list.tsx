import type { Circuit } from '@shared/circuits/circuit'
import { formatClock } from '@shared/engine/format'
import { plannedMs } from '@shared/engine/timeline'

/** The circuits `EntryList` lists, which one is open, and how to open one. */
export interface EntryListProps {
  entries: readonly { id: string; circuit: Circuit }[]
  openId: string | undefined
  onOpen: (id: string) => void
}

/** Circuits listed under their names, with their planned length; the open one marked. */
export function EntryList({ entries, openId, onOpen }: EntryListProps) {
  return (
    <ul className="entries">
      {entries.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className="entry"
            aria-current={e.id === openId ? 'true' : undefined}
            onClick={() => onOpen(e.id)}
          >
            <span className="entry-name">{e.circuit.name}</span>
            <span className="entry-meta">{formatClock(plannedMs(e.circuit))}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

import { useRef, type KeyboardEvent, type RefObject } from 'react'
import { PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import type { DraftItem } from '@shared/circuits/draft'

/** The row buttons that move a row, by their text. */
export type MoveLabel = 'Move up' | 'Move down'

/** What `useRowMoves` gives the list of rows. */
export interface RowMoves {
  /** The list of rows, to find a moved row's buttons in. */
  rowsRef: RefObject<HTMLOListElement | null>
  /** Moves a row by its button, and keeps focus on that button so the move can repeat. */
  moveBy: (from: number, to: number, focusLabel: MoveLabel) => void
  sensors: ReturnType<typeof useSensors>
  onDragEnd: (e: DragEndEvent) => void
  /** Alt+ArrowUp and Alt+ArrowDown on a row move it. */
  onRowKey: (e: KeyboardEvent, index: number) => void
}

/** Reordering rows: Move up and Move down, Alt+Arrow keys, and dragging by the handle. */
export function useRowMoves(
  items: readonly DraftItem[],
  move: (from: number, to: number) => boolean,
): RowMoves {
  const rowsRef = useRef<HTMLOListElement>(null)

  const moveBy = (from: number, to: number, focusLabel: MoveLabel) => {
    if (!move(from, to)) return
    // Keep focus on the moved row's control so keyboard moves can repeat.
    requestAnimationFrame(() => {
      const row = rowsRef.current?.children[to]
      const buttons = [
        ...(row?.querySelectorAll<HTMLButtonElement>('button:not(.drag-handle)') ?? []),
      ]
      const target = buttons.find((b) => b.textContent === focusLabel && !b.disabled)
      ;(target ?? buttons.find((b) => !b.disabled))?.focus()
    })
  }

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = items.findIndex((it) => it.key === active.id)
    const to = items.findIndex((it) => it.key === over.id)
    if (from >= 0 && to >= 0) move(from, to)
  }

  const onRowKey = (e: KeyboardEvent, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
    e.preventDefault()
    moveBy(index, e.key === 'ArrowUp' ? index - 1 : index + 1, 'Move up')
  }

  return { rowsRef, moveBy, sensors, onDragEnd, onRowKey }
}

import type { ReactNode } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { cx } from '@renderer/lib/class-names'
import styles from './sortable-row.module.css'

/** A list row that can be dragged by its handle; keyboard users have Move up and Move down. */
export function SortableRow({
  id,
  label,
  onKeyDown,
  children,
}: {
  id: string
  label: string
  onKeyDown: (e: React.KeyboardEvent) => void
  children: ReactNode
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id })
  return (
    <li
      ref={setNodeRef}
      className={cx(styles.row, isDragging && styles.dragging)}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      onKeyDown={onKeyDown}
      aria-label={label}
    >
      {/* For pointers; keyboard and screen-reader users have Move up, Move down and Alt+Arrow. */}
      <button
        type="button"
        ref={setActivatorNodeRef}
        // `drag-handle` stays a global name too: a test drags rows by it.
        className={cx(styles.dragHandle, 'drag-handle')}
        {...attributes}
        {...listeners}
        aria-label="Drag to reorder"
        aria-hidden="true"
        aria-describedby={undefined}
        tabIndex={-1}
      >
        ⠿
      </button>
      {children}
    </li>
  )
}

import { closestCenter, DndContext } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { DraftItem } from '@shared/circuits/draft'
import { getExercise } from '@shared/circuits/exercises'
import { cx } from '@renderer/lib/class-names'
import { ItemFields } from './item-fields'
import { SortableRow } from './sortable-row'
import { useRowMoves } from './use-row-moves'
import styles from './exercise-rows.module.css'

/** The rows `ExerciseRows` shows, their messages, and the draft's row changes. */
export interface ExerciseRowsProps {
  items: readonly DraftItem[]
  rounds: boolean
  errors: ReadonlyMap<string, string>
  setItem: (index: number, patch: Partial<DraftItem>) => void
  removeItem: (index: number) => void
  move: (from: number, to: number) => boolean
}

/** The circuit's rows in order: each one's settings, and every way to reorder or remove it. */
export function ExerciseRows({
  items,
  rounds,
  errors,
  setItem,
  removeItem,
  move,
}: ExerciseRowsProps) {
  const { rowsRef, moveBy, sensors, onDragEnd, onRowKey } = useRowMoves(items, move)
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items.map((i) => i.key)} strategy={verticalListSortingStrategy}>
        {/* `rows` and `row-name` stay global names too: tests read the order by them. */}
        <ol className={cx(styles.rows, 'rows')} ref={rowsRef}>
          {items.map((item, i) => {
            const e = getExercise(item.exercise)
            return (
              <SortableRow
                key={item.key}
                id={item.key}
                onKeyDown={(ev) => onRowKey(ev, i)}
                label={`${i + 1}. ${e.name}`}
              >
                <div className={styles.rowHead}>
                  <strong className={cx(styles.rowName, 'row-name')}>{e.name}</strong>
                  <div className={styles.rowMoves}>
                    <button
                      type="button"
                      onClick={() => moveBy(i, i - 1, 'Move up')}
                      disabled={i === 0}
                      aria-keyshortcuts="Alt+ArrowUp"
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      onClick={() => moveBy(i, i + 1, 'Move down')}
                      disabled={i === items.length - 1}
                      aria-keyshortcuts="Alt+ArrowDown"
                    >
                      Move down
                    </button>
                    <button type="button" className="danger" onClick={() => removeItem(i)}>
                      Remove
                    </button>
                  </div>
                </div>
                <ItemFields
                  item={item}
                  exercise={e}
                  path={`items[${i}]`}
                  rounds={rounds}
                  errors={errors}
                  onChange={(patch) => setItem(i, patch)}
                />
              </SortableRow>
            )
          })}
        </ol>
      </SortableContext>
    </DndContext>
  )
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { Feeling } from '@shared/training/history'
import { FEELING_LABELS, FEELINGS } from '@shared/training/history-entries'
import styles from './done-ratings.module.css'

/** The exercises `DoneRatings` lists, how each was rated, and where a rating goes. */
export interface DoneRatingsProps {
  exercises: readonly { id: string; name: string }[]
  rated: Readonly<Record<string, Feeling>>
  rate: (exercise: string, f: Feeling) => void
  /** What comes first on the button's line: the answer to "How did it feel?", said back. */
  lead: ReactNode
}

/** True while the list holds more rows than it shows. */
function useOverflow(list: React.RefObject<HTMLElement | null>, open: boolean): boolean {
  const [over, setOver] = useState(false)
  useEffect(() => {
    const el = list.current
    if (!el || !open) return
    const measure = () => setOver(el.scrollHeight > el.clientHeight + 1)
    measure()
    // Some test environments have no ResizeObserver: the first measure stands there.
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [list, open])
  return over
}

/**
 * How each exercise felt, optional, behind one button: every row, in columns that fit the
 * screen; where they do not all fit in the room the Done screen has left, the list scrolls,
 * shows its edge, and says so above it.
 */
export function DoneRatings({ exercises, rated, rate, lead }: DoneRatingsProps) {
  const id = useId()
  const list = useRef<HTMLUListElement>(null)
  const [open, setOpen] = useState(false)
  const over = useOverflow(list, open)
  const count = `${exercises.length} ${exercises.length === 1 ? 'exercise' : 'exercises'}`
  return (
    <section className={styles.rateEach} aria-labelledby={`${id}-toggle`}>
      {/* One line for the answer, the button and the count: the rows get the height. */}
      <div className={styles.head}>
        {lead}
        <button
          type="button"
          id={`${id}-toggle`}
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={`${id}-list`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          Rate each exercise (optional)
        </button>
        {open && (
          <p id={`${id}-count`} className={styles.count} data-testid="rate-count">
            {over ? `${count}: scroll the list for all of them` : count}
          </p>
        )}
      </div>
      {open && (
        <>
          <ul
            id={`${id}-list`}
            ref={list}
            className={styles.list}
            data-scrolls={over ? 'true' : undefined}
            aria-describedby={`${id}-count`}
            // A list that scrolls can be scrolled from the keyboard too.
            tabIndex={over ? 0 : undefined}
          >
            {exercises.map(({ id: exercise, name }) => (
              <li key={exercise}>
                <span className={styles.name}>{name}</span>
                <span role="group" aria-label={`How ${name} felt`} className={styles.buttons}>
                  {FEELINGS.map((f) => (
                    <button
                      key={f}
                      type="button"
                      aria-pressed={rated[exercise] === f}
                      onClick={() => rate(exercise, f)}
                    >
                      {rated[exercise] === f ? `✓ ${FEELING_LABELS[f]}` : FEELING_LABELS[f]}
                    </button>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

import { problemLine, type CircuitProblem } from '@shared/circuits/circuit-messages'
import styles from './save-problems.module.css'

/** The problems `SaveProblems` lists, its id (focus comes to it), and where a problem leads. */
export interface SaveProblemsProps {
  id: string
  problems: readonly CircuitProblem[]
  /** Takes the user to the field at this path ("items[0].sets"). */
  onGo: (path: string) => void
}

/**
 * Why Save was refused, one problem a line in the builder's own words ("Exercise 1, Sets: a
 * whole number from 1 to 10"); each line is a button that goes to its field.
 */
export function SaveProblems({ id, problems, onGo }: SaveProblemsProps) {
  return (
    <div id={id} role="alert" className="alert" tabIndex={-1}>
      <p>Can’t save yet:</p>
      <ul className={styles.list}>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            <button type="button" className="link" onClick={() => onGo(p.path)}>
              {problemLine(p)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

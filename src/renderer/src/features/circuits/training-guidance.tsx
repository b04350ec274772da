import { GUIDANCE } from '@shared/circuits/exercises'
import styles from './training-guidance.module.css'

/** What the detail pane shows while no circuit is open: the article's advice for runners. */
export function TrainingGuidance() {
  return (
    <div className={styles.guidance}>
      <h2>Strength for runners</h2>
      <ul>
        {GUIDANCE.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p className="muted">Pick a circuit to see it and start.</p>
    </div>
  )
}

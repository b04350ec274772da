import { GUIDANCE } from '@shared/circuits/guidance'
import styles from './training-guidance.module.css'

/**
 * What the detail pane shows while no circuit is open: on a first run, how to set up; then
 * the article's advice for runners.
 */
export function TrainingGuidance({ firstRun }: { firstRun: boolean }) {
  return (
    <div className={styles.guidance}>
      {firstRun && (
        <section className="status" aria-labelledby="first-run-title" data-testid="first-run">
          <h2 id="first-run-title">Getting set up</h2>
          <ol>
            <li>Put the screen where you can see it from your mat, sound up.</li>
            <li>Pick a preset (Quick 15 is a good first one) and press Start.</li>
            <li>Step back: Runstrong times, shows and calls every change.</li>
          </ol>
        </section>
      )}
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

import { GUIDANCE } from '@shared/circuits/guidance'
import { RUNNER_KEYS } from '@shared/engine/runner-keys'
import styles from './about-screen.module.css'

/** Credits the article the app's facts come from, and says how to use the runner. */
export function AboutScreen() {
  return (
    <article className="page">
      <h1>About Runstrong</h1>
      <p>
        Runstrong runs strength sessions hands-free for runners who train at home: set the laptop on
        a shelf or plug it into the TV, press Start, and every set, rest and side switch is timed,
        shown large and called out.
      </p>
      <h2>Where the training comes from</h2>
      <p>
        The nineteen exercises, their sets, reps, muscles, equipment and harder variants, and the
        advice on warming up, how often and when to train, come from the article{' '}
        <cite>“Strength Training For Runners: Essential Tips &amp; Workouts”</cite> by Thalia
        Oosthuizen, published by Revel Sports. The form cues and all other wording in the app are
        our own.
      </p>
      <h2>The article’s advice, in short</h2>
      <ul>
        {GUIDANCE.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <h2>Keys on the runner</h2>
      <dl className={styles.keys}>
        {RUNNER_KEYS.map((k) => (
          <div key={k.command}>
            <dt>{k.shown}</dt>
            <dd>{k.does.charAt(0).toUpperCase() + k.does.slice(1)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Listen to your body: stop if something hurts. Form first, then load.</p>
    </article>
  )
}

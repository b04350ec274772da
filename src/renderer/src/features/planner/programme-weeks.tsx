import { PROGRAMME_WEEKS, stepsByWeek, type ProgrammeStatus } from '@shared/training/programme'
import styles from './programme-weeks.module.css'

const sessions = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`

/**
 * The programme's six weeks in a row: each done week with the sessions that counted (and
 * whether it felt hard), this week with how many are done of how many, and the weeks to
 * come, each with its step. Told in words, the tick and the frame only echo them.
 */
export function ProgrammeWeeks({ status, perWeek }: { status: ProgrammeStatus; perWeek: number }) {
  const done = status.sessionsByWeek
  // Weeks to come are shown at the step they reach if none feels hard.
  const toCome = Math.max(0, PROGRAMME_WEEKS - status.hardWeeks.length - 1)
  const steps = stepsByWeek([...status.hardWeeks, ...Array<boolean>(toCome).fill(false)])
  return (
    <ol className={styles.weeks} aria-label="The six weeks" data-testid="programme-weeks">
      {Array.from({ length: PROGRAMME_WEEKS }, (_, i) => {
        const n = i + 1
        const past = done[i]
        const now = status.week === n
        const state = past !== undefined ? 'done' : now ? 'now' : 'later'
        const words =
          past !== undefined
            ? `done: ${sessions(past)}${status.hardWeeks[i] ? ', felt hard' : ''}`
            : now
              ? `this week: ${status.doneThisWeek} of ${perWeek} done`
              : 'to come'
        return (
          <li key={n} data-state={state} aria-current={now ? 'step' : undefined}>
            <span className={styles.week}>
              {state === 'done' && (
                <span className={styles.tick} aria-hidden="true">
                  ✓{' '}
                </span>
              )}
              Week {n}
            </span>
            <span className={styles.step}>Step {(steps[i] ?? 0) + 1}</span>
            <span>{words}</span>
          </li>
        )
      })}
    </ol>
  )
}

import {
  goalSessions,
  metGoal,
  WEEKLY_GOALS,
  type WeeklyGoal,
  type WeekStat,
} from '@shared/training/history-stats'
import { cx } from '@renderer/lib/class-names'
import styles from './week-chart.module.css'

const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/**
 * Sessions per week as bars against the runner's goal band (2 to 3, or a beginner's 1),
 * with a table for screen readers.
 */
export function WeekChart({ weeks, goal }: { weeks: WeekStat[]; goal: WeeklyGoal }) {
  const { min, max } = WEEKLY_GOALS[goal]
  const top = Math.max(4, ...weeks.map((w) => w.sessions))
  const width = 640
  const height = 220
  // The goal's label has the right-hand gutter to itself: a tall bar never covers it.
  const pad = { left: 36, right: 92, bottom: 32, top: 12 }
  const plotH = height - pad.bottom - pad.top
  const plotRight = width - pad.right
  const barW = (plotRight - pad.left) / weeks.length
  const y = (n: number) => pad.top + plotH - (n / top) * plotH
  // A goal of exactly one session is a band a quarter of a session either side, so it shows.
  const band = min === max ? { from: min - 0.25, to: max + 0.25 } : { from: min, to: max }
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Sessions per week over the last ${weeks.length} weeks; the goal is ${goalSessions(goal)}`}
        data-testid="week-chart"
      >
        <rect
          x={pad.left}
          width={plotRight - pad.left}
          y={y(band.to)}
          height={y(band.from) - y(band.to)}
          className={styles.goalBand}
        />
        <text
          x={plotRight + 8}
          y={(y(band.to) + y(band.from)) / 2 + 5}
          className={styles.label}
          data-testid="goal-label"
        >
          goal {min === max ? min : `${min} to ${max}`}
        </text>
        {[0, 1, 2, 3, 4]
          .filter((n) => n <= top)
          .map((n) => (
            <text key={n} x={pad.left - 8} y={y(n) + 5} textAnchor="end" className={styles.label}>
              {n}
            </text>
          ))}
        {weeks.map((w, i) => (
          <g key={w.startMs}>
            <rect
              x={pad.left + i * barW + barW * 0.2}
              width={barW * 0.6}
              y={y(w.sessions)}
              height={Math.max(0, y(0) - y(w.sessions))}
              className={cx(styles.bar, metGoal(w) && styles.met)}
            />
            <text
              x={pad.left + i * barW + barW / 2}
              y={height - 10}
              textAnchor="middle"
              className={styles.label}
            >
              {short.format(w.startMs)}
            </text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>Sessions and minutes per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Sessions</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.startMs}>
              <td>{short.format(w.startMs)}</td>
              <td>{w.sessions}</td>
              <td>{w.minutes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

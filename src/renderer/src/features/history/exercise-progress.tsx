import type { ExerciseProgress, ProgressPoint } from '@shared/training/progress'
import styles from './exercise-progress.module.css'

const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

const W = 320
const H = 132
const PAD = { left: 10, right: 78, top: 20, bottom: 24 }

/** Reps or a hold, in words: "12 reps", "40 s". */
function effort(p: ProgressPoint): string | undefined {
  if (p.reps !== undefined) return `${p.reps} reps`
  if (p.seconds !== undefined) return `${p.seconds} s`
  return undefined
}

/** One line of the chart: each value placed in its own band of the height, low to high. */
function line(values: (number | null | undefined)[], band: [number, number]) {
  const known = values.filter((v): v is number => typeof v === 'number')
  const lo = Math.min(...known)
  const hi = Math.max(...known)
  const step = (W - PAD.left - PAD.right) / Math.max(1, values.length - 1)
  const x = (i: number) =>
    PAD.left + (values.length === 1 ? (W - PAD.left - PAD.right) / 2 : i * step)
  // A flat line sits mid-band, so a steady load reads as steady rather than as the minimum.
  const y = (v: number) =>
    hi === lo ? (band[0] + band[1]) / 2 : band[1] - ((v - lo) / (hi - lo)) * (band[1] - band[0])
  const points = values.flatMap((v, i) =>
    typeof v === 'number' ? [{ x: x(i), y: y(v), v, i }] : [],
  )
  return { points, x, path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ') }
}

/** What changed, in words: "8 kg, 10 reps to 10 kg, 12 reps". */
function change(points: ProgressPoint[]): string {
  const words = (p: ProgressPoint) =>
    [p.load, effort(p), p.harder ? 'harder version' : undefined].filter(Boolean).join(', ') ||
    'not recorded'
  const first = points[0]!
  const last = points.at(-1)!
  return points.length === 1 || words(first) === words(last)
    ? words(last)
    : `${words(first)} to ${words(last)}`
}

/**
 * One exercise's sessions as a small chart: its reps or hold as a solid line, its load as a
 * dashed one (each on its own scale, labelled at its end), and a marker where the harder
 * version began; a table says the same to screen readers.
 */
export function ExerciseChart({ progress }: { progress: ExerciseProgress }) {
  const { name, points, measure, sessions } = progress
  const efforts = line(
    points.map((p) => (measure === 'reps' ? p.reps : p.seconds)),
    [PAD.top + 8, H - PAD.bottom - 4],
  )
  const loads = line(
    points.map((p) => p.loadKg),
    [PAD.top, H - PAD.bottom - 12],
  )
  const last = points.at(-1)!
  const unit = measure === 'reps' ? 'reps' : 's'
  const lastEffort = efforts.points.at(-1)
  const lastLoad = loads.points.at(-1)
  // Each line is labelled at its end; two ends close together get their labels pulled apart.
  const labelY = { effort: (lastEffort?.y ?? 0) + 5, load: (lastLoad?.y ?? 0) + 5 }
  if (lastEffort && lastLoad && Math.abs(labelY.effort - labelY.load) < 16) {
    const mid = (labelY.effort + labelY.load) / 2
    // The reps' label goes above the load's when they meet exactly.
    const effortFirst = labelY.effort <= labelY.load
    labelY.effort = effortFirst ? mid - 8 : mid + 8
    labelY.load = effortFirst ? mid + 8 : mid - 8
  }
  const harder = points.flatMap((p, i) => (p.harderStarts ? [i] : []))
  const shown =
    sessions > points.length
      ? `last ${points.length} of ${sessions} sessions`
      : `${sessions} ${sessions === 1 ? 'session' : 'sessions'}`
  return (
    <figure className={styles.card} data-testid="exercise-progress">
      <figcaption>
        <span className={styles.name}>{name}</span>{' '}
        <span className="muted">
          {change(points)} · {shown}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
          className={styles.axis}
        />
        {harder.map((i) => (
          <g key={i} className={styles.harder}>
            <line x1={efforts.x(i)} x2={efforts.x(i)} y1={PAD.top - 6} y2={H - PAD.bottom} />
            <text x={efforts.x(i) + 4} y={PAD.top - 8}>
              harder version
            </text>
          </g>
        ))}
        {loads.points.length > 0 && (
          <>
            <path d={loads.path} className={styles.load} />
            {loads.points.map((p, i) => (
              <rect
                key={i}
                x={p.x - 3.5}
                y={p.y - 3.5}
                width={7}
                height={7}
                className={styles.loadDot}
              />
            ))}
            <text x={lastLoad!.x + 8} y={labelY.load} className={styles.label}>
              {points[lastLoad!.i]!.load}
            </text>
          </>
        )}
        {efforts.points.length > 0 && (
          <>
            <path d={efforts.path} className={styles.effort} />
            {efforts.points.map((p, i) => (
              <circle key={i} cx={p.x} cy={p.y} r={4} className={styles.effortDot} />
            ))}
            <text x={lastEffort!.x + 8} y={labelY.effort} className={styles.label}>
              {lastEffort!.v} {unit}
            </text>
          </>
        )}
        <text x={PAD.left} y={H - 6} className={styles.date}>
          {short.format(points[0]!.startedAt)}
        </text>
        {points.length > 1 && (
          <text x={W - PAD.right} y={H - 6} textAnchor="end" className={styles.date}>
            {short.format(last.startedAt)}
          </text>
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{name}: each session</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">{measure === 'reps' ? 'Reps' : 'Hold'}</th>
            <th scope="col">Load</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <td>{short.format(p.startedAt)}</td>
              <td>{effort(p) ?? 'not recorded'}</td>
              <td>{p.load ?? 'none'}</td>
              <td>
                {p.harder === undefined ? 'not recorded' : p.harder ? 'harder' : 'standard'}
                {p.harderStarts ? ' (began here)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

/** Every exercise's chart, the most recently done first. */
export function ExerciseProgressList({ list }: { list: readonly ExerciseProgress[] }) {
  if (list.length === 0) return null
  return (
    <section aria-labelledby="progress-head" className={styles.section}>
      <h2 id="progress-head">Progress by exercise</h2>
      <p className="muted">
        Reps or hold (solid line) and load (dashed), each on its own scale, over the sessions that
        did them.
      </p>
      <ul className={styles.grid}>
        {list.map((p) => (
          <li key={p.exercise}>
            <ExerciseChart progress={p} />
          </li>
        ))}
      </ul>
    </section>
  )
}

import {
  DAY_KIND_LABELS,
  DAY_NAMES,
  proposeDays,
  sessionsAdvice,
  SESSIONS_RANGE,
  strengthDays,
  type DayKind,
  type WeekPlan,
} from '@shared/training/planner'
import {
  withCircuit,
  withDayKind,
  withSessions,
  withStrengthToggled,
  withSuggestedDays,
} from '@shared/training/plan-edits'
import type { SavedCircuit } from '@shared/data/saved-circuits'
import { PRESETS } from '@shared/circuits/presets'
import type { Circuit } from '@shared/circuits/circuit'
import type { HistoryEntry } from '@shared/training/history'
import type { Equipment } from '@shared/circuits/equipment'
import { DEFAULT_SETTINGS } from '@shared/data/default-settings'
import { CalendarButton } from './calendar-button'
import { ProgrammePanel } from './programme-panel'
import styles from './planner-screen.module.css'

export interface PlannerScreenProps {
  saved: readonly SavedCircuit[]
  plan: WeekPlan | undefined
  onChange: (plan: WeekPlan) => void
  /** Every recorded session: where a programme stands. */
  history: readonly HistoryEntry[]
  /** Starts a session of a circuit (a programme week's). */
  onStart: (circuit: Circuit) => void
  /** The kit the runner owns (Settings): a new programme starts from it. */
  kit?: readonly Equipment[]
  /** Settings' reminder time, "HH:MM": calendar events start then. */
  reminderTime?: string
}

/** The user's typical week of running, and the strength days that fit it by the article's rules. */
export function PlannerScreen({
  saved,
  plan,
  onChange,
  history,
  onStart,
  kit,
  reminderTime = DEFAULT_SETTINGS.reminders.time,
}: PlannerScreenProps) {
  if (!plan) return null
  const chosen = strengthDays(plan)
  const advice = sessionsAdvice(plan.sessions)
  const isChosen = (d: number) => chosen.some((c) => c.day === d)
  const circuits = [
    ...saved.map((s) => ({ id: s.id, circuit: s.circuit })),
    ...PRESETS.map((p) => ({ id: p.id, circuit: p.circuit })),
  ]

  return (
    <article className="page">
      <h1>Your week</h1>
      <p className="muted">
        Mark a typical week of running. Strength never goes on a long-run day, nor on a workout day
        while another day is free. Where it can be avoided, it is not the day before a long run or a
        workout, nor two days in a row; then easy-run days, after the run, come before rest days.
      </p>
      <div className={styles.choices}>
        <label className="num-field">
          <span>Strength sessions a week</span>
          <input
            type="number"
            min={SESSIONS_RANGE.min}
            max={SESSIONS_RANGE.max}
            value={plan.sessions}
            onChange={(e) => onChange(withSessions(plan, Number(e.currentTarget.value)))}
          />
        </label>
        <label className="num-field">
          <span>Circuit for strength days</span>
          <select
            value={plan.circuitId ?? ''}
            onChange={(e) => onChange(withCircuit(plan, e.currentTarget.value))}
          >
            <option value="">None chosen</option>
            {circuits.map((c) => (
              <option key={c.id} value={c.id}>
                {c.circuit.name}
              </option>
            ))}
          </select>
        </label>
        {plan.chosen && (
          <button type="button" onClick={() => onChange(withSuggestedDays(plan))}>
            Use the suggested days
          </button>
        )}
      </div>
      {advice && (
        <p className="status" data-testid="sessions-advice">
          {advice}
        </p>
      )}
      <p className="visually-hidden" id="long-run-rule">
        Never strength on a long-run day: change the day&apos;s running to move it.
      </p>
      <table className={styles.week}>
        <caption className="visually-hidden">Your week of running and strength</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Running</th>
            <th scope="col">Strength</th>
          </tr>
        </thead>
        <tbody>
          {DAY_NAMES.map((name, d) => (
            <tr key={name} className={isChosen(d) ? styles.strength : undefined}>
              <th scope="row">{name}</th>
              <td>
                <select
                  aria-label={`${name} running`}
                  value={plan.days[d]}
                  onChange={(e) => onChange(withDayKind(plan, d, e.currentTarget.value as DayKind))}
                >
                  {(Object.keys(DAY_KIND_LABELS) as DayKind[]).map((k) => (
                    <option key={k} value={k}>
                      {DAY_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={isChosen(d)}
                    disabled={plan.days[d] === 'long'}
                    aria-label={`Strength on ${name}`}
                    aria-describedby={plan.days[d] === 'long' ? 'long-run-rule' : undefined}
                    onChange={() => onChange(withStrengthToggled(plan, d))}
                  />
                  {/* The box says yes or no; the words name what it is, not its state. */}
                  <span aria-hidden="true">
                    {plan.days[d] === 'long' ? 'Long run: no strength' : 'Strength'}
                  </span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Why these days</h2>
      <ul data-testid="plan-reasons">
        {chosen.map((c) => (
          <li key={c.day}>{c.reason}</li>
        ))}
      </ul>
      {plan.chosen && (
        <p className="muted">
          Suggested:{' '}
          {proposeDays(plan.days, plan.sessions)
            .map((p) => DAY_NAMES[p.day])
            .join(', ') || 'none'}
        </p>
      )}
      <CalendarButton
        plan={plan}
        circuit={circuits.find((c) => c.id === plan.circuitId)?.circuit}
        history={history}
        reminderTime={reminderTime}
        hasDays={chosen.length > 0}
      />
      <ProgrammePanel
        plan={plan}
        history={history}
        onChange={onChange}
        onStart={onStart}
        kit={kit}
      />
    </article>
  )
}

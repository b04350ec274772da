import { useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { MINUTES_RANGE, type Focus } from '@shared/training/generator-options'
import type { HistoryEntry } from '@shared/training/history'
import { DAY_NAMES, strengthDays, weekdayIndex, type WeekPlan } from '@shared/training/planner'
import { PROGRAMME_WEEKS, programmeStatus, startProgramme } from '@shared/training/programme'
import { programmeCircuit } from '@shared/training/programme-circuit'
import { FocusFields } from '@renderer/components/ui/focus-fields'
import { NumberField } from '@renderer/components/ui/number-field'

export interface ProgrammePanelProps {
  plan: WeekPlan
  history: readonly HistoryEntry[]
  onChange: (plan: WeekPlan) => void
  onStart: (circuit: Circuit) => void
}

/**
 * The article's six-week programme on the Week screen: begun from minutes, a focus and
 * experience; then where the runner is, the next strength day, and this week's session.
 */
export function ProgrammePanel({ plan, history, onChange, onStart }: ProgrammePanelProps) {
  const [minutes, setMinutes] = useState(25)
  const [focus, setFocus] = useState<Focus>('full-body')
  const [beginner, setBeginner] = useState(false)
  const [nowMs] = useState(() => Date.now())
  const p = plan.programme
  if (!p) {
    const valid =
      Number.isInteger(minutes) && minutes >= MINUTES_RANGE[0] && minutes <= MINUTES_RANGE[1]
    return (
      <section aria-labelledby="programme-title">
        <h2 id="programme-title">Six-week programme</h2>
        <p className="muted">
          The article advises a programme of at least six weeks or twelve workouts, varied from week
          to week. This one puts a session on each strength day above for six weeks, with new
          exercises each week and a step up every two.
        </p>
        <NumberField
          layout="inline"
          label="Minutes a session"
          value={minutes}
          limits={MINUTES_RANGE}
          onChange={setMinutes}
        />
        <FocusFields
          focus={focus}
          onFocus={setFocus}
          beginner={beginner}
          onBeginner={setBeginner}
          focusLabel="Programme focus"
          beginnerLabel="New to strength training (for the programme)"
        />
        <button
          type="button"
          className="primary"
          disabled={!valid}
          onClick={() =>
            onChange(
              startProgramme(plan, {
                startedAt: Date.now(),
                seed: Math.floor(Math.random() * 1_000_000_000),
                minutes,
                focus,
                beginner,
                equipment: ['mat'],
              }),
            )
          }
        >
          Start the six-week programme
        </button>
      </section>
    )
  }
  const status = programmeStatus(p, history, nowMs)
  const days = strengthDays(plan).map((d) => d.day)
  const today = weekdayIndex(nowMs)
  const next = days.find((d) => d >= today) ?? days[0]
  const nextText =
    next === undefined
      ? ''
      : next === today
        ? 'next session today'
        : `next session ${DAY_NAMES[next]}`
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">Six-week programme</h2>
      <p className="status" data-testid="programme-status">
        {status.week === null
          ? `All ${PROGRAMME_WEEKS} weeks done. Well done: start another when you are ready.`
          : `Week ${status.week} of ${PROGRAMME_WEEKS} · ${status.doneThisWeek} of ${days.length} sessions this week${nextText ? ` · ${nextText}` : ''}`}
      </p>
      <div className="controls">
        {status.week !== null && (
          <button
            type="button"
            className="primary"
            onClick={() => onStart(programmeCircuit(p, status.week!))}
          >
            Start this week’s session
          </button>
        )}
        <button type="button" onClick={() => onChange({ ...plan, programme: undefined })}>
          {status.week === null ? 'Clear the programme' : 'End the programme'}
        </button>
      </div>
    </section>
  )
}

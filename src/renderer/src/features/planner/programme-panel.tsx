import { useMemo, useState } from 'react'
import type { Circuit, CircuitItem } from '@shared/circuits/circuit'
import { EQUIPMENT_IDS, getExercise, repsText, type Equipment } from '@shared/circuits/exercises'
import { BEGINNER_MINUTES } from '@shared/training/generator'
import { MINUTES_RANGE, type Focus } from '@shared/training/generator-options'
import type { HistoryEntry } from '@shared/training/history'
import {
  DAY_NAMES,
  startProgramme,
  strengthDays,
  weekdayIndex,
  type WeekPlan,
} from '@shared/training/planner'
import {
  FULL_PROGRAMME_WORKOUTS,
  PROGRAMME_SESSIONS,
  PROGRAMME_WEEKS,
  programmeStatus,
  whatComesNext,
  type Programme,
} from '@shared/training/programme'
import { programmeCircuit, programmeSteps, type StepKind } from '@shared/training/programme-circuit'
import { ConfirmDialog } from '@renderer/components/ui/confirm-dialog'
import { FocusFields } from '@renderer/components/ui/focus-fields'
import { NumberField } from '@renderer/components/ui/number-field'
import { ProgrammeWeeks } from './programme-weeks'
import { KitChecks } from '@renderer/components/ui/kit-checks'

export interface ProgrammePanelProps {
  plan: WeekPlan
  history: readonly HistoryEntry[]
  onChange: (plan: WeekPlan) => void
  onStart: (circuit: Circuit) => void
  /** The kit the runner owns, from Settings: what Start offers first. */
  kit?: readonly Equipment[]
}

/** No kit: a constant, so the preview is not made again on every render. */
const NO_KIT: readonly Equipment[] = []

/** What the Week screen's own circuit choice becomes while a programme runs. */
const USED_INSTEAD =
  'On strength days the programme’s session is used, not the circuit chosen under “Circuit for strength days”.'

/** One move of a session, short: "Squats · 2 x 15 reps", "Plank · 2 x 45 s, harder version". */
function itemLine(item: CircuitItem): string {
  const e = getExercise(item.exercise)
  const amount =
    item.seconds !== undefined ? `${item.seconds} s` : repsText(item.reps ?? 0, item.exercise)
  const side = item.perSide && e.prescription.sideUnit ? ` per ${e.prescription.sideUnit}` : ''
  const load = item.load ? ` @ ${item.load}` : ''
  const harder = item.variant === 'challenge' ? ', harder version' : ''
  return `${e.name} · ${item.sets} x ${amount}${side}${load}${harder}`
}

/** A session's moves as a short list, under a line saying which session it is. */
function SessionPreview({ title, circuit }: { title: string; circuit: Circuit }) {
  return (
    <div data-testid="programme-preview">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {circuit.items.map((item, i) => (
          <li key={i}>{itemLine(item)}</li>
        ))}
      </ul>
    </div>
  )
}

const STEP_WORDS: Record<StepKind, string> = {
  first: 'The same exercises for weeks 1 and 2, so you can learn them.',
  new: 'New exercises for this step; moves done before come back as you last did them.',
  harder: 'The same moves as the last step, each one step harder where it can be.',
}

/** One session a week: fine to start with, and the fuller programme is said. */
const ONE_A_WEEK = `One session a week makes ${PROGRAMME_WEEKS} workouts, a gentle start as the article suggests for someone new; the fuller programme is ${FULL_PROGRAMME_WORKOUTS} workouts, two a week.`

/**
 * The article's six-week programme on the Week screen: begun from minutes, the kit at hand,
 * a focus and experience; then where the runner is, the next strength day, this week's
 * session in a short list, and what comes after the last week.
 */
export function ProgrammePanel({
  plan,
  history,
  onChange,
  onStart,
  kit = NO_KIT,
}: ProgrammePanelProps) {
  const [minutes, setMinutes] = useState(25)
  const [focus, setFocus] = useState<Focus>('full-body')
  const [beginner, setBeginner] = useState(false)
  // Settings' kit until the runner ticks something here.
  const [picked, setPicked] = useState<readonly Equipment[] | null>(null)
  const [seed] = useState(() => Math.floor(Math.random() * 1_000_000_000))
  const [nowMs] = useState(() => Date.now())
  const [askLongRun, setAskLongRun] = useState(false)
  const equipment = picked ?? kit
  const p = plan.programme
  const valid =
    Number.isInteger(minutes) && minutes >= MINUTES_RANGE[0] && minutes <= MINUTES_RANGE[1]
  const draft: Programme | undefined = useMemo(
    () =>
      p || !valid
        ? undefined
        : { startedAt: 0, seed, minutes, focus, beginner, equipment: [...equipment] },
    [p, valid, seed, minutes, focus, beginner, equipment],
  )
  const draftFirst = useMemo(() => draft && programmeCircuit(draft, 1), [draft])
  const steps = useMemo(() => p && programmeSteps(p), [p])
  const status = p && programmeStatus(p, history, nowMs)

  if (!p || !status || !steps) {
    const perWeek = Math.min(PROGRAMME_SESSIONS.max, plan.sessions)
    const toggle = (k: Equipment) =>
      setPicked(
        equipment.includes(k)
          ? equipment.filter((x) => x !== k)
          : EQUIPMENT_IDS.filter((x) => x === k || equipment.includes(x)),
      )
    return (
      <section aria-labelledby="programme-title">
        <h2 id="programme-title">Six-week programme</h2>
        <p className="muted">
          The article advises a programme of at least six weeks or twelve workouts, varied. This one
          puts a session on each strength day above for six weeks: the same exercises for two weeks,
          then a step up every two weeks, with new exercises or harder versions of ones you have
          done. {USED_INSTEAD}
        </p>
        <NumberField
          layout="inline"
          label="Minutes a session"
          value={minutes}
          limits={MINUTES_RANGE}
          onChange={setMinutes}
        />
        <fieldset>
          <legend>Kit for the programme</legend>
          <p className="muted">
            From My kit in Settings. The programme uses nothing else; nothing ticked means
            bodyweight only.
          </p>
          <KitChecks has={(k) => equipment.includes(k)} onToggle={toggle} />
        </fieldset>
        <FocusFields
          focus={focus}
          onFocus={setFocus}
          beginner={beginner}
          onBeginner={setBeginner}
          focusLabel="Programme focus"
          beginnerLabel="New to strength training (for the programme)"
        />
        {beginner && (minutes > BEGINNER_MINUTES || perWeek > 1) && (
          <p className="status" data-testid="programme-beginner">
            New to strength work? The article suggests starting with one {BEGINNER_MINUTES}-minute
            session a week: set the minutes to {BEGINNER_MINUTES} and strength sessions a week to 1.
          </p>
        )}
        {perWeek === 1 && <p className="muted">{ONE_A_WEEK}</p>}
        {draftFirst && <SessionPreview title="Weeks 1 and 2 would be:" circuit={draftFirst} />}
        <button
          type="button"
          className="primary"
          disabled={!draft}
          onClick={() => {
            if (draft) onChange(startProgramme(plan, { ...draft, startedAt: Date.now() }))
          }}
        >
          Start the six-week programme
        </button>
      </section>
    )
  }
  const days = strengthDays(plan).map((d) => d.day)
  const today = weekdayIndex(nowMs)
  const next = days.find((d) => d >= today) ?? days[0]
  const nextText =
    next === undefined
      ? ''
      : next === today
        ? 'next session today'
        : `next session ${DAY_NAMES[next]}`
  const week = status.week
  const step = steps[status.step]
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">Six-week programme</h2>
      <p className="status" data-testid="programme-status">
        {week === null
          ? `All ${PROGRAMME_WEEKS} weeks done. Well done.`
          : `Week ${week} of ${PROGRAMME_WEEKS} · ${status.doneThisWeek} of ${days.length} sessions this week${nextText ? ` · ${nextText}` : ''}`}
      </p>
      <ProgrammeWeeks status={status} perWeek={days.length} />
      {status.notCountedThisWeek > 0 && (
        <p className="muted">
          A session counts once two thirds of its efforts are done;{' '}
          {status.notCountedThisWeek === 1
            ? 'one this week was left before that.'
            : `${status.notCountedThisWeek} this week were left before that.`}
        </p>
      )}
      {week !== null && step && (
        <>
          <SessionPreview title="This week’s session:" circuit={step.circuit} />
          <p className="muted">
            {status.held
              ? 'Last week felt hard, so this week stays at the same step.'
              : STEP_WORDS[step.kind]}{' '}
            {USED_INSTEAD}
          </p>
        </>
      )}
      {days.length === 1 && week !== null && <p className="muted">{ONE_A_WEEK}</p>}
      {(week === null || week === PROGRAMME_WEEKS) && (
        <p data-testid="programme-next">{whatComesNext(p, days.length)}</p>
      )}
      <div className="controls">
        {week !== null && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              // The article: never strength on a long-run day. Asked, not refused: plans change.
              if (plan.days[today] === 'long') setAskLongRun(true)
              else onStart(programmeCircuit(p, week, status.step))
            }}
          >
            Start this week’s session
          </button>
        )}
        <button type="button" onClick={() => onChange({ ...plan, programme: undefined })}>
          {week === null ? 'Clear the programme' : 'End the programme'}
        </button>
      </div>
      <ConfirmDialog
        open={askLongRun}
        title="Today is your long run"
        body="Strength work on a long-run day takes what the run needs, and the article says never. Move the session to a strength day, or start it anyway."
        keepLabel="Not today"
        confirmLabel="Start anyway"
        onKeep={() => setAskLongRun(false)}
        onConfirm={() => {
          setAskLongRun(false)
          if (week !== null) onStart(programmeCircuit(p, week, status.step))
        }}
      />
    </section>
  )
}

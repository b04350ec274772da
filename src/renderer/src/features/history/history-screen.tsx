import { useState } from 'react'
import type { HistoryEntry } from '@shared/training/history'
import {
  CSV_MIME,
  goalFor,
  goalSessions,
  historyCsv,
  tooMuchWord,
  weeklyStats,
  weekStreak,
  WEEKLY_GOALS,
  type WeeklyGoal,
  type WeekStat,
} from '@shared/training/history-stats'
import { weekStart } from '@shared/training/calendar'
import type { WeekPlan } from '@shared/training/planner'
import { usePlatform } from '@renderer/platform/platform-context'
import { exerciseProgress, type ExerciseProgress } from '@shared/training/progress'
import { SaveForGarminButton } from '@renderer/components/ui/save-for-garmin-button'
import { ExerciseProgressList } from './exercise-progress'
import { SessionItem } from './session-item'
import { WeekChart } from './week-chart'
import styles from './history-screen.module.css'

/**
 * Sessions listed when the screen opens, and added by each Show older: ten years of
 * sessions (about 1,600) open as fast as a week's.
 */
export const SESSIONS_PER_PAGE = 25

export interface HistoryScreenProps {
  /** Every recorded session, as the app loaded it; undefined while loading. */
  sessions: readonly HistoryEntry[] | undefined
  /** The week plan: a beginner's programme under way sets the beginner's weekly goal. */
  plan?: WeekPlan | undefined
}

/** What the screen works out from a history. */
interface HistoryFigures {
  /** Newest first. */
  sessions: HistoryEntry[]
  weeks: WeekStat[]
  streak: number
  progress: ExerciseProgress[]
}

const NO_PROGRESS: ExerciseProgress[] = []

/**
 * Each history's figures, with the week and goal they were worked out for: History opened
 * again on the same history (the app's list is replaced, never changed, when a session is
 * recorded) works nothing out again.
 */
const figuresOf = new WeakMap<readonly HistoryEntry[], { key: string; figures: HistoryFigures }>()

function historyFigures(
  recorded: readonly HistoryEntry[],
  nowMs: number,
  goal: WeeklyGoal,
): HistoryFigures {
  // The weeks and the streak are counted from the start of this week.
  const key = `${weekStart(nowMs)} ${goal}`
  const kept = figuresOf.get(recorded)
  if (kept?.key === key) return kept.figures
  const sessions = [...recorded].sort((a, b) => b.startedAt - a.startedAt)
  const figures = {
    sessions,
    weeks: weeklyStats(sessions, nowMs, 8, goal),
    streak: weekStreak(sessions, nowMs, goal),
    progress: exerciseProgress(recorded),
  }
  figuresOf.set(recorded, { key, figures })
  return figures
}

/** Every recorded session, newest first. */
export function HistoryScreen({ sessions: recorded, plan }: HistoryScreenProps) {
  const platform = usePlatform()
  // Weeks are counted from the moment the screen opened.
  const [nowMs] = useState(() => Date.now())
  const [shown, setShown] = useState(SESSIONS_PER_PAGE)

  // One goal for every week shown, in the text and the chart alike.
  const goal = goalFor(plan, recorded ?? [], nowMs)
  const figures = recorded && historyFigures(recorded, nowMs, goal)
  const sessions = figures?.sessions
  const weeks = figures?.weeks ?? []
  const thisWeek = weeks.at(-1)
  const streak = figures?.streak ?? 0
  const tooMuch = thisWeek && tooMuchWord(thisWeek)
  const listed = sessions?.slice(0, shown) ?? []
  const progress = figures?.progress ?? NO_PROGRESS

  return (
    <article className="page">
      <div className={styles.head}>
        <h1>History</h1>
        {sessions && sessions.length > 0 && (
          <div className={styles.actions}>
            {listed.length > 1 && (
              <SaveForGarminButton entries={() => listed}>
                {`Save the ${listed.length} listed for Garmin or Strava`}
              </SaveForGarminButton>
            )}
            <button
              type="button"
              onClick={() =>
                void platform.saveFile('runstrong-history.csv', historyCsv(sessions), CSV_MIME)
              }
            >
              Export CSV
            </button>
          </div>
        )}
      </div>
      {thisWeek && (
        <dl className="facts">
          <div>
            <dt>This week</dt>
            <dd data-testid="week-count">
              {thisWeek.sessions} of {goalSessions(goal)}
            </dd>
          </div>
          <div>
            <dt>Minutes this week</dt>
            <dd>{thisWeek.minutes}</dd>
          </div>
          <div>
            <dt>Weeks in a row on goal</dt>
            <dd data-testid="streak">{streak}</dd>
          </div>
        </dl>
      )}
      {thisWeek && (
        <p className="muted" data-testid="week-goal">
          {goal === 'beginner'
            ? `Your goal while new to strength work: ${WEEKLY_GOALS.beginner.label}, as the article advises.`
            : `Your goal: ${WEEKLY_GOALS.standard.label}.`}
        </p>
      )}
      {tooMuch && (
        <p className="status" data-testid="too-much">
          {tooMuch}
        </p>
      )}
      {weeks.length > 0 && <WeekChart weeks={weeks} goal={goal} />}
      <ExerciseProgressList list={progress} />
      {sessions === undefined ? null : sessions.length === 0 ? (
        <p className="muted">No sessions yet. Finish one and it shows here.</p>
      ) : (
        <ol className={styles.sessions}>
          {listed.map((s) => (
            <SessionItem key={s.id} entry={s} />
          ))}
        </ol>
      )}
      {sessions && sessions.length > shown && (
        <p className={styles.more}>
          <span className="muted">
            The newest {shown} of {sessions.length.toLocaleString('en')} sessions.
          </span>{' '}
          <button type="button" onClick={() => setShown(shown + SESSIONS_PER_PAGE)}>
            Show {Math.min(SESSIONS_PER_PAGE, sessions.length - shown)} older
          </button>
        </p>
      )}
    </article>
  )
}

import { describe, expect, it } from 'vitest'
import type { ExerciseRecord, HistoryEntry } from '@shared/training/history'
import { KG_PER_LB } from '@shared/training/loads'
import { exerciseProgress, PROGRESS_POINTS } from '@shared/training/progress'
import { randomHistory } from './session-runs'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 5, 7)

/** A session on day `day` that did these exercise rows. */
const session = (day: number, ...exercises: ExerciseRecord[]): HistoryEntry => ({
  id: `d${day}`,
  circuitName: 'Legs',
  startedAt: T0 + day * DAY,
  plannedMs: 1_200_000,
  actualMs: 1_200_000,
  effortsDone: 4,
  effortsSkipped: 0,
  effortsTotal: 4,
  endedEarly: false,
  exercises,
})
const squats = (reps: number | undefined, load?: string, setsDone = 2): ExerciseRecord => ({
  exercise: 'squats',
  setsDone,
  setsPlanned: 2,
  ...(reps !== undefined ? { reps } : {}),
  ...(load ? { load } : {}),
})
const plank = (seconds: number, harder = false): ExerciseRecord => ({
  exercise: 'plank',
  setsDone: 2,
  setsPlanned: 2,
  seconds,
  ...(harder ? { variant: 'challenge' as const } : {}),
})

describe('progress by exercise', () => {
  it('follows the reps and the load, the reps back to 10 when the load steps', () => {
    const history = [
      // Recorded before reps were kept: its load still counts.
      session(0, squats(undefined, '8 kg')),
      session(2, squats(10, '8 kg')),
      session(4, squats(11, '8 kg')),
      session(6, squats(12, '8 kg')),
      session(9, squats(10, '9 kg')),
      session(11, squats(12, '2 x 6 kg')),
      session(13, squats(12, '20 lb')),
      // Not a single set done: not a session of squats.
      session(15, squats(14, '30 kg', 0)),
    ]
    const [only, ...rest] = exerciseProgress(history)
    expect(rest).toEqual([])
    expect(only).toMatchObject({ exercise: 'squats', name: 'Squats', sessions: 7, measure: 'reps' })
    expect(only!.points.map((p) => [p.reps, p.loadKg, p.load])).toEqual([
      [undefined, 8, '8 kg'],
      [10, 8, '8 kg'],
      [11, 8, '8 kg'],
      [12, 8, '8 kg'],
      [10, 9, '9 kg'],
      [12, 6, '2 x 6 kg'],
      [12, 20 * KG_PER_LB, '20 lb'],
    ])
    expect(only!.points.map((p) => p.harder)).toEqual([undefined, ...Array<boolean>(6).fill(false)])
  })

  it('marks where the harder version began, once, even when the chart starts later', () => {
    const holds = [30, 35, 40, 45].map((s, i) => session(i * 2, plank(s)))
    const harder = [30, 35, 40].map((s, i) => session(10 + i * 2, plank(s, true)))
    const back = session(20, plank(45))
    const again = session(22, plank(30, true))
    const [p] = exerciseProgress([...holds, ...harder, back, again])
    expect(p!.measure).toBe('seconds')
    expect(p!.points.map((x) => [x.seconds, x.harder, x.harderStarts])).toEqual([
      [30, false, false],
      [35, false, false],
      [40, false, false],
      [45, false, false],
      [30, true, true],
      [35, true, false],
      [40, true, false],
      [45, false, false],
      [30, true, true],
    ])
    // A chart of the last two: the harder version began before it, so no marker there.
    const [late] = exerciseProgress([...holds, ...harder], 2)
    expect(late!.points.map((x) => [x.harder, x.harderStarts])).toEqual([
      [true, false],
      [true, false],
    ])
    expect(late!.sessions).toBe(7)
  })

  it('lists the most recently done first, and leaves out what it has nothing to draw for', () => {
    const old = { exercise: 'glute-bridge', setsDone: 2, setsPlanned: 2 }
    const list = exerciseProgress([
      session(0, squats(10), old),
      session(5, plank(30)),
      session(3, squats(12)),
    ])
    expect(list.map((p) => p.exercise)).toEqual(['plank', 'squats'])
  })

  it('over many real sessions: newest points at most, oldest first, one per session', () => {
    const history = randomHistory(5, 200, T0)
    const list = exerciseProgress(history)
    expect(list.length).toBeGreaterThan(10)
    for (const p of list) {
      const did = history.filter((h) =>
        h.exercises.some((x) => x.exercise === p.exercise && x.setsDone > 0),
      )
      expect(p.sessions).toBe(did.length)
      expect(p.points).toHaveLength(Math.min(PROGRESS_POINTS, did.length))
      expect(p.points.map((x) => x.startedAt)).toEqual(
        did.map((h) => h.startedAt).slice(-PROGRESS_POINTS),
      )
    }
  })
})

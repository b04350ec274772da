/**
 * Many real history entries: random circuits run through the session engine, with skips,
 * added rests, pauses and sessions left early, then recorded as the runner records them.
 * Seeded, so a failure names a session that can be run again.
 */
import type { CircuitFile } from '@shared/circuits/circuit-schema'
import { EXERCISES } from '@shared/circuits/exercises'
import { addRest, advance, finish, isDone, skip, start, togglePause } from '@shared/engine/session'
import { compileTimeline } from '@shared/engine/timeline'
import type { HistoryEntry } from '@shared/training/history'
import { random } from '@shared/training/generator-order'
import { recordSession } from '@shared/training/history-record'
import { circuit } from './helpers'

const LOADS = [
  '8 kg',
  '2 x 6 kg',
  '16 kg kettlebell',
  '20 lb',
  '7,5 kg',
  'red band',
  '6 kg each hand',
]

/** A random circuit file: either structure, any exercise, reps or seconds, loads of every kind. */
export function randomCircuit(rand: () => number, name: string): CircuitFile {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const rounds = rand() < 0.4
  const items = Array.from({ length: int(1, 6) }, () => {
    const e = pick(EXERCISES)
    const timed = e.kind === 'hold' || rand() < 0.25
    return {
      exercise: e.id,
      ...(rounds ? {} : { sets: int(1, 4) }),
      ...(timed ? { seconds: int(5, 60) } : { reps: int(1, 20) }),
      ...(e.prescription.perSide && rand() < 0.8 ? { perSide: true } : {}),
      ...(rand() < 0.4 ? { load: pick(LOADS) } : {}),
      ...(rand() < 0.2 ? { variant: 'challenge' as const } : {}),
      ...(rand() < 0.2 ? { restSec: int(0, 90) } : {}),
    }
  })
  return {
    format: 'runner-strength-circuit',
    version: 1,
    name,
    structure: rounds ? 'rounds' : 'sets',
    ...(rounds ? { rounds: int(1, 4), restBetweenRoundsSec: int(0, 120) } : {}),
    warmupSec: pick([0, 60, 300]),
    cooldownSec: pick([0, 30, 180]),
    switchSidesSec: int(0, 10),
    restBetweenSetsSec: int(0, 60),
    restBetweenExercisesSec: int(0, 90),
    items,
  }
}

/**
 * One session of a random circuit, run with the runner's own actions: mostly waiting for
 * each phase to end, sometimes a skip, an added rest, a pause, or leaving early.
 */
export function randomEntry(rand: () => number, n: number, startedAt: number): HistoryEntry {
  const c = circuit(randomCircuit(rand, `Circuit ${n}`))
  const timeline = compileTimeline(c)
  let s = start(timeline, 0)
  let now = 0
  const leaveAt = rand() < 0.25 ? rand() * timeline.totalMs : Infinity
  while (!isDone(s)) {
    const r = rand()
    if (now >= leaveAt) s = finish(s, now)
    else if (r < 0.08) s = skip(s, (now += Math.floor(rand() * 5000)))
    else if (r < 0.12) s = addRest(s, now)
    else if (r < 0.15) {
      s = togglePause(s, now)
      s = togglePause(s, (now += 30_000))
    } else s = advance(s, (now = Math.max(now, s.deadlineMs)))
  }
  return recordSession(`s${n}`, c, s, now, startedAt)
}

/** `count` sessions, every two days from `fromMs`, from the seed. */
export function randomHistory(seed: number, count: number, fromMs: number): HistoryEntry[] {
  // The generator's seeded random numbers (mulberry32): the same seed, the same sessions.
  const rand = random(seed)
  return Array.from({ length: count }, (_, n) => randomEntry(rand, n, fromMs + n * 2 * 86_400_000))
}

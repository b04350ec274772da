import { Decoder, Profile, Stream } from '@garmin/fitsdk'
import { describe, expect, it } from 'vitest'
import { EXERCISE_IDS } from '@shared/circuits/exercises'
import type { HistoryEntry } from '@shared/training/history'
import { activityOf } from '@shared/training/activity'
import { FIT_EXERCISE_IDS, fitExercise } from '@shared/training/fit-exercises'
import { fitFile, fitFileName } from '@shared/training/fit-file'
import { randomHistory } from './session-runs'

const T0 = Date.UTC(2026, 2, 2, 7, 0, 0)

/** What the SDK reads back from a file, with its integrity checked first. */
function decode(bytes: Uint8Array) {
  const stream = Stream.fromByteArray([...bytes])
  const decoder = new Decoder(stream)
  const intact = decoder.checkIntegrity()
  const { messages: m, errors } = new Decoder(Stream.fromByteArray([...bytes])).read()
  // Every kind of message this file holds, as a list (the SDK leaves out kinds it has none of).
  const messages = {
    fileIdMesgs: m.fileIdMesgs ?? [],
    sessionMesgs: m.sessionMesgs ?? [],
    lapMesgs: m.lapMesgs ?? [],
    activityMesgs: m.activityMesgs ?? [],
    workoutMesgs: m.workoutMesgs ?? [],
    workoutStepMesgs: m.workoutStepMesgs ?? [],
    exerciseTitleMesgs: m.exerciseTitleMesgs ?? [],
    setMesgs: m.setMesgs ?? [],
  }
  return { intact, messages, errors }
}

/** Each exercise's FIT category and exact move, by the profile's names, as Garmin shows them. */
const EXPECTED: Record<string, [string, string | undefined]> = {
  squats: ['squat', 'squat'],
  'press-ups': ['pushUp', 'pushUp'],
  'step-ups': ['squat', 'stepUp'],
  'dumbbell-row': ['row', 'dumbbellRow'],
  burpees: ['totalBody', 'burpee'],
  'front-lunges': ['lunge', 'lunge'],
  'reverse-lunges': ['lunge', undefined],
  'side-lunges': ['lunge', 'sideLunge'],
  'walking-lunges': ['lunge', 'walkingLunge'],
  'jump-squats': ['plyo', 'jumpSquat'],
  'glute-bridge': ['hipRaise', 'hipRaise'],
  'box-jumps': ['plyo', 'boxJump'],
  'leg-raises': ['legRaise', 'lyingStraightLegRaise'],
  'speed-skaters': ['plyo', undefined],
  superman: ['hyperextension', 'supermanFromFloor'],
  plank: ['plank', 'plank'],
  'side-plank': ['plank', 'sidePlank'],
  'long-jumps': ['plyo', undefined],
  'single-leg-deadlift': ['deadlift', undefined],
}

/** The profile's name of a move within its category ("squat" within squat_exercise_name). */
function moveName(category: string, subtype: number | undefined): string | undefined {
  if (subtype === undefined) return undefined
  const names = Profile.types[`${category}ExerciseName`]
  return names?.[subtype]
}

const close = (a: number, b: number, within: number) => Math.abs(a - b) <= within

const categories = Profile.types.exerciseCategory ?? {}

describe('exercises as FIT names them', () => {
  it('files every exercise of the catalogue under the category and move the profile names', () => {
    expect(FIT_EXERCISE_IDS.sort()).toEqual([...EXERCISE_IDS].sort())
    for (const id of EXERCISE_IDS) {
      const fit = fitExercise(id)
      const category = categories[fit.category]!
      expect([category, moveName(category, fit.subtype)], id).toEqual(EXPECTED[id])
    }
    expect(categories[fitExercise('not-ours').category]).toBe('unknown')
  })
})

describe('a session as a FIT file', () => {
  const history = [
    ...randomHistory(26, 150, T0),
    ...randomHistory(2026, 150, T0 + 400 * 86_400_000),
  ]
  // Entries from before set lengths, versions and reps were kept.
  const older = randomHistory(7, 40, T0 - 400 * 86_400_000).map((e): HistoryEntry => {
    const old = structuredClone(e)
    delete old.structure
    delete old.warmupMs
    delete old.cooldownMs
    for (const x of old.exercises) {
      delete x.setMs
      delete x.reps
      delete x.seconds
      delete x.variant
    }
    return old
  })

  it('decodes with Garmin’s SDK, its CRC intact, every field as the session was', () => {
    const counts = { files: 0, sets: 0, rests: 0, weighted: 0, reps: 0, untimed: 0 }
    const seconds = (d: unknown) => (d as Date).getTime() / 1000
    const whole = (ms: number) => Math.round(ms / 1000)
    for (const entry of [...history, ...older]) {
      const { intact, messages: m, errors } = decode(fitFile(entry, 60))
      expect(errors, entry.id).toEqual([])
      expect(intact, entry.id).toBe(true)
      counts.files++

      const endSec = whole(entry.startedAt + entry.actualMs)
      expect(m.fileIdMesgs).toHaveLength(1)
      expect(m.fileIdMesgs[0]).toMatchObject({ type: 'activity', manufacturer: 'development' })
      expect(m.sessionMesgs).toHaveLength(1)
      const session = m.sessionMesgs[0]!
      expect(session).toMatchObject({ sport: 'training', subSport: 'strengthTraining', numLaps: 1 })
      expect(seconds(session.startTime)).toBe(whole(entry.startedAt))
      expect(seconds(session.timestamp)).toBe(endSec)
      expect(close(session.totalTimerTime!, entry.actualMs / 1000, 0.001)).toBe(true)
      expect(close(session.totalElapsedTime!, entry.actualMs / 1000, 0.001)).toBe(true)
      const { activeMs, blocks } = activityOf(entry)
      if (activeMs === undefined) expect(session.activeTime).toBeUndefined()
      else expect(close(session.activeTime!, activeMs / 1000, 0.001)).toBe(true)
      expect(m.lapMesgs).toHaveLength(1)
      expect(m.lapMesgs[0]).toMatchObject({ totalTimerTime: session.totalTimerTime })
      // The local time is an hour ahead of UTC here, as `fitFile(entry, 60)` said.
      expect(m.activityMesgs[0]).toMatchObject({
        numSessions: 1,
        localTimestamp: endSec - 631_065_600 + 3600,
      })
      expect(m.workoutMesgs[0]).toMatchObject({ wktName: entry.circuitName })

      // One set message per block, in order, each as the layout has it.
      const sets = m.setMesgs
      expect(sets.map((s) => s.setType)).toEqual(
        blocks.map((b) => (b.part === 'rest' ? 'rest' : 'active')),
      )
      for (const [i, b] of blocks.entries()) {
        const s = sets[i]!
        expect(s.messageIndex).toBe(i)
        expect(seconds(s.startTime)).toBe(whole(b.startMs))
        expect(seconds(s.timestamp)).toBe(whole(b.startMs + (b.durationMs ?? 0)))
        if (b.durationMs === undefined) {
          counts.untimed++
          expect(s.duration).toBeUndefined()
        } else
          expect(
            close(s.duration!, b.durationMs / 1000, 0.001),
            `${s.duration} ${b.durationMs}`,
          ).toBe(true)
        if (b.part === 'rest') {
          counts.rests++
          expect([s.category, s.repetitions, s.weight, s.wktStepIndex]).toEqual([
            undefined,
            undefined,
            undefined,
            undefined,
          ])
          continue
        }
        const step = m.workoutStepMesgs[Number(s.wktStepIndex)]!
        const title = m.exerciseTitleMesgs[Number(s.wktStepIndex)]!
        expect([step.wktStepName, title.wktStepName]).toEqual([b.name, b.name])
        if (b.part !== 'set') {
          expect([s.category, step.intensity]).toEqual([['warmUp'], b.part])
          continue
        }
        counts.sets++
        const [category, move] = EXPECTED[b.exercise!]!
        expect([s.category, title.exerciseCategory, step.exerciseCategory]).toEqual([
          [category],
          category,
          category,
        ])
        expect(moveName(category, s.categorySubtype?.[0])).toBe(move)
        expect(s.repetitions).toBe(b.reps)
        if (b.reps !== undefined) counts.reps++
        if (b.weight) {
          counts.weighted++
          // FIT keeps a weight in sixteenths of a kilo.
          expect(close(s.weight!, b.weight.kg, 1 / 32)).toBe(true)
          expect(s.weightDisplayUnit).toBe(b.weight.unit === 'kg' ? 'kilogram' : 'pound')
        } else expect([s.weight, s.weightDisplayUnit]).toEqual([undefined, undefined])
      }
    }
    console.log(
      `FIT: ${counts.files} files decoded by Garmin's SDK, every CRC intact: ${counts.sets} sets (${counts.reps} with reps, ${counts.weighted} with a weight, ${counts.untimed} from older entries with no length), ${counts.rests} rests`,
    )
    expect(counts.files).toBe(340)
    expect(counts.weighted).toBeGreaterThan(50)
    expect(counts.untimed).toBeGreaterThan(20)
  }, 60_000)

  it('is refused by the integrity check once a byte is changed', () => {
    const bytes = fitFile(history[0]!)
    expect(decode(bytes).intact).toBe(true)
    for (const at of [20, Math.floor(bytes.length / 2), bytes.length - 3]) {
      const hurt = bytes.slice()
      hurt[at] = hurt[at]! ^ 0xff
      expect(decode(hurt).intact, `byte ${at}`).toBe(false)
    }
  })

  it('names the file by the local start time and the circuit', () => {
    const entry = { ...history[0]!, circuitName: 'Legs & Core: week 2!' }
    const d = new Date(entry.startedAt)
    const two = (n: number) => String(n).padStart(2, '0')
    expect(fitFileName(entry)).toBe(
      `runstrong-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}-legs-core-week-2.fit`,
    )
  })
})

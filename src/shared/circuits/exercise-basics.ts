/**
 * What every screen needs of the article's nineteen exercises: the ids, names, kinds,
 * prescriptions, equipment and paces that checking, timing and listing a circuit read. The
 * words shown only where an exercise is looked at (its benefits, muscles, challenge and form
 * cues) are in `exercises.ts`, the whole catalogue, so the Circuits screen loads none of them.
 *
 * Facts (name, sets, reps or seconds, sides, equipment) follow the article exactly.
 */

import type { Equipment } from './equipment'

export type ExerciseKind = 'work' | 'hold'
export type SideUnit = 'leg' | 'arm' | 'side'

/** The article's prescription for one exercise. */
export interface Prescription {
  sets: number
  /** Reps per set (per side when `perSide`). */
  reps?: number
  /** Seconds per set for timed work: the lower bound when the article gives a range. */
  seconds?: number
  /** Upper bound of a timed range, e.g. 45 for "30 to 45 s". */
  secondsMax?: number
  /** Reps the article expects within a timed set, e.g. burpees' 8 to 10. */
  repsWithin?: readonly [number, number]
  perSide: boolean
  sideUnit?: SideUnit
  /**
   * Legs alternate in one continuous effort: `reps` counts both legs (16 steps for 8 per
   * leg), there is no switch phase, and this word names one rep ("steps", "skates").
   */
  alternating?: 'steps' | 'skates'
}

/**
 * Equipment needs: every group must be met by one of its members
 * (`[['dumbbell', 'kettlebell']]` means a dumbbell or a kettlebell).
 */
export type EquipmentNeeds = readonly (readonly Equipment[])[]

/** One exercise as checking, timing and listing circuits know it. */
export interface ExerciseBasics {
  id: string
  name: string
  kind: ExerciseKind
  prescription: Prescription
  equipment: EquipmentNeeds
  /** The harder version's extra load: any one of these. Empty: bodyweight only. */
  challenge: { equipment: readonly Equipment[] }
  /**
   * Seconds per rep where the article asks for held or slow reps (a hold at the top, a
   * slow lowering, stepping down): presets, the generator and the builder use it.
   */
  paceSecPerRep?: number
}

const KB_OR_DB: readonly Equipment[] = ['kettlebell', 'dumbbell']
const ANY_LOAD: readonly Equipment[] = ['kettlebell', 'dumbbell', 'medicine-ball', 'weight-vest']
const WEIGHTS_OR_VEST: readonly Equipment[] = ['kettlebell', 'dumbbell', 'weight-vest']

/** A bodyweight exercise done as reps, unless the rest says otherwise. */
const ex = (
  id: string,
  name: string,
  prescription: Prescription,
  challenge: readonly Equipment[],
  more: Partial<ExerciseBasics> = {},
): ExerciseBasics => ({
  id,
  name,
  kind: 'work',
  prescription,
  equipment: [],
  challenge: { equipment: challenge },
  ...more,
})

/** The catalogue's basics, in the article's order. */
export const EXERCISE_BASICS: readonly ExerciseBasics[] = [
  ex('squats', 'Squats', { sets: 2, reps: 15, perSide: false }, KB_OR_DB),
  ex('press-ups', 'Press-Ups', { sets: 2, reps: 10, perSide: false }, ['weight-vest']),
  ex('step-ups', 'Step-Ups', { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' }, ANY_LOAD, {
    equipment: [['box-or-bench']],
  }),
  ex(
    'dumbbell-row',
    'Dumbbell Row',
    { sets: 2, reps: 12, perSide: true, sideUnit: 'arm' },
    ['dumbbell'],
    { equipment: [['dumbbell'], ['box-or-bench']] },
  ),
  ex('burpees', 'Burpees', { sets: 2, seconds: 30, repsWithin: [8, 10], perSide: false }, []),
  ex(
    'front-lunges',
    'Front Lunges',
    { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    KB_OR_DB,
  ),
  ex(
    'reverse-lunges',
    'Reverse Lunges',
    { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    KB_OR_DB,
  ),
  ex(
    'side-lunges',
    'Side Lunges',
    { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    WEIGHTS_OR_VEST,
  ),
  ex(
    'walking-lunges',
    'Walking Lunges',
    { sets: 2, reps: 16, perSide: false, sideUnit: 'leg', alternating: 'steps' },
    ['dumbbell', 'medicine-ball'],
  ),
  ex('jump-squats', 'Jump Squats', { sets: 2, reps: 12, perSide: false }, ANY_LOAD),
  // Up, a 2-second squeeze at the top, then a slow way down.
  ex(
    'glute-bridge',
    'Glute Bridge',
    { sets: 2, reps: 15, perSide: false },
    ['kettlebell', 'medicine-ball'],
    { paceSecPerRep: 5 },
  ),
  // Jump up, stand tall, then step back down: never jump down.
  ex('box-jumps', 'Box Jumps', { sets: 2, reps: 10, perSide: false }, ANY_LOAD, {
    equipment: [['box-or-bench']],
    paceSecPerRep: 4,
  }),
  ex('leg-raises', 'Leg Raises', { sets: 2, reps: 10, perSide: false }, []),
  ex(
    'speed-skaters',
    'Speed Skaters',
    { sets: 2, reps: 20, perSide: false, sideUnit: 'leg', alternating: 'skates' },
    ['medicine-ball'],
  ),
  ex('superman', 'Superman / Back Extension', { sets: 2, reps: 10, perSide: false }, [
    'medicine-ball',
  ]),
  ex('plank', 'Plank', { sets: 2, seconds: 30, secondsMax: 45, perSide: false }, [], {
    kind: 'hold',
  }),
  ex(
    'side-plank',
    'Side Plank',
    { sets: 2, seconds: 30, secondsMax: 45, perSide: true, sideUnit: 'side' },
    [],
    { kind: 'hold' },
  ),
  ex('long-jumps', 'Long Jumps', { sets: 2, reps: 10, perSide: false }, WEIGHTS_OR_VEST),
  ex(
    'single-leg-deadlift',
    'Single-Leg Deadlift',
    { sets: 2, reps: 10, perSide: true, sideUnit: 'side' },
    WEIGHTS_OR_VEST,
    { equipment: [['dumbbell', 'kettlebell']] },
  ),
]

const BY_ID = new Map(EXERCISE_BASICS.map((e) => [e.id, e]))

/** The ids of the catalogue, in the article's order. */
export const EXERCISE_IDS: readonly string[] = EXERCISE_BASICS.map((e) => e.id)

/** The basics of the exercise with this id, or undefined for an id the catalogue lacks. */
export function findBasics(id: string): ExerciseBasics | undefined {
  return BY_ID.get(id)
}

/** The basics of the exercise with this id; throws for an unknown id (ids are validated on the way in). */
export function getBasics(id: string): ExerciseBasics {
  const e = BY_ID.get(id)
  if (!e) throw new Error(`Unknown exercise: ${id}`)
  return e
}

/**
 * How many reps an effort holds, as shown and spoken: "12 reps", or for an alternating move
 * done as one effort, "16 steps" (both legs counted).
 */
export function repsText(reps: number, exerciseId?: string, side?: string): string {
  const unit = exerciseId && !side ? BY_ID.get(exerciseId)?.prescription.alternating : undefined
  return `${reps} ${unit ?? 'reps'}`
}

/**
 * The moves that leave the ground and land: the plyometrics, and burpees, whose jump lands
 * as hard as a jump squat's. The coaching rules for landings (first after the warm-up, a
 * full minute's rest, soft landings to warm up) apply to all of them.
 */
export const JUMPING_MOVES: ReadonlySet<string> = new Set([
  'jump-squats',
  'long-jumps',
  'speed-skaters',
  'box-jumps',
  'burpees',
])

/** Whether an exercise is a jumping move. */
export const isJumping = (id: string): boolean => JUMPING_MOVES.has(id)

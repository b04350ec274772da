/**
 * Each exercise of the catalogue as FIT names it, so Garmin Connect lists a set as "Squat"
 * or "Side Plank" rather than an unknown move. Numbers are the FIT profile's own (21.217):
 * `exercise_category`, then, where the profile has this very move, its
 * `<category>_exercise_name`. A test reads each back through Garmin's SDK by name.
 */

/** A move as FIT files it: its category, and the exact exercise where the profile has it. */
export interface FitExercise {
  /** `exercise_category`. */
  category: number
  /** `<category>_exercise_name`; absent where the profile has no such move. */
  subtype?: number
}

/** FIT's `exercise_category` values used here, by the profile's names. */
export const FIT_CATEGORY = {
  deadlift: 8,
  hipRaise: 10,
  hyperextension: 13,
  legRaise: 16,
  lunge: 17,
  plank: 19,
  plyo: 20,
  pushUp: 22,
  row: 23,
  squat: 28,
  totalBody: 29,
  warmUp: 31,
  /** No category fits: the set carries the exercise's name through its workout step. */
  unknown: 65534,
} as const

const C = FIT_CATEGORY

/**
 * Our exercises by id. Where the article's move and the profile's differ in place, the
 * profile's wins, as that is what Garmin Connect shows: burpees are `total_body/burpee`
 * (the profile has no burpee under `plyo`), leg raises `leg_raise`, the superman
 * `hyperextension`. A move the profile does not name keeps its category alone.
 */
const BY_ID: Readonly<Record<string, FitExercise>> = {
  squats: { category: C.squat, subtype: 61 }, // squat
  'press-ups': { category: C.pushUp, subtype: 77 }, // push_up
  'step-ups': { category: C.squat, subtype: 66 }, // step_up
  'dumbbell-row': { category: C.row, subtype: 2 }, // dumbbell_row
  burpees: { category: C.totalBody, subtype: 0 }, // burpee
  'front-lunges': { category: C.lunge, subtype: 32 }, // lunge
  'reverse-lunges': { category: C.lunge },
  'side-lunges': { category: C.lunge, subtype: 61 }, // side_lunge
  'walking-lunges': { category: C.lunge, subtype: 78 }, // walking_lunge
  'jump-squats': { category: C.plyo, subtype: 37 }, // jump_squat
  'glute-bridge': { category: C.hipRaise, subtype: 11 }, // hip_raise
  'box-jumps': { category: C.plyo, subtype: 33 }, // box_jump
  'leg-raises': { category: C.legRaise, subtype: 8 }, // lying_straight_leg_raise
  'speed-skaters': { category: C.plyo },
  superman: { category: C.hyperextension, subtype: 29 }, // superman_from_floor
  plank: { category: C.plank, subtype: 43 }, // plank
  'side-plank': { category: C.plank, subtype: 66 }, // side_plank
  'long-jumps': { category: C.plyo },
  'single-leg-deadlift': { category: C.deadlift },
}

/** The ids `fitExercise` knows, for tests that check every one against the profile. */
export const FIT_EXERCISE_IDS = Object.keys(BY_ID)

/** How FIT files an exercise; an id with no match is `unknown`, named by its step. */
export function fitExercise(id: string): FitExercise {
  return BY_ID[id] ?? { category: C.unknown }
}

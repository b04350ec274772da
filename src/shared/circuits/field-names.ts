/**
 * What each field of a circuit is called where people see it: the builder's labels and the
 * messages that refuse a value both take these names, so a message names the field the
 * user can find ("Exercise 1, Sets"), not its place in the file (`items[0].sets`).
 */

/** The circuit's own fields, by their key in the file. */
export const CIRCUIT_FIELD_NAMES = {
  format: 'Format',
  version: 'Version',
  name: 'Name',
  structure: 'Structure',
  rounds: 'Rounds',
  warmupSec: 'Warm-up',
  cooldownSec: 'Cool-down',
  secondsPerRep: 'Pace',
  switchSidesSec: 'Switch sides',
  restBetweenSetsSec: 'Rest between sets',
  restBetweenExercisesSec: 'Rest between exercises',
  restBetweenRoundsSec: 'Rest between rounds',
  items: 'Exercises',
} as const

/** An exercise's fields in `items`, by their key in the file. */
export const ITEM_FIELD_NAMES = {
  exercise: 'Exercise',
  sets: 'Sets',
  reps: 'Reps',
  seconds: 'Seconds',
  perSide: 'Per side',
  secondsPerRep: 'Own pace',
  load: 'Load',
  variant: 'Version',
  notes: 'Notes',
  restSec: 'Rest after each set',
} as const

/** One exercise of the circuit as the builder numbers it: "Exercise 3" for `items[2]`. */
export const exerciseNumber = (index: number): string => `Exercise ${index + 1}`

const nameOf = (table: Readonly<Record<string, string>>, key: PropertyKey): string | undefined =>
  typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined

/**
 * A field's place in words, from its path in the file: `['items', 0, 'sets']` is
 * "Exercise 1, Sets", `['warmupSec']` is "Warm-up", `['items', 2]` is "Exercise 3" and the
 * file itself is "". An exercise's id is the exercise itself ("Exercise 1"). A key the
 * format does not have gets `unknown(key)`, so its message can quote it.
 */
export function fieldName(
  path: readonly PropertyKey[],
  unknown: (key: PropertyKey) => string,
): string {
  const [first, index, key] = path
  if (first === undefined) return ''
  if (first === 'items' && typeof index === 'number') {
    const row = exerciseNumber(index)
    if (key === undefined || key === 'exercise') return row
    return `${row}, ${nameOf(ITEM_FIELD_NAMES, key) ?? unknown(key)}`
  }
  return nameOf(CIRCUIT_FIELD_NAMES, first) ?? unknown(first)
}

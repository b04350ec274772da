/**
 * The article's catalogue: the nineteen exercises of "Strength Training For Runners"
 * (Revel Sports), with every fact the article gives, and our own form cues.
 *
 * Facts (name, sets, reps or seconds, sides, muscles, equipment, challenge) follow the
 * article exactly; cues and benefit lines are written in our own words, short enough to
 * read from across the room. What checking, timing and listing circuits need (ids, names,
 * prescriptions, equipment, paces) is `exercise-basics.ts`, which the Circuits screen loads
 * alone; this module adds the words shown where an exercise is looked at (the builder's
 * picker, an open circuit, the runner), each exercise's under its id.
 */

import { EQUIPMENT_LABELS, type Equipment } from './equipment'
import {
  EXERCISE_BASICS,
  type EquipmentNeeds,
  type ExerciseBasics,
  type Prescription,
} from './exercise-basics'

export { EQUIPMENT_IDS, EQUIPMENT_LABELS, type Equipment } from './equipment'
export {
  EXERCISE_IDS,
  JUMPING_MOVES,
  isJumping,
  repsText,
  type EquipmentNeeds,
  type ExerciseKind,
  type Prescription,
  type SideUnit,
} from './exercise-basics'

/** What an exercise gives a runner, as a filterable tag. */
export type Benefit =
  'efficiency' | 'power' | 'stability' | 'injury-prevention' | 'posture' | 'balance' | 'strength'

export const BENEFIT_LABELS: Record<Benefit, string> = {
  efficiency: 'Running efficiency',
  power: 'Power',
  stability: 'Stability',
  'injury-prevention': 'Fewer injuries',
  posture: 'Posture',
  balance: 'Balance',
  strength: 'Strength',
}

export interface Challenge {
  /** The harder version, in our words. */
  text: string
  /** Extra load the challenge may use: any one of these. Empty: bodyweight only. */
  equipment: readonly Equipment[]
}

export interface Exercise extends ExerciseBasics {
  /** What it does for a runner, in short phrases of our own. */
  benefits: readonly string[]
  benefitTags: readonly Benefit[]
  /** Muscles, as the article lists them. */
  muscles: readonly string[]
  challenge: Challenge
  /** Form cues, most important first; 3 to 8 words each. */
  cues: readonly string[]
}

/** What an exercise adds to its basics: its challenge as `text` (its load is a basic). */
type ExerciseWords = Omit<Exercise, keyof ExerciseBasics> & { challenge: string }

/** Each exercise's words, under its id. */
const WORDS: Readonly<Record<string, ExerciseWords>> = {
  squats: {
    benefits: ['More efficient stride', 'More flexibility', 'Lower injury risk'],
    benefitTags: ['efficiency', 'injury-prevention', 'strength'],
    muscles: ['Glutes', 'Quads', 'Hamstrings', 'Core'],
    challenge: 'Hold a kettlebell or dumbbell',
    cues: [
      // Knees may pass the toes: what matters is that they track over them, not inward.
      'Knees track over your toes',
      'Feet hip-width, toes forward',
      'Sit back as if onto a chair',
      'Hands clasped at shoulder height',
      'Brace your stomach, back straight',
      'Drive up through your heels',
    ],
  },
  'press-ups': {
    benefits: ['Stronger shoulders, arms and chest', 'Better arm drive', 'Better posture'],
    benefitTags: ['strength', 'posture'],
    muscles: ['Shoulder', 'Pectoral muscles', 'Triceps', 'Core'],
    challenge: 'Wear a weight vest',
    cues: [
      'Body in one straight line',
      'Hands flat beside your chest',
      'Core tight, press the floor away',
      'Pause just before arms lock',
      'Lower slowly back down',
    ],
  },
  'step-ups': {
    benefits: ['More running power', 'Works every major leg muscle'],
    benefitTags: ['power', 'strength'],
    muscles: ['Calves', 'Hamstrings', 'Quads', 'Glutes'],
    challenge: 'Extra load: kettlebells, dumbbells, medicine ball or weight vest',
    cues: [
      'Knee stays over your ankle',
      'Whole foot on the box',
      'Drive up, body aligned',
      'Trail leg meets the box leg',
      'Lower the trail leg slowly',
    ],
  },
  'dumbbell-row': {
    benefits: ['Stronger upper back and shoulders', 'Balances the chest muscles'],
    benefitTags: ['strength', 'posture'],
    muscles: ['Trapezius', 'Rhomboids', 'Deltoids', 'Lats', 'Erector spinae'],
    challenge: 'Go heavier as you need to',
    cues: [
      'Elbow tucked to your side',
      'Back flat, level with the floor',
      'Hand and knee on the bench',
      'Arm long, never locked',
      'Pull the weight straight up',
      'Lower it slowly',
    ],
  },
  burpees: {
    benefits: ['Works every major muscle'],
    benefitTags: ['strength', 'power'],
    muscles: ['Shoulders', 'Chest', 'Biceps', 'Core', 'Glutes', 'Hips', 'Legs'],
    challenge: 'Add one more press-up before standing',
    cues: [
      'Hands down right by your feet',
      'Jump or step back to a plank',
      'Chest to the floor, press up',
      'Jump or step feet to your hands',
      'Stand tall, arms up, hop',
    ],
  },
  'front-lunges': {
    benefits: ['Stronger legs and core', 'Better balance'],
    benefitTags: ['strength', 'balance'],
    muscles: ['Calves', 'Glutes', 'Hamstrings', 'Quads', 'Hips'],
    challenge: 'Carry a weight in each hand',
    cues: [
      'Front thigh level, then push up',
      'Feet a long stride apart',
      'Stay upright, core on',
      'Hands on hips, shoulders loose',
      'Sink the back knee down',
    ],
  },
  'reverse-lunges': {
    benefits: ['Stronger legs', 'Steadier on one leg'],
    benefitTags: ['strength', 'stability'],
    muscles: ['Glutes', 'Hamstrings', 'Core'],
    challenge: 'Carry a weight in each hand',
    cues: [
      'Weight stays on the front foot',
      'Step back a long stride',
      'Stay tall, core braced',
      'Hands at chest, shoulders loose',
      'Back knee toward the floor',
      'Front thigh level, push back up',
    ],
  },
  'side-lunges': {
    benefits: ['Better lower-body balance', 'Lower injury risk'],
    benefitTags: ['balance', 'injury-prevention'],
    muscles: ['Calves', 'Hip flexors', 'Adductors', 'Glutes'],
    challenge: 'Heavier: a weight in each hand, or a weight vest',
    cues: [
      'Bend one knee, other leg straight',
      'Step wide out to the side',
      'Toes point forward on landing',
      'Chest up, core braced',
      'Push off, squeeze glutes back',
    ],
  },
  'walking-lunges': {
    benefits: ['Longer stride', 'Stability and coordination', 'Balance on one leg'],
    benefitTags: ['efficiency', 'stability', 'balance'],
    muscles: ['Hips', 'Core', 'Calves', 'Hamstrings', 'Glutes', 'Quads'],
    challenge: 'Weights in each hand, or a ball held out front',
    cues: [
      'Front thigh level, then step through',
      'Long stride forward',
      'Stay tall, core braced',
      'Hands at chest, shoulders loose',
      'Back knee toward the floor',
    ],
  },
  'jump-squats': {
    benefits: ['Stronger lower and upper body', 'More explosive power'],
    benefitTags: ['power', 'strength'],
    muscles: ['Hamstrings', 'Hips', 'Quads', 'Glutes'],
    challenge: 'Extra load: kettlebells, dumbbells, medicine ball or weight vest',
    cues: [
      'Knees push out, never in',
      'Hips back, thighs near level',
      'Swing arms back, then forward',
      'Let the arm swing lift you',
      'Land soft into the next squat',
      'Feet hip-width, toes ahead',
    ],
  },
  'glute-bridge': {
    benefits: ['Running efficiency', 'Stability', 'Posture'],
    benefitTags: ['efficiency', 'stability', 'posture'],
    muscles: ['Hamstrings', 'Quads', 'Core', 'Glutes'],
    challenge: 'A kettlebell or ball on your hips, or held up above you',
    cues: [
      'Squeeze your glutes to lift',
      'Shoulders stay on the floor',
      'Knees, hips, shoulders in line',
      'Feet flat, knees hip-width',
      'Hold two seconds at the top',
      'Lower slowly, with control',
    ],
  },
  'box-jumps': {
    benefits: ['More power', 'More speed', 'More strength'],
    benefitTags: ['power', 'strength'],
    muscles: ['Calves', 'Hamstrings', 'Quads', 'Glutes'],
    challenge: 'Extra load: kettlebells, dumbbells, medicine ball or weight vest',
    cues: [
      // A soft, quiet landing in a quarter squat: a deep one loads the knees for nothing.
      'Land softly in a quarter squat',
      'Arms back as you dip',
      'Swing arms forward and jump',
      'Knees to chest at take-off',
      'Heels down, then stand tall',
      'Step down slowly and carefully',
    ],
  },
  'leg-raises': {
    benefits: ['Steadier torso and knees', 'Stronger hip flexors'],
    benefitTags: ['stability', 'strength'],
    muscles: ['Calves', 'Hip flexors', 'Core'],
    challenge: 'One leg at a time, the other held low',
    cues: [
      'Legs straight, feet together',
      'Brace your core, then lift',
      // A lower back that arches off the floor strains it: it stays pressed down.
      'Lower back stays on the floor',
      'Raise to ninety degrees',
      'Lower slowly, stop above the floor',
      'Arms flat by your sides',
    ],
  },
  'speed-skaters': {
    benefits: ['Stability', 'Lower-body power and strength'],
    benefitTags: ['stability', 'power', 'strength'],
    muscles: ['Quads', 'Hamstrings', 'Glutes', 'Core', 'Hip flexors'],
    challenge: 'Hold a medicine ball out front',
    cues: [
      'Reach the back leg wide',
      'Core on, chest up',
      'Hop from side to side',
      'Cross legs behind at the thigh',
      'Hands at chest, shoulders loose',
    ],
  },
  superman: {
    benefits: ['Running efficiency', 'Stronger upper and middle back'],
    benefitTags: ['efficiency', 'stability', 'posture'],
    muscles: ['Mid and lower back', 'Glutes', 'Core'],
    challenge: 'Lift a medicine ball as you rise',
    cues: [
      'Eyes down on the floor',
      'Arms long out in front',
      'Core on, lift chest and shoulders',
      'Lower slowly back down',
    ],
  },
  plank: {
    benefits: ['Stronger core', 'Better running form', 'Lower injury risk'],
    benefitTags: ['posture', 'injury-prevention', 'stability'],
    muscles: ['Rhomboids', 'Trapezius', 'Core', 'Hamstrings', 'Erector spinae'],
    challenge: 'High plank first, low plank after 20 seconds',
    cues: [
      'Straight line, head to heels',
      'Elbows right under shoulders',
      'Squeeze core and glutes',
      'Up on toes and forearms',
      'Keep breathing steadily',
    ],
  },
  'side-plank': {
    benefits: ['Better balance', 'Stronger core'],
    benefitTags: ['balance', 'stability'],
    muscles: ['Shoulders', 'Obliques', 'Quads'],
    challenge: 'Dip the hip to the floor and back up',
    cues: [
      'Shoulders, hips, knees, feet in line',
      'Elbow right under your shoulder',
      'Stack one foot on the other',
      'Brace your core and press up',
      'Keep breathing steadily',
    ],
  },
  'long-jumps': {
    benefits: ['Stronger lower body', 'Explosive power', 'Coordination'],
    benefitTags: ['power', 'strength'],
    muscles: ['Glutes', 'Hamstrings', 'Erector spinae', 'Core', 'Hips', 'Quads'],
    challenge: 'Load up: weights in hand or a weight vest',
    cues: [
      'Land softly in a squat',
      'Feet hip-width to start',
      'Sink into a squat first',
      'Swing your arms, jump forward',
    ],
  },
  'single-leg-deadlift': {
    benefits: ['More running power', 'Stability', 'Stronger legs', 'Lower injury risk'],
    benefitTags: ['power', 'stability', 'injury-prevention', 'strength'],
    muscles: ['Hamstrings', 'Glutes'],
    challenge: 'Heavier: a weight in each hand, or a weight vest',
    cues: [
      'Back straight the whole way',
      'Weight on the standing-leg side',
      'Lift the free leg straight back',
      'Hinge forward from the hip',
      'Stop when your back is level',
      'Core on, rise to standing',
    ],
  },
}

/** The whole catalogue, in the article's order: each exercise's basics with its words. */
export const EXERCISES: readonly Exercise[] = EXERCISE_BASICS.map((basics) => {
  const words = WORDS[basics.id]
  if (!words) throw new Error(`No words for exercise ${basics.id}`)
  const challenge = { text: words.challenge, equipment: basics.challenge.equipment }
  return { ...basics, ...words, challenge }
})

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]))

/** The exercise with this id, or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id)
}

/** The exercise with this id; throws for an unknown id (ids are validated on the way in). */
export function getExercise(id: string): Exercise {
  const e = BY_ID.get(id)
  if (!e) throw new Error(`Unknown exercise: ${id}`)
  return e
}

/**
 * The article's prescription as a short line: "2 x 10 per leg", "2 x 30-45 s",
 * "2 x 16 steps (8 per leg)" for alternating moves.
 */
export function describePrescription(p: Prescription): string {
  if (p.alternating && p.reps !== undefined && p.sideUnit) {
    return `${p.sets} x ${p.reps} ${p.alternating} (${p.reps / 2} per ${p.sideUnit})`
  }
  const amount =
    p.seconds !== undefined
      ? `${p.seconds}${p.secondsMax ? `-${p.secondsMax}` : ''} s`
      : `${p.reps ?? 0}`
  const side = p.perSide && p.sideUnit ? ` per ${p.sideUnit}` : ''
  const within = p.repsWithin ? ` (${p.repsWithin[0]}-${p.repsWithin[1]} reps)` : ''
  return `${p.sets} x ${amount}${side}${within}`
}

/**
 * Equipment needs in words: groups joined by commas, the choices in a group by "or"
 * ("Exercise mat, Dumbbells or Kettlebells"), or `none` when nothing is needed.
 */
export function describeEquipment(needs: EquipmentNeeds, none: string): string {
  if (needs.length === 0) return none
  return needs.map((group) => group.map((x) => EQUIPMENT_LABELS[x]).join(' or ')).join(', ')
}

/** True when the equipment at hand meets every need of the exercise's standard version. */
export function canDoWith(e: ExerciseBasics, atHand: ReadonlySet<Equipment>): boolean {
  return e.equipment.every((group) => group.some((item) => atHand.has(item)))
}

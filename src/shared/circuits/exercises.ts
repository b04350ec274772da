/**
 * The article's catalogue: the nineteen exercises of "Strength Training For Runners"
 * (Revel Sports), with every fact the article gives, and our own form cues.
 *
 * Facts (name, sets, reps or seconds, sides, muscles, equipment, challenge) follow the
 * article exactly; cues and benefit lines are written in our own words, short enough to
 * read from across the room.
 */

import { EQUIPMENT_LABELS, type Equipment } from './equipment'

export { EQUIPMENT_IDS, EQUIPMENT_LABELS, type Equipment } from './equipment'

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

export interface Challenge {
  /** The harder version, in our words. */
  text: string
  /** Extra load the challenge may use: any one of these. Empty: bodyweight only. */
  equipment: readonly Equipment[]
}

export interface Exercise {
  id: string
  name: string
  kind: ExerciseKind
  /** What it does for a runner, in short phrases of our own. */
  benefits: readonly string[]
  benefitTags: readonly Benefit[]
  prescription: Prescription
  /** Muscles, as the article lists them. */
  muscles: readonly string[]
  equipment: EquipmentNeeds
  challenge: Challenge
  /** Form cues, most important first; 3 to 8 words each. */
  cues: readonly string[]
  /**
   * Seconds per rep where the article asks for held or slow reps (a hold at the top, a
   * slow lowering, stepping down): presets, the generator and the builder use it.
   */
  paceSecPerRep?: number
}

const ex = (e: Exercise): Exercise => e

export const EXERCISES: readonly Exercise[] = [
  ex({
    id: 'squats',
    name: 'Squats',
    kind: 'work',
    benefits: ['More efficient stride', 'More flexibility', 'Lower injury risk'],
    benefitTags: ['efficiency', 'injury-prevention', 'strength'],
    prescription: { sets: 2, reps: 15, perSide: false },
    muscles: ['Glutes', 'Quads', 'Hamstrings', 'Core'],
    equipment: [],
    challenge: { text: 'Hold a kettlebell or dumbbell', equipment: ['kettlebell', 'dumbbell'] },
    cues: [
      // Knees may pass the toes: what matters is that they track over them, not inward.
      'Knees track over your toes',
      'Feet hip-width, toes forward',
      'Sit back as if onto a chair',
      'Hands clasped at shoulder height',
      'Brace your stomach, back straight',
      'Drive up through your heels',
    ],
  }),
  ex({
    id: 'press-ups',
    name: 'Press-Ups',
    kind: 'work',
    benefits: ['Stronger shoulders, arms and chest', 'Better arm drive', 'Better posture'],
    benefitTags: ['strength', 'posture'],
    prescription: { sets: 2, reps: 10, perSide: false },
    muscles: ['Shoulder', 'Pectoral muscles', 'Triceps', 'Core'],
    equipment: [],
    challenge: { text: 'Wear a weight vest', equipment: ['weight-vest'] },
    cues: [
      'Body in one straight line',
      'Hands flat beside your chest',
      'Core tight, press the floor away',
      'Pause just before arms lock',
      'Lower slowly back down',
    ],
  }),
  ex({
    id: 'step-ups',
    name: 'Step-Ups',
    kind: 'work',
    benefits: ['More running power', 'Works every major leg muscle'],
    benefitTags: ['power', 'strength'],
    prescription: { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    muscles: ['Calves', 'Hamstrings', 'Quads', 'Glutes'],
    equipment: [['box-or-bench']],
    challenge: {
      text: 'Extra load: kettlebells, dumbbells, medicine ball or weight vest',
      equipment: ['kettlebell', 'dumbbell', 'medicine-ball', 'weight-vest'],
    },
    cues: [
      'Knee stays over your ankle',
      'Whole foot on the box',
      'Drive up, body aligned',
      'Trail leg meets the box leg',
      'Lower the trail leg slowly',
    ],
  }),
  ex({
    id: 'dumbbell-row',
    name: 'Dumbbell Row',
    kind: 'work',
    benefits: ['Stronger upper back and shoulders', 'Balances the chest muscles'],
    benefitTags: ['strength', 'posture'],
    prescription: { sets: 2, reps: 12, perSide: true, sideUnit: 'arm' },
    muscles: ['Trapezius', 'Rhomboids', 'Deltoids', 'Lats', 'Erector spinae'],
    equipment: [['dumbbell'], ['box-or-bench']],
    challenge: { text: 'Go heavier as you need to', equipment: ['dumbbell'] },
    cues: [
      'Elbow tucked to your side',
      'Back flat, level with the floor',
      'Hand and knee on the bench',
      'Arm long, never locked',
      'Pull the weight straight up',
      'Lower it slowly',
    ],
  }),
  ex({
    id: 'burpees',
    name: 'Burpees',
    kind: 'work',
    benefits: ['Works every major muscle'],
    benefitTags: ['strength', 'power'],
    prescription: { sets: 2, seconds: 30, repsWithin: [8, 10], perSide: false },
    muscles: ['Shoulders', 'Chest', 'Biceps', 'Core', 'Glutes', 'Hips', 'Legs'],
    equipment: [],
    challenge: { text: 'Add one more press-up before standing', equipment: [] },
    cues: [
      'Hands down right by your feet',
      'Jump or step back to a plank',
      'Chest to the floor, press up',
      'Jump or step feet to your hands',
      'Stand tall, arms up, hop',
    ],
  }),
  ex({
    id: 'front-lunges',
    name: 'Front Lunges',
    kind: 'work',
    benefits: ['Stronger legs and core', 'Better balance'],
    benefitTags: ['strength', 'balance'],
    prescription: { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    muscles: ['Calves', 'Glutes', 'Hamstrings', 'Quads', 'Hips'],
    equipment: [],
    challenge: {
      text: 'Carry a weight in each hand',
      equipment: ['kettlebell', 'dumbbell'],
    },
    cues: [
      'Front thigh level, then push up',
      'Feet a long stride apart',
      'Stay upright, core on',
      'Hands on hips, shoulders loose',
      'Sink the back knee down',
    ],
  }),
  ex({
    id: 'reverse-lunges',
    name: 'Reverse Lunges',
    kind: 'work',
    benefits: ['Stronger legs', 'Steadier on one leg'],
    benefitTags: ['strength', 'stability'],
    prescription: { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    muscles: ['Glutes', 'Hamstrings', 'Core'],
    equipment: [],
    challenge: {
      text: 'Carry a weight in each hand',
      equipment: ['kettlebell', 'dumbbell'],
    },
    cues: [
      'Weight stays on the front foot',
      'Step back a long stride',
      'Stay tall, core braced',
      'Hands at chest, shoulders loose',
      'Back knee toward the floor',
      'Front thigh level, push back up',
    ],
  }),
  ex({
    id: 'side-lunges',
    name: 'Side Lunges',
    kind: 'work',
    benefits: ['Better lower-body balance', 'Lower injury risk'],
    benefitTags: ['balance', 'injury-prevention'],
    prescription: { sets: 2, reps: 10, perSide: true, sideUnit: 'leg' },
    muscles: ['Calves', 'Hip flexors', 'Adductors', 'Glutes'],
    equipment: [],
    challenge: {
      text: 'Heavier: a weight in each hand, or a weight vest',
      equipment: ['kettlebell', 'dumbbell', 'weight-vest'],
    },
    cues: [
      'Bend one knee, other leg straight',
      'Step wide out to the side',
      'Toes point forward on landing',
      'Chest up, core braced',
      'Push off, squeeze glutes back',
    ],
  }),
  ex({
    id: 'walking-lunges',
    name: 'Walking Lunges',
    kind: 'work',
    benefits: ['Longer stride', 'Stability and coordination', 'Balance on one leg'],
    benefitTags: ['efficiency', 'stability', 'balance'],
    prescription: { sets: 2, reps: 16, perSide: false, sideUnit: 'leg', alternating: 'steps' },
    muscles: ['Hips', 'Core', 'Calves', 'Hamstrings', 'Glutes', 'Quads'],
    equipment: [],
    challenge: {
      text: 'Weights in each hand, or a ball held out front',
      equipment: ['dumbbell', 'medicine-ball'],
    },
    cues: [
      'Front thigh level, then step through',
      'Long stride forward',
      'Stay tall, core braced',
      'Hands at chest, shoulders loose',
      'Back knee toward the floor',
    ],
  }),
  ex({
    id: 'jump-squats',
    name: 'Jump Squats',
    kind: 'work',
    benefits: ['Stronger lower and upper body', 'More explosive power'],
    benefitTags: ['power', 'strength'],
    prescription: { sets: 2, reps: 12, perSide: false },
    muscles: ['Hamstrings', 'Hips', 'Quads', 'Glutes'],
    equipment: [],
    challenge: {
      text: 'Extra load: kettlebells, dumbbells, medicine ball or weight vest',
      equipment: ['kettlebell', 'dumbbell', 'medicine-ball', 'weight-vest'],
    },
    cues: [
      'Knees push out, never in',
      'Hips back, thighs near level',
      'Swing arms back, then forward',
      'Let the arm swing lift you',
      'Land soft into the next squat',
      'Feet hip-width, toes ahead',
    ],
  }),
  ex({
    id: 'glute-bridge',
    name: 'Glute Bridge',
    kind: 'work',
    benefits: ['Running efficiency', 'Stability', 'Posture'],
    benefitTags: ['efficiency', 'stability', 'posture'],
    prescription: { sets: 2, reps: 15, perSide: false },
    // Up, a 2-second squeeze at the top, then a slow way down.
    paceSecPerRep: 5,
    muscles: ['Hamstrings', 'Quads', 'Core', 'Glutes'],
    equipment: [],
    challenge: {
      text: 'A kettlebell or ball on your hips, or held up above you',
      equipment: ['kettlebell', 'medicine-ball'],
    },
    cues: [
      'Squeeze your glutes to lift',
      'Shoulders stay on the floor',
      'Knees, hips, shoulders in line',
      'Feet flat, knees hip-width',
      'Hold two seconds at the top',
      'Lower slowly, with control',
    ],
  }),
  ex({
    id: 'box-jumps',
    name: 'Box Jumps',
    kind: 'work',
    benefits: ['More power', 'More speed', 'More strength'],
    benefitTags: ['power', 'strength'],
    prescription: { sets: 2, reps: 10, perSide: false },
    // Jump up, stand tall, then step back down: never jump down.
    paceSecPerRep: 4,
    muscles: ['Calves', 'Hamstrings', 'Quads', 'Glutes'],
    equipment: [['box-or-bench']],
    challenge: {
      text: 'Extra load: kettlebells, dumbbells, medicine ball or weight vest',
      equipment: ['kettlebell', 'dumbbell', 'medicine-ball', 'weight-vest'],
    },
    cues: [
      // A soft, quiet landing in a quarter squat: a deep one loads the knees for nothing.
      'Land softly in a quarter squat',
      'Arms back as you dip',
      'Swing arms forward and jump',
      'Knees to chest at take-off',
      'Heels down, then stand tall',
      'Step down slowly and carefully',
    ],
  }),
  ex({
    id: 'leg-raises',
    name: 'Leg Raises',
    kind: 'work',
    benefits: ['Steadier torso and knees', 'Stronger hip flexors'],
    benefitTags: ['stability', 'strength'],
    prescription: { sets: 2, reps: 10, perSide: false },
    muscles: ['Calves', 'Hip flexors', 'Core'],
    equipment: [],
    challenge: { text: 'One leg at a time, the other held low', equipment: [] },
    cues: [
      'Legs straight, feet together',
      'Brace your core, then lift',
      // A lower back that arches off the floor strains it: it stays pressed down.
      'Lower back stays on the floor',
      'Raise to ninety degrees',
      'Lower slowly, stop above the floor',
      'Arms flat by your sides',
    ],
  }),
  ex({
    id: 'speed-skaters',
    name: 'Speed Skaters',
    kind: 'work',
    benefits: ['Stability', 'Lower-body power and strength'],
    benefitTags: ['stability', 'power', 'strength'],
    prescription: { sets: 2, reps: 20, perSide: false, sideUnit: 'leg', alternating: 'skates' },
    muscles: ['Quads', 'Hamstrings', 'Glutes', 'Core', 'Hip flexors'],
    equipment: [],
    challenge: { text: 'Hold a medicine ball out front', equipment: ['medicine-ball'] },
    cues: [
      'Reach the back leg wide',
      'Core on, chest up',
      'Hop from side to side',
      'Cross legs behind at the thigh',
      'Hands at chest, shoulders loose',
    ],
  }),
  ex({
    id: 'superman',
    name: 'Superman / Back Extension',
    kind: 'work',
    benefits: ['Running efficiency', 'Stronger upper and middle back'],
    benefitTags: ['efficiency', 'stability', 'posture'],
    prescription: { sets: 2, reps: 10, perSide: false },
    muscles: ['Mid and lower back', 'Glutes', 'Core'],
    equipment: [],
    challenge: {
      text: 'Lift a medicine ball as you rise',
      equipment: ['medicine-ball'],
    },
    cues: [
      'Eyes down on the floor',
      'Arms long out in front',
      'Core on, lift chest and shoulders',
      'Lower slowly back down',
    ],
  }),
  ex({
    id: 'plank',
    name: 'Plank',
    kind: 'hold',
    benefits: ['Stronger core', 'Better running form', 'Lower injury risk'],
    benefitTags: ['posture', 'injury-prevention', 'stability'],
    prescription: { sets: 2, seconds: 30, secondsMax: 45, perSide: false },
    muscles: ['Rhomboids', 'Trapezius', 'Core', 'Hamstrings', 'Erector spinae'],
    equipment: [],
    challenge: { text: 'High plank first, low plank after 20 seconds', equipment: [] },
    cues: [
      'Straight line, head to heels',
      'Elbows right under shoulders',
      'Squeeze core and glutes',
      'Up on toes and forearms',
      'Keep breathing steadily',
    ],
  }),
  ex({
    id: 'side-plank',
    name: 'Side Plank',
    kind: 'hold',
    benefits: ['Better balance', 'Stronger core'],
    benefitTags: ['balance', 'stability'],
    prescription: { sets: 2, seconds: 30, secondsMax: 45, perSide: true, sideUnit: 'side' },
    muscles: ['Shoulders', 'Obliques', 'Quads'],
    equipment: [],
    challenge: { text: 'Dip the hip to the floor and back up', equipment: [] },
    cues: [
      'Shoulders, hips, knees, feet in line',
      'Elbow right under your shoulder',
      'Stack one foot on the other',
      'Brace your core and press up',
      'Keep breathing steadily',
    ],
  }),
  ex({
    id: 'long-jumps',
    name: 'Long Jumps',
    kind: 'work',
    benefits: ['Stronger lower body', 'Explosive power', 'Coordination'],
    benefitTags: ['power', 'strength'],
    prescription: { sets: 2, reps: 10, perSide: false },
    muscles: ['Glutes', 'Hamstrings', 'Erector spinae', 'Core', 'Hips', 'Quads'],
    equipment: [],
    challenge: {
      text: 'Load up: weights in hand or a weight vest',
      equipment: ['kettlebell', 'dumbbell', 'weight-vest'],
    },
    cues: [
      'Land softly in a squat',
      'Feet hip-width to start',
      'Sink into a squat first',
      'Swing your arms, jump forward',
    ],
  }),
  ex({
    id: 'single-leg-deadlift',
    name: 'Single-Leg Deadlift',
    kind: 'work',
    benefits: ['More running power', 'Stability', 'Stronger legs', 'Lower injury risk'],
    benefitTags: ['power', 'stability', 'injury-prevention', 'strength'],
    prescription: { sets: 2, reps: 10, perSide: true, sideUnit: 'side' },
    muscles: ['Hamstrings', 'Glutes'],
    equipment: [['dumbbell', 'kettlebell']],
    challenge: {
      text: 'Heavier: a weight in each hand, or a weight vest',
      equipment: ['kettlebell', 'dumbbell', 'weight-vest'],
    },
    cues: [
      'Back straight the whole way',
      'Weight on the standing-leg side',
      'Lift the free leg straight back',
      'Hinge forward from the hip',
      'Stop when your back is level',
      'Core on, rise to standing',
    ],
  }),
]

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]))

/** The ids of the catalogue, in the article's order. */
export const EXERCISE_IDS: readonly string[] = EXERCISES.map((e) => e.id)

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
 * How many reps an effort holds, as shown and spoken: "12 reps", or for an alternating move
 * done as one effort, "16 steps" (both legs counted).
 */
export function repsText(reps: number, exerciseId?: string, side?: string): string {
  const unit = exerciseId && !side ? BY_ID.get(exerciseId)?.prescription.alternating : undefined
  return `${reps} ${unit ?? 'reps'}`
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
export function canDoWith(e: Exercise, atHand: ReadonlySet<Equipment>): boolean {
  return e.equipment.every((group) => group.some((item) => atHand.has(item)))
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

/** The article's advice on when and how often, as display lines in our words. */
export const GUIDANCE = {
  lines: [
    'Warm up first, every time',
    '2 to 3 sessions a week, 20 to 30 minutes',
    'Or 3 to 5 short ones of 10 to 15 minutes',
    'New to this? One 15-minute session a week',
    'Lift on easy-run days, after the run',
    'Never on a long-run day',
    'Pick a load for 10 to 12 good reps',
    '15 easy reps? Go heavier',
    'Build up slowly, form first',
  ],
} as const

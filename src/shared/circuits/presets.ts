/**
 * Read-only circuits drawn from the article's guidance: 2 to 3 sessions of 20 to 30
 * minutes, or 3 to 5 of 10 to 15; one 15-minute session to start; warm-up first.
 */
import type { Circuit } from './circuit'
import { withDefaults } from './circuit-convert'
import type { CircuitFile } from './circuit-schema'
import { findBasics } from './exercise-basics'

export interface Preset {
  id: string
  circuit: Circuit
  /** One display line on what it is for. */
  summary: string
  /** The planned length the article's guidance asks of it, in minutes. */
  targetMinutes: readonly [number, number]
}

/** A preset's file; an exercise with its own pace (held or slow reps) is given it. */
const file = (f: Omit<CircuitFile, 'format' | 'version'>): CircuitFile => ({
  format: 'runner-strength-circuit',
  version: 1,
  ...f,
  items: f.items.map((item) => {
    const pace = findBasics(item.exercise)?.paceSecPerRep
    return pace && item.reps !== undefined && item.secondsPerRep === undefined
      ? { ...item, secondsPerRep: pace }
      : item
  }),
})

/**
 * Each preset as a circuit file. Their tests check every file by the format's rules, as an
 * import would; the Circuits screen only applies their defaults.
 */
export const PRESET_FILES: readonly {
  id: string
  summary: string
  targetMinutes: readonly [number, number]
  file: CircuitFile
}[] = [
  {
    id: 'preset-full-body',
    summary: 'The core session: 2 to 3 a week, after an easy run',
    targetMinutes: [20, 30],
    file: file({
      name: 'Full body, 30 minutes',
      structure: 'sets',
      warmupSec: 300,
      cooldownSec: 120,
      restBetweenSetsSec: 25,
      restBetweenExercisesSec: 35,
      items: [
        { exercise: 'squats', sets: 2, reps: 15 },
        { exercise: 'press-ups', sets: 2, reps: 10 },
        { exercise: 'reverse-lunges', sets: 2, reps: 10 },
        { exercise: 'glute-bridge', sets: 2, reps: 15 },
        { exercise: 'dumbbell-row', sets: 2, reps: 12 },
        { exercise: 'plank', sets: 2, seconds: 45 },
        { exercise: 'side-plank', sets: 2, seconds: 30 },
        { exercise: 'single-leg-deadlift', sets: 2, reps: 10 },
      ],
    }),
  },
  {
    id: 'preset-quick',
    summary: 'Short and often: 3 to 5 a week',
    targetMinutes: [10, 15],
    file: file({
      name: 'Quick 15',
      structure: 'rounds',
      rounds: 2,
      warmupSec: 180,
      cooldownSec: 120,
      restBetweenExercisesSec: 20,
      restBetweenRoundsSec: 60,
      items: [
        { exercise: 'squats', reps: 15 },
        { exercise: 'press-ups', reps: 10 },
        { exercise: 'reverse-lunges', reps: 10 },
        { exercise: 'plank', seconds: 30 },
      ],
    }),
  },
  {
    id: 'preset-beginner',
    summary: 'New to strength: once a week, then build',
    targetMinutes: [15, 15],
    file: file({
      name: 'Beginner 15',
      structure: 'sets',
      // Three minutes of warm-up and two of cool-down leave room for the bridge's slow
      // reps within 15 minutes.
      warmupSec: 180,
      cooldownSec: 120,
      restBetweenExercisesSec: 40,
      items: [
        { exercise: 'squats', sets: 2, reps: 15 },
        { exercise: 'glute-bridge', sets: 2, reps: 15 },
        { exercise: 'press-ups', sets: 2, reps: 10 },
        { exercise: 'plank', sets: 2, seconds: 30 },
      ],
    }),
  },
  {
    id: 'preset-core',
    summary: 'Core and stability for an upright, steady stride',
    targetMinutes: [15, 25],
    file: file({
      name: 'Core and stability',
      structure: 'sets',
      warmupSec: 300,
      cooldownSec: 120,
      restBetweenExercisesSec: 45,
      items: [
        { exercise: 'plank', sets: 2, seconds: 45 },
        { exercise: 'side-plank', sets: 2, seconds: 30 },
        { exercise: 'leg-raises', sets: 2, reps: 10 },
        { exercise: 'superman', sets: 2, reps: 10 },
        { exercise: 'glute-bridge', sets: 2, reps: 15 },
      ],
    }),
  },
  {
    id: 'preset-power',
    summary: 'Plyometrics for explosive power; needs a sturdy box',
    targetMinutes: [15, 25],
    file: file({
      name: 'Plyometric power',
      structure: 'sets',
      warmupSec: 300,
      cooldownSec: 120,
      restBetweenSetsSec: 60,
      restBetweenExercisesSec: 60,
      // Every landing is followed by a full minute (90 s after box jumps, the highest).
      items: [
        { exercise: 'jump-squats', sets: 2, reps: 12 },
        { exercise: 'box-jumps', sets: 2, reps: 10, restSec: 90 },
        { exercise: 'speed-skaters', sets: 2, reps: 20 },
        { exercise: 'long-jumps', sets: 2, reps: 10 },
        { exercise: 'burpees', sets: 2, seconds: 30 },
      ],
    }),
  },
  {
    id: 'preset-no-equipment',
    summary: 'Just you and the floor',
    targetMinutes: [20, 30],
    file: file({
      name: 'No equipment',
      structure: 'sets',
      warmupSec: 300,
      cooldownSec: 120,
      items: [
        { exercise: 'squats', sets: 2, reps: 15 },
        { exercise: 'press-ups', sets: 2, reps: 10 },
        { exercise: 'walking-lunges', sets: 2, reps: 16 },
        { exercise: 'glute-bridge', sets: 2, reps: 15 },
        { exercise: 'superman', sets: 2, reps: 10 },
        { exercise: 'plank', sets: 2, seconds: 45 },
      ],
    }),
  },
]

export const PRESETS: readonly Preset[] = PRESET_FILES.map((p) => ({
  id: p.id,
  circuit: withDefaults(p.file),
  summary: p.summary,
  targetMinutes: p.targetMinutes,
}))

/**
 * A circuit to the file format's object and back, without checking it: a checked file's
 * defaults applied (`withDefaults`), and what Export writes (the format's object, its text
 * and a file name). Checking a file is `circuit-file.ts`, with the format's schema; this
 * module needs none, so the Circuits screen lists the presets and exports without it.
 */
import type * as z from '../zod'
import {
  CIRCUIT_DEFAULTS,
  CIRCUIT_FORMAT,
  CIRCUIT_VERSION,
  type Circuit,
  type CircuitItem,
} from './circuit'
import type { CircuitFile, circuitFileSchema } from './circuit-schema'
import { findBasics } from './exercise-basics'

/**
 * The circuit a file describes, its defaults applied. The file must be one the format's
 * rules accept: `parseCircuit` checks a file first; the presets, written here, are checked
 * by their tests.
 */
export function withDefaults(file: z.output<typeof circuitFileSchema>): Circuit {
  const structure = file.structure ?? CIRCUIT_DEFAULTS.structure
  return {
    name: file.name,
    structure,
    rounds: file.rounds ?? CIRCUIT_DEFAULTS.rounds,
    warmupSec: file.warmupSec ?? CIRCUIT_DEFAULTS.warmupSec,
    cooldownSec: file.cooldownSec ?? CIRCUIT_DEFAULTS.cooldownSec,
    secondsPerRep: file.secondsPerRep ?? CIRCUIT_DEFAULTS.secondsPerRep,
    switchSidesSec: file.switchSidesSec ?? CIRCUIT_DEFAULTS.switchSidesSec,
    restBetweenSetsSec: file.restBetweenSetsSec ?? CIRCUIT_DEFAULTS.restBetweenSetsSec,
    restBetweenExercisesSec:
      file.restBetweenExercisesSec ?? CIRCUIT_DEFAULTS.restBetweenExercisesSec,
    restBetweenRoundsSec: file.restBetweenRoundsSec ?? CIRCUIT_DEFAULTS.restBetweenRoundsSec,
    items: file.items.map((item) => {
      const exercise = findBasics(item.exercise)
      const out: CircuitItem = {
        exercise: item.exercise,
        sets: structure === 'rounds' ? 1 : (item.sets ?? 1),
        perSide: item.perSide ?? exercise?.prescription.perSide ?? false,
        variant: item.variant ?? 'standard',
      }
      if (item.reps !== undefined) out.reps = item.reps
      if (item.seconds !== undefined) out.seconds = item.seconds
      if (item.secondsPerRep !== undefined) out.secondsPerRep = item.secondsPerRep
      if (item.load !== undefined && item.load.trim() !== '') out.load = item.load.trim()
      if (item.notes !== undefined && item.notes.trim() !== '') out.notes = item.notes.trim()
      if (item.restSec !== undefined) out.restSec = item.restSec
      return out
    }),
  }
}

/** The file format's object for a circuit: what Export writes. Values equal to the defaults are kept explicit. */
export function toCircuitFile(c: Circuit): CircuitFile {
  const rounds = c.structure === 'rounds'
  const file: CircuitFile = {
    format: CIRCUIT_FORMAT,
    version: CIRCUIT_VERSION,
    name: c.name,
    structure: c.structure,
    ...(rounds ? { rounds: c.rounds } : {}),
    warmupSec: c.warmupSec,
    cooldownSec: c.cooldownSec,
    secondsPerRep: c.secondsPerRep,
    switchSidesSec: c.switchSidesSec,
    restBetweenSetsSec: c.restBetweenSetsSec,
    restBetweenExercisesSec: c.restBetweenExercisesSec,
    ...(rounds ? { restBetweenRoundsSec: c.restBetweenRoundsSec } : {}),
    items: c.items.map((item) => ({
      exercise: item.exercise,
      ...(rounds ? {} : { sets: item.sets }),
      ...(item.reps !== undefined ? { reps: item.reps } : { seconds: item.seconds }),
      perSide: item.perSide,
      ...(item.secondsPerRep !== undefined ? { secondsPerRep: item.secondsPerRep } : {}),
      ...(item.load !== undefined ? { load: item.load } : {}),
      ...(item.variant !== 'standard' ? { variant: item.variant } : {}),
      ...(item.notes !== undefined ? { notes: item.notes } : {}),
      ...(item.restSec !== undefined ? { restSec: item.restSec } : {}),
    })),
  }
  return file
}

/** The JSON text Export writes. */
export function serializeCircuit(c: Circuit): string {
  return `${JSON.stringify(toCircuitFile(c), null, 2)}\n`
}

/** A safe file name for a circuit's export: "easy-run-day-legs.runstrong.json". */
export function circuitFileName(c: Circuit): string {
  const slug = c.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'circuit'}.json`
}

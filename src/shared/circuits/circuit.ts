/**
 * Circuits: the model, its defaults and the limits of the file format v1 (see
 * circuit-format.md). The format's schema is in `circuit-schema.ts`, the wording of its
 * refusals in `circuit-messages.ts`, and reading and writing the file in `circuit-file.ts`.
 */
import type { Equipment } from './equipment'
import { findBasics } from './exercise-basics'

export const CIRCUIT_FORMAT = 'runner-strength-circuit'
export const CIRCUIT_VERSION = 1

export type Structure = 'sets' | 'rounds'
export type Variant = 'standard' | 'challenge'

/** One row of a circuit, defaults applied. Exactly one of `reps` and `seconds` is set. */
export interface CircuitItem {
  exercise: string
  sets: number
  reps?: number
  seconds?: number
  perSide: boolean
  secondsPerRep?: number
  load?: string
  variant: Variant
  notes?: string
  /**
   * The rest after each of this item's sets, in seconds, in place of the circuit's rest at
   * that point (rule 7 of the format): jumping moves ask for longer ones.
   */
  restSec?: number
}

/** A circuit with every default applied. */
export interface Circuit {
  name: string
  structure: Structure
  rounds: number
  warmupSec: number
  cooldownSec: number
  secondsPerRep: number
  switchSidesSec: number
  restBetweenSetsSec: number
  restBetweenExercisesSec: number
  restBetweenRoundsSec: number
  items: CircuitItem[]
}

export const CIRCUIT_DEFAULTS = {
  structure: 'sets' as Structure,
  rounds: 1,
  warmupSec: 300,
  cooldownSec: 0,
  secondsPerRep: 3,
  switchSidesSec: 5,
  restBetweenSetsSec: 30,
  restBetweenExercisesSec: 60,
  restBetweenRoundsSec: 90,
}

/** Files larger than this are refused before they are parsed. */
export const MAX_CIRCUIT_FILE_BYTES = 1024 * 1024

/** The numeric limits of the format, shared with the editor's inputs. */
export const LIMITS = {
  nameChars: 80,
  rounds: [1, 20],
  warmupSec: [0, 1800],
  cooldownSec: [0, 1800],
  secondsPerRep: [1, 10],
  switchSidesSec: [0, 30],
  restSec: [0, 600],
  items: [1, 50],
  sets: [1, 10],
  reps: [1, 100],
  seconds: [5, 600],
  loadChars: 40,
  notesChars: 200,
} as const

/** Every piece of equipment the circuit's items need, standard or challenge, as readable groups. */
export function equipmentGroups(c: Circuit): Equipment[][] {
  const seen = new Set<string>()
  const out: Equipment[][] = []
  for (const item of c.items) {
    const e = findBasics(item.exercise)
    if (!e) continue
    const groups: (readonly Equipment[])[] = [...e.equipment]
    if (item.variant === 'challenge' && e.challenge.equipment.length > 0)
      groups.push(e.challenge.equipment)
    for (const g of groups) {
      const key = [...g].sort().join('|')
      if (!seen.has(key)) {
        seen.add(key)
        out.push([...g])
      }
    }
  }
  // A group already met by a stricter one ("dumbbell" meets "dumbbell or kettlebell") adds nothing.
  return out.filter(
    (g) =>
      !out.some(
        (other) => other !== g && other.length < g.length && other.every((x) => g.includes(x)),
      ),
  )
}

import { LIMITS, type Structure } from '@shared/circuits/circuit'
import { CIRCUIT_FIELD_NAMES as NAMES } from '@shared/circuits/field-names'
import type { DraftNumberKey } from './use-circuit-draft'

/** A circuit-level number: its draft key (also its path in the format's messages). */
export interface NumberSetting {
  kind: 'number'
  key: DraftNumberKey
  label: string
  /** Shown after the label in brackets: "Warm-up (s)". */
  unit?: string
  /** The format's bounds. */
  limits: readonly [number, number]
  step?: number
  /** Shown for this structure only; for both when absent. */
  only?: Structure
}

/** A circuit-level choice; only the structure is one. */
export interface StructureSetting {
  kind: 'structure'
  key: 'structure'
  label: string
  options: readonly { value: Structure; label: string }[]
}

/** One row of `CIRCUIT_SETTINGS`. */
export type CircuitSetting = NumberSetting | StructureSetting

/** The circuit's own settings, in the order the editor shows them. */
export const CIRCUIT_SETTINGS: readonly CircuitSetting[] = [
  {
    kind: 'structure',
    key: 'structure',
    label: NAMES.structure,
    options: [
      { value: 'sets', label: 'Sets: all sets of one, then the next' },
      { value: 'rounds', label: 'Rounds: one set of each per round' },
    ],
  },
  { kind: 'number', key: 'rounds', label: NAMES.rounds, limits: LIMITS.rounds, only: 'rounds' },
  { kind: 'number', key: 'warmupSec', label: NAMES.warmupSec, unit: 's', limits: LIMITS.warmupSec },
  {
    kind: 'number',
    key: 'cooldownSec',
    label: NAMES.cooldownSec,
    unit: 's',
    limits: LIMITS.cooldownSec,
  },
  {
    kind: 'number',
    key: 'restBetweenSetsSec',
    label: NAMES.restBetweenSetsSec,
    unit: 's',
    limits: LIMITS.restSec,
    only: 'sets',
  },
  {
    kind: 'number',
    key: 'restBetweenExercisesSec',
    label: NAMES.restBetweenExercisesSec,
    unit: 's',
    limits: LIMITS.restSec,
  },
  {
    kind: 'number',
    key: 'restBetweenRoundsSec',
    label: NAMES.restBetweenRoundsSec,
    unit: 's',
    limits: LIMITS.restSec,
    only: 'rounds',
  },
  {
    kind: 'number',
    key: 'secondsPerRep',
    label: NAMES.secondsPerRep,
    unit: 's per rep',
    limits: LIMITS.secondsPerRep,
    step: 0.5,
  },
  {
    kind: 'number',
    key: 'switchSidesSec',
    label: NAMES.switchSidesSec,
    unit: 's',
    limits: LIMITS.switchSidesSec,
  },
]

/** A setting's label with its unit: "Pace (s per rep)". */
export const settingLabel = (s: NumberSetting): string =>
  s.unit ? `${s.label} (${s.unit})` : s.label

/** A rule shown under its own field, as a sentence: "A whole number from 1 to 10". */
export const fieldMessage = (rule: string | undefined): string | undefined =>
  rule && rule.charAt(0).toUpperCase() + rule.slice(1)

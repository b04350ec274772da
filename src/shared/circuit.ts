/**
 * Circuits: the model, its validation and the file format v1 (see circuit-format.md).
 * Every refusal names the field path and the rule in plain words.
 */
import { z } from 'zod'
import { EXERCISE_IDS, findExercise } from './exercises'

export const CIRCUIT_FORMAT = 'runner-strength-circuit'
export const CIRCUIT_VERSION = 1
/** Files larger than this are refused before they are parsed. */
export const MAX_CIRCUIT_FILE_BYTES = 1024 * 1024

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

const between = (min: number, max: number) => `must be between ${min} and ${max}`

function wholeNumber([min, max]: readonly [number, number]) {
  return z
    .int({
      error: (iss) =>
        iss.input === undefined ? 'is required' : `must be a whole number from ${min} to ${max}`,
    })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) })
}

function anyNumber([min, max]: readonly [number, number]) {
  return z
    .number({ error: `must be a number from ${min} to ${max}` })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) })
}

function text(maxChars: number) {
  return z
    .string({ error: 'must be text' })
    .max(maxChars, { error: `must be at most ${maxChars} characters` })
}

const itemSchema = z.strictObject({
  exercise: z.string({ error: 'is required' }).refine((id) => findExercise(id) !== undefined, {
    error: (iss) =>
      `"${String(iss.input)}" is not one of the article's exercises (${EXERCISE_IDS.join(', ')})`,
  }),
  sets: wholeNumber(LIMITS.sets).optional(),
  reps: wholeNumber(LIMITS.reps).optional(),
  seconds: wholeNumber(LIMITS.seconds).optional(),
  perSide: z.boolean({ error: 'must be true or false' }).optional(),
  secondsPerRep: anyNumber(LIMITS.secondsPerRep).optional(),
  load: text(LIMITS.loadChars).optional(),
  variant: z
    .enum(['standard', 'challenge'], { error: 'must be "standard" or "challenge"' })
    .optional(),
  notes: text(LIMITS.notesChars).optional(),
})

const fileSchema = z
  .strictObject({
    format: z.literal(CIRCUIT_FORMAT, { error: `must be "${CIRCUIT_FORMAT}"` }),
    version: z.literal(CIRCUIT_VERSION, { error: `must be ${CIRCUIT_VERSION}` }),
    name: z
      .string({ error: 'is required' })
      .trim()
      .min(1, { error: `must be 1 to ${LIMITS.nameChars} characters` })
      .max(LIMITS.nameChars, { error: `must be 1 to ${LIMITS.nameChars} characters` }),
    structure: z.enum(['sets', 'rounds'], { error: 'must be "sets" or "rounds"' }).optional(),
    rounds: wholeNumber(LIMITS.rounds).optional(),
    warmupSec: wholeNumber(LIMITS.warmupSec).optional(),
    cooldownSec: wholeNumber(LIMITS.cooldownSec).optional(),
    secondsPerRep: anyNumber(LIMITS.secondsPerRep).optional(),
    switchSidesSec: wholeNumber(LIMITS.switchSidesSec).optional(),
    restBetweenSetsSec: wholeNumber(LIMITS.restSec).optional(),
    restBetweenExercisesSec: wholeNumber(LIMITS.restSec).optional(),
    restBetweenRoundsSec: wholeNumber(LIMITS.restSec).optional(),
    items: z
      .array(itemSchema, { error: 'must be a list of exercises' })
      .min(LIMITS.items[0], { error: `must hold ${LIMITS.items[0]} to ${LIMITS.items[1]} items` })
      .max(LIMITS.items[1], { error: `must hold ${LIMITS.items[0]} to ${LIMITS.items[1]} items` }),
  })
  .superRefine((file, ctx) => {
    const rounds = file.structure === 'rounds'
    if (!rounds) {
      for (const key of ['rounds', 'restBetweenRoundsSec'] as const) {
        if (file[key] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'is only allowed when structure is "rounds"',
          })
      }
    }
    file.items.forEach((item, i) => {
      const hasReps = item.reps !== undefined
      const hasSeconds = item.seconds !== undefined
      if (hasReps === hasSeconds)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i],
          message: 'needs exactly one of "reps" and "seconds"',
        })
      if (rounds && item.sets !== undefined && item.sets !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'sets'],
          message: 'must be absent or 1 when structure is "rounds"',
        })
    })
  })

/** The file format's JSON shape: what Export writes and Import reads. */
export type CircuitFile = z.input<typeof fileSchema>

/** A refusal: each problem is `path: rule`, in plain words. */
export interface CircuitProblem {
  path: string
  message: string
}

export type ParseResult =
  { ok: true; circuit: Circuit } | { ok: false; problems: CircuitProblem[]; message: string }

/** Formats a zod path as `items[2].reps`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}

function refuse(problems: CircuitProblem[]): ParseResult {
  const lines = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
  return { ok: false, problems, message: lines.join('\n') }
}

function issueToProblem(issue: z.core.$ZodIssue): CircuitProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: 'is not a field of the circuit format',
    }))
  }
  const path = formatPath(issue.path)
  return [{ path, message: issue.message }]
}

function applyDefaults(file: z.output<typeof fileSchema>): Circuit {
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
      const exercise = findExercise(item.exercise)
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
      return out
    }),
  }
}

/**
 * Validates an already-parsed value against the format v1 and applies its defaults.
 * A newer version is refused with a message naming it.
 */
export function parseCircuit(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse([{ path: '', message: 'The file is not a circuit: expected a JSON object' }])
  }
  const head = value as Record<string, unknown>
  if (head.format !== CIRCUIT_FORMAT) {
    return refuse([
      {
        path: 'format',
        message: `must be "${CIRCUIT_FORMAT}"; this is not a Runstrong circuit file`,
      },
    ])
  }
  if (typeof head.version === 'number' && head.version > CIRCUIT_VERSION) {
    return refuse([
      {
        path: 'version',
        message: `version ${head.version} is newer than this app reads (version ${CIRCUIT_VERSION}); update Runstrong to open it`,
      },
    ])
  }
  const result = fileSchema.safeParse(value)
  if (!result.success) return refuse(result.error.issues.flatMap(issueToProblem))
  return { ok: true, circuit: applyDefaults(result.data) }
}

/** Byte length of a string in UTF-8. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Parses the text of a circuit file: size first, then JSON, then the format. */
export function parseCircuitText(text: string): ParseResult {
  if (utf8Bytes(text) > MAX_CIRCUIT_FILE_BYTES) {
    return refuse([
      { path: '', message: 'The file is larger than 1 MB; a circuit file is far smaller' },
    ])
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return refuse([{ path: '', message: `The file is not valid JSON (${detail})` }])
  }
  return parseCircuit(value)
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

/** Every piece of equipment the circuit's items need, standard or challenge, as readable groups. */
export function equipmentGroups(c: Circuit): string[][] {
  const seen = new Set<string>()
  const out: string[][] = []
  for (const item of c.items) {
    const e = findExercise(item.exercise)
    if (!e) continue
    const groups: (readonly string[])[] = [...e.equipment]
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

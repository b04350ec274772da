/**
 * The circuit file format v1 as a zod schema: every field's rule, worded for people (see
 * `circuit-messages.ts`). Reading a file against it is `parseCircuit` in `circuit-file.ts`.
 */
import { z } from 'zod'
import { CIRCUIT_FORMAT, CIRCUIT_VERSION, LIMITS } from './circuit'
import { choiceRule, typeRule, unknownExercise } from './circuit-messages'
import { findExercise } from './exercises'

/** C0 and C1 control characters and DEL: newlines and tabs too. */
const CONTROL = /\p{Cc}/u
/** Characters that show nothing: spaces, controls, format and other default-ignorable ones. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u

/** True when the text holds a control character (C0, DEL or C1), a newline or tab included. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text)
}

/** True when the text holds at least one character that shows: not only spaces or format characters. */
export function hasVisibleCharacters(text: string): boolean {
  for (const ch of text) if (!INVISIBLE.test(ch)) return true
  return false
}

const between = (min: number, max: number) => `must be between ${min} and ${max}`

function wholeNumber([min, max]: readonly [number, number]) {
  return z
    .int({ error: typeRule(`must be a whole number from ${min} to ${max}`, 'a number') })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) })
}

function anyNumber([min, max]: readonly [number, number]) {
  return z
    .number({ error: typeRule(`must be a number from ${min} to ${max}`, 'a number') })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) })
}

const NO_CONTROL = 'must not contain control characters'

function text(maxChars: number) {
  return z
    .string({ error: typeRule('must be text', 'text') })
    .refine((s) => !hasControlCharacters(s), { error: NO_CONTROL, abort: true })
    .max(maxChars, { error: `must be at most ${maxChars} characters` })
}

/**
 * What is wrong with a circuit's name as the file gives it, if anything: one rule, so the
 * name gets one message. Only spaces count as empty; other invisible characters are named.
 */
function nameRule(raw: string): string | undefined {
  if (hasControlCharacters(raw)) return NO_CONTROL
  const trimmed = raw.trim()
  const onlySpaces = /^\p{White_Space}*$/u.test(raw)
  if (trimmed.length > LIMITS.nameChars || onlySpaces)
    return `must be 1 to ${LIMITS.nameChars} characters`
  if (!hasVisibleCharacters(raw)) return 'must contain visible characters'
  return undefined
}

const itemSchema = z.strictObject(
  {
    exercise: z
      .string({ error: typeRule('must be text', 'text') })
      .refine((id) => findExercise(id) !== undefined, {
        error: (iss) => unknownExercise(iss.input),
      }),
    sets: wholeNumber(LIMITS.sets).optional(),
    reps: wholeNumber(LIMITS.reps).optional(),
    seconds: wholeNumber(LIMITS.seconds).optional(),
    perSide: z.boolean({ error: typeRule('must be true or false', 'true/false') }).optional(),
    secondsPerRep: anyNumber(LIMITS.secondsPerRep).optional(),
    load: text(LIMITS.loadChars).optional(),
    variant: z
      .enum(['standard', 'challenge'], { error: choiceRule('must be "standard" or "challenge"') })
      .optional(),
    notes: text(LIMITS.notesChars).optional(),
  },
  { error: typeRule('must be an object', 'an object') },
)

/** The format v1: every field's type and bounds, and the rules between fields. */
export const circuitFileSchema = z
  .strictObject({
    format: z.literal(CIRCUIT_FORMAT, { error: choiceRule(`must be "${CIRCUIT_FORMAT}"`) }),
    version: z.literal(CIRCUIT_VERSION, {
      error: typeRule(`must be ${CIRCUIT_VERSION}`, 'a number'),
    }),
    name: z
      .string({ error: typeRule('must be text', 'text') })
      .superRefine((raw, ctx) => {
        const rule = nameRule(raw)
        if (rule) ctx.addIssue({ code: 'custom', message: rule })
      })
      .trim(),
    structure: z
      .enum(['sets', 'rounds'], { error: choiceRule('must be "sets" or "rounds"') })
      .optional(),
    rounds: wholeNumber(LIMITS.rounds).optional(),
    warmupSec: wholeNumber(LIMITS.warmupSec).optional(),
    cooldownSec: wholeNumber(LIMITS.cooldownSec).optional(),
    secondsPerRep: anyNumber(LIMITS.secondsPerRep).optional(),
    switchSidesSec: wholeNumber(LIMITS.switchSidesSec).optional(),
    restBetweenSetsSec: wholeNumber(LIMITS.restSec).optional(),
    restBetweenExercisesSec: wholeNumber(LIMITS.restSec).optional(),
    restBetweenRoundsSec: wholeNumber(LIMITS.restSec).optional(),
    items: z
      .array(itemSchema, { error: typeRule('must be a list', 'a list') })
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
export type CircuitFile = z.input<typeof circuitFileSchema>

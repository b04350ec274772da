/**
 * The circuit file format v1 as a zod schema: every field's rule, worded for people (see
 * `circuit-messages.ts`). Reading a file against it is `parseCircuit` in `circuit-file.ts`.
 */
import * as z from '../zod'
import { CIRCUIT_FORMAT, CIRCUIT_VERSION, LIMITS } from './circuit'
import { choiceRule, typeRule, unknownExercise } from './circuit-messages'
import { findBasics } from './exercise-basics'

/**
 * C0 and C1 control characters and DEL, newlines and tabs too, and the line and paragraph
 * separators (U+2028, U+2029): they break a line as a newline does.
 */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u
/** Characters that show nothing: spaces, controls, format and other default-ignorable ones. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u

/**
 * True when the text holds a control character (C0, DEL or C1), a newline or tab included,
 * or a line or paragraph separator.
 */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text)
}

/** True when the text holds at least one character that shows: not only spaces or format characters. */
export function hasVisibleCharacters(text: string): boolean {
  for (const ch of text) if (!INVISIBLE.test(ch)) return true
  return false
}

/**
 * A number field's rule, the same for a wrong type, a fraction and a value out of bounds:
 * "a whole number from 1 to 10", "a whole number of seconds from 0 to 1800".
 */
function numberRule(kind: string, [min, max]: readonly [number, number], unit?: string) {
  return `${kind}${unit ? ` of ${unit}` : ''} from ${min} to ${max}`
}

function wholeNumber(limits: readonly [number, number], unit?: string) {
  const rule = numberRule('a whole number', limits, unit)
  return z
    .int({ error: typeRule(rule, 'a number') })
    .check(z.gte(limits[0], { error: rule }), z.lte(limits[1], { error: rule }))
}

function anyNumber(limits: readonly [number, number], unit?: string) {
  const rule = numberRule('a number', limits, unit)
  return z
    .number({ error: typeRule(rule, 'a number') })
    .check(z.gte(limits[0], { error: rule }), z.lte(limits[1], { error: rule }))
}

const NO_CONTROL = 'no control characters, such as tabs or line breaks'

function text(maxChars: number) {
  return z.string({ error: typeRule('text', 'text') }).check(
    z.refine((s) => !hasControlCharacters(s), { error: NO_CONTROL, abort: true }),
    z.maxLength(maxChars, { error: `at most ${maxChars} characters` }),
  )
}

/**
 * What is wrong with a circuit's name as the file gives it, if anything: one rule, so the
 * name gets one message. Only spaces count as empty; other invisible characters are named.
 */
function nameRule(raw: string): string | undefined {
  if (hasControlCharacters(raw)) return NO_CONTROL
  const trimmed = raw.trim()
  const onlySpaces = /^\p{White_Space}*$/u.test(raw)
  if (trimmed.length > LIMITS.nameChars || onlySpaces) return `1 to ${LIMITS.nameChars} characters`
  if (!hasVisibleCharacters(raw)) return 'at least one visible character'
  return undefined
}

const itemSchema = z.strictObject(
  {
    exercise: z.string({ error: typeRule("an exercise's id", 'text') }).check(
      z.refine((id) => findBasics(id) !== undefined, {
        error: (iss) => unknownExercise(iss.input),
      }),
    ),
    sets: z.optional(wholeNumber(LIMITS.sets)),
    reps: z.optional(wholeNumber(LIMITS.reps)),
    seconds: z.optional(wholeNumber(LIMITS.seconds)),
    perSide: z.optional(z.boolean({ error: typeRule('true or false', 'true/false') })),
    secondsPerRep: z.optional(anyNumber(LIMITS.secondsPerRep, 'seconds')),
    load: z.optional(text(LIMITS.loadChars)),
    variant: z.optional(
      z.enum(['standard', 'challenge'], { error: choiceRule('"standard" or "challenge"') }),
    ),
    notes: z.optional(text(LIMITS.notesChars)),
    restSec: z.optional(wholeNumber(LIMITS.restSec, 'seconds')),
  },
  { error: typeRule('an object', 'an object') },
)

const ITEMS_RULE = `a circuit holds ${LIMITS.items[0]} to ${LIMITS.items[1]} exercises`

/** The format v1: every field's type and bounds, and the rules between fields. */
export const circuitFileSchema = z
  .strictObject({
    format: z.literal(CIRCUIT_FORMAT, { error: choiceRule(`"${CIRCUIT_FORMAT}"`) }),
    version: z.literal(CIRCUIT_VERSION, {
      error: typeRule(`the number ${CIRCUIT_VERSION}`, 'a number'),
    }),
    name: z.string({ error: typeRule('text', 'text') }).check(
      z.superRefine((raw, ctx) => {
        const rule = nameRule(raw)
        if (rule) ctx.addIssue({ code: 'custom', message: rule })
      }),
      z.trim(),
    ),
    structure: z.optional(z.enum(['sets', 'rounds'], { error: choiceRule('"sets" or "rounds"') })),
    rounds: z.optional(wholeNumber(LIMITS.rounds)),
    warmupSec: z.optional(wholeNumber(LIMITS.warmupSec, 'seconds')),
    cooldownSec: z.optional(wholeNumber(LIMITS.cooldownSec, 'seconds')),
    secondsPerRep: z.optional(anyNumber(LIMITS.secondsPerRep, 'seconds')),
    switchSidesSec: z.optional(wholeNumber(LIMITS.switchSidesSec, 'seconds')),
    restBetweenSetsSec: z.optional(wholeNumber(LIMITS.restSec, 'seconds')),
    restBetweenExercisesSec: z.optional(wholeNumber(LIMITS.restSec, 'seconds')),
    restBetweenRoundsSec: z.optional(wholeNumber(LIMITS.restSec, 'seconds')),
    items: z
      .array(itemSchema, { error: typeRule('a list of exercises', 'a list') })
      .check(
        z.minLength(LIMITS.items[0], { error: ITEMS_RULE }),
        z.maxLength(LIMITS.items[1], { error: ITEMS_RULE }),
      ),
  })
  .check(
    z.superRefine((file, ctx) => {
      const rounds = file.structure === 'rounds'
      if (!rounds) {
        for (const key of ['rounds', 'restBetweenRoundsSec'] as const) {
          if (file[key] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: 'only allowed when the structure is "rounds"',
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
            message: hasReps ? 'Reps or Seconds, not both' : 'Reps or Seconds, one of the two',
          })
        if (rounds && item.sets !== undefined && item.sets !== 1)
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'sets'],
            message: '1 or left out when the structure is "rounds"',
          })
      })
    }),
  )

/** The file format's JSON shape: what Export writes and Import reads. */
export type CircuitFile = z.input<typeof circuitFileSchema>

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

/** At most this many problems are listed in a refusal's message; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10
/** A value from the file quoted in a message is cut to this many characters, "…" included. */
export const MAX_QUOTED_CHARS = 40

/** C0 and C1 control characters and DEL: newlines and tabs too. */
const CONTROL = /\p{Cc}/u
/** Characters that show nothing: spaces, controls, format and other default-ignorable ones. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u
/** Characters a message shows escaped, so the message stays on its lines and in its order. */
const ESCAPED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/** True when the text holds a control character (C0, DEL or C1), a newline or tab included. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text)
}

/** True when the text holds at least one character that shows: not only spaces or format characters. */
export function hasVisibleCharacters(text: string): boolean {
  for (const ch of text) if (!INVISIBLE.test(ch)) return true
  return false
}

function escaped(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  if (ch === '\t') return '\\t'
  const code = ch.codePointAt(0) ?? 0
  return code > 0xffff
    ? `\\u{${code.toString(16).toUpperCase()}}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * A value from the file as a message shows it: invisible characters escaped (`\n`, `\u200B`)
 * and the whole cut to at most {@link MAX_QUOTED_CHARS} characters, ending in "…" when cut.
 */
export function shownValue(value: string): string {
  let out = ''
  let cut = ''
  for (const ch of value) {
    out += ESCAPED.test(ch) ? escaped(ch) : ch
    if (out.length <= MAX_QUOTED_CHARS - 1) cut = out
    else if (out.length > MAX_QUOTED_CHARS) return `${cut}…`
  }
  return out
}

/** The kinds of JSON value, in the words a message uses. */
type JsonKind = 'text' | 'a number' | 'true/false' | 'a list' | 'an object' | 'null'

/** What a JSON value is, in the words a message uses: "text", "a number", "a list"... */
function describeJsonType(value: unknown): JsonKind | `a ${string}` {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return 'a number'
    case 'boolean':
      return 'true/false'
    case 'object':
      return 'an object'
    default:
      return `a ${typeof value}`
  }
}

/**
 * The message for a value zod refused by its type: "is required" when it is missing, the
 * rule alone when the value has the expected type (a number out of range, say), else the
 * rule and what the file holds instead: "must be text, not a number".
 */
function typeRule(rule: string, expected: JsonKind) {
  return (iss: { input?: unknown }) => {
    if (iss.input === undefined) return 'is required'
    const got = describeJsonType(iss.input)
    return got === expected ? rule : `${rule}, not ${got}`
  }
}

/** Like {@link typeRule} for a choice of words: a wrong word is quoted, cut short. */
function choiceRule(rule: string) {
  return (iss: { input?: unknown }) => {
    if (iss.input === undefined) return 'is required'
    return typeof iss.input === 'string'
      ? `${rule}, not "${shownValue(iss.input)}"`
      : `${rule}, not ${describeJsonType(iss.input)}`
  }
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

/** Shown with the first unknown exercise of a message only, to keep the message short. */
const EXERCISE_LIST = ` (${EXERCISE_IDS.join(', ')})`

const itemSchema = z.strictObject(
  {
    exercise: z
      .string({ error: typeRule('must be text', 'text') })
      .refine((id) => findExercise(id) !== undefined, {
        error: (iss) =>
          `"${shownValue(String(iss.input))}" is not one of the article's exercises${EXERCISE_LIST}`,
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

const fileSchema = z
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
export type CircuitFile = z.input<typeof fileSchema>

/** A refusal: each problem is `path: rule`, in plain words. */
export interface CircuitProblem {
  path: string
  message: string
}

export type ParseResult =
  { ok: true; circuit: Circuit } | { ok: false; problems: CircuitProblem[]; message: string }

/** Formats a zod path as `items[2].reps`; a field name from the file is shown cut short. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${shownValue(String(part))}` : shownValue(String(part))
  }
  return out
}

/**
 * A refusal. `problems` holds every problem; the message lists the first
 * {@link MAX_LISTED_PROBLEMS}, one a line, then counts the rest ("and 12 more"). The list
 * of exercise ids is given once, with the first unknown exercise.
 */
function refuse(problems: CircuitProblem[]): ParseResult {
  let listed = false
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => {
    let message = p.message
    if (message.endsWith(EXERCISE_LIST)) {
      if (listed) message = message.slice(0, -EXERCISE_LIST.length)
      listed = true
    }
    return p.path ? `${p.path}: ${message}` : message
  })
  const more = problems.length - MAX_LISTED_PROBLEMS
  if (more > 0) lines.push(`and ${more} more`)
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
    const got = describeJsonType(value)
    return refuse([
      { path: '', message: `The file is not a circuit: expected a JSON object, not ${got}` },
    ])
  }
  const head = value as Record<string, unknown>
  if (head.format !== CIRCUIT_FORMAT) {
    const rule = `must be "${CIRCUIT_FORMAT}"`
    const given = head.format === undefined ? rule : choiceRule(rule)({ input: head.format })
    return refuse([{ path: 'format', message: `${given}; this is not a Runstrong circuit file` }])
  }
  if (typeof head.version === 'number' && head.version > CIRCUIT_VERSION) {
    const version = shownValue(String(head.version))
    return refuse([
      {
        path: 'version',
        message: `version ${version} is newer than this app reads (version ${CIRCUIT_VERSION}); update Runstrong to open it`,
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

/**
 * Where JSON that is cut short or broken goes wrong, in words, without the parser's own
 * message (which quotes the file). Engines that give no place get the plain refusal.
 */
function brokenJson(text: string, error: unknown): string {
  const refusal = 'The file is not valid JSON'
  const endsEarly = `${refusal}: it ends too early, as if cut short`
  const detail = error instanceof Error ? error.message : ''
  if (/end of (JSON )?(input|data)/i.test(detail)) return endsEarly
  const position = /at position (\d+)/.exec(detail)
  if (position) {
    const at = Number(position[1])
    if (text.slice(at).trim() === '') return endsEarly
    const before = text.slice(0, at)
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    return `${refusal}: there is a mistake at line ${line}, column ${column}`
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(detail)
  if (lineColumn)
    return `${refusal}: there is a mistake at line ${lineColumn[1]}, column ${lineColumn[2]}`
  return refusal
}

/**
 * Parses the text of a circuit file: size first, then emptiness, then JSON, then the
 * format. A leading byte order mark is ignored.
 */
export function parseCircuitText(text: string): ParseResult {
  if (utf8Bytes(text) > MAX_CIRCUIT_FILE_BYTES) {
    return refuse([
      { path: '', message: 'The file is larger than 1 MB; a circuit file is far smaller' },
    ])
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const start = body.trimStart()
  if (start === '') return refuse([{ path: '', message: 'The file is empty.' }])
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    // JSON that is cut short or broken starts like a circuit; anything else is not one.
    const looksLikeJson = start.startsWith('{') || start.startsWith('[')
    const message = looksLikeJson
      ? brokenJson(body, error)
      : 'This is not a circuit file: it is not JSON.'
    return refuse([{ path: '', message }])
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

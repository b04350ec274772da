/**
 * The wording of a circuit's refusals: each problem is `field: rule`, the field named as the
 * builder shows it ("Exercise 1, Sets: a whole number from 1 to 10"), with values from the
 * file shown escaped and cut short, and JSON types named as people say them.
 */
import type * as z from '../zod'
import { EXERCISE_IDS } from './exercise-basics'
import { fieldName } from './field-names'

/** At most this many problems are listed in a refusal's message; the rest are counted. */
const MAX_LISTED_PROBLEMS = 10
/** A value from the file quoted in a message is cut to this many characters, "…" included. */
const MAX_QUOTED_CHARS = 40

/** One problem of a refusal: the field, by its place in the file and in words, and the rule. */
export interface CircuitProblem {
  /** Where in the file: `items[2].reps`; "" for the file as a whole. Code finds fields by it. */
  path: string
  /** The field as people see it: "Exercise 3, Reps"; "" for the file as a whole. */
  field: string
  /** What the field must hold, in plain words: "a whole number from 1 to 100". */
  message: string
}

/** Characters a message shows escaped, so the message stays on its lines and in its order. */
const ESCAPED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

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
export type JsonKind = 'text' | 'a number' | 'true/false' | 'a list' | 'an object' | 'null'

/** What a JSON value is, in the words a message uses: "text", "a number", "a list"... */
export function describeJsonType(value: unknown): JsonKind | `a ${string}` {
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

/** The rule for a field the file leaves out but must give. */
export const REQUIRED = 'required'

/**
 * The message for a value zod refused by its type: "required" when it is missing, the
 * rule alone when the value has the expected type (a number out of range, say), else the
 * rule and what the file holds instead: "text, not a number".
 */
export function typeRule(rule: string, expected: JsonKind) {
  return (iss: { input?: unknown }) => {
    if (iss.input === undefined) return REQUIRED
    const got = describeJsonType(iss.input)
    return got === expected ? rule : `${rule}, not ${got}`
  }
}

/** Like {@link typeRule} for a choice of words: a wrong word is quoted, cut short. */
export function choiceRule(rule: string) {
  return (iss: { input?: unknown }) => {
    if (iss.input === undefined) return REQUIRED
    return typeof iss.input === 'string'
      ? `${rule}, not "${shownValue(iss.input)}"`
      : `${rule}, not ${describeJsonType(iss.input)}`
  }
}

/** Shown with the first unknown exercise of a message only, to keep the message short. */
const EXERCISE_LIST = ` (${EXERCISE_IDS.join(', ')})`

/** The rule for an exercise id the catalogue does not have: the id, cut short, then every id. */
export function unknownExercise(input: unknown): string {
  return `"${shownValue(String(input))}" is not one of the article's exercises${EXERCISE_LIST}`
}

/** Formats a zod path as `items[2].reps`; a field name from the file is shown cut short. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${shownValue(String(part))}` : shownValue(String(part))
  }
  return out
}

/** A key the format does not have, quoted as the file spells it, cut short. */
const quotedKey = (key: PropertyKey): string => `"${shownValue(String(key))}"`

/** zod's names for JSON types, in the words a message uses. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false',
  array: 'a list',
  object: 'an object',
  tuple: 'a list',
  null: 'null',
}

/** What a count in a bound counts, by the kind of value bounded. */
const COUNTED: Readonly<Record<string, string>> = {
  string: ' characters',
  array: ' items',
  set: ' items',
}

/**
 * Any zod issue's rule in plain words ("at most 10000", "a number, not text", "required"),
 * for the stores' messages: zod's own wording is not loaded with the first screen. The
 * value found is named only when the parse reported it (`reportInput: true`).
 */
export function plainRule(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return `${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${COUNTED[issue.origin] ?? ''}`
    case 'too_small':
      return `${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${COUNTED[issue.origin] ?? ''}`
    case 'invalid_type': {
      const want = EXPECTED[issue.expected] ?? issue.expected
      if (!('input' in issue) || issue.input === undefined) return REQUIRED
      // A number with a fraction where a whole one belongs: the rule says it all.
      if (typeof issue.input === 'number' && issue.expected === 'int') return want
      return `${want}, not ${describeJsonType(issue.input)}`
    }
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'unrecognized_keys':
      return `${issue.keys.map(quotedKey).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of it`
    case 'invalid_format':
      return 'not in the expected form'
    default:
      return issue.message
  }
}

/** A problem at a place in the file, its field named in words. */
export function problemAt(path: readonly PropertyKey[], message: string): CircuitProblem {
  return { path: formatPath(path), field: fieldName(path, quotedKey), message }
}

/**
 * The problems of one zod issue: one for each field the format does not have (named by the
 * exercise or circuit it sits in, the key quoted: `Exercise 3: "weight" is not…`), else one.
 */
export function issueProblems(issue: z.core.$ZodIssue): CircuitProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      ...problemAt([...issue.path, key], ''),
      field: fieldName(issue.path, quotedKey),
      message: `${quotedKey(key)} is not a field of the circuit format`,
    }))
  }
  return [problemAt(issue.path, issue.message)]
}

/** A problem as one line: "Exercise 1, Sets: a whole number from 1 to 10". */
export function problemLine(p: CircuitProblem): string {
  return p.field ? `${p.field}: ${p.message}` : p.message
}

/**
 * A refusal's message: the first {@link MAX_LISTED_PROBLEMS} problems, one a line, then a
 * count of the rest ("and 12 more"). The list of exercise ids is given once, with the first
 * unknown exercise.
 */
export function refusalMessage(problems: readonly CircuitProblem[]): string {
  let listed = false
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => {
    let message = p.message
    if (message.endsWith(EXERCISE_LIST)) {
      if (listed) message = message.slice(0, -EXERCISE_LIST.length)
      listed = true
    }
    return problemLine({ ...p, message })
  })
  const more = problems.length - MAX_LISTED_PROBLEMS
  if (more > 0) lines.push(`and ${more} more`)
  return lines.join('\n')
}

/**
 * The circuit file: reading one (an already-parsed value, or the file's text) into a
 * circuit with its defaults applied, and writing a circuit back as the format's object, its
 * text and a file name. Every refusal names the field as the builder shows it ("Exercise 1,
 * Sets") and the rule in plain words; each problem keeps its path in the file for code.
 * Writing, and a checked file's defaults, are `circuit-convert.ts`, which needs no schema:
 * the Circuits screen lists the presets and exports a circuit without loading the checks.
 */
import { CIRCUIT_FORMAT, CIRCUIT_VERSION, MAX_CIRCUIT_FILE_BYTES, type Circuit } from './circuit'
import { withDefaults } from './circuit-convert'
import {
  describeJsonType,
  issueProblems,
  refusalMessage,
  shownValue,
  type CircuitProblem,
} from './circuit-messages'
import { circuitFileSchema } from './circuit-schema'

export { MAX_CIRCUIT_FILE_BYTES } from './circuit'
export { circuitFileName, serializeCircuit, toCircuitFile } from './circuit-convert'

export type ParseResult =
  { ok: true; circuit: Circuit } | { ok: false; problems: CircuitProblem[]; message: string }

/** A refusal: `problems` holds every problem, the message lists the first few. */
function refuse(problems: CircuitProblem[]): ParseResult {
  return { ok: false, problems, message: refusalMessage(problems) }
}

/** A refusal of the file as a whole, or of one field named in the sentence itself. */
function refuseFile(message: string, path = ''): ParseResult {
  return refuse([{ path, field: '', message }])
}

/** Says a file is not a circuit file, and why, in one sentence. */
const notACircuit = (why: string) => `This is not a circuit file: ${why}.`

/**
 * Validates an already-parsed value against the format v1 and applies its defaults.
 * A newer version is refused with a message naming it.
 */
export function parseCircuit(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = describeJsonType(value)
    return refuseFile(notACircuit(`it holds ${got}, where a circuit file holds a JSON object`))
  }
  const head = value as Record<string, unknown>
  if (head.format !== CIRCUIT_FORMAT) {
    const mark = `"format": "${CIRCUIT_FORMAT}"`
    const given =
      typeof head.format === 'string'
        ? `its format is "${shownValue(head.format)}"`
        : head.format === undefined
          ? 'it has no format'
          : `its format is ${describeJsonType(head.format)}`
    return refuseFile(
      notACircuit(`${given}, where a Runstrong circuit file says ${mark}`),
      'format',
    )
  }
  if (typeof head.version === 'number' && head.version > CIRCUIT_VERSION) {
    const version = shownValue(String(head.version))
    return refuseFile(
      `This circuit file is version ${version}, newer than this app reads (version ${CIRCUIT_VERSION}); update Runstrong to open it.`,
      'version',
    )
  }
  const result = circuitFileSchema.safeParse(value)
  if (!result.success) return refuse(result.error.issues.flatMap(issueProblems))
  return { ok: true, circuit: withDefaults(result.data) }
}

/** Byte length of a string in UTF-8. */
function utf8Bytes(text: string): number {
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
    return refuseFile('The file is larger than 1 MB; a circuit file is far smaller.')
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const start = body.trimStart()
  if (start === '') return refuseFile('The file is empty.')
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    // JSON that is cut short or broken starts like a circuit; anything else is not one.
    const looksLikeJson = start.startsWith('{') || start.startsWith('[')
    return refuseFile(looksLikeJson ? brokenJson(body, error) : notACircuit('it is not JSON'))
  }
  return parseCircuit(value)
}

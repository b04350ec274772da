/**
 * Session history: what was done in each finished (or left early) session, its schema and
 * reading it back. Making an entry from a session is `history-record.ts`; the list's changes
 * and stored shape are `history-entries.ts`; weeks, streaks and CSV are `history-stats.ts`.
 */
import * as z from '../zod'
import { LIMITS } from '../circuits/circuit'
import { shownValue } from '../circuits/circuit-messages'
import { hasControlCharacters } from '../circuits/circuit-schema'
import { findBasics } from '../circuits/exercise-basics'
import { MAX_SESSION_MS } from '../engine/snapshot-schema'
import { MAX_DATE_MS } from '../engine/time-bounds'

/**
 * The most sessions a history holds: ten years at three a week is about 1,600. A stored
 * history with more is read as its newest `MAX_HISTORY_ENTRIES`, reported as a partial read.
 */
export const MAX_HISTORY_ENTRIES = 100_000
/** The longest id of a session, or of an exercise, in characters (ours are 36 or fewer). */
export const MAX_HISTORY_ID_CHARS = 100
/**
 * The most efforts in one session: the format allows at most 2,000 (20 rounds of 50
 * items, each side on its own).
 */
export const MAX_SESSION_EFFORTS = 10_000
/** The most sets, rounds or per-side efforts one exercise row counts (the format allows 20). */
export const MAX_EXERCISE_SETS = 1000

/** True when `id` names an exercise of the catalogue. */
function isKnownExercise(id: string): boolean {
  return findBasics(id) !== undefined
}

const count = (max: number) => z.int().check(z.gte(0), z.lte(max))
/** Text shown on screens and in exports: no control characters (a NUL, a terminal escape). */
const shownText = (maxChars: number) =>
  z.string().check(
    z.maxLength(maxChars),
    z.refine((s) => !hasControlCharacters(s), {
      error: 'no control characters, such as line breaks or terminal escapes',
    }),
  )
const sessionMs = z.number().check(z.gte(0), z.lte(MAX_SESSION_MS))
const feelingSchema = z.enum(['easy', 'right', 'hard'])
/** One exercise row as stored: any id, so a row of an unknown exercise can be dropped alone. */
const storedRecordSchema = z.strictObject({
  exercise: z.string(),
  /** Sets (or rounds) with every side done. */
  setsDone: count(MAX_EXERCISE_SETS),
  setsPlanned: count(MAX_EXERCISE_SETS),
  /** Per-side efforts done, for per-side work. */
  left: z.optional(count(MAX_EXERCISE_SETS)),
  right: z.optional(count(MAX_EXERCISE_SETS)),
  /** The load as written in the circuit, at most `LIMITS.loadChars` (40) characters. */
  load: z.optional(shownText(LIMITS.loadChars)),
  /** How this exercise felt, when rated on its own (optional, after the session's). */
  feeling: z.optional(feelingSchema),
  /**
   * What one effort was, as the circuit said: reps (per side, for per-side work) or a hold's
   * seconds. Entries recorded before these were kept have neither.
   */
  reps: z.optional(z.int().check(z.gte(LIMITS.reps[0]), z.lte(LIMITS.reps[1]))),
  seconds: z.optional(z.int().check(z.gte(LIMITS.seconds[0]), z.lte(LIMITS.seconds[1]))),
  /** The harder version was done ('challenge'); absent for the standard one. */
  variant: z.optional(z.enum(['standard', 'challenge'])),
  /**
   * The planned length of one set's work, in ms: every side and the switch between them.
   * The app does not time sets as they happen; this is what a FIT file's sets last.
   */
  setMs: z.optional(sessionMs),
})

/** One exercise of a session: its id must name an exercise of the catalogue. */
const exerciseRecordSchema = z.extend(storedRecordSchema, {
  exercise: z.string().check(
    z.maxLength(MAX_HISTORY_ID_CHARS, { abort: true }),
    z.refine(isKnownExercise, {
      error: (iss) => `"${String(iss.input)}" is not an exercise Runstrong knows`,
    }),
  ),
})

/** A session's fields other than its exercises. */
const entryFields = {
  id: z.string().check(z.minLength(1), z.maxLength(MAX_HISTORY_ID_CHARS)),
  /** At most `LIMITS.nameChars` (80) characters, as in the circuit format. */
  circuitName: shownText(LIMITS.nameChars),
  /** Wall-clock start, ms since the epoch (fractional: it is derived from the page clock). */
  startedAt: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  plannedMs: z.number().check(z.gte(0), z.lte(MAX_SESSION_MS)),
  actualMs: z.number().check(z.gte(0), z.lte(MAX_SESSION_MS)),
  effortsDone: count(MAX_SESSION_EFFORTS),
  effortsSkipped: count(MAX_SESSION_EFFORTS),
  effortsTotal: count(MAX_SESSION_EFFORTS),
  endedEarly: z.boolean(),
  /** How it felt, asked at the end; absent when skipped. */
  feeling: z.optional(feelingSchema),
  /** The circuit's structure: sets are done exercise by exercise, rounds one of each in turn. */
  structure: z.optional(z.enum(['sets', 'rounds'])),
  /** The warm-up and cool-down, in ms, where each ran to its end (0 when cut short or skipped). */
  warmupMs: z.optional(sessionMs),
  cooldownMs: z.optional(sessionMs),
}

/** One exercise row per circuit item: at most `LIMITS.items[1]` (50), as in the format. */
const exerciseRows = <T extends z.ZodMiniType>(row: T) =>
  z.array(row).check(z.maxLength(LIMITS.items[1]))

/** What a session's counts must agree on; `issue` is told of each disagreement. */
interface Counts {
  effortsDone: number
  effortsSkipped: number
  effortsTotal: number
  exercises: { setsDone: number; setsPlanned: number; left?: number; right?: number }[]
}

/** The rules between a session's counts: nothing done beyond what was planned. */
const countsAgree = z.superRefine((e: Counts, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message, input: e })
  if (e.effortsDone > e.effortsTotal)
    issue(['effortsDone'], `more efforts done (${e.effortsDone}) than planned (${e.effortsTotal})`)
  else if (e.effortsDone + e.effortsSkipped > e.effortsTotal)
    issue(
      ['effortsSkipped'],
      `efforts done and skipped (${e.effortsDone} and ${e.effortsSkipped}) are more than the ${e.effortsTotal} planned`,
    )
  e.exercises.forEach((x, i) => {
    if (x.setsDone > x.setsPlanned)
      issue(
        ['exercises', i, 'setsDone'],
        `more sets done (${x.setsDone}) than planned (${x.setsPlanned})`,
      )
    for (const side of ['left', 'right'] as const)
      if ((x[side] ?? 0) > x.setsPlanned)
        issue(
          ['exercises', i, side],
          `more sets done on the ${side} (${x[side]}) than planned (${x.setsPlanned})`,
        )
  })
})

/** A session as stored: exercise rows may name exercises the catalogue no longer has. */
const storedEntrySchema = z
  .strictObject({ ...entryFields, exercises: exerciseRows(storedRecordSchema) })
  .check(countsAgree)

/**
 * A session's record, as the runner makes it: every bound, only known exercises, and counts
 * that agree (no more done than planned).
 */
export const historyEntrySchema = z
  .strictObject({ ...entryFields, exercises: exerciseRows(exerciseRecordSchema) })
  .check(countsAgree)

export type HistoryEntry = z.infer<typeof historyEntrySchema>
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>
export type Feeling = NonNullable<HistoryEntry['feeling']>

const historyFileSchema = z.strictObject({ version: z.literal(1), sessions: z.array(z.unknown()) })

/** "1 session", "3 sessions": a count with the word that fits it. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Control characters (and line or paragraph separators) in stored text, each run a space. */
const spaced = (text: string) => text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A stored session with control characters in its circuit's name or its loads made spaces
 * (the same object when there were none): a name with a NUL or a terminal escape is damage,
 * but the session it names is kept.
 */
function tidyText(stored: unknown): unknown {
  if (!isRecord(stored)) return stored
  const dirty = (v: unknown): v is string => typeof v === 'string' && hasControlCharacters(v)
  const clean = (v: unknown) => (dirty(v) ? spaced(v) : v)
  const rows: unknown[] = Array.isArray(stored['exercises']) ? stored['exercises'] : []
  const dirtyRow = (row: unknown) => isRecord(row) && dirty(row['load'])
  if (!dirty(stored['circuitName']) && !rows.some(dirtyRow)) return stored
  return {
    ...stored,
    circuitName: clean(stored['circuitName']),
    // Rows that are not a list stay as they are: damage the schema names.
    exercises: Array.isArray(stored['exercises'])
      ? rows.map((row) =>
          dirtyRow(row)
            ? { ...(row as object), load: clean((row as Record<string, unknown>)['load']) }
            : row,
        )
      : stored['exercises'],
  }
}

/**
 * Reads stored history, keeping every readable entry when some are damaged. A row naming an
 * exercise the catalogue does not have is dropped, the rest of its session kept; beyond
 * `MAX_HISTORY_ENTRIES`, the oldest sessions are left out. Each of these makes a partial read.
 */
export function historyFromStored(
  value: unknown,
): { ok: true; value: HistoryEntry[] } | { ok: false; reason: string; partial?: HistoryEntry[] } {
  const top = historyFileSchema.safeParse(value)
  if (!top.success) return { ok: false, reason: 'it is not a history this version knows' }
  const { sessions } = top.data
  // Sessions are stored in the order they were recorded: the newest are kept.
  const leftOut = Math.max(0, sessions.length - MAX_HISTORY_ENTRIES)
  const good: HistoryEntry[] = []
  const unknownIds = new Set<string>()
  let bad = 0
  let droppedRows = 0
  let tidied = 0
  for (const stored of leftOut > 0 ? sessions.slice(leftOut) : sessions) {
    const s = tidyText(stored)
    if (s !== stored) tidied++
    const r = storedEntrySchema.safeParse(s)
    if (!r.success) {
      bad++
      continue
    }
    const exercises = r.data.exercises.filter((x) => {
      if (isKnownExercise(x.exercise)) return true
      unknownIds.add(x.exercise)
      droppedRows++
      return false
    })
    good.push({ ...r.data, exercises })
  }
  const problems: string[] = []
  if (bad > 0) problems.push(`${plural(bad, 'session is', 'sessions are')} damaged`)
  if (tidied > 0)
    problems.push(
      `${plural(tidied, "session's name or load", "sessions' names or loads")} held control characters, now spaces`,
    )
  if (droppedRows > 0) {
    const names = [...unknownIds].map((id) => `"${shownValue(id)}"`)
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}…` : names.join(', ')
    const rows = plural(droppedRows, 'exercise row names', 'exercise rows name')
    const were = droppedRows === 1 ? 'was' : 'were'
    problems.push(`${rows} an exercise Runstrong does not know (${shown}) and ${were} left out`)
  }
  if (leftOut > 0) {
    const older = plural(leftOut, 'older session', 'older sessions')
    const kept = MAX_HISTORY_ENTRIES.toLocaleString('en')
    problems.push(`${older} beyond the ${kept} kept ${leftOut === 1 ? 'was' : 'were'} left out`)
  }
  if (problems.length > 0) return { ok: false, reason: problems.join('; '), partial: good }
  return { ok: true, value: good }
}

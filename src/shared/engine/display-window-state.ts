/**
 * The session at one moment, as the runner sends it to the display window (over IPC) and to
 * paired phones and TV displays (over the network): kept apart from the IPC contract so the
 * phone's page reads it without loading the app's stores.
 */
import * as z from '../zod'
import { LIMITS } from '../circuits/circuit'
import { parseCircuit, toCircuitFile } from '../circuits/circuit-file'
import type { CircuitFile } from '../circuits/circuit-schema'
import type { SessionState } from './session'
import { summarize } from './session-summary'
import { MAX_SESSION_MS, MAX_SESSION_PHASES, snapshotSchema } from './snapshot-schema'
import { MAX_DATE_MS } from './time-bounds'

/**
 * A circuit in the file format, as Export writes it: refused with the format's own messages
 * when `parseCircuit` refuses it, each at its place in the file (`circuit.items[0].reps`).
 * What passes on is the file as Export would write it again, so it holds only what the
 * format bounds (at most 50 items, names of 80 characters and so on).
 */
const circuitFileSchema = z.pipe(
  z.custom<CircuitFile>(),
  z.transform((value: CircuitFile, ctx): CircuitFile => {
    const r = parseCircuit(value)
    if (r.ok) return toCircuitFile(r.circuit)
    for (const p of r.problems)
      ctx.issues.push({
        code: 'custom',
        message: p.message,
        path: p.path ? [p.path] : [],
        input: value,
      })
    return z.NEVER
  }),
)

/** What the laptop window sends the display window: the session at one moment. */
export const displayWindowStateSchema = z.strictObject({
  /** The circuit, in the file format: main passes it on as Export would write it. */
  circuit: circuitFileSchema,
  /** The session engine's snapshot of the session on `circuit`. */
  snapshot: snapshotSchema,
  /** Wall-clock time of `snapshot`, ms since the epoch: the display works out the time left. */
  atMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  paused: z.boolean(),
  ended: z.boolean(),
})
export type DisplayWindowState = z.infer<typeof displayWindowStateSchema>

const effortCount = z.int().check(z.gte(0), z.lte(MAX_SESSION_PHASES))

/**
 * The session the runner was last left after, in short, as its Done panel words it: what
 * phones and TV displays show once no session runs, until the next one starts or
 * `LAST_SESSION_SHOW_MS` has passed.
 */
export const lastSessionSchema = z.strictObject({
  /** The circuit's name. */
  circuit: z.string().check(z.maxLength(LIMITS.nameChars)),
  /** Time the session ran, pauses excluded, in ms. */
  actualMs: z.number().check(z.gte(0), z.lte(MAX_SESSION_MS)),
  effortsDone: effortCount,
  effortsTotal: effortCount,
  /** Wall-clock time the runner was left, ms since the epoch (the hub's clock once passed on). */
  atMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
})
export type LastSession = z.infer<typeof lastSessionSchema>

/**
 * How long phones and TV displays show the last session's summary once the runner is left,
 * in ms, before they say they wait for a session: long enough to read it from the mat while
 * stretching, and well inside the 5 minutes after which the remote switches itself off, so
 * each device says it waits while it can still follow the next session.
 */
export const LAST_SESSION_SHOW_MS = 2 * 60_000

/**
 * The summary of the session `state` on the circuit named `circuit`, for the devices, as the
 * runner is left at `nowMs` (its monotonic clock) and `wallMs` (ms since the epoch).
 */
export function lastSessionOf(
  circuit: string,
  state: SessionState,
  nowMs: number,
  wallMs: number,
): LastSession {
  const s = summarize(state, nowMs)
  return {
    circuit: circuit.slice(0, LIMITS.nameChars),
    actualMs: Math.min(s.actualMs, MAX_SESSION_MS),
    effortsDone: s.effortsDone,
    effortsTotal: s.effortsTotal,
    atMs: wallMs,
  }
}

/**
 * How much longer the last session's summary is shown, in ms, at `hubNowMs` (the hub's
 * clock); 0 once its time is up.
 */
export function lastSessionLeftMs(last: LastSession, hubNowMs: number): number {
  return Math.max(0, last.atMs + LAST_SESSION_SHOW_MS - hubNowMs)
}

/**
 * What the runner tells paired phones and TV displays: the session (null when none runs),
 * whether cues are muted and, once the runner was left, that session in short. Nothing else
 * of the app's data crosses the network.
 */
export const liveStateSchema = z.strictObject({
  display: z.nullable(displayWindowStateSchema),
  muted: z.boolean(),
  last: z.optional(lastSessionSchema),
})
export type LiveState = z.infer<typeof liveStateSchema>

/**
 * The session at one moment, as the runner sends it to the display window (over IPC) and to
 * paired phones and TV displays (over the network): kept apart from the IPC contract so the
 * phone's page reads it without loading the app's stores.
 */
import * as z from '../zod'
import { parseCircuit, toCircuitFile } from '../circuits/circuit-file'
import type { CircuitFile } from '../circuits/circuit-schema'
import { snapshotSchema } from './snapshot-schema'
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
export const stageStateSchema = z.strictObject({
  /** The circuit, in the file format: main passes it on as Export would write it. */
  circuit: circuitFileSchema,
  /** The session engine's snapshot of the session on `circuit`. */
  snapshot: snapshotSchema,
  /** Wall-clock time of `snapshot`, ms since the epoch: the display works out the time left. */
  atMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  paused: z.boolean(),
  ended: z.boolean(),
})
export type StageState = z.infer<typeof stageStateSchema>

/**
 * What the runner tells paired phones and TV displays: the session (null when none runs)
 * and whether cues are muted. Nothing else of the app's data crosses the network.
 */
export const liveStateSchema = z.strictObject({
  stage: z.nullable(stageStateSchema),
  muted: z.boolean(),
})
export type LiveState = z.infer<typeof liveStateSchema>

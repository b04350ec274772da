/**
 * The phone remote and TV display's wire protocol: every message between a phone or TV
 * page, the hub and the runner, as a schema. Whatever does not parse, or is not allowed
 * for the sender, is dropped and counted by the hub, never acted on.
 */
import * as z from '../zod'
import { PHONE_COMMANDS } from '../engine/phone-commands'
import { liveStateSchema } from '../engine/stage-state'

/** The longest message a phone or TV may send, in bytes (a command is under 100). */
export const MAX_DEVICE_MESSAGE_BYTES = 1024
/** The longest message the runner may send: a state holds the circuit (at most 1 MB). */
export const MAX_HOST_MESSAGE_BYTES = 2 * 1024 * 1024
/** Wrong codes in a row that lock pairing. */
export const PAIRING_TRIES = 5
/** How long pairing stays locked after too many wrong codes, in ms. */
export const PAIRING_LOCK_MS = 60_000

/** A device's token: 43 base64url characters (32 random bytes). */
export const tokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))
/** The runner page's key in the browser edition: 32 to 64 base64url characters. */
export const hostKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{32,64}$/))
/** The six digits shown in Settings. */
export const pairingCodeSchema = z.string().check(z.regex(/^\d{6}$/))

/** What a paired device does with the session. */
export const deviceRoleSchema = z.enum(['remote', 'display'])
export type DeviceRole = z.infer<typeof deviceRoleSchema>

/** The body of `POST /pair`. */
export const pairRequestSchema = z.strictObject({ code: pairingCodeSchema })

/** What `POST /pair` answers. */
export type PairAnswer =
  { ok: true; token: string; name: string } | { ok: false; error: string; retryAfterMs?: number }

/** Phone or TV to hub. */
export const deviceMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), token: tokenSchema, role: deviceRoleSchema }),
  z.strictObject({ type: z.literal('command'), command: z.enum(PHONE_COMMANDS) }),
  /** Asks for the hub's clock: `t` is the sender's own, echoed back. */
  z.strictObject({ type: z.literal('ping'), t: z.number() }),
])
export type DeviceMessage = z.infer<typeof deviceMessageSchema>

/** Hub to phone or TV. */
export type HubMessage =
  | { type: 'welcome'; role: DeviceRole; name: string }
  /** Not paired (or forgotten): the device pairs again. */
  | { type: 'refused'; reason: string }
  /** The session as the runner last sent it; `stage.atMs` is by the hub's clock. */
  | { type: 'state'; state: z.infer<typeof liveStateSchema> }
  | { type: 'pong'; t: number; hubMs: number }

/** Runner page to hub (browser edition; the desktop app uses IPC). */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('host'), key: hostKeySchema }),
  z.strictObject({ type: z.literal('state'), state: liveStateSchema }),
])
export type HostMessage = z.infer<typeof hostMessageSchema>

/** Parses a message's text by a schema; undefined for anything that is not it. */
export function readMessage<T>(
  schema: z.ZodMiniType<T>,
  text: string,
  maxBytes: number,
): T | undefined {
  if (text.length > maxBytes) return undefined
  try {
    const r = schema.safeParse(JSON.parse(text))
    return r.success ? r.data : undefined
  } catch {
    return undefined
  }
}

/**
 * The hub's clock ahead of the device's, in ms, from one ping answered: sent at `sentMs`,
 * answered at `hubMs`, back at `backMs` (the device's clock). The answer came somewhere in
 * the round trip, so the offset is known only to within half of it either way: this is the
 * smallest offset the ping allows (0 when the clocks agree that closely, as two clocks kept
 * by the network's time service do), so a slow answer never moves a clock that was right.
 */
export function clockOffsetMs(sentMs: number, hubMs: number, backMs: number): number {
  const middle = hubMs - (sentMs + backMs) / 2
  const halfTrip = Math.max(0, backMs - sentMs) / 2
  const doubtless = Math.max(0, Math.abs(middle) - halfTrip)
  return doubtless === 0 ? 0 : Math.sign(middle) * doubtless
}

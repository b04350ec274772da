/**
 * The phone remote and TV display's wire protocol: every message between a phone or TV
 * page, the hub and the runner, as a schema. Whatever does not parse, or is not allowed
 * for the sender, is dropped and counted by the hub, never acted on.
 */
import * as z from '../zod'
import { PHONE_COMMANDS } from '../engine/phone-commands'
import { liveStateSchema, type LiveState } from '../engine/display-window-state'

/** The longest message a phone or TV may send, in bytes (a command is under 100). */
export const MAX_DEVICE_MESSAGE_BYTES = 1024
/**
 * The longest message the runner may send, in bytes: a state holds the circuit as Export
 * writes it (50 items with their notes and loads come to about 20 KB) and the session's
 * snapshot.
 */
export const MAX_HOST_MESSAGE_BYTES = 256 * 1024
/**
 * The deepest nesting of objects and arrays any message may have: a state is 6 deep. A
 * deeper one is refused before it is parsed, so a message built to be slow to read costs
 * one pass over its text.
 */
export const MAX_MESSAGE_DEPTH = 12
/** Wrong codes in a row from one address that keep that address out. */
export const PAIRING_TRIES = 5
/** How long an address that sent too many wrong codes is kept out, in ms. */
export const PAIRING_LOCK_MS = 60_000
/**
 * Wrong codes, from every address together, that one code stands: then the code is renewed
 * (Settings shows the new one), so nobody can keep guessing at one code from many addresses,
 * and nobody is locked out who reads the code again.
 */
export const PAIRING_TOTAL_TRIES = 20
/** Paired devices at most: a 21st is refused until one is forgotten. */
export const MAX_DEVICES = 20

/** A device's token: 43 base64url characters (32 random bytes). */
export const tokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))
/** The runner page's key in the browser edition: 32 to 64 base64url characters. */
export const hostKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{32,64}$/))
/** The six digits shown in Settings. */
export const pairingCodeSchema = z.string().check(z.regex(/^\d{6}$/))

/** What a paired device does with the session. */
export const deviceRoleSchema = z.enum(['remote', 'display'])
export type DeviceRole = z.infer<typeof deviceRoleSchema>

/** A paired phone or TV, as the hub's file keeps it (its token aside). */
export interface PairedDevice {
  id: string
  name: string
  /** Wall-clock time of pairing, ms since the epoch. */
  pairedAtMs: number
  /** What it was paired as; null for one paired before roles were kept, until it connects. */
  role: DeviceRole | null
}

/** A paired phone or TV, as Settings lists it. */
export interface HubDevice extends PairedDevice {
  /** Connected now: it has said hello on a socket that is still open. */
  connected: boolean
}

/** The phone remote and TV display, as Settings shows it. */
export interface HubStatus {
  on: boolean
  /** The address to open on the phone or TV; null while off. */
  url: string | null
  /** The six-digit pairing code in force; null while off. Renewed by every pairing and Forget. */
  code: string | null
  /** The address as a QR code (an SVG data URL); null while off. */
  qr: string | null
  /** This machine's other addresses on the local network, to choose from when `url` fails. */
  others: { url: string; qr: string }[]
  /**
   * True when the address is this machine's own (no local network was found): a phone or TV
   * cannot open it.
   */
  loopbackOnly: boolean
  devices: HubDevice[]
  /** Wrong codes tried since it was switched on, from every address together. */
  wrongCodes: number
  /** Messages dropped since the start: unreadable, not allowed, or from no paired device. */
  dropped: number
  /** Why it switched itself off, while it stays off: after a session, or unused for an hour. */
  offBy: 'session' | 'idle' | null
}

/** The body of `POST /pair`: the code, and what the device will be (fixed from then on). */
export const pairRequestSchema = z.strictObject({
  code: pairingCodeSchema,
  role: deviceRoleSchema,
})

/** What `POST /pair` answers. */
export type PairAnswer =
  | { ok: true; token: string; name: string; role: DeviceRole }
  | { ok: false; error: string; retryAfterMs?: number }

/** Phone or TV to hub. */
export const deviceMessageSchema = z.discriminatedUnion('type', [
  /**
   * The first message on a socket. The role was fixed at pairing; a device paired before
   * roles were kept names it here once, and keeps it from then on.
   */
  z.strictObject({
    type: z.literal('hello'),
    token: tokenSchema,
    role: z.optional(deviceRoleSchema),
  }),
  z.strictObject({ type: z.literal('command'), command: z.enum(PHONE_COMMANDS) }),
  /** Asks for the hub's clock: `t` is the sender's own, echoed back. */
  z.strictObject({ type: z.literal('ping'), t: z.number() }),
])
export type DeviceMessage = z.infer<typeof deviceMessageSchema>

/** Hub to phone or TV. */
export type HubMessage =
  /** Paired: the role is the one fixed at pairing, whatever the hello said. */
  | { type: 'welcome'; role: DeviceRole; name: string }
  /** Not paired (or forgotten): the device pairs again. */
  | { type: 'refused'; reason: string }
  /** The session as the runner last sent it; `display.atMs` is by the hub's clock. */
  | { type: 'state'; state: z.infer<typeof liveStateSchema> }
  | { type: 'pong'; t: number; hubMs: number }

/** Runner page to hub (browser edition; the desktop app uses IPC). */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('host'), key: hostKeySchema }),
  z.strictObject({ type: z.literal('state'), state: liveStateSchema }),
])
export type HostMessage = z.infer<typeof hostMessageSchema>

/** A status as the server sends it: the page takes one whose switch it can read. */
const hubStatusSchema = z.custom<HubStatus>(
  (s: unknown) =>
    typeof s === 'object' && s !== null && typeof (s as { on?: unknown }).on === 'boolean',
)

/**
 * Server to runner page (browser edition): a paired remote's press, and the hub's status
 * whenever it changes (a pairing, a Forget, a new code, switched off on its own).
 */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('command'), command: z.enum(PHONE_COMMANDS) }),
  z.strictObject({ type: z.literal('status'), status: hubStatusSchema }),
])
export type PageMessage = z.infer<typeof pageMessageSchema>

/** A runner's stamp this close to the hub's clock is taken as the same clock's, in ms. */
export const SAME_CLOCK_MS = 1000

/**
 * The runner's state as the hub keeps it, stamped by the hub's clock (devices measure
 * theirs against it). The runner shares the hub's machine, so its own stamps (the session's,
 * the last session's) are kept; one far off (a page on a test clock) is replaced by `nowMs`,
 * the moment it arrived.
 */
export function byHubClock(state: LiveState, nowMs: number): LiveState {
  const far = (atMs: number) => Math.abs(nowMs - atMs) > SAME_CLOCK_MS
  let kept = state
  if (kept.display && far(kept.display.atMs))
    kept = { ...kept, display: { ...kept.display, atMs: nowMs } }
  if (kept.last && far(kept.last.atMs)) kept = { ...kept, last: { ...kept.last, atMs: nowMs } }
  return kept
}

/**
 * How deeply `text`'s objects and arrays nest, read in one pass without parsing, stopping as
 * soon as it passes `limit`.
 */
export function nestingOf(text: string, limit = Infinity): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i += 1 // a backslash: the next character is escaped
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      depth += 1
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (c === 125 || c === 93) depth -= 1
  }
  return deepest
}

/**
 * Parses a message's text by a schema; undefined for anything that is not it, for text over
 * `maxBytes` and for nesting deeper than `MAX_MESSAGE_DEPTH`.
 */
export function readMessage<T>(
  schema: z.ZodMiniType<T>,
  text: string,
  maxBytes: number,
): T | undefined {
  if (text.length > maxBytes || nestingOf(text, MAX_MESSAGE_DEPTH) > MAX_MESSAGE_DEPTH)
    return undefined
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

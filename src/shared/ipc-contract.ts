/**
 * Every IPC channel between the renderer and the main process, in one place: the schema
 * each payload must pass (the same rules as the circuit format and the stores) and the
 * type of each result. The channels and their methods' names are `ipc-channels.ts`'s table
 * (zod-free, for the preload); every list here must have exactly its channels, or the type
 * check fails. Main registers handlers through `src/main/ipc.ts`, the preload builds one
 * named method per channel in `src/preload/api.ts`; nothing else touches IPC.
 */
import * as z from './zod'
import type { EventChannel, InvokeChannel } from './ipc-channels'
import { englishErrors } from './zod-english'
import { hasControlCharacters } from './circuits/circuit-schema'
import { circuitsForSave, type SavedCircuit } from './data/saved-circuits'
import { settingsStrictSchema, type Settings } from './data/settings'
import { savedSessionFromStored, type SavedSession } from './data/store-files'
import { MAX_BACKUP_CHARS, type DataCounts } from './data/backup'
import type { KeySignal } from './engine/commands'
import { PHONE_COMMANDS, type PhoneCommand } from './engine/phone-commands'
import {
  displayWindowStateSchema,
  liveStateSchema,
  type DisplayWindowState,
} from './engine/display-window-state'
import { historyEntrySchema, type HistoryEntry } from './training/history'
import { weekPlanSchema, type WeekPlan } from './training/plan-schema'
import type { HubStatus } from './remote/protocol'

/** What a load returns: the value, and a message when something could not be read. */
export interface LoadedValue<T> {
  value: T
  notice?: string
}

/** Every invocation answers with this: never a thrown error across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }

export type { EventChannel, InvokeChannel } from './ipc-channels'

/**
 * `T`, which must have exactly the keys `K`: a missing key is named by the type check (and
 * taken as `never`, so that one error is all it causes), an extra one is refused as `never`.
 */
type Exactly<
  K extends PropertyKey,
  T extends Record<K, unknown> & Record<Exclude<keyof T, K>, never>,
> = T & Record<Exclude<K, keyof T>, never>

/** A payload that must pass a reader returning `ReadResult` in full (no damaged parts). */
function readWhole<T>(
  read: (v: unknown) => { ok: true; value: T } | { ok: false; reason: string },
) {
  return z.pipe(
    z.unknown(),
    z.transform((v, ctx): T => {
      const r = read(v)
      if (r.ok) return r.value
      ctx.issues.push({ code: 'custom', message: r.reason, input: v })
      return z.NEVER
    }),
  )
}

/** The longest title of a notification, in characters. */
export const MAX_NOTE_TITLE_CHARS = 200
/** The longest body of a notification, in characters. */
export const MAX_NOTE_BODY_CHARS = 1000
/** The longest file name Save offers, in characters. */
export const MAX_FILE_NAME_CHARS = 200
/**
 * The longest text Save writes, in characters: 20 million, far above ten years of history
 * as CSV (about 0.5 MB) or any circuit file (at most 1 MB).
 */
export const MAX_FILE_TEXT_CHARS = 20_000_000
/**
 * The most bytes Save writes from bytes, 20 MB: a FIT file of a session is a few KB, and
 * ten years of sessions (about 1,600) zipped together under 10 MB.
 */
export const MAX_FILE_BYTES = 20_000_000

/**
 * True for a bare file name: no folder in it (`/` or `\`), no `..`, no control characters.
 * Save opens its dialog with this name, so a name such as `../../etc/cron.d/x` would open it
 * in another folder.
 */
export function isBareFileName(name: string): boolean {
  return !/[/\\]/.test(name) && !name.includes('..') && !hasControlCharacters(name)
}

const fileNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_FILE_NAME_CHARS),
  z.refine(isBareFileName, {
    error: 'a bare file name, without folders ("/" or "\\"), ".." or control characters',
  }),
)

/** A display, by the id Electron gives it: a whole number (-1 and -10 are Electron's own). */
const displayChoice = z.strictObject({ displayId: z.int() })
const noteSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_TITLE_CHARS)),
  body: z.string().check(z.maxLength(MAX_NOTE_BODY_CHARS)),
})

/** What the runner tells main as it goes: for keep-awake, notifications and crash-safety. */
const sessionStatusSchema = z.strictObject({
  state: z.enum(['running', 'paused', 'ended']),
  /** Set when a new exercise (or rest) begins: shown as a notification while hidden. */
  change: z.optional(noteSchema),
})
export type SessionStatus = z.infer<typeof sessionStatusSchema>

export type { HubDevice, HubStatus } from './remote/protocol'

export interface DisplayInfo {
  id: number
  label: string
  primary: boolean
}

/**
 * Renderer-to-main invocations: the schema of the arguments, then the result type. Every
 * payload is bounded: lists by count, text by length, numbers finite and within range
 * (whole where they count things), so no page can make main store or show something huge.
 */
export const invokeSchemas = {
  'circuits:load': z.tuple([]),
  'circuits:save': z.tuple([readWhole(circuitsForSave)]),
  'settings:load': z.tuple([]),
  'settings:save': z.tuple([settingsStrictSchema]),
  'history:load': z.tuple([]),
  'history:add': z.tuple([historyEntrySchema]),
  'plan:load': z.tuple([]),
  'plan:save': z.tuple([weekPlanSchema]),
  'session:load': z.tuple([]),
  'session:save': z.tuple([readWhole(savedSessionFromStored)]),
  'session:status': z.tuple([sessionStatusSchema]),
  'notify:show': z.tuple([noteSchema]),
  /** Text (a circuit, CSV) or bytes (a FIT file, a zip of them): one of the two. */
  'file:save': z.tuple([
    z
      .strictObject({
        name: fileNameSchema,
        text: z.optional(z.string().check(z.maxLength(MAX_FILE_TEXT_CHARS))),
        bytes: z.optional(
          z
            .custom<Uint8Array>((b) => b instanceof Uint8Array, { error: 'bytes' })
            .check(
              z.refine((b) => b.byteLength <= MAX_FILE_BYTES, {
                error: `at most ${MAX_FILE_BYTES} bytes`,
              }),
            ),
        ),
      })
      .check(
        z.refine((f) => (f.text === undefined) !== (f.bytes === undefined), {
          error: 'text or bytes, one of the two',
        }),
      ),
  ]),
  'displays:list': z.tuple([]),
  'display:open': z.tuple([displayChoice]),
  'display:close': z.tuple([]),
  'display:state': z.tuple([displayWindowStateSchema]),
  /** A key pressed in the display window, for the runner in the laptop window. */
  'display:command': z.tuple([z.enum(PHONE_COMMANDS)]),
  'window:fullscreen': z.tuple([]),
  'keys:status': z.tuple([]),
  'hub:status': z.tuple([]),
  'hub:switch': z.tuple([z.strictObject({ on: z.boolean() })]),
  'hub:forget': z.tuple([
    z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) }),
  ]),
  'hub:state': z.tuple([liveStateSchema]),
  /** Writes one file with everything, where the user chooses (main reads its own stores). */
  'backup:save': z.tuple([]),
  /** What the stores hold now, counted: what a restore would replace. */
  'backup:counts': z.tuple([]),
  /** A backup file's text, checked again in main by every store's own reader. */
  'backup:restore': z.tuple([
    z.strictObject({ text: z.string().check(z.maxLength(MAX_BACKUP_CHARS)) }),
  ]),
} as const satisfies { readonly [C in InvokeChannel]: z.ZodMiniType<readonly unknown[]> }

export type InvokeResults = Exactly<InvokeChannel, InvokeResultTypes>

/** What each invocation answers (inside its `IpcResult`). */
interface InvokeResultTypes {
  'circuits:load': LoadedValue<SavedCircuit[]>
  'circuits:save': null
  'settings:load': LoadedValue<Settings>
  'settings:save': null
  'history:load': LoadedValue<HistoryEntry[]>
  'history:add': null
  'plan:load': LoadedValue<WeekPlan>
  'plan:save': null
  'session:load': LoadedValue<SavedSession | null>
  'session:save': null
  'session:status': null
  'notify:show': null
  /** Where it was written; null when the user cancelled. */
  'file:save': { path: string | null }
  'displays:list': DisplayInfo[]
  /** Whether a display window opened. */
  'display:open': boolean
  'display:close': null
  'display:state': null
  'display:command': null
  /** Whether the window is now fullscreen. */
  'window:fullscreen': boolean
  'keys:status': KeysStatus
  'hub:status': HubStatus
  'hub:switch': HubStatus
  'hub:forget': HubStatus
  'hub:state': null
  /** Where the backup was written; null when the user cancelled. */
  'backup:save': { path: string | null }
  'backup:counts': DataCounts
  /** Where the copy of what the stores held before is kept. */
  'backup:restore': { copy: string }
}

/** What a handler receives: the arguments after validation. */
export type InvokeArgs<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]>
/** What the renderer passes: the arguments before validation. */
export type InvokeInput<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>

/** Whether media keys and clickers reach Runstrong from other apps, and why not. */
export interface KeysStatus {
  /** Keys the OS refused or will not pass on (empty when all work). */
  refused: string[]
  /** What stops them, and what to do, in plain words; null when nothing does. */
  reason: string | null
  /**
   * Why the display window cannot be placed on the screen chosen for it (Wayland lets no app
   * place its windows), and what to do; null where it can.
   */
  placement: string | null
}

/** Main-to-renderer events and their payloads. */
export type EventPayloads = Exactly<EventChannel, EventPayloadTypes>

interface EventPayloadTypes {
  /** Media keys and clickers (desktop only). */
  'media-keys:command': KeySignal
  /** A press on a paired phone remote, or a key pressed in the display window. */
  'hub:command': PhoneCommand
  /** The remote's status changed in main (a pairing, a Forget, a new code, off on its own). */
  'hub:changed': HubStatus
  /**
   * A reminder or the tray asks for a screen: the Circuits screen, or today's session (the
   * programme's week, or the circuit chosen for strength days), ready to start.
   */
  'app:navigate': 'circuits' | 'today'
  /** Main changed the settings (the tray's Reminders switch): the page takes them as saved. */
  'settings:changed': Settings
  'displays:changed': DisplayInfo[]
  /** To the display window: the session to show. */
  'display:state': DisplayWindowState
  /** To the laptop window: the display window closed (unplugged or closed). */
  'display:closed': null
}

/** Validates arguments for a channel; the message names what is wrong. */
export function parseInvokeArgs<C extends InvokeChannel>(
  channel: C,
  args: unknown[],
): { ok: true; args: InvokeArgs<C> } | { ok: false; error: string } {
  const r = invokeSchemas[channel].safeParse(args, { error: englishErrors })
  if (r.success) return { ok: true, args: r.data as InvokeArgs<C> }
  const first = r.error.issues[0]
  // Every channel takes at most one argument: name the place inside it.
  const inside = first ? first.path.slice(1) : []
  const where = inside.length > 0 ? ` at ${inside.join('.')}` : ''
  return { ok: false, error: `Refused ${channel}${where}: ${first?.message ?? 'invalid payload'}` }
}

/**
 * The runner's commands, each once: the keys that do it, the media key and clicker key, whether
 * a paired phone (the remote) may send it, its button, and the session rule it applies. The
 * runner's buttons and keys, the media keys and clicker, the phone's pad, the display window,
 * the About screen and the README's key table (a test holds it to this) all read it.
 */
import { addRest, previous, skip, togglePause, type SessionState } from './session'

/** A pure session rule: what the command makes of the session at `nowMs`. */
export interface SessionRule {
  apply: (s: SessionState, nowMs: number) => SessionState
  /** The phase it lands in is announced again (a move to a phase, or back to its start). */
  announce: boolean
}

/**
 * What a media key or clicker press is called on its way from the main process (the global
 * keys) to the runner: names fixed by the IPC contract, mapped to commands here only.
 */
export type KeySignal = 'toggle' | 'next' | 'previous'

/** A `navigator.mediaSession` action the runner handles. */
export type MediaAction = 'play' | 'pause' | 'nexttrack' | 'previoustrack'

export interface CommandSpec {
  /** `KeyboardEvent.key` values that do it in the runner window. */
  keys: readonly string[]
  /** The key as a person reads it. */
  shown: string
  /** The key in `aria-keyshortcuts` syntax. */
  aria: string
  /** Keyboard media keys (`KeyboardEvent.key`) that do it from the window or the OS. */
  mediaKeys: readonly string[]
  /** A presentation clicker's key (`KeyboardEvent.key`) that does it. */
  clickerKeys: readonly string[]
  /** The media-session actions (the OS's media controls) that do it. */
  mediaActions: readonly MediaAction[]
  /** The name the main process sends for it when a global key is pressed. */
  signal?: KeySignal
  /** A paired phone may send it: its name is then on the wire, and must never change. */
  remote: boolean
  /** The button's text. */
  button: string
  /** The button's text while its toggle is on (paused, muted). */
  buttonOn?: string
  /** Said of the button while it does nothing (`aria-describedby`). */
  description?: string
  /** What it does, in a phrase. */
  does: string
  /** The session rule it applies; none for what acts outside the session. */
  rule?: SessionRule
}

const spec = {
  togglePause: {
    keys: [' '],
    shown: 'Space',
    aria: 'Space',
    mediaKeys: ['MediaPlayPause'],
    clickerKeys: [],
    mediaActions: ['play', 'pause'],
    signal: 'toggle',
    remote: true,
    button: 'Pause',
    buttonOn: 'Resume',
    does: 'pause and resume; no time passes while paused',
    rule: { apply: togglePause, announce: false },
  },
  skip: {
    keys: ['ArrowRight'],
    shown: '→',
    aria: 'ArrowRight',
    mediaKeys: ['MediaTrackNext'],
    clickerKeys: ['PageDown'],
    mediaActions: ['nexttrack'],
    signal: 'next',
    remote: true,
    button: 'Skip',
    does: 'end this phase now',
    rule: { apply: skip, announce: true },
  },
  previous: {
    keys: ['ArrowLeft'],
    shown: '←',
    aria: 'ArrowLeft',
    mediaKeys: ['MediaTrackPrevious'],
    clickerKeys: ['PageUp'],
    mediaActions: ['previoustrack'],
    signal: 'previous',
    remote: true,
    button: 'Previous',
    does: 'restart this phase; press again within 3 s to go back one',
    rule: { apply: previous, announce: true },
  },
  addRest: {
    keys: ['+'],
    shown: '+',
    aria: '+',
    mediaKeys: [],
    clickerKeys: [],
    mediaActions: [],
    remote: true,
    button: 'Add 15 seconds',
    description: 'Lengthens rests only',
    does: 'lengthen the current rest',
    rule: { apply: addRest, announce: false },
  },
  mute: {
    keys: ['m', 'M'],
    shown: 'M',
    aria: 'M',
    mediaKeys: [],
    clickerKeys: [],
    mediaActions: [],
    remote: true,
    button: 'Mute',
    buttonOn: 'Unmute',
    does: 'silence and restore every cue',
  },
  fullscreen: {
    keys: ['f', 'F'],
    shown: 'F',
    aria: 'F',
    mediaKeys: [],
    clickerKeys: [],
    mediaActions: [],
    remote: false,
    button: 'Fullscreen',
    does: 'toggle fullscreen',
  },
  exit: {
    keys: ['Escape'],
    shown: 'Esc',
    aria: 'Escape',
    mediaKeys: [],
    clickerKeys: [],
    mediaActions: [],
    remote: false,
    button: 'Exit',
    does: 'leave the session (asks first)',
  },
} as const satisfies Record<string, CommandSpec>

/** A runner command. */
export type CommandId = keyof typeof spec

/** The registry, in the order the README and the About screen list the keys. */
export const COMMANDS: Readonly<Record<CommandId, CommandSpec>> = spec

export const COMMAND_IDS = Object.keys(spec) as readonly CommandId[]

/** A command a paired phone may send: its name is what goes on the wire. */
export type RemoteCommandId = {
  [K in CommandId]: (typeof spec)[K]['remote'] extends true ? K : never
}[CommandId]

/** A command that applies a session rule. */
export type SessionCommand = {
  [K in CommandId]: (typeof spec)[K] extends { rule: SessionRule } ? K : never
}[CommandId]

/** The session rule a command applies. */
export function sessionRule(id: SessionCommand): SessionRule {
  return spec[id].rule
}

/** What a command does now, one handler each. */
export type CommandHandlers = Readonly<Record<CommandId, () => void>>

/** A button's text: `buttonOn` while its toggle is on. */
export function buttonText(id: CommandId, on = false): string {
  const c = COMMANDS[id]
  return on && c.buttonOn ? c.buttonOn : c.button
}

/** The button as the README and the About screen name it: "Pause / Resume". */
export function buttonName(id: CommandId): string {
  const c = COMMANDS[id]
  return c.buttonOn ? `${c.button} / ${c.buttonOn}` : c.button
}

/** Whether a phone may send `id`. */
export function isRemoteCommand(id: string): id is RemoteCommandId {
  return Object.hasOwn(spec, id) && COMMANDS[id as CommandId].remote
}

function find(pick: (c: CommandSpec) => readonly string[], key: string): CommandId | undefined {
  return COMMAND_IDS.find((id) => pick(COMMANDS[id]).includes(key))
}

/** The command a key does in the runner window, if any. */
export function commandForKey(key: string): CommandId | undefined {
  return find((c) => c.keys, key)
}

/** The command a media key or clicker key does, if any. */
export function commandForMediaKey(key: string): CommandId | undefined {
  return find((c) => [...c.mediaKeys, ...c.clickerKeys], key)
}

/** The command a media-session action does. */
export function commandForMediaAction(action: MediaAction): CommandId | undefined {
  return COMMAND_IDS.find((id) => COMMANDS[id].mediaActions.includes(action))
}

/** The command a global key's signal from the main process does. */
export function commandForSignal(signal: KeySignal): CommandId | undefined {
  return COMMAND_IDS.find((id) => COMMANDS[id].signal === signal)
}

/**
 * What a key pressed in the display window does: the runner's own keys, media keys and a
 * clicker's, as in the laptop window, but only those a phone may send too (Esc never leaves
 * the session from the TV), and F fills the display window itself. Undefined for any other.
 */
export function displayWindowCommand(key: string): RemoteCommandId | 'fullscreen' | undefined {
  const command = commandForMediaKey(key) ?? commandForKey(key)
  if (command === 'fullscreen') return command
  return command !== undefined && isRemoteCommand(command) ? command : undefined
}

/** The `aria-keyshortcuts` value of a command's key. */
export function ariaKeyFor(id: CommandId): string {
  return COMMANDS[id].aria
}

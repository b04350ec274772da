import { PHONE_COMMANDS, type PhoneCommand } from './phone-commands'
import { HANDS_FREE_KEYS } from './remote-keys'

/**
 * The runner's keys, in one map that the runner, the About screen and the README's table
 * all follow (a test holds the README to it).
 */

/** What a key does on the runner. */
export type RunnerCommand =
  'togglePause' | 'skip' | 'previous' | 'addRest' | 'mute' | 'fullscreen' | 'exit'

export interface RunnerKey {
  command: RunnerCommand
  /** `KeyboardEvent.key` values that do it. */
  keys: readonly string[]
  /** The key as a person reads it. */
  shown: string
  /** The key in `aria-keyshortcuts` syntax. */
  aria: string
  /** The button that does the same. */
  button: string
  /** What it does, in a phrase. */
  does: string
}

export const RUNNER_KEYS: readonly RunnerKey[] = [
  {
    command: 'togglePause',
    keys: [' '],
    shown: 'Space',
    aria: 'Space',
    button: 'Pause / Resume',
    does: 'pause and resume; no time passes while paused',
  },
  {
    command: 'skip',
    keys: ['ArrowRight'],
    shown: '→',
    aria: 'ArrowRight',
    button: 'Skip',
    does: 'end this phase now',
  },
  {
    command: 'previous',
    keys: ['ArrowLeft'],
    shown: '←',
    aria: 'ArrowLeft',
    button: 'Previous',
    does: 'restart this phase; press again within 3 s to go back one',
  },
  {
    command: 'addRest',
    keys: ['+'],
    shown: '+',
    aria: '+',
    button: 'Add 15 seconds',
    does: 'lengthen the current rest',
  },
  {
    command: 'mute',
    keys: ['m', 'M'],
    shown: 'M',
    aria: 'M',
    button: 'Mute / Unmute',
    does: 'silence and restore every cue',
  },
  {
    command: 'fullscreen',
    keys: ['f', 'F'],
    shown: 'F',
    aria: 'F',
    button: 'Fullscreen',
    does: 'toggle fullscreen',
  },
  {
    command: 'exit',
    keys: ['Escape'],
    shown: 'Esc',
    aria: 'Escape',
    button: 'Exit',
    does: 'leave the session (asks first)',
  },
]

/** The command a key does, if any. */
export function commandForKey(key: string): RunnerCommand | undefined {
  return RUNNER_KEYS.find((k) => k.keys.includes(key))?.command
}

/**
 * What a key pressed in the display window does: the runner's own keys and a clicker's, as
 * in the laptop window, except that Esc never leaves the session from the TV, and F fills
 * the display window itself. Undefined for any other key.
 */
export function displayWindowCommand(key: string): PhoneCommand | 'fullscreen' | undefined {
  const clicker = HANDS_FREE_KEYS[key]
  if (clicker)
    return clicker === 'toggle' ? 'togglePause' : clicker === 'next' ? 'skip' : 'previous'
  const command = commandForKey(key)
  if (command === 'fullscreen') return command
  return (PHONE_COMMANDS as readonly string[]).includes(command ?? '')
    ? (command as PhoneCommand)
    : undefined
}

/** The `aria-keyshortcuts` value of a command's key. */
export function ariaKeyFor(command: RunnerCommand): string {
  return RUNNER_KEYS.find((k) => k.command === command)?.aria ?? ''
}

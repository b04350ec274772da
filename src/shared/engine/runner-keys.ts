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

/** The `aria-keyshortcuts` value of a command's key. */
export function ariaKeyFor(command: RunnerCommand): string {
  return RUNNER_KEYS.find((k) => k.command === command)?.aria ?? ''
}

/**
 * The media keys and a presentation clicker, on their way to the runner: which command each
 * key does is in the registry (`commands.ts`); here, how one press that arrives by two routes
 * acts once.
 */
import type { CommandId } from './commands'

/** The global keys as main registers them (Electron accelerators), in words. */
export const GLOBAL_KEY_LABELS: Readonly<Record<string, string>> = {
  PageDown: 'Page Down',
  PageUp: 'Page Up',
}

/** Where a command came from: the window's keys, the OS's global keys, or media controls. */
export type CommandSource = 'window' | 'global' | 'media-session'

/** The same command from two routes this close together is one press, in ms. */
export const SAME_PRESS_MS = 250

/**
 * One press can reach the runner by more than one route (the window's keydown and the
 * OS's global shortcut or media controls). Returns a gate that says whether a command should
 * act: not when the same command came from another route within `SAME_PRESS_MS`.
 */
export function commandGate(): (
  command: CommandId,
  source: CommandSource,
  nowMs: number,
) => boolean {
  let last: { command: CommandId; source: CommandSource; atMs: number } | null = null
  return (command, source, nowMs) => {
    const echo =
      last !== null &&
      last.command === command &&
      last.source !== source &&
      nowMs - last.atMs < SAME_PRESS_MS
    if (!echo) last = { command, source, atMs: nowMs }
    return !echo
  }
}

import { buttonName, COMMAND_IDS, COMMANDS, type CommandId } from './commands'

/**
 * The runner's keys as the About screen and the README's table list them (a test holds the
 * README to it), read from the command registry (`commands.ts`).
 */
export interface RunnerKey {
  command: CommandId
  /** The key as a person reads it. */
  shown: string
  /** The button that does the same. */
  button: string
  /** What it does, in a phrase. */
  does: string
}

export const RUNNER_KEYS: readonly RunnerKey[] = COMMAND_IDS.map((command) => ({
  command,
  shown: COMMANDS[command].shown,
  button: buttonName(command),
  does: COMMANDS[command].does,
}))

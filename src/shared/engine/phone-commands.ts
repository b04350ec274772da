/**
 * What a paired phone may ask of the runner: the runner's own buttons, by the names of the
 * runner's commands (`runner-keys.ts`), so a press acts exactly as that button does.
 */
import type { RunnerCommand } from './runner-keys'

/** The runner's commands a phone remote offers, in the order its buttons show. */
export const PHONE_COMMANDS = ['togglePause', 'skip', 'previous', 'addRest', 'mute'] as const

/** One press on a phone remote. */
export type PhoneCommand = (typeof PHONE_COMMANDS)[number] & RunnerCommand

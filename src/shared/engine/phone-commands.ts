/**
 * What a paired phone (the remote) may ask of the runner: the registry's commands marked
 * `remote` (`commands.ts`), by their names, so a press acts exactly as that button does. These
 * names are the wire format already-paired phones send: a test holds them fixed.
 */
import { COMMAND_IDS, isRemoteCommand, type RemoteCommandId } from './commands'

/** One press on a phone remote. */
export type PhoneCommand = RemoteCommandId

/** The runner's commands a phone remote offers, in the order its buttons show. */
export const PHONE_COMMANDS = COMMAND_IDS.filter(
  isRemoteCommand,
) as readonly PhoneCommand[] as readonly [PhoneCommand, ...PhoneCommand[]]

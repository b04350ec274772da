import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import {
  invokeSchemas,
  parseInvokeArgs,
  type EventChannel,
  type EventPayloads,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResults,
  type IpcResult,
} from '@shared/ipc-contract'

export type Handler<C extends InvokeChannel> = (
  args: InvokeArgs<C>,
  event: IpcMainInvokeEvent,
) => InvokeResults[C] | Promise<InvokeResults[C]>

/** One handler for every channel of the contract: a missing one is a type error. */
export type Handlers = { [C in InvokeChannel]: Handler<C> }

/** Decides whether an invocation on `channel` comes from one of our own pages. */
export type SenderCheck = (event: IpcMainInvokeEvent, channel: InvokeChannel) => boolean

/**
 * Runs one invocation: refuses a sender that is not ours and a payload that fails the
 * contract's schema, and turns a handler's failure into an error result. The renderer
 * always gets an `IpcResult`; main never crashes on what a page sends.
 */
export async function runHandler<C extends InvokeChannel>(
  channel: C,
  handler: Handler<C>,
  isTrusted: SenderCheck,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<IpcResult<InvokeResults[C]>> {
  if (!isTrusted(event, channel))
    return { ok: false, error: `Refused ${channel}: not from a Runstrong page` }
  const parsed = parseInvokeArgs(channel, args)
  if (!parsed.ok) return parsed
  try {
    return { ok: true, value: await handler(parsed.args, event) }
  } catch (err) {
    // A store's refusal already says, in the user's words, what was not saved and why.
    if (err instanceof Error && err.name === 'SaveError') return { ok: false, error: err.message }
    const why = err instanceof Error ? err.message : String(err)
    return { ok: false, error: `${channel} failed: ${why}` }
  }
}

/** Registers every handler through `runHandler`. */
export function setupIpc(handlers: Handlers, isTrusted: SenderCheck): void {
  for (const channel of Object.keys(invokeSchemas) as InvokeChannel[]) {
    const handler = handlers[channel] as Handler<InvokeChannel>
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      runHandler(channel, handler, isTrusted, event, args),
    )
  }
}

/** Sends a contract event to one page. */
export function sendEvent<E extends EventChannel>(
  target: WebContents,
  channel: E,
  payload: EventPayloads[E],
): void {
  if (!target.isDestroyed()) target.send(channel, payload)
}

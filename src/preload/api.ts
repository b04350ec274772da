import { ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  EVENT_METHODS,
  INVOKE_METHODS,
  type EventMethod,
  type InvokeMethod,
} from '@shared/ipc-channels'
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeInput,
  InvokeResults,
  IpcResult,
} from '@shared/ipc-contract'

/** Subscribes to one main-to-renderer event; returns the unsubscribe. */
function on(channel: EventChannel, listener: (payload: unknown) => void) {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
  ipcRenderer.on(channel, wrapped)
  return () => {
    ipcRenderer.removeListener(channel, wrapped)
  }
}

/** The method of each invocation: its contract input in, its `IpcResult` out. */
export type InvokeApi = {
  readonly [C in InvokeChannel as InvokeMethod<C>]: (
    ...args: InvokeInput<C>
  ) => Promise<IpcResult<InvokeResults[C]>>
}

/** The method of each event: a listener in, the unsubscribe out. */
export type EventApi = {
  readonly [E in EventChannel as EventMethod<E>]: (
    listener: (payload: EventPayloads[E]) => void,
  ) => () => void
}

/**
 * What the preload exposes as `window.runstrong`: one named method per contract channel,
 * named by the contract's table and built from it here, and nothing else (no generic
 * invoke, no process or environment).
 */
export type RunstrongApi = InvokeApi & EventApi

function buildApi(): RunstrongApi {
  const api: Record<string, unknown> = {}
  for (const [channel, method] of Object.entries(INVOKE_METHODS))
    api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
  for (const [channel, method] of Object.entries(EVENT_METHODS))
    api[method] = (listener: (payload: unknown) => void) => on(channel as EventChannel, listener)
  return api as RunstrongApi
}

export const api = buildApi()

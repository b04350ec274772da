/**
 * The IPC channels' names, and the method each one is on `window.runstrong` and on the
 * renderer's `Platform`: the one table the preload builds its API from by a loop, and
 * `ipc-contract.ts` checks its schemas, results and event payloads against. Nothing here
 * imports anything, so the sandboxed preload bundles it without zod.
 *
 * A channel added here is a type error until `ipc-contract.ts` has its schema and result
 * (or payload), `src/main/handlers.ts` its handler, and the browser edition its method.
 */

/** Renderer-to-main invocations: channel → method. */
export const INVOKE_METHODS = {
  'circuits:load': 'loadCircuits',
  'circuits:save': 'saveCircuits',
  'settings:load': 'loadSettings',
  'settings:save': 'saveSettings',
  'history:load': 'loadHistory',
  'history:add': 'addHistory',
  'plan:load': 'loadPlan',
  'plan:save': 'savePlan',
  'session:load': 'loadSession',
  'session:save': 'saveSession',
  'session:status': 'sessionStatus',
  'notify:show': 'notify',
  'file:save': 'saveFile',
  'displays:list': 'listDisplays',
  'display:open': 'openDisplay',
  'display:close': 'closeDisplay',
  'display:state': 'sendDisplayState',
  'display:command': 'sendDisplayCommand',
  'window:fullscreen': 'toggleFullscreen',
  'keys:status': 'keysStatus',
  'hub:status': 'hubStatus',
  'hub:switch': 'switchHub',
  'hub:forget': 'forgetHubDevice',
  'hub:state': 'sendHubState',
  'backup:save': 'backUp',
  'backup:counts': 'dataCounts',
  'backup:restore': 'restoreBackup',
} as const

/** Main-to-renderer events: channel → the method that subscribes to it. */
export const EVENT_METHODS = {
  'media-keys:command': 'onMediaKeyCommand',
  'hub:command': 'onHubCommand',
  'hub:changed': 'onHubStatus',
  'app:navigate': 'onNavigate',
  'settings:changed': 'onSettingsChanged',
  'displays:changed': 'onDisplaysChanged',
  'display:state': 'onDisplayState',
  'display:closed': 'onDisplayClosed',
} as const

export type InvokeChannel = keyof typeof INVOKE_METHODS
export type EventChannel = keyof typeof EVENT_METHODS
/** The method of an invocation, on `window.runstrong` and on `Platform`. */
export type InvokeMethod<C extends InvokeChannel = InvokeChannel> = (typeof INVOKE_METHODS)[C]
/** The method that subscribes to an event. */
export type EventMethod<E extends EventChannel = EventChannel> = (typeof EVENT_METHODS)[E]

/** Every method of both tables, by direction and channel ("invoke circuits:load"). */
type AllMethods = {
  [C in InvokeChannel as `invoke ${C}`]: InvokeMethod<C>
} & { [E in EventChannel as `event ${E}`]: EventMethod<E> }

/** The channels whose method another channel has too. */
type Clashing = {
  [K in keyof AllMethods]: AllMethods[K] extends AllMethods[Exclude<keyof AllMethods, K>]
    ? K
    : never
}[keyof AllMethods]

/**
 * Each method names one channel: two channels on one name would leave one of them out of
 * the API. A clash fails to compile here, naming the channels.
 */
export const methodsAreDistinct: [Clashing] extends [never]
  ? true
  : { [C in Clashing]: 'has the method of another channel' } = true

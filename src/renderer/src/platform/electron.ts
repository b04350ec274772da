import type { IpcResult } from '@shared/ipc-contract'
import { EVENT_METHODS, INVOKE_METHODS } from '@shared/ipc-channels'
import { circuitsToStored, saveCircuitsProblem } from '@shared/data/circuit-list'
import { PLAN_INFO, SETTINGS_INFO, savedSessionToStored } from '@shared/data/stores'
import type { RunstrongApi } from '../../../preload/api'
import type { ChannelMethods, Loaded, Platform } from './platform'

function unwrap<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(r.error)
  return r.value
}

/** A load that failed in main still gives the app defaults, with the reason to show. */
async function loadOr<T>(call: Promise<IpcResult<Loaded<T>>>, fallback: T): Promise<Loaded<T>> {
  try {
    const r = await call
    return r.ok ? r.value : { value: fallback, notice: r.error }
  } catch (err) {
    return { value: fallback, notice: `Could not reach the app's data: ${String(err)}` }
  }
}

/**
 * Every channel's method, as the table names it, over the preload's: an invocation's result
 * unwrapped (a refusal rejects), an event's listener passed on.
 */
function channelMethods(api: RunstrongApi): ChannelMethods {
  const bridge = api as unknown as Record<string, (...args: unknown[]) => unknown>
  const methods: Record<string, unknown> = {}
  for (const name of Object.values(INVOKE_METHODS))
    methods[name] = async (...args: unknown[]) =>
      unwrap((await bridge[name]!(...args)) as IpcResult<unknown>)
  for (const name of Object.values(EVENT_METHODS))
    methods[name] = (listener: unknown) => bridge[name]!(listener)
  return methods as ChannelMethods
}

/**
 * The desktop edition's platform: the main process keeps the data and owns the OS services;
 * every call goes through the preload's named methods. What the renderer words as the
 * channel does (the events, the counts) is `channelMethods`; the rest is adapted here.
 */
export function createElectronPlatform(api: RunstrongApi): Platform {
  return {
    ...channelMethods(api),
    kind: 'electron',
    loadCircuits: () => loadOr(api.loadCircuits(), []),
    saveCircuits: async (list) => {
      // Said as the browser edition says it; main refuses the same list too.
      const problem = saveCircuitsProblem(list)
      if (problem)
        throw new Error(
          `Could not save your circuits: ${problem}. What was saved before is unchanged.`,
        )
      unwrap(await api.saveCircuits(circuitsToStored(list)))
      return [...list]
    },
    loadSettings: () => loadOr(api.loadSettings(), SETTINGS_INFO.fallback()),
    saveSettings: async (s) => {
      unwrap(await api.saveSettings(s))
    },
    loadHistory: () => loadOr(api.loadHistory(), []),
    addHistory: async (entry) => {
      unwrap(await api.addHistory(entry))
    },
    loadPlan: () => loadOr(api.loadPlan(), PLAN_INFO.fallback()),
    savePlan: async (plan) => {
      unwrap(await api.savePlan(plan))
    },
    loadSession: () => loadOr(api.loadSession(), null),
    saveSession: async (session) => {
      unwrap(await api.saveSession(savedSessionToStored(session)))
    },
    sessionStatus: (status) => void api.sessionStatus(status),
    notify: (title, body) => void api.notify({ title, body }),
    // Notifications need no asking on the desktop.
    requestNotifications: () => Promise.resolve(true),
    // The answer (whether the window is now fullscreen) is not needed; a refusal changes nothing.
    toggleFullscreen: async () => {
      await api.toggleFullscreen()
    },
    saveFile: async (name, data) => {
      unwrap(
        await api.saveFile(typeof data === 'string' ? { name, text: data } : { name, bytes: data }),
      )
    },
    keysStatus: async () =>
      await api
        .keysStatus()
        .then(unwrap)
        .catch(() => null),
    // One window holds the app's data: nothing else saves it.
    onStoredChange: () => () => undefined,
    listDisplays: async () =>
      await api
        .listDisplays()
        .then(unwrap)
        .catch(() => []),
    openDisplay: async (displayId) => unwrap(await api.openDisplay({ displayId })),
    closeDisplay: async () => {
      unwrap(await api.closeDisplay())
    },
    sendDisplayState: (state) => void api.sendDisplayState(state),
    sendDisplayCommand: (command) => void api.sendDisplayCommand(command),
    switchHub: async (on) => unwrap(await api.switchHub({ on })),
    forgetHubDevice: async (id) => unwrap(await api.forgetHubDevice({ id })),
    sendHubState: (state) => void api.sendHubState(state),
    backUp: async () => unwrap(await api.backUp()).path !== null,
    restoreBackup: async (text) => unwrap(await api.restoreBackup({ text })),
  }
}

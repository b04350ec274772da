import type { IpcResult, LegacyData } from '@shared/ipc-contract'
import { circuitsToStored } from '@shared/storage'
import { PAGE_STORAGE_KEYS, PLAN_STORE, SETTINGS_STORE, savedSessionToStored } from '@shared/stores'
import type { RunstrongApi } from '../../../preload/api'
import type { Loaded, Platform } from './platform'

/** The stores the browser edition may have left in page storage, and the flag set once moved. */
const LEGACY_STORES = [
  'circuits',
  'settings',
  'history',
  'plan',
] as const satisfies readonly (keyof LegacyData)[]
export const MOVED_FLAG = 'runstrong.movedToDesktop'

/**
 * Offers what the browser edition left in this page's storage to the desktop stores, once.
 * Returns messages for the user (refusals and partial moves).
 */
export async function moveBrowserData(api: RunstrongApi, storage: Storage): Promise<string[]> {
  if (storage.getItem(MOVED_FLAG) !== null) return []
  const legacy: LegacyData = {}
  for (const name of LEGACY_STORES) {
    const raw = storage.getItem(PAGE_STORAGE_KEYS[name])
    if (raw !== null) legacy[name] = raw
  }
  if (Object.keys(legacy).length === 0) return []
  const r = await api.importLegacy(legacy)
  if (!r.ok) return [r.error]
  // The page copy stays where it was: nothing is deleted, it is just not read again.
  storage.setItem(MOVED_FLAG, new Date().toISOString())
  return r.value.notices
}

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
 * The desktop edition's platform: the main process keeps the data and owns the OS services;
 * every call goes through the preload's named methods. The first time it starts where the
 * browser edition left data in page storage, that data moves into the desktop stores.
 */
export function createElectronPlatform(
  api: RunstrongApi,
  storage: Storage = window.localStorage,
): Platform {
  let fullscreen = false
  let moveNotices: string[] = []
  const moved = moveBrowserData(api, storage).then((notices) => {
    moveNotices = notices
  })
  const after = async <T>(load: () => Promise<T>) => {
    await moved.catch(() => undefined)
    return load()
  }

  return {
    kind: 'electron',
    loadCircuits: () =>
      after(async () => {
        const r = await loadOr(api.loadCircuits(), [])
        const notices = [...moveNotices, ...(r.notice ? [r.notice] : [])]
        moveNotices = []
        return notices.length > 0 ? { value: r.value, notice: notices.join(' ') } : r
      }),
    saveCircuits: async (list) => {
      unwrap(await api.saveCircuits(circuitsToStored(list)))
    },
    loadSettings: () => after(() => loadOr(api.loadSettings(), SETTINGS_STORE.fallback())),
    saveSettings: async (s) => {
      unwrap(await api.saveSettings(s))
    },
    loadHistory: () => after(() => loadOr(api.loadHistory(), [])),
    addHistory: async (entry) => {
      unwrap(await api.addHistory(entry))
    },
    loadPlan: () => after(() => loadOr(api.loadPlan(), PLAN_STORE.fallback())),
    savePlan: async (plan) => {
      unwrap(await api.savePlan(plan))
    },
    loadSession: () => after(() => loadOr(api.loadSession(), null)),
    saveSession: async (session) => {
      unwrap(await api.saveSession(savedSessionToStored(session)))
    },
    sessionStatus: (status) => void api.sessionStatus(status),
    notify: (title, body) => void api.notify({ title, body }),
    // Notifications need no asking on the desktop.
    requestNotifications: () => Promise.resolve(true),
    toggleFullscreen: async () => {
      const r = await api.toggleFullscreen()
      if (r.ok) fullscreen = r.value
    },
    isFullscreen: () => fullscreen,
    saveFile: async (name, text) => {
      unwrap(await api.saveFile({ name, text }))
    },
    onRemoteCommand: (l) => api.onRemoteCommand(l),
    onNavigate: (l) => api.onNavigate(l),
    listDisplays: async () =>
      await api
        .listDisplays()
        .then(unwrap)
        .catch(() => []),
    onDisplaysChanged: (l) => api.onDisplaysChanged(l),
    openStage: async (displayId) => unwrap(await api.openStage({ displayId })),
    closeStage: async () => {
      unwrap(await api.closeStage())
    },
    sendStage: (state) => void api.sendStage(state),
    onStageState: (l) => api.onStageState(l),
    onStageClosed: (l) => api.onStageClosed(l),
  }
}

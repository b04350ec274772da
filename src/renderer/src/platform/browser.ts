import { withEntry, type HistoryEntry } from '@shared/training/history'
import { PAUSE_RELEASE_MS } from '@shared/engine/keep-awake'
import type { ReadResult } from '@shared/data/read-result'
import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PLAN_STORE,
  SESSION_STORE,
  SETTINGS_STORE,
  PAGE_STORAGE_KEYS,
  type StoreSpec,
} from '@shared/data/store-files'
import { lazyHub } from './lazy-hub'
import type { Loaded, Platform } from './platform'

/** Whether page storage refused a write because it is full. */
function isQuotaExceeded(err: unknown): boolean {
  return (
    err instanceof DOMException &&
    (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  )
}

/** Copies an unreadable value aside under `<key>.corrupt-<time>` and returns that key. */
function keepAside(storage: Storage, key: string, raw: string, nowMs: number): string {
  const aside = `${key}.corrupt-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`
  storage.setItem(aside, raw)
  return aside
}

/**
 * Reads one slot. What cannot be read is copied aside first; readable parts are kept and
 * written back, and the user is told where the copy is. When the copy cannot be made (page
 * storage is full), the damaged value stays as it is and `refusals` stops writes over it.
 */
function load<T>(
  storage: Storage,
  slot: StoreSpec<T>,
  now: () => number,
  refusals: Map<string, string>,
): Loaded<T> {
  const { label } = slot
  const key = PAGE_STORAGE_KEYS[slot.name]
  const raw = storage.getItem(key)
  refusals.delete(slot.name)
  if (raw === null) return { value: slot.fallback() }
  let result: ReadResult<T>
  try {
    result = slot.read(JSON.parse(raw))
  } catch {
    result = { ok: false, reason: raw.trim() === '' ? 'it is empty' : 'it is not valid JSON' }
  }
  if (result.ok) return { value: result.value }
  const value = result.partial ?? slot.fallback()
  let aside: string
  try {
    aside = keepAside(storage, key, raw, now())
  } catch {
    refusals.set(slot.name, 'they could not be read, and a copy could not be made to keep them')
    return {
      value,
      notice: `Some saved ${label} could not be read (${result.reason}), and page storage is too full to keep a copy. Runstrong left them as they are and will not save ${label} until there is room.`,
    }
  }
  try {
    if (result.partial) storage.setItem(key, JSON.stringify(slot.write(result.partial)))
    else storage.removeItem(key)
  } catch {
    // The copy is safe; the repaired value is written with the next save.
  }
  const kept = result.partial ? 'kept what it could read' : 'started with defaults'
  return {
    value,
    notice: `Some saved ${label} could not be read (${result.reason}). Runstrong ${kept}; the original is kept in page storage as "${aside}".`,
  }
}

/** The platform of the plain-browser edition: page storage and web APIs. */
export function createBrowserPlatform(
  storage: Storage = window.localStorage,
  now: () => number = () => Date.now(),
): Platform {
  /** Slots that must not be written, and why (their damaged value could not be kept). */
  const refusals = new Map<string, string>()
  const read = <T>(slot: StoreSpec<T>) => load(storage, slot, now, refusals)
  let wakeLock: WakeLockSentinel | null = null
  let pauseTimer: ReturnType<typeof setTimeout> | undefined
  /**
   * The history as this page last read or wrote it, by its stored text: while page storage
   * holds that same text, an add need not read and check every session again.
   */
  let knownHistory: { text: string; list: HistoryEntry[] } | undefined
  const put = <T>(
    slot: StoreSpec<T>,
    value: T,
    text?: (written: string) => void,
  ): Promise<void> => {
    const refused = refusals.get(slot.name)
    if (refused)
      return Promise.reject(
        new Error(
          `Could not save your ${slot.label}: ${refused}, so Runstrong will not write over them. What was saved before is unchanged.`,
        ),
      )
    try {
      const written = JSON.stringify(slot.write(value))
      storage.setItem(PAGE_STORAGE_KEYS[slot.name], written)
      text?.(written)
      return Promise.resolve()
    } catch (err) {
      // setItem writes all or nothing: the value saved before is still there.
      const why = isQuotaExceeded(err)
        ? "this browser's storage for Runstrong is full (export what you need, delete what you do not, or clear other data of this site)"
        : `the browser refused (${err instanceof Error ? err.message.slice(0, 200) : String(err)})`
      return Promise.reject(
        new Error(`Could not save your ${slot.label}: ${why}. What was saved before is unchanged.`),
      )
    }
  }
  const keepAwake = async (on: boolean) => {
    if (!on) {
      await wakeLock?.release().catch(() => undefined)
      wakeLock = null
      return
    }
    if (wakeLock || !('wakeLock' in navigator)) return
    try {
      wakeLock = await navigator.wakeLock.request('screen')
      wakeLock.addEventListener('release', () => {
        wakeLock = null
      })
    } catch {
      // Refused (hidden page, power saving): the session still runs.
    }
  }
  const noop = () => () => undefined
  return {
    kind: 'browser',
    loadCircuits: () => Promise.resolve(read(CIRCUITS_STORE)),
    saveCircuits: (list) => put(CIRCUITS_STORE, [...list]),
    loadSettings: () => Promise.resolve(read(SETTINGS_STORE)),
    saveSettings: (settings) => put(SETTINGS_STORE, settings),
    loadHistory() {
      const text = storage.getItem(PAGE_STORAGE_KEYS.history)
      const loaded = read(HISTORY_STORE)
      knownHistory = text !== null && !loaded.notice ? { text, list: loaded.value } : undefined
      return Promise.resolve(loaded)
    },
    addHistory(entry) {
      // Read what is stored now (unless it is what this page last saw), so a damaged history
      // is set aside before it is added to.
      const text = storage.getItem(PAGE_STORAGE_KEYS.history)
      const list =
        text !== null && text === knownHistory?.text ? knownHistory.list : read(HISTORY_STORE).value
      const next = withEntry(list, entry)
      return put(HISTORY_STORE, next, (written) => {
        knownHistory = { text: written, list: next }
      })
    },
    loadPlan: () => Promise.resolve(read(PLAN_STORE)),
    savePlan: (plan) => put(PLAN_STORE, plan),
    loadSession: () => Promise.resolve(read(SESSION_STORE)),
    saveSession(session) {
      if (session !== null) return put(SESSION_STORE, session)
      // A damaged saved session that could not be copied aside is not thrown away either.
      if (refusals.has(SESSION_STORE.name)) return put(SESSION_STORE, session)
      storage.removeItem(PAGE_STORAGE_KEYS.session)
      return Promise.resolve()
    },
    sessionStatus(status) {
      clearTimeout(pauseTimer)
      if (status.state === 'running') void keepAwake(true)
      else if (status.state === 'paused')
        pauseTimer = setTimeout(() => void keepAwake(false), PAUSE_RELEASE_MS)
      else void keepAwake(false)
      if (status.change && document.hidden) this.notify(status.change.title, status.change.body)
    },
    notify(title, body) {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return
      try {
        new Notification(title, { body, silent: true })
      } catch {
        // Some browsers allow notifications only from a service worker; cues still sound.
      }
    },
    async requestNotifications() {
      if (typeof Notification === 'undefined') return false
      if (Notification.permission === 'granted') return true
      if (Notification.permission === 'denied') return false
      return (await Notification.requestPermission()) === 'granted'
    },
    async toggleFullscreen() {
      try {
        if (document.fullscreenElement) await document.exitFullscreen()
        else await document.documentElement.requestFullscreen()
      } catch {
        // Fullscreen can be refused (no user gesture, iframe); the runner works the same.
      }
    },
    saveFile(name, data, type) {
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type }))
      const a = document.createElement('a')
      a.href = url
      a.download = name
      a.rel = 'noopener'
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return Promise.resolve()
    },
    // A page hears keys only while it has focus.
    keysStatus: () => Promise.resolve(null),
    onRemoteCommand: noop,
    onNavigate: noop,
    onSettingsChanged: noop,
    // One window: the runner shows where the app is.
    listDisplays: () => Promise.resolve([]),
    onDisplaysChanged: noop,
    openStage: () => Promise.resolve(false),
    closeStage: () => Promise.resolve(),
    sendStage: () => undefined,
    sendStageCommand: () => undefined,
    onStageState: noop,
    onStageClosed: noop,
    ...lazyHub(() => import('./browser-hub').then((m) => m.createBrowserHub(storage))),
  }
}

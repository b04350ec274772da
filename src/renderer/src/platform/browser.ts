import { withEntry } from '@shared/training/history'
import { PAUSE_RELEASE_MS } from '@shared/engine/keep-awake'
import { mergeCircuitLists } from '@shared/data/circuit-merge'
import type { ReadResult } from '@shared/data/read-result'
import { saveCircuitsProblem } from '@shared/data/saved-circuits'
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
import { createPageSync } from './page-sync'
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

/** Why page storage refused a write, and what helps. */
function refusalReason(err: unknown): string {
  if (isQuotaExceeded(err))
    return "this browser's storage for Runstrong is full (export what you need, delete what you do not, or clear other data of this site)"
  if (err instanceof DOMException && err.name === 'SecurityError')
    return 'this browser no longer lets this page keep data (allow cookies and site data for this site in its settings, then try again)'
  return `the browser refused (${err instanceof Error ? err.message.slice(0, 200) : String(err)})`
}

/** A save refused before anything was written. */
const refuse = (label: string, why: string) =>
  Promise.reject(
    new Error(`Could not save your ${label}: ${why}. What was saved before is unchanged.`),
  )

const backup = () => import('./browser-backup')

/**
 * The platform of the plain-browser edition: page storage and web APIs. `events` is the
 * window whose `storage` events tell of other tabs' saves.
 */
export function createBrowserPlatform(
  storage: Storage = window.localStorage,
  now: () => number = () => Date.now(),
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): Platform {
  /** Slots that must not be written, and why (their damaged value could not be kept). */
  const refusals = new Map<string, string>()
  const sync = createPageSync(storage, events)
  const stored = <T>(slot: StoreSpec<T>) => storage.getItem(PAGE_STORAGE_KEYS[slot.name])
  /** Reads a slot for the screen; what it shows is the base of this page's next change. */
  const read = <T>(slot: StoreSpec<T>) => {
    const loaded = load(storage, slot, now, refusals)
    sync.hold(slot, loaded.value, loaded.notice ? undefined : stored(slot))
    return loaded
  }
  /**
   * What a slot holds now, read again before a save: another tab may have saved since. While
   * page storage holds the text this page last read or wrote, nothing is read or checked again.
   */
  const current = <T>(slot: StoreSpec<T>): T => {
    const mine = sync.held(slot)
    if (mine && mine.text !== undefined && mine.text === stored(slot)) return mine.value
    return load(storage, slot, now, refusals).value
  }
  let wakeLock: WakeLockSentinel | null = null
  let pauseTimer: ReturnType<typeof setTimeout> | undefined
  const put = <T>(slot: StoreSpec<T>, value: T): Promise<void> => {
    const refused = refusals.get(slot.name)
    if (refused) return refuse(slot.label, `${refused}, so Runstrong will not write over them`)
    try {
      const written = JSON.stringify(slot.write(value))
      storage.setItem(PAGE_STORAGE_KEYS[slot.name], written)
      sync.hold(slot, value, written)
      return Promise.resolve()
    } catch (err) {
      // setItem writes all or nothing: the value saved before is still there.
      return refuse(slot.label, refusalReason(err))
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
    saveCircuits(list) {
      const own = saveCircuitsProblem(list)
      if (own) return refuse(CIRCUITS_STORE.label, own)
      // Another tab may have saved since this page read the list: its circuits stay, and this
      // page's change (what differs from what it last read) goes on top.
      const theirs = current(CIRCUITS_STORE)
      const next = mergeCircuitLists(sync.held(CIRCUITS_STORE)?.value ?? theirs, list, theirs)
      const problem = saveCircuitsProblem(next)
      if (problem) return refuse(CIRCUITS_STORE.label, problem)
      return put(CIRCUITS_STORE, next).then(() => next)
    },
    loadSettings: () => Promise.resolve(read(SETTINGS_STORE)),
    saveSettings: (settings) => put(SETTINGS_STORE, settings),
    loadHistory: () => Promise.resolve(read(HISTORY_STORE)),
    // What is stored now, with what another tab recorded; a damaged history is set aside first.
    addHistory: (entry) => put(HISTORY_STORE, withEntry(current(HISTORY_STORE), entry)),
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
    // Another tab's change: the last change wins, and this page takes it at once.
    onSettingsChanged: (listener) => sync.listen(SETTINGS_STORE, listener),
    onStoredChange(listener) {
      const offs = [
        sync.listen(CIRCUITS_STORE, (value) => listener({ store: 'circuits', value })),
        sync.listen(HISTORY_STORE, (value) => listener({ store: 'history', value })),
        sync.listen(PLAN_STORE, (value) => listener({ store: 'plan', value })),
      ]
      return () => offs.forEach((off) => off())
    },
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
    // Backup and restore fetch their code when used: the first screen does not carry it.
    backUp() {
      return backup().then((m) => m.backUpPage(storage, now(), this))
    },
    dataCounts: () => backup().then((m) => m.countPage(storage)),
    restoreBackup: (text) => backup().then((m) => m.restorePage(storage, text, now())),
  }
}

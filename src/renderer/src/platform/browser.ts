import { withEntry } from '@shared/training/history-entries'
import { PAUSE_RELEASE_MS } from '@shared/engine/keep-awake'
import { mergeCircuitLists } from '@shared/data/circuit-merge'
import { saveCircuitsProblem } from '@shared/data/circuit-list'
import {
  CIRCUITS_INFO,
  HISTORY_INFO,
  PLAN_INFO,
  SESSION_INFO,
  SETTINGS_INFO,
  PAGE_STORAGE_KEYS,
} from '@shared/data/stores'
import { createPageStores, refuse } from './browser-storage'
import { lazyHub } from './lazy-hub'
import type { Platform } from './platform'
import { storeReaders, type StoreReaders } from './store-readers'

const backup = () => import('./browser-backup')

/**
 * The platform of the plain-browser edition: page storage and web APIs. `events` is the
 * window whose `storage` events tell of other tabs' saves; `readers` read stored text, the
 * page's own fetched when first needed.
 */
export function createBrowserPlatform(
  storage: Storage = window.localStorage,
  now: () => number = () => Date.now(),
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  readers: StoreReaders = storeReaders,
): Platform {
  const { sync, refusals, read, withCurrent, put } = createPageStores(storage, now, events, readers)
  let wakeLock: WakeLockSentinel | null = null
  let pauseTimer: ReturnType<typeof setTimeout> | undefined
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
    loadCircuits: () => read(CIRCUITS_INFO),
    saveCircuits(list) {
      const own = saveCircuitsProblem(list)
      if (own) return refuse(CIRCUITS_INFO.label, own)
      // Another tab may have saved since this page read the list: its circuits stay, and this
      // page's change (what differs from what it last read) goes on top.
      return withCurrent(CIRCUITS_INFO, (theirs) => {
        const next = mergeCircuitLists(sync.held(CIRCUITS_INFO)?.value ?? theirs, list, theirs)
        const problem = saveCircuitsProblem(next)
        if (problem) return refuse(CIRCUITS_INFO.label, problem)
        return put(CIRCUITS_INFO, next).then(() => next)
      })
    },
    loadSettings: () => read(SETTINGS_INFO),
    saveSettings: (settings) => put(SETTINGS_INFO, settings),
    loadHistory: () => read(HISTORY_INFO),
    // What is stored now, with what another tab recorded; a damaged history is set aside first.
    addHistory: (entry) =>
      withCurrent(HISTORY_INFO, (list) => put(HISTORY_INFO, withEntry(list, entry))),
    loadPlan: () => read(PLAN_INFO),
    savePlan: (plan) => put(PLAN_INFO, plan),
    loadSession: () => read(SESSION_INFO),
    saveSession(session) {
      if (session !== null) return put(SESSION_INFO, session)
      // A damaged saved session that could not be copied aside is not thrown away either.
      if (refusals.has(SESSION_INFO.name)) return put(SESSION_INFO, session)
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
    onMediaKeyCommand: noop,
    onNavigate: noop,
    // Another tab's change: the last change wins, and this page takes it at once.
    onSettingsChanged: (listener) => sync.listen(SETTINGS_INFO, listener),
    onStoredChange(listener) {
      const offs = [
        sync.listen(CIRCUITS_INFO, (value) => listener({ store: 'circuits', value })),
        sync.listen(HISTORY_INFO, (value) => listener({ store: 'history', value })),
        sync.listen(PLAN_INFO, (value) => listener({ store: 'plan', value })),
      ]
      return () => offs.forEach((off) => off())
    },
    // One window: the runner shows where the app is.
    listDisplays: () => Promise.resolve([]),
    onDisplaysChanged: noop,
    openDisplay: () => Promise.resolve(false),
    closeDisplay: () => Promise.resolve(),
    sendDisplayState: () => undefined,
    sendDisplayCommand: () => undefined,
    onDisplayState: noop,
    onDisplayClosed: noop,
    ...lazyHub(() => import('./browser-hub').then((m) => m.createBrowserHub(storage))),
    // Backup and restore fetch their code when used: the first screen does not carry it.
    backUp() {
      return backup().then((m) => m.backUpPage(storage, now(), this))
    },
    dataCounts: () => backup().then((m) => m.countPage(storage)),
    restoreBackup: (text) => backup().then((m) => m.restorePage(storage, text, now())),
  }
}

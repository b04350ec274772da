import { withEntry } from '@shared/training/history-entries'
import { PAUSE_RELEASE_MS } from '@shared/engine/keep-awake'
import { mergeCircuitLists } from '@shared/data/circuit-merge'
import { saveCircuitsProblem } from '@shared/data/saved-circuits'
import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PLAN_STORE,
  SESSION_STORE,
  SETTINGS_STORE,
  PAGE_STORAGE_KEYS,
} from '@shared/data/store-files'
import { createPageStores, refuse } from './browser-storage'
import { lazyHub } from './lazy-hub'
import type { Platform } from './platform'

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
  const { sync, refusals, read, current, put } = createPageStores(storage, now, events)
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

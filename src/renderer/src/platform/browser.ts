import {
  DEFAULT_SETTINGS,
  circuitsFromStored,
  circuitsToStored,
  settingsFromStored,
  type SavedCircuit,
  type Settings,
} from '@shared/storage'
import { historyFromStored, historyToStored, type HistoryEntry } from '@shared/history'
import { DEFAULT_PLAN, weekPlanSchema, type WeekPlan } from '@shared/planner'
import type { Loaded, Platform } from './platform'

/** Copies an unreadable value aside under `<key>.corrupt-<time>` and returns that key. */
function keepAside(storage: Storage, key: string, raw: string, nowMs: number): string {
  const aside = `${key}.corrupt-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`
  storage.setItem(aside, raw)
  return aside
}

type Reader<T> = (
  value: unknown,
) => { ok: true; value: T } | { ok: false; reason: string; partial?: T }

interface Slot<T> {
  key: string
  label: string
  fallback: () => T
  read: Reader<T>
  write: (value: T) => unknown
}

const CIRCUITS: Slot<SavedCircuit[]> = {
  key: 'runstrong.circuits',
  label: 'circuits',
  fallback: () => [],
  read: circuitsFromStored,
  write: circuitsToStored,
}

const SETTINGS: Slot<Settings> = {
  key: 'runstrong.settings',
  label: 'settings',
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  read: settingsFromStored,
  write: (s) => s,
}

const HISTORY: Slot<HistoryEntry[]> = {
  key: 'runstrong.history',
  label: 'history',
  fallback: () => [],
  read: historyFromStored,
  write: historyToStored,
}

const PLAN: Slot<WeekPlan> = {
  key: 'runstrong.plan',
  label: 'week plan',
  fallback: () => ({ ...DEFAULT_PLAN }),
  read: (value) => {
    const r = weekPlanSchema.safeParse(value)
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, reason: 'it is not a week plan this version knows' }
  },
  write: (plan) => plan,
}

/**
 * Reads one slot. What cannot be read is copied aside first; readable parts are kept and
 * written back, and the user is told where the copy is.
 */
function load<T>(storage: Storage, slot: Slot<T>, now: () => number): Loaded<T> {
  const { key, label } = slot
  const raw = storage.getItem(key)
  if (raw === null) return { value: slot.fallback() }
  let result: ReturnType<Reader<T>>
  try {
    result = slot.read(JSON.parse(raw))
  } catch {
    result = { ok: false, reason: 'it is not valid JSON' }
  }
  if (result.ok) return { value: result.value }
  const aside = keepAside(storage, key, raw, now())
  const value = result.partial ?? slot.fallback()
  if (result.partial) storage.setItem(key, JSON.stringify(slot.write(result.partial)))
  else storage.removeItem(key)
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
  let wakeLock: WakeLockSentinel | null = null
  return {
    kind: 'browser',
    loadCircuits() {
      return Promise.resolve(load(storage, CIRCUITS, now))
    },
    saveCircuits(list) {
      storage.setItem(CIRCUITS.key, JSON.stringify(CIRCUITS.write([...list])))
      return Promise.resolve()
    },
    loadSettings() {
      return Promise.resolve(load(storage, SETTINGS, now))
    },
    saveSettings(settings) {
      storage.setItem(SETTINGS.key, JSON.stringify(SETTINGS.write(settings)))
      return Promise.resolve()
    },
    loadHistory() {
      return Promise.resolve(load(storage, HISTORY, now))
    },
    addHistory(entry) {
      // Read what is stored now, so a damaged history is set aside before it is added to.
      const current = load(storage, HISTORY, now).value.filter((e) => e.id !== entry.id)
      storage.setItem(HISTORY.key, JSON.stringify(HISTORY.write([...current, entry])))
      return Promise.resolve()
    },
    loadPlan() {
      return Promise.resolve(load(storage, PLAN, now))
    },
    savePlan(plan) {
      storage.setItem(PLAN.key, JSON.stringify(PLAN.write(plan)))
      return Promise.resolve()
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
    isFullscreen() {
      return document.fullscreenElement !== null
    },
    async keepAwake(on) {
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
    },
    saveFile(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
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
  }
}

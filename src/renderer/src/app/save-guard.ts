import type { HistoryEntry } from '@shared/training/history'
import type { Platform } from '@renderer/platform/platform'

/** The stores a save can fail for. */
export type SaveKey = 'circuits' | 'settings' | 'history' | 'plan' | 'session'

const WHAT: Readonly<Record<SaveKey, string>> = {
  circuits: 'your circuits',
  settings: 'your settings',
  history: 'this session in History',
  plan: 'your week plan',
  session: 'the session in progress',
}

const WHAT_NOW: Readonly<Record<SaveKey, string>> = {
  circuits: '',
  settings: '',
  history:
    ' Runstrong keeps the session while it is open and records it with the next save that works.',
  plan: '',
  session: ' The session runs on; only its crash recovery is missing.',
}

/**
 * A failed save in the user's words. The platforms' own messages already say what was not
 * saved and why ("Could not save your history: the disk is full …"); anything else is
 * wrapped so.
 */
function saveFailure(key: SaveKey, err: unknown): string {
  const text = (err instanceof Error ? err.message : String(err)).slice(0, 400)
  const said = text.startsWith('Could not save')
    ? text
    : `Could not save ${WHAT[key]} (${text}). What was saved before is unchanged.`
  return `${said}${WHAT_NOW[key]}`
}

export interface SaveGuard {
  /** A save of `key` failed (`message`) or worked again (null). */
  report: (key: SaveKey, message: string | null) => void
  /** A history entry reached storage. */
  historySaved?: (entry: HistoryEntry) => void
}

/**
 * The platform with every save watched: a failure is reported (and still rejects, so the
 * caller shows nothing as saved); a later success clears it. History entries that failed
 * are kept and saved again, first, with the next entry.
 */
export function guardSaves(platform: Platform, guard: SaveGuard): Platform {
  const pendingHistory = new Map<string, HistoryEntry>()
  const watch = async <T>(key: SaveKey, save: () => Promise<T>): Promise<T> => {
    let saved: T
    try {
      // A platform that throws at once still ends here, as a rejection.
      saved = await Promise.resolve().then(save)
    } catch (err) {
      guard.report(key, saveFailure(key, err))
      throw err
    }
    guard.report(key, null)
    return saved
  }
  return {
    ...platform,
    saveCircuits: (list) => watch('circuits', () => platform.saveCircuits(list)),
    saveSettings: (s) => watch('settings', () => platform.saveSettings(s)),
    savePlan: (plan) => watch('plan', () => platform.savePlan(plan)),
    saveSession: (session) => watch('session', () => platform.saveSession(session)),
    addHistory: (entry) =>
      watch('history', async () => {
        pendingHistory.delete(entry.id)
        pendingHistory.set(entry.id, entry)
        for (const [id, e] of [...pendingHistory]) {
          await platform.addHistory(e)
          // A newer version of the same entry, queued meanwhile, still waits its turn.
          if (pendingHistory.get(id) === e) pendingHistory.delete(id)
          guard.historySaved?.(e)
        }
      }),
  }
}

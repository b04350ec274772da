import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { HistoryEntry } from '@shared/training/history'
import { withEntry } from '@shared/training/history-entries'
import type { WeekPlan } from '@shared/training/planner'
import { DEFAULT_SETTINGS } from '@shared/data/default-settings'
import type { Settings } from '@shared/data/settings'
import { RESUME_WITHIN_MS, type SavedSession } from '@shared/data/stores'
import { useSavedCircuits } from '@renderer/features/circuits/library/use-saved-circuits'
import { usePlatform } from '@renderer/platform/platform-context'
import {
  appDataStep,
  initialAppData,
  isOffered,
  remindersFollowing,
  type AppDataEvent,
  type AppDataState,
} from './app-data-state'
import { guardSaves } from './save-guard'
import { useNotices } from './use-notices'

/**
 * What was done of a session that was not resumed, as a History entry (null when nothing
 * was), kept under one id however often. Its code (the session engine) loads only when a
 * session was cut short, so the first screen does not carry it.
 */
const loadInterrupted = () => import('@shared/training/interrupted')
async function interruptedEntryOf(s: SavedSession): Promise<HistoryEntry | null> {
  const { interruptedEntry } = await loadInterrupted()
  return interruptedEntry(s, `left-${s.startedAt}`)
}

/**
 * Everything the app keeps, loaded once at app level: each store's message reaches the user
 * whichever screen opens first, and every save is watched (a failed one is said and stays
 * said; what failed to save is not shown as saved).
 */
export function useAppData() {
  const host = usePlatform()
  const notices = useNotices()
  const setNotice = notices.set
  const [history, setHistory] = useState<HistoryEntry[]>()
  const platform = useMemo(
    () =>
      guardSaves(host, {
        // The background crash-safety save repeats every few seconds: once dismissed, its
        // failure stays quiet; a save the user asked for is said every time it fails.
        report: (key, message) => setNotice(`save:${key}`, message, key !== 'session'),
        historySaved: (entry) => setHistory((list) => withEntry(list ?? [], entry)),
      }),
    [host, setNotice],
  )
  const saved = useSavedCircuits(platform)
  // The rules live in appDataStep; `data` mirrors the state at once, for callbacks that
  // decide on it (whether a session is still the one on offer).
  const [state, setState] = useState(() => initialAppData(DEFAULT_SETTINGS))
  const data = useRef(state)
  const apply = useCallback((event: AppDataEvent) => {
    data.current = appDataStep(data.current, event)
    setState(data.current)
  }, [])
  // The day the home screen speaks of: read when the plan is.
  const [todayMs, setTodayMs] = useState(0)

  useEffect(() => {
    void platform.loadPlan().then((r) => {
      apply({ type: 'plan/stored', value: r.value })
      setTodayMs(Date.now())
      setNotice('load:plan', r.notice)
    })
  }, [platform, setNotice, apply])

  useEffect(() => {
    void platform.loadHistory().then((r) => {
      setHistory(r.value)
      setNotice('load:history', r.notice)
    })
  }, [platform, setNotice])

  useEffect(() => setNotice('load:circuits', saved.notice), [saved.notice, setNotice])

  /** Saves settings; what failed to save is taken back unless `keep` (a live control). */
  const changeSettings = useCallback(
    (next: Settings, keep = false) => {
      apply({ type: 'settings/changed', next })
      platform.saveSettings(next).then(
        () => apply({ type: 'settings/saved', value: next }),
        () => apply({ type: 'settings/failed', value: next, keep }),
      )
    },
    [platform, apply],
  )

  const changePlan = useCallback(
    (next: WeekPlan) => {
      apply({ type: 'plan/changed', next })
      platform.savePlan(next).then(
        () => {
          apply({ type: 'plan/saved', value: next })
          const following = remindersFollowing(data.current.settings.shown, next)
          if (following) changeSettings(following)
        },
        () => apply({ type: 'plan/failed', value: next }),
      )
    },
    [platform, apply, changeSettings],
  )

  // Another tab recorded a session or changed the plan: shown here at once, as saved.
  useEffect(
    () =>
      platform.onStoredChange((change) => {
        if (change.store === 'history') setHistory(change.value)
        if (change.store === 'plan') apply({ type: 'plan/stored', value: change.value })
      }),
    [platform, apply],
  )

  // A session cut short by a crash or a closed window, offered back for a while. One that is
  // not resumed still happened: what was done goes to History as left early.
  const setInterrupted = useCallback(
    (s: SavedSession | undefined) => {
      apply({ type: 'offer/shown', session: s })
      if (!s) setNotice('session:discard', undefined)
    },
    [apply, setNotice],
  )
  const setDiscarding = useCallback(
    (asking: AppDataState['discarding']) => apply({ type: 'discarding/asked', asking }),
    [apply],
  )
  const forgetSession = useCallback(
    async (s: SavedSession, keep: boolean) => {
      try {
        const entry = keep ? await interruptedEntryOf(s) : null
        if (entry) await platform.addHistory(entry)
        // A session started or resumed meanwhile has saved itself in this one's place: it stays.
        const now = (await platform.loadSession()).value
        if (now?.startedAt !== s.startedAt || now.savedAt !== s.savedAt) return
      } catch {
        return // Kept saved, to be recorded once it can be.
      }
      await platform.saveSession(null).catch(() => undefined)
    },
    [platform],
  )
  useEffect(() => {
    void platform.loadSession().then((r) => {
      setNotice('load:session', r.notice)
      const s = r.value
      if (s && Date.now() - s.savedAt < RESUME_WITHIN_MS) {
        setInterrupted(s)
        // Discard needs it: fetched now, so the offer answers at once.
        loadInterrupted().catch(() => undefined)
      } else if (s) void forgetSession(s, true)
    })
  }, [platform, setNotice, forgetSession, setInterrupted])
  /** Keeps what was done of a session on offer in History, and puts the session away. */
  const keepInterrupted = (s: SavedSession) => {
    if (!isOffered(data.current, s)) return
    setInterrupted(undefined)
    void forgetSession(s, true)
  }
  /** `asked`: Keep was on offer beside Discard, so Discard forgets it all without asking. */
  const discard = async (s: SavedSession, asked = false) => {
    if (asked) {
      if (!isOffered(data.current, s)) return
      setInterrupted(undefined)
      void forgetSession(s, false)
      return
    }
    let entry: HistoryEntry | null
    try {
      entry = await interruptedEntryOf(s)
    } catch {
      // The offer stays, and the session stays saved.
      setNotice(
        'session:discard',
        'The unfinished session could not be put away just now. It is still saved: try Discard again.',
        true,
      )
      return
    }
    if (!isOffered(data.current, s)) return // Resumed meanwhile: nothing to put away.
    setInterrupted(undefined)
    if (entry) setDiscarding({ session: s, entry })
    else void forgetSession(s, false)
  }

  useEffect(() => {
    void platform.loadSettings().then((r) => {
      apply({ type: 'settings/stored', value: r.value })
      setNotice('load:settings', r.notice)
    })
    // Main changed them (the tray's Reminders switch): taken as saved.
    return platform.onSettingsChanged((next) => apply({ type: 'settings/stored', value: next }))
  }, [platform, setNotice, apply])

  const settings = state.settings.shown
  const plan = state.plan?.shown
  const interrupted = state.offer
  const discarding = state.discarding

  return {
    platform,
    notices,
    saved,
    history,
    settings,
    changeSettings,
    plan,
    todayMs,
    changePlan,
    interrupted,
    setInterrupted,
    keepInterrupted,
    discarding,
    setDiscarding,
    forgetSession,
    discard,
  }
}

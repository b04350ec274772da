import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { withEntry, type HistoryEntry } from '@shared/training/history'
import { strengthDays, type WeekPlan } from '@shared/training/planner'
import { DEFAULT_SETTINGS, type Settings } from '@shared/data/settings'
import { RESUME_WITHIN_MS, type SavedSession } from '@shared/data/store-files'
import { useSavedCircuits } from '@renderer/features/circuits/use-saved-circuits'
import { usePlatform } from '@renderer/platform/platform-context'
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
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [plan, setPlan] = useState<WeekPlan>()
  // The day the home screen speaks of: read when the plan is.
  const [todayMs, setTodayMs] = useState(0)

  useEffect(() => {
    void platform.loadPlan().then((r) => {
      savedPlan.current = r.value
      setPlan(r.value)
      setTodayMs(Date.now())
      setNotice('load:plan', r.notice)
    })
  }, [platform, setNotice])

  useEffect(() => {
    void platform.loadHistory().then((r) => {
      setHistory(r.value)
      setNotice('load:history', r.notice)
    })
  }, [platform, setNotice])

  useEffect(() => setNotice('load:circuits', saved.notice), [saved.notice, setNotice])

  const settingsRef = useRef(settings)
  settingsRef.current = settings
  /** The settings as last saved (or loaded): what a failed save falls back to. */
  const savedSettings = useRef(settings)

  /** Saves settings; what failed to save is taken back unless `keep` (a live control). */
  const changeSettings = useCallback(
    (next: Settings, keep = false) => {
      settingsRef.current = next
      setSettings(next)
      platform.saveSettings(next).then(
        () => {
          savedSettings.current = next
        },
        () => {
          if (keep || settingsRef.current !== next) return
          settingsRef.current = savedSettings.current
          setSettings(savedSettings.current)
        },
      )
    },
    [platform],
  )

  const planRef = useRef(plan)
  planRef.current = plan
  /** The plan as last saved (or loaded). */
  const savedPlan = useRef(plan)
  const changePlan = useCallback(
    (next: WeekPlan) => {
      planRef.current = next
      setPlan(next)
      platform.savePlan(next).then(
        () => {
          savedPlan.current = next
          // Reminders follow the plan's strength days.
          const days = strengthDays(next).map((d) => d.day)
          const now = settingsRef.current
          if (days.join() !== now.reminders.days.join())
            changeSettings({ ...now, reminders: { ...now.reminders, days } })
        },
        () => {
          if (planRef.current !== next) return
          planRef.current = savedPlan.current
          setPlan(savedPlan.current)
        },
      )
    },
    [platform, changeSettings],
  )

  // Another tab recorded a session or changed the plan: shown here at once, as saved.
  useEffect(
    () =>
      platform.onStoredChange((change) => {
        if (change.store === 'history') setHistory(change.value)
        if (change.store !== 'plan') return
        savedPlan.current = change.value
        planRef.current = change.value
        setPlan(change.value)
      }),
    [platform],
  )

  // A session cut short by a crash or a closed window, offered back for a while. One that is
  // not resumed still happened: what was done goes to History as left early.
  const [interrupted, setOffered] = useState<SavedSession>()
  /** The session on offer now: a Discard that finishes after a Resume must not act. */
  const offered = useRef<SavedSession>(undefined)
  const setInterrupted = useCallback(
    (s: SavedSession | undefined) => {
      offered.current = s
      setOffered(s)
      if (!s) setNotice('session:discard', undefined)
    },
    [setNotice],
  )
  const [discarding, setDiscarding] = useState<{ session: SavedSession; entry: HistoryEntry }>()
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
    if (offered.current !== s) return
    setInterrupted(undefined)
    void forgetSession(s, true)
  }
  /** `asked`: Keep was on offer beside Discard, so Discard forgets it all without asking. */
  const discard = async (s: SavedSession, asked = false) => {
    if (asked) {
      if (offered.current !== s) return
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
    if (offered.current !== s) return // Resumed meanwhile: nothing to put away.
    setInterrupted(undefined)
    if (entry) setDiscarding({ session: s, entry })
    else void forgetSession(s, false)
  }

  useEffect(() => {
    void platform.loadSettings().then((r) => {
      settingsRef.current = r.value
      savedSettings.current = r.value
      setSettings(r.value)
      setNotice('load:settings', r.notice)
    })
    // Main changed them (the tray's Reminders switch): taken as saved.
    return platform.onSettingsChanged((next) => {
      settingsRef.current = next
      savedSettings.current = next
      setSettings(next)
    })
  }, [platform, setNotice])

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

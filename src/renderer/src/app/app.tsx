import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Circuit } from '@shared/circuit'
import { withEntry, type HistoryEntry } from '@shared/history'
import { interruptedEntry } from '@shared/interrupted'
import { DEFAULT_SETTINGS, type Settings } from '@shared/storage'
import { AboutScreen } from '../features/about/about-screen'
import { CircuitsScreen } from '../features/circuits/circuits-screen'
import { HistoryScreen } from '../features/history/history-screen'
import { PlannerScreen } from '../features/planner/planner-screen'
import { strengthDays, todayLine, type WeekPlan } from '@shared/planner'
import { RESUME_WITHIN_MS, type SavedSession } from '@shared/stores'
import { PRESETS } from '@shared/presets'
import { useSavedCircuits } from '../features/circuits/use-saved-circuits'
import { ResumeOffer } from '../features/runner/resume-offer'
import { RunnerScreen } from '../features/runner/runner-screen'
import { StageScreen } from '../features/runner/stage-screen'
import { SettingsScreen } from '../features/settings/settings-screen'
import { ConfirmDialog } from '../components/ui/confirm-dialog'
import { ErrorBoundary } from '../components/ui/error-boundary'
import { LeaveGuard, LeaveGuardProvider } from './leave-guard'
import { PlatformProvider, usePlatform } from './platform-context'
import { guardSaves } from './save-guard'
import { routeHref, useHashRoute, type Route } from './use-hash-route'
import { NoticeList, useNotices } from './use-notices'

interface Run {
  circuit: Circuit
  startedAtMs: number
  key: number
  resumed?: SavedSession
}

const TABS: { route: Route; label: string }[] = [
  { route: { name: 'circuits' }, label: 'Circuits' },
  { route: { name: 'history' }, label: 'History' },
  { route: { name: 'week' }, label: 'Week' },
  { route: { name: 'settings' }, label: 'Settings' },
  { route: { name: 'about' }, label: 'About' },
]

/** The id a session that was not resumed is kept under: one History entry however often. */
const interruptedId = (s: SavedSession) => `left-${s.startedAt}`

/**
 * The shell: loads every store once (each store's message reaches the user whichever screen
 * opens first), watches every save (a failed one is said and stays said), routes between
 * screens, and hands the runner its session.
 */
export function App() {
  const host = usePlatform()
  const notices = useNotices()
  const setNotice = notices.set
  const [history, setHistory] = useState<HistoryEntry[]>()
  const platform = useMemo(
    () =>
      guardSaves(host, {
        report: (key, message) => setNotice(`save:${key}`, message),
        historySaved: (entry) => setHistory((list) => withEntry(list ?? [], entry)),
      }),
    [host, setNotice],
  )
  const [route, go] = useHashRoute()
  const saved = useSavedCircuits(platform)
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [run, setRun] = useState<Run>()
  const [leaveGuard] = useState(() => new LeaveGuard())
  const [pendingRoute, setPendingRoute] = useState<Route>()
  const [plan, setPlan] = useState<WeekPlan>()
  // The day the home screen speaks of: read when the plan is.
  const [todayMs, setTodayMs] = useState(0)

  useEffect(() => {
    void platform.loadPlan().then((r) => {
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

  /** Saves settings; what failed to save is taken back unless `keep` (a live control). */
  const changeSettings = useCallback(
    (next: Settings, keep = false) => {
      const before = settingsRef.current
      settingsRef.current = next
      setSettings(next)
      platform.saveSettings(next).catch(() => {
        if (keep || settingsRef.current !== next) return
        settingsRef.current = before
        setSettings(before)
      })
    },
    [platform],
  )

  const planRef = useRef(plan)
  planRef.current = plan
  const changePlan = useCallback(
    (next: WeekPlan) => {
      const before = planRef.current
      planRef.current = next
      setPlan(next)
      platform.savePlan(next).then(
        () => {
          // Reminders follow the plan's strength days.
          const days = strengthDays(next).map((d) => d.day)
          const now = settingsRef.current
          if (days.join() !== now.reminders.days.join())
            changeSettings({ ...now, reminders: { ...now.reminders, days } })
        },
        () => {
          if (planRef.current !== next) return
          planRef.current = before
          setPlan(before)
        },
      )
    },
    [platform, changeSettings],
  )

  // A session cut short by a crash or a closed window, offered back for a while. One that is
  // not resumed still happened: what was done goes to History as left early.
  const [interrupted, setInterrupted] = useState<SavedSession>()
  const [discarding, setDiscarding] = useState<{ session: SavedSession; entry: HistoryEntry }>()
  const forgetSession = useCallback(
    async (s: SavedSession, keep: boolean) => {
      const entry = keep ? interruptedEntry(s, interruptedId(s)) : null
      try {
        if (entry) await platform.addHistory(entry)
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
      if (s && Date.now() - s.savedAt < RESUME_WITHIN_MS) setInterrupted(s)
      else if (s) void forgetSession(s, true)
    })
  }, [platform, setNotice, forgetSession])
  const discard = (s: SavedSession) => {
    setInterrupted(undefined)
    const entry = interruptedEntry(s, interruptedId(s))
    if (entry) setDiscarding({ session: s, entry })
    else void forgetSession(s, false)
  }

  // A clicked reminder opens the Circuits screen.
  useEffect(
    () =>
      platform.onNavigate(() => {
        window.location.hash = routeHref({ name: 'circuits' })
      }),
    [platform],
  )

  useEffect(() => {
    void platform.loadSettings().then((r) => {
      settingsRef.current = r.value
      setSettings(r.value)
      setNotice('load:settings', r.notice)
    })
  }, [platform, setNotice])

  const startRun = useCallback(
    (circuit: Circuit, resumed?: SavedSession) => {
      // The first phase begins at the press itself.
      setRun((r) => ({
        circuit,
        startedAtMs: performance.now(),
        key: (r?.key ?? 0) + 1,
        ...(resumed ? { resumed } : {}),
      }))
      setInterrupted(undefined)
      go({ name: 'run' })
    },
    [go],
  )

  const toCircuits = () => go({ name: 'circuits' }, true)
  /** One screen, kept from blanking the window when it fails. */
  const screen = (name: string, node: ReactNode) => (
    <ErrorBoundary
      key={name}
      screen={name}
      onBack={toCircuits}
      backLabel={name === 'Circuits' ? 'Reload the app' : 'Back to Circuits'}
    >
      {node}
    </ErrorBoundary>
  )
  const standing = <NoticeList notices={notices.notices} onDismiss={notices.dismiss} />

  if (route.name === 'stage')
    return (
      <PlatformProvider platform={platform}>{screen('Display', <StageScreen />)}</PlatformProvider>
    )

  if (route.name === 'run' && run) {
    return (
      <PlatformProvider platform={platform}>
        {screen(
          'Runner',
          <RunnerScreen
            key={run.key}
            circuit={run.circuit}
            startedAtMs={run.startedAtMs}
            resumed={run.resumed}
            settings={settings}
            onSettings={(next) => changeSettings(next, true)}
            onExit={toCircuits}
            onRunAgain={() => startRun(run.circuit)}
          />,
        )}
        <div className="runner-notices">{standing}</div>
      </PlatformProvider>
    )
  }

  const current = route.name === 'run' ? 'circuits' : route.name

  return (
    <PlatformProvider platform={platform}>
      <div className="shell">
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="app-bar">
          <p className="brand" aria-hidden="true">
            Runstrong
          </p>
          <nav aria-label="Main">
            <ul>
              {TABS.map((t) => (
                <li key={t.label}>
                  <a
                    href={routeHref(t.route)}
                    aria-current={t.route.name === current ? 'page' : undefined}
                    onClick={(e) => {
                      if (!leaveGuard.blocking) return
                      e.preventDefault()
                      setPendingRoute(t.route)
                    }}
                  >
                    {t.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {standing}
        <ConfirmDialog
          open={discarding !== undefined}
          title="Keep what you did?"
          body={
            discarding
              ? `You finished ${discarding.entry.effortsDone} of ${discarding.entry.effortsTotal} efforts of ${discarding.session.circuit.name}. Keep them in History as a session left early?`
              : ''
          }
          keepLabel="Keep in History"
          confirmLabel="Discard it all"
          onKeep={() => {
            if (discarding) void forgetSession(discarding.session, true)
            setDiscarding(undefined)
          }}
          onConfirm={() => {
            if (discarding) void forgetSession(discarding.session, false)
            setDiscarding(undefined)
          }}
        />
        <ConfirmDialog
          open={pendingRoute !== undefined}
          title="Leave without saving?"
          body="Your changes to this circuit will be lost."
          keepLabel="Keep editing"
          confirmLabel="Leave"
          onKeep={() => setPendingRoute(undefined)}
          onConfirm={() => {
            const to = pendingRoute
            leaveGuard.clear()
            setPendingRoute(undefined)
            if (to) go(to)
          }}
        />
        <LeaveGuardProvider guard={leaveGuard}>
          <div id="content" className="content" tabIndex={-1}>
            {current === 'circuits' && interrupted && (
              <ResumeOffer
                session={interrupted}
                onResume={() => startRun(interrupted.circuit, interrupted)}
                onDiscard={() => discard(interrupted)}
              />
            )}
            {current === 'circuits' &&
              screen(
                'Circuits',
                <CircuitsScreen
                  saved={saved}
                  history={history ?? []}
                  openId={route.name === 'circuits' ? route.id : undefined}
                  onOpen={(id) => go({ name: 'circuits', ...(id ? { id } : {}) })}
                  onStart={startRun}
                  today={
                    plan && todayMs > 0
                      ? todayLine(
                          plan,
                          todayMs,
                          [...saved.list, ...PRESETS].find((c) => c.id === plan.circuitId)?.circuit
                            .name,
                        )
                      : undefined
                  }
                />,
              )}
            {current === 'history' && screen('History', <HistoryScreen sessions={history} />)}
            {current === 'week' &&
              screen(
                'Week',
                <PlannerScreen saved={saved.list} plan={plan} onChange={changePlan} />,
              )}
            {current === 'settings' &&
              screen(
                'Settings',
                <SettingsScreen settings={settings} onChange={(next) => changeSettings(next)} />,
              )}
            {current === 'about' && screen('About', <AboutScreen />)}
          </div>
        </LeaveGuardProvider>
      </div>
    </PlatformProvider>
  )
}

import { useCallback, useEffect, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuit'
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
import { LeaveGuard, LeaveGuardProvider } from './leave-guard'
import { usePlatform } from './platform-context'
import { routeHref, useHashRoute, type Route } from './use-hash-route'

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

/** The shell: loads what is saved, routes between screens, and hands the runner its session. */
export function App() {
  const platform = usePlatform()
  const [route, go] = useHashRoute()
  const saved = useSavedCircuits(platform)
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [settingsNotice, setSettingsNotice] = useState<string>()
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
    })
  }, [platform])

  const settingsRef = useRef(settings)
  settingsRef.current = settings

  const changePlan = useCallback(
    (next: WeekPlan) => {
      setPlan(next)
      void platform.savePlan(next)
      // Reminders follow the plan's strength days.
      const days = strengthDays(next).map((d) => d.day)
      const now = settingsRef.current
      if (days.join() !== now.reminders.days.join()) {
        const updated = { ...now, reminders: { ...now.reminders, days } }
        setSettings(updated)
        void platform.saveSettings(updated)
      }
    },
    [platform],
  )

  // A session cut short by a crash or a closed window, offered back for a while.
  const [interrupted, setInterrupted] = useState<SavedSession>()
  const [sessionNotice, setSessionNotice] = useState<string>()
  useEffect(() => {
    void platform.loadSession().then((r) => {
      setSessionNotice(r.notice)
      const s = r.value
      if (s && Date.now() - s.savedAt < RESUME_WITHIN_MS) setInterrupted(s)
      else if (s) void platform.saveSession(null)
    })
  }, [platform])

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
      setSettings(r.value)
      setSettingsNotice(r.notice)
    })
  }, [platform])

  const changeSettings = useCallback(
    (next: Settings) => {
      setSettings(next)
      void platform.saveSettings(next)
    },
    [platform],
  )

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

  if (route.name === 'stage') return <StageScreen />

  if (route.name === 'run' && run) {
    return (
      <RunnerScreen
        key={run.key}
        circuit={run.circuit}
        startedAtMs={run.startedAtMs}
        resumed={run.resumed}
        settings={settings}
        onSettings={changeSettings}
        onExit={() => go({ name: 'circuits' }, true)}
        onRunAgain={() => startRun(run.circuit)}
      />
    )
  }

  const notices = [saved.notice, settingsNotice, sessionNotice].filter(Boolean) as string[]
  const current = route.name === 'run' ? 'circuits' : route.name

  return (
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
      {notices.map((n) => (
        <div key={n} role="alert" className="alert notice">
          <p>{n}</p>
          <button
            type="button"
            className="link"
            onClick={() => {
              if (n === saved.notice) saved.dismissNotice()
              else if (n === settingsNotice) setSettingsNotice(undefined)
              else setSessionNotice(undefined)
            }}
          >
            Dismiss
          </button>
        </div>
      ))}
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
              onDiscard={() => {
                setInterrupted(undefined)
                void platform.saveSession(null)
              }}
            />
          )}
          {current === 'circuits' && (
            <CircuitsScreen
              saved={saved}
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
            />
          )}
          {current === 'history' && <HistoryScreen />}
          {current === 'week' && (
            <PlannerScreen saved={saved.list} plan={plan} onChange={changePlan} />
          )}
          {current === 'settings' && (
            <SettingsScreen settings={settings} onChange={changeSettings} />
          )}
          {current === 'about' && <AboutScreen />}
        </div>
      </LeaveGuardProvider>
    </div>
  )
}

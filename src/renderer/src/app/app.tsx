import { useCallback, useEffect, useState, type ReactNode } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { isUntouchedPlan, todayLine } from '@shared/training/planner'
import { programmeCircuitName } from '@shared/training/planner'
import { PRESETS } from '@shared/circuits/presets'
import type { SavedSession } from '@shared/data/store-files'
import { CircuitsScreen } from '@renderer/features/circuits/circuits-screen'
import { ConfirmDialog } from '@renderer/components/ui/confirm-dialog'
import { ErrorBoundary } from '@renderer/components/ui/error-boundary'
import { LeaveGuard, LeaveGuardProvider } from '@renderer/lib/leave-guard'
import { useTheme } from '@renderer/lib/theme'
import { useViewingDistance } from '@renderer/lib/viewing-distance'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { useAppData } from './use-app-data'
import { useHashRoute, type Route } from './use-hash-route'
import { useNavigationRequests } from './use-navigation-requests'
import { NoticeList } from './use-notices'
import { AppBar, TABS } from './app-bar'
import {
  LazyAbout,
  LazyHistory,
  LazyPlanner,
  LazyResumeOffer,
  LazyRunner,
  LazySettings,
  LazyDisplay,
  usePrefetch,
} from './screens'
import { pressTime } from '@renderer/lib/press-time'
import styles from './app.module.css'

interface Run {
  circuit: Circuit
  startedAtMs: number
  key: number
  resumed?: SavedSession
}

/**
 * The page: the runner's display window on another screen shows the session alone and
 * touches no stored data; every other window is the whole app.
 */
export function App() {
  const [route] = useHashRoute()
  return route.name === 'display' ? <DisplayWindow /> : <Shell />
}

/** The display window: the session the laptop sends, nothing else. */
function DisplayWindow() {
  const [, go] = useHashRoute()
  return (
    <ErrorBoundary
      screen="Display"
      onBack={() => go({ name: 'display' }, true)}
      backLabel="Show the session again"
      page
    >
      <LazyDisplay.Part />
    </ErrorBoundary>
  )
}

/**
 * The shell: loads every store once (each store's message reaches the user whichever screen
 * opens first), watches every save (a failed one is said and stays said), routes between
 * screens, and hands the runner its session.
 */
function Shell() {
  const {
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
  } = useAppData()
  useViewingDistance(settings.viewingDistance)
  useTheme(settings.theme)
  const [route, go] = useHashRoute()
  const [run, setRun] = useState<Run>()
  const [leaveGuard] = useState(() => new LeaveGuard())
  const [pendingRoute, setPendingRoute] = useState<Route>()

  useNavigationRequests(platform, route, plan, history, go)

  // The other screens' code as the page settles; the runner's before a Start is pressed.
  usePrefetch({
    circuitOpen: route.name === 'circuits' && route.id !== undefined,
    startShown: route.name === 'week' || !!interrupted,
    running: route.name === 'run',
  })

  const startRun = useCallback(
    (circuit: Circuit, resumed?: SavedSession) => {
      // The first phase begins at the press itself: when the click reached the page (its
      // handler here can run milliseconds later), read now, not when React runs the updater.
      const startedAtMs = pressTime()
      setRun((r) => ({
        circuit,
        startedAtMs,
        key: (r?.key ?? 0) + 1,
        ...(resumed ? { resumed } : {}),
      }))
      setInterrupted(undefined)
      go({ name: 'run' })
    },
    [go, setInterrupted],
  )

  // The window's title names the screen (the runner names its phase itself).
  const screenName = TABS.find((t) => t.route.name === route.name)?.label
  useEffect(() => {
    if (route.name !== 'run') document.title = `${screenName ?? 'Circuits'} · Runstrong`
  }, [route.name, screenName])

  const toCircuits = () => go({ name: 'circuits' }, true)
  /** One screen, kept from blanking the window when it fails; `page` when it has no shell. */
  const screen = (name: string, node: ReactNode, page = false) => (
    <ErrorBoundary
      key={name}
      screen={name}
      onBack={toCircuits}
      backLabel={name === 'Circuits' ? 'Reload the app' : 'Back to Circuits'}
      page={page}
    >
      {node}
    </ErrorBoundary>
  )
  const standing = <NoticeList notices={notices.notices} onDismiss={notices.dismiss} />

  if (route.name === 'run' && run) {
    return (
      <PlatformProvider platform={platform}>
        {screen(
          'Runner',
          <LazyRunner.Part
            key={run.key}
            circuit={run.circuit}
            startedAtMs={run.startedAtMs}
            resumed={run.resumed}
            settings={settings}
            onSettings={(next) => changeSettings(next, true)}
            onExit={toCircuits}
            onRunAgain={() => startRun(run.circuit)}
          />,
          true,
        )}
        {/* Beside the runner's own main, in a landmark of their own. */}
        {notices.notices.length > 0 && (
          <aside className={styles.runnerNotices} aria-label="Messages">
            {standing}
          </aside>
        )}
      </PlatformProvider>
    )
  }

  const current = route.name === 'run' || route.name === 'today' ? 'circuits' : route.name

  return (
    <PlatformProvider platform={platform}>
      <div className={styles.shell}>
        <AppBar
          current={current}
          onTab={(to) => {
            if (!leaveGuard.blocking) return true
            setPendingRoute(to)
            return false
          }}
        />
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
          <main id="content" className={styles.content} tabIndex={-1}>
            {standing}
            {current === 'circuits' && interrupted && (
              // Its code is fetched as it shows: a failed fetch leaves Circuits standing.
              <ErrorBoundary
                screen="resume offer"
                partHeading="Your unfinished session could not be offered"
                onBack={() => location.reload()}
                backLabel="Reload the app"
              >
                <LazyResumeOffer.Part
                  session={interrupted}
                  onResume={() => startRun(interrupted.circuit, interrupted)}
                  onDiscard={(asked) => void discard(interrupted, asked)}
                  onKeep={() => keepInterrupted(interrupted)}
                />
              </ErrorBoundary>
            )}
            {current === 'circuits' &&
              screen(
                'Circuits',
                <CircuitsScreen
                  saved={saved}
                  history={history ?? []}
                  kit={settings.kit}
                  openId={route.name === 'circuits' ? route.id : undefined}
                  onOpen={(id) => go({ name: 'circuits', ...(id ? { id } : {}) })}
                  onStart={startRun}
                  today={
                    // A plan nobody set says nothing about today.
                    plan && todayMs > 0 && !isUntouchedPlan(plan)
                      ? todayLine(
                          plan,
                          todayMs,
                          programmeCircuitName(plan, history ?? [], todayMs) ??
                            [...saved.list, ...PRESETS].find((c) => c.id === plan.circuitId)
                              ?.circuit.name,
                        )
                      : undefined
                  }
                />,
              )}
            {current === 'history' &&
              screen('History', <LazyHistory.Part sessions={history} plan={plan} />)}
            {current === 'week' &&
              screen(
                'Week',
                <LazyPlanner.Part
                  saved={saved.list}
                  plan={plan}
                  onChange={changePlan}
                  history={history ?? []}
                  onStart={(c) => startRun(c)}
                  kit={settings.kit}
                  reminderTime={settings.reminders.time}
                />,
              )}
            {current === 'settings' &&
              screen(
                'Settings',
                <LazySettings.Part settings={settings} onChange={(next) => changeSettings(next)} />,
              )}
            {current === 'about' && screen('About', <LazyAbout.Part />)}
          </main>
        </LeaveGuardProvider>
      </div>
    </PlatformProvider>
  )
}

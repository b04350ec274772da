/**
 * The screens that load on first use: each is its own chunk, so the Circuits screen comes
 * first with only its own code. `prefetchScreens` fetches them all once the page has settled
 * and is idle, and `preloadScreen` the one a pointer or focus is on, so opening one stays
 * instant; `warmRunner` fetches the runner as soon as a Start is in sight.
 */
import { useEffect, type ComponentProps } from 'react'
import {
  preloadCircuitDetail,
  preloadCircuitPanes,
} from '@renderer/features/circuits/circuit-panes'
import type { HistoryScreen } from '@renderer/features/history/history-screen'
import type { PlannerScreen } from '@renderer/features/planner/planner-screen'
import type { ResumeOffer } from '@renderer/features/runner/resume-offer'
import type { RunnerScreen } from '@renderer/features/runner/runner-screen'
import type { SettingsScreen } from '@renderer/features/settings/settings-screen'
import { lazyPart, whenIdle } from '@renderer/lib/lazy-part'
import type { Route } from './use-hash-route'

export const LazyRunner = lazyPart<ComponentProps<typeof RunnerScreen>>(() =>
  import('@renderer/features/runner/runner-screen').then((m) => m.RunnerScreen),
)
export const LazyDisplay = lazyPart<object>(() =>
  import('@renderer/features/runner/display-screen').then((m) => m.DisplayScreen),
)
export const LazyHistory = lazyPart<ComponentProps<typeof HistoryScreen>>(() =>
  import('@renderer/features/history/history-screen').then((m) => m.HistoryScreen),
)
export const LazyPlanner = lazyPart<ComponentProps<typeof PlannerScreen>>(() =>
  import('@renderer/features/planner/planner-screen').then((m) => m.PlannerScreen),
)
export const LazySettings = lazyPart<ComponentProps<typeof SettingsScreen>>(() =>
  import('@renderer/features/settings/settings-screen').then((m) => m.SettingsScreen),
)
export const LazyAbout = lazyPart<object>(() =>
  import('@renderer/features/about/about-screen').then((m) => m.AboutScreen),
)
/** Shown only after a session was cut short: its code stays out of the first load. */
export const LazyResumeOffer = lazyPart<ComponentProps<typeof ResumeOffer>>(() =>
  import('@renderer/features/runner/resume-offer').then((m) => m.ResumeOffer),
)

// A failed prefetch is not an error: the screen fetches its code again when it opens.
const quietly = (p: Promise<void>) => void p.catch(() => undefined)

/**
 * How long the page sits untouched before the heavy screens' code (the builder's and the
 * runner's, most of the code: about 40 ms of work) is fetched without being asked. Opening a
 * circuit fetches both (`warmRunner`); so the only page this waits for is one nobody uses.
 */
export const PREFETCH_HEAVY_AFTER_MS = 30_000
/** How long the page settles before the small screens' code is fetched: after its start. */
export const PREFETCH_AFTER_MS = 1000

let prefetched = false
/** A session is on: its phase changes come first, so nothing is prefetched meanwhile. */
let sessionOn = false

/**
 * Once, when the first screen has painted and the page is idle: the small screens' code a
 * moment after the page's start, the builder's and the runner's once the page has sat idle
 * a while, so that work stays out of the start and out of a session. Opening any screen is
 * then instant.
 */
export function prefetchScreens(): void {
  if (prefetched || sessionOn) return
  prefetched = true
  whenIdle(() => {
    for (const part of [LazyHistory, LazyPlanner, LazySettings, LazyAbout]) quietly(part.preload())
    quietly(preloadCircuitDetail())
  }, PREFETCH_AFTER_MS)
  whenIdle(() => {
    // Asked again when the session ends.
    if (sessionOn) return void (prefetched = false)
    quietly(LazyRunner.preload())
    quietly(preloadCircuitPanes())
  }, PREFETCH_HEAVY_AFTER_MS)
}

const BY_ROUTE: Partial<Record<Route['name'], { preload: () => Promise<void> }>> = {
  history: LazyHistory,
  week: LazyPlanner,
  settings: LazySettings,
  about: LazyAbout,
}

/** A pointer on a tab, or focus: that screen's code now, before the click lands. */
export function preloadScreen(name: Route['name']): void {
  const part = BY_ROUTE[name]
  if (part) quietly(part.preload())
}

let soundsAsked = false

/**
 * How long after a circuit opens the builder's code is fetched: the runner's is asked for
 * first, as Start is the likelier next press, and the two do not compete.
 */
const BUILDER_AFTER_MS = 300

/**
 * A Start is in sight (a circuit is open, a session is offered back, the Week screen is
 * shown): the runner's code as soon as the screen has painted, with the builder's where a
 * circuit is open (its Edit), and the sounds. The sounds wait for the user's first click or
 * key, as a page may not start audio before one.
 */
export function warmRunner(withBuilder: boolean): void {
  whenIdle(() => quietly(LazyRunner.preload()))
  // The builder after the runner: Start is the likelier next press.
  if (withBuilder) whenIdle(() => quietly(preloadCircuitPanes()), BUILDER_AFTER_MS)
  if (soundsAsked || !navigator.userActivation.hasBeenActive) return
  soundsAsked = true
  whenIdle(() =>
    quietly(import('@renderer/features/runner/sounds').then((m) => m.getSounds().preload())),
  )
}

/** Where the user is, for what to fetch ahead. */
export interface PrefetchCues {
  /** A circuit is open: its Start and its Edit are a click away. */
  circuitOpen: boolean
  /** Another Start is on screen (the Week screen, a session offered back). */
  startShown: boolean
  /** A session runs: nothing is fetched meanwhile. */
  running: boolean
}

/** The other screens' code once the page settles; the runner's once a Start is in sight. */
export function usePrefetch({ circuitOpen, startShown, running }: PrefetchCues): void {
  useEffect(() => {
    sessionOn = running
    prefetchScreens()
  }, [running])
  useEffect(() => {
    if (circuitOpen || startShown) warmRunner(circuitOpen)
  }, [circuitOpen, startShown])
}

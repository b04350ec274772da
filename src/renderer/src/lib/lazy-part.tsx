import { useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { loadOnce } from './load-once'

/** A part of the page whose code is fetched on first use, or earlier by `preload`. */
export interface LazyPart<P extends object> {
  /** The part itself once its code is here; a quiet, empty placeholder until then. */
  Part: (props: P) => ReactNode
  /** Fetches the code now (once); resolves when the part can show at once. */
  preload: () => Promise<void>
}

/**
 * Splits a part of the page into its own chunk. Unlike `React.lazy`, a part whose code has
 * already arrived renders in the same commit, without a Suspense fallback, and a part that
 * waits shows when its code arrives, by a plain state update: React throttles a Suspense
 * boundary's reveal by a timer, which never fires under a paused test clock
 * (Playwright's `page.clock`). A chunk that fails to load throws to the nearest
 * `ErrorBoundary`, whose Try again fetches it again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined
  const preload = loadOnce(() =>
    load().then((component) => {
      loaded = component
    }),
  )

  function Part(props: P) {
    // Fixed at mount: swapping the component later would remount it and lose its state.
    const [Component, setComponent] = useState(() => loaded)
    const [failure, setFailure] = useState<Error>()
    useEffect(() => {
      if (Component) return
      let live = true
      preload().then(
        () => live && setComponent(() => loaded),
        (error: unknown) =>
          live && setFailure(error instanceof Error ? error : new Error(String(error))),
      )
      return () => {
        live = false
      }
    }, [Component])
    if (failure) throw failure
    return Component ? <Component {...props} /> : <div aria-busy="true" />
  }
  return { Part, preload }
}

/** The Prioritized Task Scheduling API, where the browser has it (Chromium does). */
interface TaskScheduler {
  postTask: (task: () => void, options: { priority: 'background'; delay: number }) => Promise<void>
}

/**
 * Runs `task` once the page has settled: `afterMs` after now, as a background task of the
 * browser's scheduler (behind input and rendering), else an idle callback after a timeout.
 * The scheduler comes first as it runs on the page's real time: a test's fake clock fakes
 * timers and idle callbacks, and fires them all at once whenever it jumps ahead.
 */
export function whenIdle(task: () => void, afterMs = 0): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  if (scheduler) {
    void scheduler.postTask(task, { priority: 'background', delay: afterMs }).catch(() => undefined)
    return
  }
  setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => task(), { timeout: 2000 })
    else task()
  }, afterMs)
}

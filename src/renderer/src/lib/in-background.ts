/** How long work put in the background waits at most, should busier work keep it waiting. */
const LATEST_MS = 100

/** The part of the Prioritized Task Scheduling API this uses (Chromium has had it since 94). */
interface TaskScheduler {
  postTask: (
    task: () => void,
    options: { priority: 'background'; signal: AbortSignal },
  ) => Promise<unknown>
}

/** Reports an error as the page reports an uncaught one (Chromium has `reportError`). */
function report(err: unknown): void {
  const reportError = (globalThis as { reportError?: (e: unknown) => void }).reportError
  if (typeof reportError === 'function') reportError(err)
  else
    queueMicrotask(() => {
      throw err
    })
}

/**
 * Runs `fn` in a task of its own at background priority: for the work a change brings that
 * nobody watches happen (a crash-safety save, the system's media controls, the window's title,
 * messages to other devices), so the task that changes the screen ends, and the change is
 * drawn, without waiting for it. Busier work (input, rendering) goes first, within `LATEST_MS`.
 * Where the browser has no task scheduler it runs in the next timer task. Returns a cancel,
 * for an effect's cleanup.
 */
export function inBackground(fn: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler
  const post = scheduler?.postTask?.bind(scheduler)
  const stop = post ? new AbortController() : undefined
  let done = false
  const finish = () => {
    done = true
    clearTimeout(latest)
  }
  const run = () => {
    if (done) return
    finish()
    try {
      fn()
    } catch (err) {
      // Reported as any uncaught error is, not swallowed by the task's promise.
      report(err)
    }
  }
  // Cancelled, the task's promise rejects: that is expected.
  if (post && stop)
    post(run, { priority: 'background', signal: stop.signal }).catch(() => undefined)
  // A posted task never runs before the task that posts it has ended: `latest` is set by then.
  const latest = setTimeout(run, post ? LATEST_MS : 0)
  // An effect's cleanup cancels at each change: work already done costs nothing to cancel.
  return () => {
    if (done) return
    finish()
    stop?.abort()
  }
}

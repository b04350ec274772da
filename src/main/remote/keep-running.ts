import type { RemoteHub } from './hub'

/** Uncaught errors in a minute after which the remote is stopped rather than started again. */
const MAX_ERRORS_PER_MINUTE = 20

/**
 * Keeps the main process alive through an error nobody caught (an exception thrown out of
 * a socket's or timer's callback, a promise nobody waited on): it is logged, and the phone
 * remote, the one part that reads what the network sends, starts again from nothing where
 * its switch is on. Electron would otherwise show a dialog and leave the app half working.
 * Returns the handler, and a function that takes it away again.
 */
export function keepRunning(
  hub: Pick<RemoteHub, 'recover' | 'stop'>,
  log: (message: string, err: unknown) => void = (m, e) => console.error(m, e),
  now: () => number = Date.now,
): { handle: (err: unknown) => void; remove: () => void } {
  let recent: number[] = []
  const handle = (err: unknown) => {
    const t = now()
    recent = [...recent.filter((r) => t - r < 60_000), t]
    log('Runstrong caught an error nobody else did; the phone remote starts again:', err)
    // An error that keeps coming is not one a restart mends: the remote stays stopped (its
    // switch is kept for the next start of the app), and the rest of the app carries on.
    const stopped = recent.length > MAX_ERRORS_PER_MINUTE ? hub.stop() : hub.recover()
    void stopped.catch((again: unknown) => log('The phone remote could not start again:', again))
  }
  const onRejection = (reason: unknown) => handle(reason)
  process.on('uncaughtException', handle)
  process.on('unhandledRejection', onRejection)
  const remove = () => {
    process.off('uncaughtException', handle)
    process.off('unhandledRejection', onRejection)
  }
  return { handle, remove }
}

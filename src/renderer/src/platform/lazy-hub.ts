import { loadOnce } from '@renderer/lib/load-once'
import type { HubMethods } from './browser-hub'

/**
 * Runstrong Remote's methods with their code fetched on first use: the runner and Settings
 * use them, the first screen does not. Calls made while the code loads run in order once it
 * is here. A fetch that fails is tried again at the next call; a listener waits for the
 * first fetch that succeeds (the runner sends its state at every change, so one comes soon),
 * so a phone's presses reach the runner once the code is in.
 */
export function lazyHub(loadHub: () => Promise<HubMethods>): HubMethods {
  /** Listeners asked for and not yet dropped; `off` once the hub has them. */
  const listeners = new Set<{ attach: (h: HubMethods) => () => void; off?: () => void }>()
  const load = loadOnce(() =>
    loadHub().then((h) => {
      for (const l of listeners) l.off ??= l.attach(h)
      return h
    }),
  )
  const listen = (attach: (h: HubMethods) => () => void): (() => void) => {
    const l: { attach: typeof attach; off?: () => void } = { attach }
    listeners.add(l)
    load().then(
      (h) => {
        if (listeners.has(l)) l.off ??= attach(h)
      },
      () => undefined,
    )
    return () => {
      listeners.delete(l)
      l.off?.()
    }
  }
  return {
    hubStatus: () => load().then((h) => h.hubStatus()),
    switchHub: (on) => load().then((h) => h.switchHub(on)),
    forgetHubDevice: (id) => load().then((h) => h.forgetHubDevice(id)),
    sendHubState: (state) => {
      // Nothing waits on it: a state not sent is followed by the next.
      load().then(
        (h) => h.sendHubState(state),
        () => undefined,
      )
    },
    onHubCommand: (listener) => listen((h) => h.onHubCommand(listener)),
    onHubStatus: (listener) => listen((h) => h.onHubStatus(listener)),
  }
}

import { useEffect, useMemo, useRef, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import { isRemoteCommand, type CommandHandlers } from '@shared/engine/commands'
import { RUNNER_RULES } from '@shared/engine/runner-core'
import { snapshot as takeSnapshot } from '@shared/engine/session-snapshot'
import { lastSessionOf } from '@shared/engine/display-window-state'
import type { HubStatus } from '@shared/remote/protocol'
import { inBackground } from '@renderer/lib/in-background'
import type { Platform } from '@renderer/platform/platform'
import type { RunnerSnapshot } from './use-session'

export interface PhoneRemoteOptions {
  platform: Platform
  circuit: Circuit
  current: () => RunnerSnapshot
  muted: boolean
  /** What each of the runner's buttons does now: a phone's press does exactly the same. */
  commands: CommandHandlers
  /** A question is open on the runner: presses wait, as the keys do. */
  blocked: boolean
}

/**
 * Whether a paired phone or TV is connected to the remote now, as the hub says at start and
 * whenever one comes or goes.
 */
function useFollowers(platform: Platform): boolean {
  const [followers, setFollowers] = useState(false)
  useEffect(() => {
    let live = true
    const take = (s: HubStatus | null) =>
      live && setFollowers(s?.on === true && s.devices.some((d) => d.connected))
    void platform.hubStatus().then(take, () => undefined)
    const off = platform.onHubStatus(take)
    return () => {
      live = false
      off()
    }
  }, [platform])
  return followers
}

/**
 * Runstrong Remote on the runner: the hub is handed the session at each change (it keeps it
 * for a device that connects later), and again every few seconds only while a paired device
 * is connected (a clock that jumped, a laptop woken from sleep, is put right); a phone's
 * press runs the runner's own command for that button. Leaving the runner tells them the
 * session is over, with its summary.
 */
export function usePhoneRemote({
  platform,
  circuit,
  current,
  muted,
  commands,
  blocked,
}: PhoneRemoteOptions): void {
  const live = useRef({ commands, blocked })
  live.current = { commands, blocked }
  useEffect(
    () =>
      platform.onHubCommand((command) => {
        // Only what the registry lets a phone send (the hub has checked it already).
        if (!live.current.blocked && isRemoteCommand(command)) live.current.commands[command]()
      }),
    [platform],
  )
  const { state } = current()
  const followers = useFollowers(platform)
  const file = useMemo(() => toCircuitFile(circuit), [circuit])
  useEffect(() => {
    const send = () => {
      const now = current()
      platform.sendHubState({
        display: {
          circuit: file,
          snapshot: takeSnapshot(now.state, performance.now()),
          atMs: Date.now(),
          paused: now.state.pausedAtMs !== null,
          ended: now.view.done,
        },
        muted,
      })
    }
    // Sent in the background: the change on the runner's own screen comes first.
    const first = inBackground(send)
    // Paused or over, the state stands still: nothing to put right.
    const { view } = current()
    if (!followers || view.done || view.paused) return first
    const id = setInterval(send, RUNNER_RULES.displayResendMs)
    return () => {
      first()
      clearInterval(id)
    }
  }, [platform, file, current, state, muted, followers])
  // Leaving the runner ends the session: the devices show it in short, then wait.
  const left = useRef({ circuit, current })
  left.current = { circuit, current }
  useEffect(
    () => () => {
      const { circuit: c, current: now } = left.current
      const last = lastSessionOf(c.name, now().state, performance.now(), Date.now())
      platform.sendHubState({ display: null, muted: false, last })
    },
    [platform],
  )
}

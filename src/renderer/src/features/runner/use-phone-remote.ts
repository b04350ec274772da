import { useEffect, useRef } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import { RUNNER_RULES } from '@shared/engine/runner-core'
import type { RunnerCommand } from '@shared/engine/runner-keys'
import { snapshot as takeSnapshot } from '@shared/engine/session-snapshot'
import { lastSessionOf } from '@shared/engine/stage-state'
import type { Platform } from '@renderer/platform/platform'
import type { RunnerSnapshot } from './use-session'

export interface PhoneRemoteOptions {
  platform: Platform
  circuit: Circuit
  current: () => RunnerSnapshot
  muted: boolean
  /** What each of the runner's buttons does now: a phone's press does exactly the same. */
  commands: Readonly<Record<RunnerCommand, () => void>>
  /** A question is open on the runner: presses wait, as the keys do. */
  blocked: boolean
}

/**
 * Runstrong Remote on the runner: paired phones and TV displays are sent the session at
 * each change and every few seconds (the same state as the display window), and a phone's
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
      platform.onHubCommand((command: PhoneCommand) => {
        if (!live.current.blocked) live.current.commands[command]()
      }),
    [platform],
  )
  const { state } = current()
  useEffect(() => {
    const send = () => {
      const now = current()
      platform.sendHubState({
        stage: {
          circuit: toCircuitFile(circuit),
          snapshot: takeSnapshot(now.state, performance.now()),
          atMs: Date.now(),
          paused: now.state.pausedAtMs !== null,
          ended: now.view.done,
        },
        muted,
      })
    }
    send()
    const id = setInterval(send, RUNNER_RULES.stageResendMs)
    return () => clearInterval(id)
  }, [platform, circuit, current, state, muted])
  // Leaving the runner ends the session: the devices show it in short, then wait.
  const left = useRef({ circuit, current })
  left.current = { circuit, current }
  useEffect(
    () => () => {
      const { circuit: c, current: now } = left.current
      const last = lastSessionOf(c.name, now().state, performance.now(), Date.now())
      platform.sendHubState({ stage: null, muted: false, last })
    },
    [platform],
  )
}

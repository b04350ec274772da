// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCircuit } from '@shared/circuits/circuit-file'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { HubStatus } from '@shared/remote/protocol'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { RunnerScreen } from '@renderer/features/runner/runner-screen'
import { fakePlatform } from './fake-platform'
import { fakeRunnerClock } from './runner-clock'

vi.mock('@renderer/features/runner/sounds', () => ({
  getSounds: () => ({ play: () => {}, soundIn: () => {}, preload: () => {}, setVolume: () => {} }),
}))

const HUB: HubStatus = {
  on: true,
  url: 'http://192.168.1.20:47474/',
  code: '042917',
  qr: null,
  others: [],
  loopbackOnly: false,
  devices: [{ id: 'a1', name: 'Phone', pairedAtMs: 0, role: 'remote', connected: false }],
  wrongCodes: 0,
  dropped: 0,
  offBy: null,
}

function circuit() {
  const r = parseCircuit({
    format: 'runner-strength-circuit',
    version: 1,
    name: 'Long hold',
    warmupSec: 0,
    items: [{ exercise: 'plank', sets: 2, seconds: 60 }],
  })
  if (!r.ok) throw new Error(r.message)
  return r.circuit
}

/** The runner with a hub whose devices the test connects, counting what it sends and saves. */
function mountRunner() {
  const sendHubState = vi.fn()
  const saveSession = vi.fn(() => Promise.resolve())
  const hubListeners = new Set<(s: HubStatus) => void>()
  const presses = new Set<(c: PhoneCommand) => void>()
  const platform = fakePlatform({
    sendHubState,
    saveSession,
    hubStatus: () => Promise.resolve(HUB),
    onHubStatus: (l) => (hubListeners.add(l), () => hubListeners.delete(l)),
    onHubCommand: (l) => (presses.add(l), () => presses.delete(l)),
  })
  render(
    <PlatformProvider platform={platform}>
      <RunnerScreen
        circuit={circuit()}
        startedAtMs={performance.now()}
        settings={{ ...DEFAULT_SETTINGS, voice: false }}
        onSettings={() => {}}
        onExit={() => {}}
        onRunAgain={() => {}}
      />
    </PlatformProvider>,
  )
  return {
    sendHubState,
    saveSession,
    connected: (yes: boolean) =>
      act(() => {
        for (const l of hubListeners)
          l({ ...HUB, devices: HUB.devices.map((d) => ({ ...d, connected: yes })) })
      }),
    press: (c: PhoneCommand) => act(() => presses.forEach((l) => l(c))),
  }
}

const seconds = (s: number) => act(() => vi.advanceTimersByTimeAsync(s * 1000))
/** The change's background work done (saves, messages to devices). */
const settled = () => act(() => vi.advanceTimersByTimeAsync(100))

describe('a running session does nothing for nobody', () => {
  beforeEach(() => {
    fakeRunnerClock()
  })
  afterEach(() => vi.useRealTimers())

  it('hands the hub each change, and resends every 2 s only while a device is connected', async () => {
    const r = mountRunner()
    await seconds(1)
    const atStart = r.sendHubState.mock.calls.length
    expect(atStart).toBeGreaterThan(0)
    // Nobody connected: a 20 s stretch of the plank sends nothing.
    await seconds(20)
    expect(r.sendHubState.mock.calls.length).toBe(atStart)
    // A phone connects: the state goes out every 2 s, each stamped anew.
    r.connected(true)
    const before = r.sendHubState.mock.calls.length
    await seconds(10)
    expect(r.sendHubState.mock.calls.length - before).toBeGreaterThanOrEqual(5)
    // Paused, the state stands still: one message says so, then none.
    r.press('togglePause')
    await settled()
    const paused = r.sendHubState.mock.calls.length
    await seconds(10)
    expect(r.sendHubState.mock.calls.length).toBe(paused)
    // The phone goes away and the session runs on: quiet again, but a change still goes out.
    r.connected(false)
    r.press('togglePause')
    await settled()
    const resumed = r.sendHubState.mock.calls.length
    await seconds(10)
    expect(r.sendHubState.mock.calls.length).toBe(resumed)
    r.press('skip')
    expect(r.sendHubState.mock.calls.length).toBe(resumed)
    await settled()
    expect(r.sendHubState.mock.calls.length).toBe(resumed + 1)
  })

  it('leaves nothing to resume or follow when the runner is left before its background work ran', async () => {
    for (const pauseFirst of [false, true]) {
      const r = mountRunner()
      await seconds(3)
      // A change, then the runner left at once: its save and message were still to come.
      r.press(pauseFirst ? 'togglePause' : 'skip')
      act(() => cleanup())
      await seconds(10)
      expect(r.saveSession.mock.lastCall).toEqual([null])
      expect(r.sendHubState.mock.lastCall?.[0]).toMatchObject({ display: null })
    }
  })

  it('saves for crash recovery every 5 s while running, and not once while paused', async () => {
    const r = mountRunner()
    await seconds(20)
    const running = r.saveSession.mock.calls.length
    expect(running).toBeGreaterThanOrEqual(4)
    r.press('togglePause')
    await settled()
    const paused = r.saveSession.mock.calls.length
    expect(paused).toBe(running + 1)
    await seconds(60)
    expect(r.saveSession.mock.calls.length).toBe(paused)
  })
})

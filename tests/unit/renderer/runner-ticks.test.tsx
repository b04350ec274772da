// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// React tells this hook of every commit, with the components it rendered: installed before
// React loads.
await vi.hoisted(async () => {
  const { installCommitProbe } = await import('../../support/react-commits.mjs')
  installCommitProbe()
})

import { act, render, screen } from '@testing-library/react'
import { parseCircuit } from '@shared/circuits/circuit-file'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { RUNNER_RULES } from '@shared/engine/runner-core'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { RunnerScreen } from '@renderer/features/runner/runner-screen'
import type { ReactCommit } from '../../support/react-commits.mjs'
import { fakePlatform } from './fake-platform'
import { fakeRunnerClock } from './runner-clock'

vi.mock('@renderer/features/runner/sounds', () => ({
  getSounds: () => ({ play: () => {}, soundIn: () => {}, preload: () => {}, setVolume: () => {} }),
}))

const commits = () => (globalThis as { __reactCommits?: ReactCommit[] }).__reactCommits ?? []

/** What one second of the session commits, and which elements' text or attributes it changes. */
async function oneTick() {
  const from = commits().length
  const changed = new Set<string>()
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement
      const part = el?.closest('[data-testid], [role="progressbar"]')
      changed.add(part?.getAttribute('data-testid') ?? part?.getAttribute('role') ?? 'elsewhere')
    }
  })
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
  await act(() => vi.advanceTimersByTimeAsync(1000))
  observer.disconnect()
  return { commits: commits().slice(from), changed }
}

function mount(items: object[], warmupSec = 0) {
  const r = parseCircuit({
    format: 'runner-strength-circuit',
    version: 1,
    name: 'Ticks',
    warmupSec,
    restBetweenSetsSec: 30,
    items,
  })
  if (!r.ok) throw new Error(r.message)
  render(
    <PlatformProvider platform={fakePlatform({})}>
      <RunnerScreen
        circuit={r.circuit}
        startedAtMs={performance.now()}
        settings={{ ...DEFAULT_SETTINGS, voice: false }}
        onSettings={() => {}}
        onExit={() => {}}
        onRunAgain={() => {}}
      />
    </PlatformProvider>,
  )
}

/** The parts of the runner that show the time, and so render at a tick. */
const TICKING = new Set(['PhaseCountdown', 'SessionLeft', 'SessionProgress', 'PhaseHeading'])

describe('a tick renders and changes only what shows the time', () => {
  beforeEach(() => {
    fakeRunnerClock()
  })
  afterEach(() => vi.useRealTimers())

  it('in an effort: one commit a second, of the countdown, the time left and the bar', async () => {
    mount([{ exercise: 'plank', sets: 2, seconds: 60 }])
    // The buttons step aside after a few seconds without the mouse: a change of their own.
    await act(() => vi.advanceTimersByTimeAsync(RUNNER_RULES.controlsIdleMs + 500))
    let cueTurns = 0
    for (let s = 0; s < 20; s++) {
      const cueBefore = screen.getByTestId('cues').textContent
      const tick = await oneTick()
      // The form cue turns every few seconds: its line renders then, and only then.
      const turned = screen.getByTestId('cues').textContent !== cueBefore
      if (turned) cueTurns += 1
      const allowed = turned ? new Set([...TICKING, 'CueNow']) : TICKING
      expect(tick.commits).toHaveLength(1)
      const rendered = tick.commits.flatMap((c) => c.rendered)
      expect(rendered.filter((name) => !allowed.has(name))).toEqual([])
      expect(rendered).toContain('PhaseCountdown')
      // The DOM changes only inside the clocks and the bar (and the cue as it turns).
      for (const part of tick.changed)
        expect([
          'countdown',
          'session-remaining',
          'progressbar',
          ...(turned ? ['cues'] : []),
        ]).toContain(part)
    }
    expect(cueTurns).toBe(3)
    expect(screen.getByRole('timer')).toHaveTextContent('0:37')
  })

  it('a new phase renders the runner once, then ticks alone again', async () => {
    mount([{ exercise: 'plank', sets: 2, seconds: 60 }])
    await act(() => vi.advanceTimersByTimeAsync(59_500))
    const change = await oneTick()
    expect(change.commits.flatMap((c) => c.rendered)).toEqual(
      expect.arrayContaining(['RunnerScreen', 'RunnerDisplay']),
    )
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
    const rest = await oneTick()
    expect(rest.commits.flatMap((c) => c.rendered).filter((n) => !TICKING.has(n))).toEqual([])
  })

  it('in a warm-up: the move’s clock ticks with the countdown, the rest stays', async () => {
    mount([{ exercise: 'squats', sets: 1, reps: 10 }], 300)
    await act(() => vi.advanceTimersByTimeAsync(RUNNER_RULES.controlsIdleMs + 500))
    const tick = await oneTick()
    expect(tick.commits.flatMap((c) => c.rendered).filter((n) => !TICKING.has(n))).toEqual([])
    for (const part of tick.changed)
      expect(['countdown', 'session-remaining', 'progressbar', 'move-countdown']).toContain(part)
    expect(tick.changed).toContain('move-countdown')
  })

  it('paused: nothing renders at all', async () => {
    mount([{ exercise: 'plank', sets: 2, seconds: 60 }])
    await act(() => vi.advanceTimersByTimeAsync(2500))
    act(() => screen.getByRole('button', { name: 'Pause' }).click())
    await oneTick()
    const still = await oneTick()
    expect(still.commits).toEqual([])
    expect(still.changed.size).toBe(0)
  })
})

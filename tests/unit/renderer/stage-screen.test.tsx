// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCircuit, toCircuitFile } from '@shared/circuit'
import type { StageState } from '@shared/ipc-contract'
import { pause, snapshot, start } from '@shared/session'
import { compileTimeline } from '@shared/timeline'
import { PlatformProvider } from '@renderer/app/platform-context'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { StageScreen } from '@renderer/features/runner/stage-screen'

const circuit = (() => {
  const r = parseCircuit({
    format: 'runner-strength-circuit',
    version: 1,
    name: 'Two sets',
    warmupSec: 0,
    restBetweenSetsSec: 20,
    items: [{ exercise: 'squats', sets: 2, reps: 15 }],
  })
  if (!r.ok) throw new Error(r.message)
  return r.circuit
})()

describe('the display window on another screen', () => {
  const listeners = new Set<(s: StageState) => void>()
  const platform = {
    ...createBrowserPlatform(localStorage),
    onStageState: (l: (s: StageState) => void) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
  const send = (s: StageState) => act(() => listeners.forEach((l) => l(s)))

  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'performance',
        'Date',
      ],
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    listeners.clear()
  })

  it('shows what the laptop shows, and counts down on its own between messages', async () => {
    render(
      <PlatformProvider platform={platform}>
        <StageScreen />
      </PlatformProvider>,
    )
    expect(screen.queryByRole('timer')).toBeNull()
    // The laptop's session, 12.3 s into its first set, sent 40 ms ago.
    const timeline = compileTimeline(circuit)
    const laptop = start(timeline, 0)
    send({
      circuit: toCircuitFile(circuit),
      snapshot: snapshot(laptop, 12_300),
      atMs: Date.now() - 40,
      paused: false,
      ended: false,
    })
    expect(screen.getByTestId('phase')).toHaveTextContent('Work')
    expect(screen.getByTestId('exercise')).toHaveTextContent('Squats')
    expect(screen.getByTestId('set')).toHaveTextContent('Set 1 of 2')
    // 45 − 12.34 = 32.66 s left: shown as 0:33, like the laptop.
    expect(screen.getByRole('timer')).toHaveTextContent('0:33')
    await act(() => vi.advanceTimersByTimeAsync(700))
    expect(screen.getByRole('timer')).toHaveTextContent('0:32')
    // No controls on the display.
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('follows a pause at once', () => {
    render(
      <PlatformProvider platform={platform}>
        <StageScreen />
      </PlatformProvider>,
    )
    const paused = pause(start(compileTimeline(circuit), 0), 5000)
    send({
      circuit: toCircuitFile(circuit),
      snapshot: snapshot(paused, 9000),
      atMs: Date.now() - 4000,
      paused: true,
      ended: false,
    })
    expect(screen.getByRole('timer')).toHaveTextContent('0:40')
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
  })
})

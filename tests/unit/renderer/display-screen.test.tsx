// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import type { DisplayWindowState } from '@shared/engine/display-window-state'
import { parseInvokeArgs } from '@shared/ipc-contract'
import {
  advance,
  pause,
  remainingMs,
  resume,
  skip,
  start,
  type SessionState,
} from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { compileTimeline } from '@shared/engine/timeline'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { DisplayScreen, displaySession } from '@renderer/features/runner/display-screen'
import { circuit as testCircuit } from '../shared/helpers'

/** What main passes on to the display window for a state the laptop window sends. */
function throughMain(s: DisplayWindowState): DisplayWindowState {
  const r = parseInvokeArgs('display:state', [s])
  if (!r.ok) throw new Error(r.error)
  return r.args[0]
}

const circuit = testCircuit({
  warmupSec: 0,
  restBetweenSetsSec: 20,
  items: [{ exercise: 'squats', sets: 2, reps: 15 }],
})

describe('the display window on another screen', () => {
  const listeners = new Set<(s: DisplayWindowState) => void>()
  const pressed: string[] = []
  const platform = {
    ...createBrowserPlatform(localStorage),
    onDisplayState: (l: (s: DisplayWindowState) => void) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    sendDisplayCommand: (c: string) => void pressed.push(c),
  }
  const send = (s: DisplayWindowState) => act(() => listeners.forEach((l) => l(throughMain(s))))

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
    pressed.length = 0
  })

  it('passes the runner’s keys and a clicker’s to the laptop window, but never Esc', () => {
    render(
      <PlatformProvider platform={platform}>
        <DisplayScreen />
      </PlatformProvider>,
    )
    for (const key of [
      ' ',
      'ArrowRight',
      'ArrowLeft',
      '+',
      'm',
      'PageDown',
      'PageUp',
      'Escape',
      'x',
    ])
      fireEvent.keyDown(window, { key })
    expect(pressed).toEqual([
      'togglePause',
      'skip',
      'previous',
      'addRest',
      'mute',
      'skip',
      'previous',
    ])
  })

  it('shows what the laptop shows, and counts down on its own between messages', async () => {
    render(
      <PlatformProvider platform={platform}>
        <DisplayScreen />
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

  it('shows the caption of each phase the laptop jumps to, and reaches Done', () => {
    render(
      <PlatformProvider platform={platform}>
        <DisplayScreen />
      </PlatformProvider>,
    )
    const timeline = compileTimeline(circuit)
    const state = (s: SessionState): DisplayWindowState => ({
      circuit: toCircuitFile(circuit),
      snapshot: snapshot(s, performance.now()),
      atMs: Date.now(),
      paused: false,
      ended: s.finishedAtMs !== null,
    })
    let laptop = start(timeline, performance.now())
    send(state(laptop))
    expect(screen.getByTestId('caption')).toHaveTextContent('Squats. Set 1 of 2. 15 reps')
    laptop = skip(laptop, performance.now())
    send(state(laptop))
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
    expect(screen.getByTestId('caption')).toHaveTextContent('Rest, 20 seconds. Next: Squats')
    laptop = skip(skip(laptop, performance.now()), performance.now())
    send(state(laptop))
    expect(screen.getByTestId('phase')).toHaveTextContent('Done')
    expect(screen.getByTestId('caption')).toHaveTextContent('Session complete. Well done')
  })

  it('follows a pause at once', () => {
    render(
      <PlatformProvider platform={platform}>
        <DisplayScreen />
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

  it('keeps the same time left as the laptop within a millisecond, through pauses and skips', () => {
    const timeline = compileTimeline(circuit)
    // The two windows' page clocks start at different moments; the wall clock is shared.
    const laptopOrigin = 1_000_000
    const displayOrigin = 1_000_000 - 4321.5
    let laptop = start(timeline, 0)
    let display: SessionState | null = null
    let worstMs = 0
    const inFlight: { arriveAt: number; msg: DisplayWindowState }[] = []
    const send = (atMs: number, transitMs: number) => {
      const st = advance(laptop, atMs)
      inFlight.push({
        arriveAt: atMs + transitMs,
        msg: throughMain({
          circuit: toCircuitFile(circuit),
          snapshot: snapshot(st, atMs),
          atMs: laptopOrigin + atMs,
          paused: st.pausedAtMs !== null,
          ended: false,
        }),
      })
    }
    send(0, 0)
    for (let t = 0; t < 90_000; t += 7) {
      // The laptop's user acts now and then; each change is sent, arriving 0 to 30 ms later.
      if (t === 9002) laptop = pause(laptop, t)
      if (t === 15_001) laptop = resume(laptop, t)
      if (t === 30_002) laptop = skip(advance(laptop, t), t)
      if ([9002, 15_001, 30_002].includes(t) || t % 2002 === 0) send(t, (t * 7) % 31)
      while (inFlight[0] && inFlight[0].arriveAt <= t) {
        const { msg } = inFlight.shift()!
        display = displaySession(timeline, msg, laptopOrigin + t - displayOrigin, laptopOrigin + t)
      }
      // Between a change and its message the display may lag; after it, it must agree.
      if (inFlight.length > 0) continue
      const l = advance(laptop, t)
      const s = advance(display!, laptopOrigin + t - displayOrigin)
      expect(s.index).toBe(l.index)
      worstMs = Math.max(
        worstMs,
        Math.abs(remainingMs(s, laptopOrigin + t - displayOrigin) - remainingMs(l, t)),
      )
    }
    expect(worstMs).toBeLessThanOrEqual(1)
  })
})

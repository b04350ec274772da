// @vitest-environment jsdom
import { Profiler } from 'react'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCircuit, type Circuit } from '@shared/circuit'
import { DEFAULT_SETTINGS } from '@shared/storage'
import { DEFAULT_PLAN } from '@shared/planner'
import { PlatformProvider } from '@renderer/app/platform-context'
import type { Platform } from '@renderer/platform/platform'
import { RunnerScreen } from '@renderer/features/runner/runner-screen'

const played: string[] = []
vi.mock('@renderer/features/runner/sounds', () => ({
  getSounds: () => ({
    play: (id: string) => played.push(id),
    preload: () => {},
    setVolume: () => {},
  }),
}))

const notify = vi.fn()
const addHistory = vi.fn(() => Promise.resolve())
const keepAwake = vi.fn(() => Promise.resolve())
const platform: Platform = {
  kind: 'browser',
  loadCircuits: () => Promise.resolve({ value: [] }),
  saveCircuits: () => Promise.resolve(),
  loadSettings: () => Promise.resolve({ value: DEFAULT_SETTINGS }),
  saveSettings: () => Promise.resolve(),
  loadHistory: () => Promise.resolve({ value: [] }),
  loadPlan: () => Promise.resolve({ value: DEFAULT_PLAN }),
  savePlan: () => Promise.resolve(),
  addHistory,
  notify,
  requestNotifications: () => Promise.resolve(false),
  toggleFullscreen: vi.fn(() => Promise.resolve()),
  isFullscreen: () => false,
  keepAwake,
  saveFile: () => Promise.resolve(),
}

function circuit(): Circuit {
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
}

describe('the runner screen', () => {
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
    played.length = 0
  })
  afterEach(() => vi.useRealTimers())

  function mount(onRender?: () => void) {
    const onExit = vi.fn()
    const ui = (
      <PlatformProvider platform={platform}>
        <Profiler id="runner" onRender={() => onRender?.()}>
          <RunnerScreen
            circuit={circuit()}
            startedAtMs={performance.now()}
            settings={{ ...DEFAULT_SETTINGS, voice: false }}
            onSettings={() => {}}
            onExit={onExit}
            onRunAgain={() => {}}
          />
        </Profiler>
      </PlatformProvider>
    )
    render(ui)
    return { onExit }
  }

  it('shows the phase, exercise, set and countdown, and counts down each second', async () => {
    mount()
    expect(screen.getByTestId('phase')).toHaveTextContent('Work')
    expect(screen.getByTestId('exercise')).toHaveTextContent('Squats')
    expect(screen.getByTestId('set')).toHaveTextContent('Set 1 of 2')
    expect(screen.getByRole('timer')).toHaveTextContent('0:45')
    await act(() => vi.advanceTimersByTimeAsync(1000 + 20))
    expect(screen.getByRole('timer')).toHaveTextContent('0:44')
    expect(screen.getByTestId('next')).toHaveTextContent('Next: Rest 0:20')
    expect(played).toEqual(['start'])
    expect(keepAwake).toHaveBeenCalledWith(true)
  })

  it('renders about once a second, not once a frame', async () => {
    let renders = 0
    mount(() => renders++)
    const before = renders
    await act(() => vi.advanceTimersByTimeAsync(10_000 + 20))
    expect(screen.getByRole('timer')).toHaveTextContent('0:35')
    expect(renders - before).toBeGreaterThanOrEqual(10)
    expect(renders - before).toBeLessThanOrEqual(12)
  })

  it('captions what it would say even with the voice off', () => {
    mount()
    expect(screen.getByRole('status')).toHaveTextContent('Squats. Set 1 of 2. 15 reps')
  })

  it('pauses from the keyboard and marks the countdown paused', async () => {
    mount()
    fireEvent.keyDown(window, { key: ' ' })
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(30_000))
    expect(screen.getByRole('timer')).toHaveTextContent('0:45')
  })

  it('ends with a summary and a fanfare', async () => {
    mount()
    await act(() => vi.advanceTimersByTimeAsync(45_000 + 20_000 + 45_000 + 50))
    expect(screen.getByTestId('phase')).toHaveTextContent('Done')
    expect(screen.getByText('2 of 2')).toBeInTheDocument()
    expect(played.at(-1)).toBe('fanfare')
    expect(notify).toHaveBeenCalledWith(
      'Session complete',
      expect.stringContaining('2 of 2 efforts done'),
    )
  })
})

// @vitest-environment jsdom
import { Profiler } from 'react'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Circuit } from '@shared/circuits/circuit'
import { parseCircuit } from '@shared/circuits/circuit-file'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { DEFAULT_PLAN } from '@shared/training/planner'
import { PlatformProvider } from '@renderer/platform/platform-context'
import type { KeySignal } from '@shared/engine/commands'
import type { DisplayWindowState, LiveState } from '@shared/engine/display-window-state'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { SavedSession } from '@shared/data/store-files'
import type { HistoryEntry } from '@shared/training/history'
import type { Platform } from '@renderer/platform/platform'
import { RunnerScreen } from '@renderer/features/runner/runner-screen'
import { fakeRunnerClock } from './runner-clock'

const played: string[] = []
vi.mock('@renderer/features/runner/sounds', () => ({
  getSounds: () => ({
    play: (id: string) => played.push(id),
    soundIn: () => {},
    preload: () => {},
    setVolume: () => {},
  }),
}))

const notify = vi.fn()
const addHistory = vi.fn(() => Promise.resolve())
const sessionStatus = vi.fn()
const saveSession = vi.fn(() => Promise.resolve())
const mediaKeys = new Set<(c: KeySignal) => void>()
const phone = new Set<(c: PhoneCommand) => void>()
const sendHubState = vi.fn()
const platform: Platform = {
  kind: 'browser',
  loadCircuits: () => Promise.resolve({ value: [] }),
  saveCircuits: (list) => Promise.resolve([...list]),
  loadSettings: () => Promise.resolve({ value: DEFAULT_SETTINGS }),
  saveSettings: () => Promise.resolve(),
  loadHistory: () => Promise.resolve({ value: [] }),
  loadPlan: () => Promise.resolve({ value: DEFAULT_PLAN }),
  savePlan: () => Promise.resolve(),
  addHistory,
  notify,
  requestNotifications: () => Promise.resolve(false),
  toggleFullscreen: vi.fn(() => Promise.resolve()),
  saveFile: () => Promise.resolve(),
  loadSession: () => Promise.resolve({ value: null }),
  saveSession,
  sessionStatus,
  keysStatus: () => Promise.resolve(null),
  onMediaKeyCommand: (l) => {
    mediaKeys.add(l)
    return () => mediaKeys.delete(l)
  },
  onNavigate: () => () => undefined,
  onSettingsChanged: () => () => undefined,
  onStoredChange: () => () => undefined,
  listDisplays: () => Promise.resolve([]),
  onDisplaysChanged: () => () => undefined,
  openDisplay: () => Promise.resolve(false),
  closeDisplay: () => Promise.resolve(),
  sendDisplayCommand: () => undefined,
  sendDisplayState: () => undefined,
  onDisplayState: () => () => undefined,
  onDisplayClosed: () => () => undefined,
  hubStatus: () => Promise.resolve(null),
  switchHub: () => Promise.resolve(null),
  forgetHubDevice: () => Promise.resolve(null),
  sendHubState,
  onHubCommand: (l) => {
    phone.add(l)
    return () => phone.delete(l)
  },
  onHubStatus: () => () => undefined,
  backUp: () => Promise.resolve(false),
  dataCounts: () =>
    Promise.resolve({ circuits: 0, sessions: 0, strengthDays: 0, programme: false, devices: 0 }),
  restoreBackup: () => Promise.reject(new Error('no restore here')),
}

// jsdom plays no media: the runner's silent clip for the media keys plays into these.
/** The change's background work done (saves, messages to devices, the media controls). */
const settled = () => act(() => vi.advanceTimersByTimeAsync(100))

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined)
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue(undefined)
})

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
    fakeRunnerClock()
    played.length = 0
  })
  afterEach(() => vi.useRealTimers())

  function mount(onRender?: () => void, resumed?: SavedSession) {
    const onExit = vi.fn()
    const ui = (
      <PlatformProvider platform={platform}>
        <Profiler id="runner" onRender={() => onRender?.()}>
          <RunnerScreen
            circuit={circuit()}
            startedAtMs={performance.now()}
            resumed={resumed}
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
    expect(sessionStatus).toHaveBeenCalledWith({
      state: 'running',
      change: { title: 'Squats', body: 'Set 1 of 2, 15 reps' },
    })
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

  it('saves the session for crash recovery at the start, every 5 s, and forgets it at the end', async () => {
    mount()
    const saved = () =>
      saveSession.mock.calls.map((c) => (c as unknown[])[0] as SavedSession | null)
    // Saved in the background, once the first phase is on the screen.
    expect(saved()).toEqual([])
    await settled()
    expect(saved()[0]?.snapshot.index).toBe(0)
    await act(() => vi.advanceTimersByTimeAsync(10_000 + 20))
    expect(saved().at(-1)?.snapshot.remainingMs).toBeCloseTo(35_000, -2)
    await act(() => vi.advanceTimersByTimeAsync(100_000))
    expect(saved().at(-1)).toBeNull()
  })

  it('resumes a saved session paused at the phase and time it had reached', () => {
    const c = circuit()
    mount(undefined, {
      savedAt: Date.now(),
      startedAt: Date.now() - 60_000,
      circuit: c,
      snapshot: {
        version: 1,
        phaseCount: 3,
        totalMs: 110_000,
        index: 2,
        remainingMs: 12_400,
        phaseDurationMs: 45_000,
        activeElapsedMs: 97_600,
        addedMs: 0,
        outcomes: ['done', 'done', null],
      },
    })
    expect(screen.getByTestId('set')).toHaveTextContent('Set 2 of 2')
    expect(screen.getByRole('timer')).toHaveTextContent('0:13')
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
  })

  it('takes media keys and clicker commands from the host', () => {
    mount()
    act(() => mediaKeys.forEach((l) => l('next')))
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
    act(() => mediaKeys.forEach((l) => l('toggle')))
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
    act(() => mediaKeys.forEach((l) => l('previous')))
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
  })

  it("acts on a paired phone's press as on its own button, and tells the phone the state", async () => {
    mount()
    const last = () => (sendHubState.mock.lastCall as [LiveState] | undefined)?.[0]
    await settled()
    expect(last()?.display?.paused).toBe(false)
    act(() => phone.forEach((l) => l('skip')))
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
    act(() => phone.forEach((l) => l('addRest')))
    expect(screen.getByRole('timer')).toHaveTextContent('0:35')
    act(() => phone.forEach((l) => l('togglePause')))
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
    await settled()
    expect(last()?.display?.paused).toBe(true)
    act(() => phone.forEach((l) => l('togglePause')))
    act(() => phone.forEach((l) => l('previous')))
    act(() => phone.forEach((l) => l('previous')))
    expect(screen.getByTestId('phase')).toHaveTextContent('Work')
  })

  it('tells the phones the session in short when the runner is left', async () => {
    mount()
    await act(() => vi.advanceTimersByTimeAsync(50_000))
    act(() => phone.forEach((l) => l('skip')))
    cleanup()
    expect(sendHubState).toHaveBeenLastCalledWith({
      display: null,
      muted: false,
      last: {
        circuit: 'Two sets',
        actualMs: 50_000,
        effortsDone: 1,
        effortsTotal: 2,
        atMs: Date.now(),
      },
    })
  })

  it('takes a clicker’s Page Down and Page Up and the media keys in its own window', () => {
    mount()
    fireEvent.keyDown(window, { key: 'PageDown' })
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
    fireEvent.keyDown(window, { key: 'MediaPlayPause' })
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
    fireEvent.keyDown(window, { key: 'MediaPlayPause' })
    expect(screen.getByRole('timer')).not.toHaveAttribute('data-paused')
    fireEvent.keyDown(window, { key: 'MediaTrackNext' })
    expect(screen.getByTestId('set')).toHaveTextContent('Set 2 of 2')
    fireEvent.keyDown(window, { key: 'PageUp' })
    expect(screen.getByTestId('phase')).toHaveTextContent('Work')
  })

  it('acts once when one press reaches it both as a key and from the OS', () => {
    mount()
    fireEvent.keyDown(window, { key: 'PageDown' })
    act(() => mediaKeys.forEach((l) => l('next')))
    expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
    vi.advanceTimersByTime(300)
    act(() => mediaKeys.forEach((l) => l('next')))
    expect(screen.getByTestId('set')).toHaveTextContent('Set 2 of 2')
  })

  it('answers the media controls of the browser or OS: play, pause, next and previous', async () => {
    const handlers = new Map<string, (() => void) | null>()
    const mediaSession = {
      playbackState: 'none',
      setActionHandler: (a: string, h: (() => void) | null) => handlers.set(a, h),
    }
    Object.defineProperty(navigator, 'mediaSession', { value: mediaSession, configurable: true })
    try {
      mount()
      act(() => handlers.get('play')!())
      expect(screen.getByRole('timer')).not.toHaveAttribute('data-paused')
      act(() => handlers.get('pause')!())
      expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
      await settled()
      expect(mediaSession.playbackState).toBe('paused')
      act(() => handlers.get('play')!())
      await settled()
      expect(mediaSession.playbackState).toBe('playing')
      act(() => handlers.get('nexttrack')!())
      expect(screen.getByTestId('phase')).toHaveTextContent('Rest')
      cleanup()
      expect(handlers.get('nexttrack')).toBeNull()
    } finally {
      delete (navigator as { mediaSession?: unknown }).mediaSession
    }
  })

  it('says a session left early ended early', () => {
    // jsdom has no modal dialogs: open it as a plain one.
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) {
        this.open = true
      },
      close(this: HTMLDialogElement) {
        this.open = false
      },
    })
    const { onExit } = mount()
    fireEvent.keyDown(window, { key: 'Escape' })
    fireEvent.click(screen.getByRole('button', { name: 'Leave', hidden: true }))
    expect(onExit).toHaveBeenCalled()
    expect(notify).toHaveBeenCalledWith('Session ended early', expect.any(String))
  })

  it('opens on the chosen second display, keeps it in step, and takes it back when it goes', async () => {
    const sent: DisplayWindowState[] = []
    const closed = new Set<() => void>()
    const openDisplay = vi.fn(() => Promise.resolve(true))
    const closeDisplay = vi.fn(() => Promise.resolve())
    const withDisplays: Platform = {
      ...platform,
      listDisplays: () =>
        Promise.resolve([
          { id: 1, label: 'Laptop', primary: true },
          { id: 2, label: 'TV', primary: false },
        ]),
      openDisplay,
      closeDisplay,
      sendDisplayState: (s) => sent.push(s),
      onDisplayClosed: (l) => {
        closed.add(l)
        return () => closed.delete(l)
      },
    }
    const { container } = render(
      <PlatformProvider platform={withDisplays}>
        <RunnerScreen
          circuit={circuit()}
          startedAtMs={performance.now()}
          settings={{ ...DEFAULT_SETTINGS, voice: false, displayId: 2 }}
          onSettings={() => {}}
          onExit={() => {}}
          onRunAgain={() => {}}
        />
      </PlatformProvider>,
    )
    await settled()
    expect(openDisplay).toHaveBeenCalledWith(2)
    expect(container.querySelector('.runner')).toHaveClass('mirror')
    expect(screen.getByText('The runner is on the other display.')).toBeInTheDocument()
    await settled()
    const first = sent.length
    expect(first).toBeGreaterThan(0)
    // A pause on the laptop reaches the display right after the runner shows it.
    fireEvent.keyDown(window, { key: ' ' })
    await settled()
    expect(sent.length).toBe(first + 1)
    expect(sent.at(-1)?.paused).toBe(true)
    // Unplugged: the runner comes back to this window, still paused where it was.
    act(() => closed.forEach((l) => l()))
    expect(container.querySelector('.runner')).not.toHaveClass('mirror')
    expect(screen.getByRole('timer')).toHaveAttribute('data-paused', 'true')
  })

  it('asks how it felt, then, optionally, how each exercise felt', async () => {
    mount()
    await act(() => vi.advanceTimersByTimeAsync(45_000 + 20_000 + 45_000 + 50))
    fireEvent.keyDown(window, { key: '2' })
    expect(addHistory).toHaveBeenLastCalledWith(expect.objectContaining({ feeling: 'right' }))
    fireEvent.click(screen.getByRole('button', { name: 'Rate each exercise (optional)' }))
    const squats = screen.getByRole('group', { name: 'How Squats felt' })
    fireEvent.click(within(squats).getByRole('button', { name: 'Hard' }))
    expect(within(squats).getByRole('button', { name: '✓ Hard' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const last = addHistory.mock.lastCall as unknown as [HistoryEntry]
    expect(last[0].feeling).toBe('right')
    expect(last[0].exercises[0]).toMatchObject({ exercise: 'squats', setsDone: 2, feeling: 'hard' })
  })
})

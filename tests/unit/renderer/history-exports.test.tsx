// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Decoder, Stream } from '@garmin/fitsdk'
import type { HistoryEntry } from '@shared/training/history'
import { PlatformProvider } from '@renderer/platform/platform-context'
import type { Platform } from '@renderer/platform/platform'
import { HistoryScreen } from '@renderer/features/history/history-screen'

afterEach(cleanup)

const DAY = 86_400_000
const T0 = Date.now() - 30 * DAY
/** A season of squats: reps up to 12, then the load up with reps back to 10. */
const season: HistoryEntry[] = [
  [10, '8 kg'],
  [11, '8 kg'],
  [12, '8 kg'],
  [10, '9 kg'],
].map(([reps, load], i) => ({
  id: `s${i}`,
  circuitName: `Legs ${i}`,
  startedAt: T0 + i * 2 * DAY,
  plannedMs: 1_200_000,
  actualMs: 1_200_000,
  effortsDone: 2,
  effortsSkipped: 0,
  effortsTotal: 2,
  endedEarly: false,
  structure: 'sets',
  warmupMs: 300_000,
  cooldownMs: 180_000,
  exercises: [
    {
      exercise: 'squats',
      setsDone: 2,
      setsPlanned: 2,
      reps: reps as number,
      load: load as string,
      setMs: 30_000,
    },
  ],
}))

function show() {
  const saveFile = vi.fn<Platform['saveFile']>(() => Promise.resolve())
  render(
    <PlatformProvider platform={{ saveFile } as unknown as Platform}>
      <HistoryScreen sessions={season} />
    </PlatformProvider>,
  )
  return saveFile
}

const decode = (bytes: Uint8Array) => new Decoder(Stream.fromByteArray([...bytes]))

describe('History’s files', () => {
  it('saves one session as its FIT file from its own button, named for that session', async () => {
    const saveFile = show()
    const button = screen.getByRole('button', { name: /^Save for Garmin or Strava: Legs 2,/ })
    fireEvent.click(button)
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const [name, data, type] = saveFile.mock.calls[0]!
    expect([name, type]).toEqual([
      expect.stringMatching(/-legs-2\.fit$/),
      'application/vnd.ant.fit',
    ])
    expect(decode(data as Uint8Array).checkIntegrity()).toBe(true)
    const { messages } = decode(data as Uint8Array).read()
    expect(
      messages.setMesgs?.filter((s) => s.setType === 'active').map((s) => s.repetitions),
    ).toEqual([undefined, 12, 12, undefined])
  })

  it('saves every session listed as one zip of FIT files', async () => {
    const saveFile = show()
    fireEvent.click(screen.getByRole('button', { name: 'Save the 4 listed for Garmin or Strava' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const [name, data, type] = saveFile.mock.calls[0]!
    expect([name, type]).toEqual(['runstrong-4-sessions-fit.zip', 'application/zip'])
    const zip = data as Uint8Array
    // Each stored file begins with a local header; the FIT header follows its name.
    const starts = [...zip.keys()].filter(
      (i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 3 && zip[i + 3] === 4,
    )
    expect(starts).toHaveLength(4)
  })

  it('exports CSV as text/csv', () => {
    const saveFile = show()
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(saveFile.mock.calls[0]?.[0]).toBe('runstrong-history.csv')
    expect(saveFile.mock.calls[0]?.[2]).toBe('text/csv')
  })

  it('charts each exercise’s reps and load, with the same in a table for screen readers', () => {
    show()
    const chart = screen.getByTestId('exercise-progress')
    expect(chart).toHaveTextContent('Squats 8 kg, 10 reps to 9 kg, 10 reps · 4 sessions')
    expect(chart.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
    const table = within(chart).getByRole('table', { name: 'Squats: each session' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(
      season.map((s) => [
        new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(s.startedAt),
        `${s.exercises[0]!.reps} reps`,
        s.exercises[0]!.load,
        'standard',
      ]),
    )
    // Four sessions: a dot each for the reps and for the load.
    expect(chart.querySelectorAll('circle')).toHaveLength(4)
    expect(chart.querySelectorAll('rect')).toHaveLength(4)
  })
})

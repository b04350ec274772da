import { describe, expect, it } from 'vitest'
import { finish, skip, start } from '@shared/engine/session'
import {
  LAST_SESSION_SHOW_MS,
  lastSessionLeftMs,
  lastSessionOf,
  liveStateSchema,
} from '@shared/engine/display-window-state'
import { compileTimeline } from '@shared/engine/timeline'
import { parseInvokeArgs } from '@shared/ipc-contract'
import { byHubClock, hostMessageSchema, readMessage } from '@shared/remote/protocol'
import { circuit } from './helpers'

/** Squats 2 x 15 at 3 s a rep (45 s), 20 s rest between, then a 40 s plank. */
const c = circuit({
  warmupSec: 0,
  restBetweenSetsSec: 20,
  items: [
    { exercise: 'squats', sets: 2, reps: 15 },
    { exercise: 'plank', sets: 1, seconds: 40 },
  ],
})
const timeline = compileTimeline(c)
const WALL = Date.UTC(2026, 2, 2, 7)

describe('the last session, as the devices are told it', () => {
  it('sums the session up as the Done panel does: time run, and efforts done of all', () => {
    // The first set done, the rest skipped, then left with Finish 50 s in.
    const s = finish(skip(start(timeline, 0), 46_000), 50_000)
    expect(lastSessionOf(c.name, s, 50_000, WALL)).toEqual({
      circuit: 'Test',
      actualMs: 50_000,
      effortsDone: 1,
      effortsTotal: 3,
      atMs: WALL,
    })
  })

  it('is shown for two minutes from when the runner was left, then no more', () => {
    const last = lastSessionOf(c.name, start(timeline, 0), 0, WALL)
    expect(LAST_SESSION_SHOW_MS).toBe(120_000)
    expect(lastSessionLeftMs(last, WALL)).toBe(120_000)
    expect(lastSessionLeftMs(last, WALL + 119_000)).toBe(1000)
    expect(lastSessionLeftMs(last, WALL + 120_000)).toBe(0)
    expect(lastSessionLeftMs(last, WALL + 600_000)).toBe(0)
  })

  it('crosses IPC and the network within its bounds, and nothing out of them', () => {
    const last = { circuit: 'Legs', actualMs: 600_000, effortsDone: 8, effortsTotal: 9, atMs: WALL }
    const live = { display: null, muted: false, last }
    expect(parseInvokeArgs('hub:state', [live]).ok).toBe(true)
    const read = (state: unknown) =>
      readMessage(hostMessageSchema, JSON.stringify({ type: 'state', state }), 256 * 1024)
    expect(read(live)).toEqual({ type: 'state', state: live })
    // A state without one, as runners sent before, still reads.
    expect(read({ display: null, muted: false })).toBeDefined()
    for (const bad of [
      { ...last, circuit: 'x'.repeat(81) },
      { ...last, effortsDone: -1 },
      { ...last, effortsTotal: 10_001 },
      { ...last, actualMs: Number.POSITIVE_INFINITY },
      { ...last, atMs: -5 },
      { ...last, notes: 'anything else' },
    ])
      expect(liveStateSchema.safeParse({ ...live, last: bad }).success, JSON.stringify(bad)).toBe(
        false,
      )
  })

  it('is stamped by the hub’s clock when the runner’s is far off (a page on a test clock)', () => {
    const last = { circuit: 'Legs', actualMs: 1000, effortsDone: 0, effortsTotal: 3, atMs: WALL }
    const live = { display: null, muted: false, last }
    expect(byHubClock(live, WALL + 500)).toBe(live)
    expect(byHubClock(live, WALL + 60_000).last?.atMs).toBe(WALL + 60_000)
  })
})

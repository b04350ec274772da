import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { KeepAwake, PAUSE_RELEASE_MS } = await import('../../../src/main/power')

function fakeTimers() {
  const pending: { fn: () => void; ms: number }[] = []
  return {
    pending,
    timers: {
      setTimeout: (fn: () => void, ms: number) => {
        const t = { fn, ms }
        pending.push(t)
        return t
      },
      clearTimeout: (h: unknown) => {
        const i = pending.indexOf(h as (typeof pending)[number])
        if (i >= 0) pending.splice(i, 1)
      },
    },
  }
}

describe('keeping the display awake', () => {
  it('holds one blocker while running, lets go after 10 minutes of pause, at the end and on exit', () => {
    const blocker = { start: vi.fn(() => 7), stop: vi.fn() }
    const { pending, timers } = fakeTimers()
    const k = new KeepAwake(blocker, timers)
    k.update('running')
    k.update('running')
    expect(blocker.start).toHaveBeenCalledTimes(1)
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    k.update('paused')
    expect(pending.map((p) => p.ms)).toEqual([PAUSE_RELEASE_MS])
    k.update('running') // resumed within 10 minutes: still held, the release cancelled
    expect(pending).toEqual([])
    expect(blocker.stop).not.toHaveBeenCalled()
    k.update('paused')
    pending[0]!.fn()
    expect(blocker.stop).toHaveBeenCalledWith(7)
    expect(k.held).toBe(false)
    k.update('running')
    k.update('ended')
    expect(blocker.stop).toHaveBeenCalledTimes(2)
    k.update('running')
    k.release()
    expect(blocker.stop).toHaveBeenCalledTimes(3)
  })
})

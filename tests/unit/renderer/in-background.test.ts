// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inBackground } from '@renderer/lib/in-background'

type Posted = { task: () => void; priority: string; signal: AbortSignal }

/** A task scheduler that holds its tasks until the test runs them, as a busy page would. */
function heldScheduler() {
  const posted: Posted[] = []
  const scheduler = {
    // As Chromium's: the task's promise rejects when its signal aborts before it ran.
    postTask: (task: () => void, o: { priority: string; signal: AbortSignal }) =>
      new Promise<void>((resolve, reject) => {
        posted.push({ task: () => (task(), resolve()), ...o })
        o.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      }),
  }
  Object.assign(globalThis, { scheduler })
  return posted
}

describe('work put in the background', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler
    vi.useRealTimers()
  })

  it('runs in a background task of its own, once, not in the task that changed the screen', () => {
    const posted = heldScheduler()
    const fn = vi.fn()
    inBackground(fn)
    expect(fn).not.toHaveBeenCalled()
    expect(posted.map((p) => p.priority)).toEqual(['background'])
    posted[0]!.task()
    expect(fn).toHaveBeenCalledOnce()
    // The stand-by timer finds it done.
    vi.advanceTimersByTime(1_000)
    expect(fn).toHaveBeenCalledOnce()
  })

  it('runs within 100 ms when busier work keeps its task waiting', () => {
    const posted = heldScheduler()
    const fn = vi.fn()
    inBackground(fn)
    vi.advanceTimersByTime(99)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledOnce()
    // Its task, run late, does nothing more.
    posted[0]!.task()
    expect(fn).toHaveBeenCalledOnce()
  })

  it('does nothing once cancelled, as an effect cleaned up before it ran', () => {
    const posted = heldScheduler()
    const fn = vi.fn()
    inBackground(fn)()
    expect(posted[0]!.signal.aborted).toBe(true)
    posted[0]!.task()
    vi.advanceTimersByTime(1_000)
    expect(fn).not.toHaveBeenCalled()
  })

  it('costs nothing to cancel once it ran, and says an error it throws', () => {
    const posted = heldScheduler()
    const cancel = inBackground(() => {
      throw new Error('could not be cloned')
    })
    const errors: unknown[] = []
    Object.assign(globalThis, { reportError: (e: unknown) => errors.push(e) })
    try {
      posted[0]!.task()
    } finally {
      delete (globalThis as { reportError?: unknown }).reportError
    }
    expect(errors).toEqual([new Error('could not be cloned')])
    cancel()
    expect(posted[0]!.signal.aborted).toBe(false)
  })

  it('runs in the next timer task where the browser has no task scheduler', () => {
    const fn = vi.fn()
    inBackground(fn)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledOnce()
  })
})

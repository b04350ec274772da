import { vi } from 'vitest'

/**
 * A runner under test runs on fake time: timers, frames, `performance` and `Date` all move
 * only when the test moves them, and media elements (the silent clip that holds the media
 * keys) play without a real audio output. Call in `beforeEach`; `vi.useRealTimers()` after.
 */
export function fakeRunnerClock(): void {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
      'Date',
    ],
  })
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined)
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue(undefined)
}

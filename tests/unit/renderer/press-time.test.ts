// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { pressTime, watchPresses } from '@renderer/lib/press-time'

describe('the time of a press', () => {
  it('is when the click reached the page, however late its handler runs, and now outside a click', () => {
    const now = vi.spyOn(performance, 'now')
    now.mockReturnValue(1_000)
    watchPresses(window)
    const button = document.createElement('button')
    document.body.append(button)
    // Work queued before the click (React finishing a render) runs first: 7 ms of it.
    const queuedWork = () => now.mockReturnValue(1_007)
    document.addEventListener('click', queuedWork, { capture: true })
    const seen: number[] = []
    button.addEventListener('click', () => seen.push(pressTime()))
    button.click()
    document.removeEventListener('click', queuedWork, { capture: true })
    button.remove()
    expect(seen).toEqual([1_000])
    // After the click, a key or a timer starts at its own moment.
    now.mockReturnValue(2_500)
    expect(pressTime()).toBe(2_500)
  })
})

import { describe, expect, it } from 'vitest'
import { commandGate, HANDS_FREE_KEYS, SAME_PRESS_MS } from '@shared/engine/remote-keys'

describe('hands-free keys', () => {
  it('maps a clicker and the media keys to the runner’s commands', () => {
    expect(HANDS_FREE_KEYS['PageDown']).toBe('next')
    expect(HANDS_FREE_KEYS['PageUp']).toBe('previous')
    expect(HANDS_FREE_KEYS['MediaPlayPause']).toBe('toggle')
  })

  it('acts once on one press that arrives by two routes', () => {
    const gate = commandGate()
    expect(gate('next', 'window', 1000)).toBe(true)
    expect(gate('next', 'global', 1000 + SAME_PRESS_MS - 1)).toBe(false)
    expect(gate('next', 'global', 1000 + SAME_PRESS_MS + 10)).toBe(true)
  })

  it('acts on every press from one route, however fast, and on different commands', () => {
    const gate = commandGate()
    expect(gate('next', 'window', 0)).toBe(true)
    expect(gate('next', 'window', 10)).toBe(true)
    expect(gate('previous', 'global', 20)).toBe(true)
    expect(gate('toggle', 'media-session', 30)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { commandGate, SAME_PRESS_MS } from '@shared/engine/media-keys'

describe('media keys and the clicker', () => {
  it('acts once on one press that arrives by two routes', () => {
    const gate = commandGate()
    expect(gate('skip', 'window', 1000)).toBe(true)
    expect(gate('skip', 'global', 1000 + SAME_PRESS_MS - 1)).toBe(false)
    expect(gate('skip', 'global', 1000 + SAME_PRESS_MS + 10)).toBe(true)
  })

  it('acts on every press from one route, however fast, and on different commands', () => {
    const gate = commandGate()
    expect(gate('skip', 'window', 0)).toBe(true)
    expect(gate('skip', 'window', 10)).toBe(true)
    expect(gate('previous', 'global', 20)).toBe(true)
    expect(gate('togglePause', 'media-session', 30)).toBe(true)
  })
})

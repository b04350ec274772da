import { describe, expect, it } from 'vitest'
import { Holdings, pathOf, RateLimit } from '../../../src/main/remote/guards'

describe('reading a request safely', () => {
  it('takes the path of a plain target, and nothing from any other', () => {
    expect(pathOf('/ws')).toBe('/ws')
    expect(pathOf('/assets/a.js?v=1')).toBe('/assets/a.js')
    for (const bad of [undefined, '', '//', '//evil/ws', 'http://a:99999/ws', '*', 'ws'])
      expect(pathOf(bad), String(bad)).toBeUndefined()
  })

  it('bounds what each address holds and the total', () => {
    const h = new Holdings(2, 3)
    expect([h.take('a'), h.take('a'), h.take('a')]).toEqual([true, true, false])
    expect([h.take('b'), h.take('c')]).toEqual([true, false])
    h.give('a')
    expect(h.take('c')).toBe(true)
    expect(h.count).toBe(3)
  })

  it('lets a key act a given number of times in any window', () => {
    let now = 0
    const r = new RateLimit(3, 1000, () => now)
    expect([1, 2, 3, 4].map(() => r.allow('k'))).toEqual([true, true, true, false])
    now = 999
    expect(r.allow('k')).toBe(false)
    now = 1000
    expect(r.allow('k')).toBe(true)
  })
})

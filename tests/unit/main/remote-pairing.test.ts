import { describe, expect, it } from 'vitest'
import { PAIRING_LOCK_MS } from '@shared/remote/protocol'
import { Pairing } from '../../../src/main/remote/pairing'

describe('the pairing code', () => {
  it('keeps out only the address that got five wrong, for a minute', () => {
    let now = 0
    const p = new Pairing(() => now)
    const code = p.renew()
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i += 1) expect(p.attempt('10.0.0.9', wrong)).toBe('wrong')
    expect(p.attempt('10.0.0.9', code)).toBe('locked')
    expect(p.lockedUntilMs('10.0.0.9')).toBe(PAIRING_LOCK_MS)
    expect(p.attempt('10.0.0.2', code)).toBe('ok')
    now += PAIRING_LOCK_MS
    expect(p.attempt('10.0.0.9', code)).toBe('ok')
  })

  it('renews a code after twenty wrong tries from all addresses, and says so', () => {
    let renewed = 0
    const p = new Pairing(
      () => 0,
      () => (renewed += 1),
    )
    const code = p.renew()
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 19; i += 1) p.attempt(`10.0.1.${i}`, wrong)
    expect(p.code).toBe(code)
    p.attempt('10.0.2.1', wrong)
    expect(p.code).not.toBe(code)
    expect(renewed).toBe(2)
    expect(p.wrongCodes).toBe(20)
    p.reset()
    expect(p.wrongCodes).toBe(0)
  })

  it('remembers a bounded number of addresses under a flood of new ones', () => {
    const p = new Pairing(() => 0)
    p.renew()
    for (let i = 0; i < 5000; i += 1) p.attempt(`fd00::${i.toString(16)}`, 'x')
    expect((p as unknown as { sources: Map<string, unknown> }).sources.size).toBeLessThanOrEqual(
      1024,
    )
  })
})

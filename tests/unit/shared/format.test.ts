import { describe, expect, it } from 'vitest'
import { formatClock, formatShortDuration, formatSpokenDuration } from '@shared/engine/format'

describe('time formats', () => {
  it('rounds the countdown up to whole seconds', () => {
    expect(formatClock(45_000)).toBe('0:45')
    expect(formatClock(44_000)).toBe('0:44')
    expect(formatClock(44_001)).toBe('0:45')
    expect(formatClock(1)).toBe('0:01')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-5)).toBe('0:00')
    expect(formatClock(600_000)).toBe('10:00')
  })

  it('shows hours from one hour', () => {
    expect(formatClock(3_599_000)).toBe('59:59')
    expect(formatClock(3_600_000)).toBe('1:00:00')
    expect(formatClock(3_661_000)).toBe('1:01:01')
  })

  it('says lengths in words', () => {
    expect(formatSpokenDuration(30_000)).toBe('30 seconds')
    expect(formatSpokenDuration(60_000)).toBe('1 minute')
    expect(formatSpokenDuration(90_000)).toBe('1 minute 30 seconds')
    expect(formatShortDuration(25 * 60_000)).toBe('25 min')
    expect(formatShortDuration(65 * 60_000)).toBe('1 h 5 min')
  })
})

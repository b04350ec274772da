import { describe, expect, it } from 'vitest'
import { settingsFromStored } from '@shared/data/settings'
import { resolveDistance, TV_SCREEN_HEIGHT_PX } from '@renderer/lib/viewing-distance'

describe('the viewing distance', () => {
  it('follows the screen by default: a 4K panel at 1:1 is read as a TV', () => {
    expect(resolveDistance('auto', 1080)).toBe('desk')
    expect(resolveDistance('auto', 1440)).toBe('desk')
    expect(resolveDistance('auto', TV_SCREEN_HEIGHT_PX)).toBe('tv')
    expect(resolveDistance('auto', 2160)).toBe('tv')
  })

  it('takes the distance the user chose over the screen size', () => {
    expect(resolveDistance('room', 1080)).toBe('room')
    expect(resolveDistance('desk', 2160)).toBe('desk')
    expect(resolveDistance('tv', 720)).toBe('tv')
  })

  it('is kept in settings, and an older file without it follows the screen', () => {
    const older = settingsFromStored({ volume: 0.5 })
    expect(older.ok && older.value.viewingDistance).toBe('auto')
    const chosen = settingsFromStored({ viewingDistance: 'room' })
    expect(chosen.ok && chosen.value.viewingDistance).toBe('room')
  })

  it('names a distance this version cannot use and falls back to following the screen', () => {
    const r = settingsFromStored({ viewingDistance: 'moon' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toContain('Viewing distance')
    expect(r.partial?.viewingDistance).toBe('auto')
  })
})

import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { keysStatus, MediaKeys, CLICKER_KEYS } = await import('../../../src/main/shortcuts')

const host = (over: Partial<Parameters<typeof keysStatus>[0]> = {}) => ({
  platform: 'linux' as NodeJS.Platform,
  sessionType: 'x11',
  ...over,
})

describe('which global keys work, and why not', () => {
  it('says nothing where every key was taken', () => {
    expect(keysStatus(host(), [])).toEqual({ refused: [], reason: null, placement: null })
  })

  it('names the keys another app holds', () => {
    const r = keysStatus(host(), ['PageDown'])
    expect(r.refused).toEqual(['PageDown'])
    expect(r.reason).toMatch(/Another app/)
  })

  it('on macOS, asks for nothing: the clicker keys need no accessibility trust', () => {
    expect(keysStatus(host({ platform: 'darwin' }), [])).toEqual({
      refused: [],
      reason: null,
      placement: null,
    })
  })

  it('on Wayland, says keys from other apps need the installed desktop entry', () => {
    const r = keysStatus(host({ sessionType: 'wayland' }), [])
    expect(r.reason).toMatch(/Wayland.*desktop entry/)
  })
})

describe('a clicker’s keys', () => {
  it('takes the keys while on, sends their commands, and gives them all back', () => {
    const registered = new Map<string, () => void>()
    const api = {
      register: vi.fn((k: string, fn: () => void) => (registered.set(k, fn), k !== 'PageUp')),
      unregister: vi.fn((k: string) => registered.delete(k)),
    }
    const sent: string[] = []
    const keys = new MediaKeys((c) => sent.push(c), api)
    expect(keys.set(true)).toEqual(['PageUp'])
    registered.get('PageDown')!()
    registered.get('PageUp')!()
    expect(sent).toEqual(['next', 'previous'])
    // The media keys are left to the runner's media session.
    expect([...registered.keys()].some((k) => k.startsWith('Media'))).toBe(false)
    keys.set(true)
    expect(api.register).toHaveBeenCalledTimes(CLICKER_KEYS.length)
    keys.set(false)
    expect(registered.size).toBe(0)
  })
})

describe('where the display window can be placed', () => {
  it('says on Wayland that it opens where the desktop puts it, and what to do', () => {
    expect(keysStatus(host({ sessionType: 'wayland' }), []).placement).toMatch(
      /Drag it to the TV, then press F/,
    )
    expect(keysStatus(host(), []).placement).toBeNull()
    expect(keysStatus(host({ platform: 'darwin' }), []).placement).toBeNull()
  })
})

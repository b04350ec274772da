import { describe, expect, it, vi } from 'vitest'
import { MediaPresence, silentWav, type MediaHost } from '@renderer/features/runner/media-presence'

function fakeHost() {
  const audios: { src: string; loop: boolean; playing: boolean; loaded: number }[] = []
  const session = { metadata: null as MediaMetadata | null, playbackState: 'none' as string }
  const revoked: string[] = []
  const host: MediaHost = {
    createAudio: () => {
      const a = { src: '', loop: false, playing: false, loaded: 0 }
      audios.push(a)
      return Object.assign(a, {
        play: vi.fn(() => {
          a.playing = true
          return Promise.resolve()
        }),
        pause: vi.fn(() => void (a.playing = false)),
        removeAttribute: vi.fn(() => void (a.src = '')),
        load: vi.fn(() => void (a.loaded += 1)),
      })
    },
    createUrl: () => 'blob:silence',
    revokeUrl: (u) => void revoked.push(u),
    session: session as unknown as MediaSession,
    metadata: (init) => init as MediaMetadata,
  }
  return { host, audios, session, revoked }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('the runner in the system’s media controls', () => {
  it('is a WAV of silence longer than the 5 s Chromium asks for', () => {
    const wav = silentWav(6)
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF')
    const view = new DataView(wav.buffer)
    const seconds = view.getUint32(40, true) / view.getUint32(28, true)
    expect(seconds).toBeGreaterThan(5)
    expect(wav.slice(44).every((b) => b === 128)).toBe(true)
  })

  it('plays the silent clip only while a session runs, and names what is on', async () => {
    const f = fakeHost()
    const p = new MediaPresence(f.host)
    p.show({ on: true, paused: false, title: 'Work: Squats', album: 'Legs' })
    await settle()
    expect(f.audios).toHaveLength(1)
    expect(f.audios[0]).toMatchObject({ loop: true, playing: true, src: 'blob:silence' })
    expect(f.session.playbackState).toBe('playing')
    expect(f.session.metadata).toEqual({
      title: 'Work: Squats',
      artist: 'Runstrong',
      album: 'Legs',
    })
    // Paused: the clip stops, the controls stay (Play resumes).
    p.show({ on: true, paused: true, title: 'Work: Squats', album: 'Legs' })
    expect(f.audios[0]!.playing).toBe(false)
    expect(f.session.playbackState).toBe('paused')
    p.show({ on: true, paused: false, title: 'Rest', album: 'Legs' })
    await settle()
    expect(f.audios[0]!.playing).toBe(true)
    expect(f.session.metadata).toMatchObject({ title: 'Rest' })
    expect(f.audios).toHaveLength(1)
    // Done: everything let go.
    p.show({ on: false, paused: false, title: 'Done', album: 'Legs' })
    expect(f.audios[0]).toMatchObject({ playing: false, src: '', loaded: 1 })
    expect(f.revoked).toEqual(['blob:silence'])
    expect(f.session.metadata).toBeNull()
    expect(f.session.playbackState).toBe('none')
    expect(p.playing).toBe(false)
  })

  it('tells the system only what changed: a new phase of a running session is one new title', async () => {
    const f = fakeHost()
    const writes: string[] = []
    let state = 'none'
    Object.defineProperty(f.session, 'playbackState', {
      get: () => state,
      set: (v: string) => void writes.push((state = v)),
    })
    const p = new MediaPresence(f.host)
    p.show({ on: true, paused: false, title: 'Work: Squats', album: 'Legs' })
    await settle()
    p.show({ on: true, paused: false, title: 'Rest', album: 'Legs' })
    p.show({ on: true, paused: false, title: 'Work: Plank', album: 'Legs' })
    expect(writes).toEqual(['playing'])
    expect(f.session.metadata).toMatchObject({ title: 'Work: Plank' })
    p.show({ on: true, paused: true, title: 'Work: Plank', album: 'Legs' })
    expect(writes).toEqual(['playing', 'paused'])
  })

  it('holds nothing, and fails at nothing, where there is no audio element', () => {
    const p = new MediaPresence(undefined)
    expect(() => p.show({ on: true, paused: false, title: 'Work', album: 'X' })).not.toThrow()
    expect(p.playing).toBe(false)
  })
})

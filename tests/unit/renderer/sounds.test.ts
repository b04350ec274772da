import { beforeEach, describe, expect, it, vi } from 'vitest'

/** howler as the tones see it: a Web Audio context that is running or suspended. */
const audio = vi.hoisted(() => {
  const ctx = {
    state: 'running' as 'running' | 'suspended',
    suspend: vi.fn(() => ((ctx.state = 'suspended'), Promise.resolve())),
    resume: vi.fn(() => ((ctx.state = 'running'), Promise.resolve())),
  }
  const howls: { playing: boolean; end?: () => void }[] = []
  class Howl {
    readonly me = { playing: false, end: undefined as (() => void) | undefined }
    constructor() {
      howls.push(this.me)
    }
    on(_event: 'end', listener: () => void) {
      this.me.end = listener
    }
    play() {
      this.me.playing = true
    }
    playing() {
      return this.me.playing
    }
  }
  const Howler = { ctx, usingWebAudio: true, autoSuspend: true, volume() {}, mute() {} }
  return { ctx, howls, Howl, Howler }
})
vi.mock('howler', () => ({ Howl: audio.Howl, Howler: audio.Howler }))

const { Sounds, WAKE_BEFORE_MS } = await import('@renderer/features/runner/sounds')

describe('the tones’ audio output', () => {
  beforeEach(() => {
    audio.ctx.state = 'running'
    audio.ctx.suspend.mockClear()
    audio.ctx.resume.mockClear()
    audio.howls.length = 0
  })

  it('rests while no tone is due and wakes before the next, howler’s own rest off', () => {
    const sounds = new Sounds()
    sounds.preload()
    sounds.soundIn(20_000)
    expect(audio.Howler.autoSuspend).toBe(false)
    expect(audio.ctx.state).toBe('suspended')
    sounds.soundIn(null)
    expect(audio.ctx.suspend).toHaveBeenCalledTimes(1)
    sounds.soundIn(WAKE_BEFORE_MS)
    expect(audio.ctx.state).toBe('running')
  })

  it('leaves howler’s own rest to a page that never says when tones are due (the displays)', () => {
    audio.Howler.autoSuspend = true
    const sounds = new Sounds()
    sounds.play('fanfare')
    for (const h of audio.howls) h.end?.()
    expect(audio.Howler.autoSuspend).toBe(true)
    expect(audio.ctx.suspend).not.toHaveBeenCalled()
  })

  it('wakes for a tone played at once, and rests once the last one ends', () => {
    const sounds = new Sounds()
    sounds.soundIn(60_000)
    sounds.play('fanfare')
    expect(audio.ctx.state).toBe('running')
    // Done: no tone is due, but the fanfare still plays.
    sounds.soundIn(null)
    expect(audio.ctx.state).toBe('running')
    const fanfare = audio.howls.find((h) => h.playing)!
    fanfare.playing = false
    fanfare.end?.()
    expect(audio.ctx.state).toBe('suspended')
  })

  it('keeps the output awake while tones come close together', () => {
    const sounds = new Sounds()
    for (const ms of [1000, 1000, 1000, 0]) {
      sounds.soundIn(ms)
      sounds.play('pip')
    }
    expect(audio.ctx.suspend).not.toHaveBeenCalled()
  })
})

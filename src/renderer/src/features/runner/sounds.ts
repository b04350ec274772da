import { Howl, Howler } from 'howler'
import type { SoundId } from '@shared/engine/cues'
import { soundsPlayed } from './sound-log'
import pip from '../../../../../resources/sounds/pip.wav?url'
import startTone from '../../../../../resources/sounds/start.wav?url'
import rest from '../../../../../resources/sounds/rest.wav?url'
import switchTone from '../../../../../resources/sounds/switch.wav?url'
import halfway from '../../../../../resources/sounds/halfway.wav?url'
import fanfare from '../../../../../resources/sounds/fanfare.wav?url'
import tick from '../../../../../resources/sounds/tick.wav?url'

const URLS: Record<SoundId, string> = {
  pip,
  start: startTone,
  rest,
  switch: switchTone,
  halfway,
  fanfare,
  tick,
}

/**
 * How long before a tone the audio output is woken, in ms: resuming takes a few tens of ms,
 * and the runner checks at least once a second.
 */
export const WAKE_BEFORE_MS = 2500

/**
 * The runner's tones, played through howler. Loaded once, on first use. Between tones the
 * audio output rests (a running Web Audio context costs a share of a core even in silence):
 * it is suspended whenever no tone is due within `WAKE_BEFORE_MS` and none is playing, and
 * resumed before the next.
 */
export class Sounds {
  private howls: Partial<Record<SoundId, Howl>> = {}
  /** A tone is due within `WAKE_BEFORE_MS`, as the runner last said. */
  private due = false
  /**
   * The runner says when tones are due (`soundIn`), so the output rests by its word. Pages
   * that never say (the phone and TV displays) keep howler's own rest, 30 s after a tone.
   */
  private driven = false
  /** Every sound asked for, newest last: read by tests through `window.__runstrong`. */
  readonly played: SoundId[] = soundsPlayed

  private get(id: SoundId): Howl {
    let h = this.howls[id]
    if (!h) {
      h = new Howl({ src: [URLS[id]], preload: true, volume: id === 'tick' ? 0.5 : 1 })
      // The last tone of a while (the fanfare at Done) lets the output rest once it ends.
      h.on('end', () => {
        if (this.driven) this.soundIn(this.due ? 0 : null)
      })
      this.howls[id] = h
    }
    return h
  }

  /** Loads every tone ahead of the first cue. */
  preload(): void {
    for (const id of Object.keys(URLS) as SoundId[]) this.get(id)
  }

  play(id: SoundId): void {
    this.played.push(id)
    if (this.played.length > 200) this.played.splice(0, 100)
    this.wake()
    this.get(id).play()
  }

  /** The next tone is `ms` away (null: none is due): the output wakes or rests to suit. */
  soundIn(ms: number | null): void {
    if (!this.driven) {
      this.driven = true
      // Howler's own rest would come far later than the runner's.
      Howler.autoSuspend = false
    }
    this.due = ms !== null && ms <= WAKE_BEFORE_MS
    if (this.due) this.wake()
    else if (!Object.values(this.howls).some((h) => h.playing())) this.rest()
  }

  private wake(): void {
    const ctx = Howler.usingWebAudio ? Howler.ctx : undefined
    if (ctx?.state === 'suspended') void ctx.resume().catch(() => undefined)
  }

  private rest(): void {
    const ctx = Howler.usingWebAudio ? Howler.ctx : undefined
    if (ctx?.state === 'running') void ctx.suspend().catch(() => undefined)
  }

  setVolume(volume: number, muted: boolean): void {
    Howler.volume(volume)
    Howler.mute(muted)
  }
}

let shared: Sounds | null = null

/** The app's one set of sounds. */
export function getSounds(): Sounds {
  shared ??= new Sounds()
  return shared
}

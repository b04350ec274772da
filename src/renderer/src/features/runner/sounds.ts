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

/** The runner's tones, played through howler. Loaded once, on first use. */
export class Sounds {
  private howls: Partial<Record<SoundId, Howl>> = {}
  /** Every sound asked for, newest last: read by tests through `window.__runstrong`. */
  readonly played: SoundId[] = soundsPlayed

  private get(id: SoundId): Howl {
    let h = this.howls[id]
    if (!h) {
      h = new Howl({ src: [URLS[id]], preload: true, volume: id === 'tick' ? 0.5 : 1 })
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
    this.get(id).play()
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

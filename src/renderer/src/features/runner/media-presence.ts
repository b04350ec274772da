/**
 * The runner in the system's media controls. Chromium passes media keys (Play/Pause, Next,
 * Previous on keyboards and headsets) and the OS's media overlay (Windows' media flyout,
 * macOS's Now Playing, Linux's MPRIS controls) to `navigator.mediaSession` only for a page
 * whose `<audio>` or `<video>` has played; Howler plays the tones through Web Audio, which
 * does not count. So while a session runs the runner plays a silent clip in a loop: no sound,
 * and the overlay shows the exercise and phase as a second display.
 */

/** Chromium shows no media controls for media shorter than 5 s; the clip is longer. */
const SILENCE_SECONDS = 6
/** 8 kHz, 8 bits, one channel: 48 KB for the whole clip, made once in memory. */
const RATE = 8000

/** A WAV file of `seconds` of digital silence (8-bit samples sit at their midpoint, 128). */
export function silentWav(seconds: number): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * RATE)
  const bytes = new Uint8Array(44 + samples)
  const view = new DataView(bytes.buffer)
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i += 1) bytes[at + i] = s.charCodeAt(i)
  }
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true) // the format chunk's size
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // one channel
  view.setUint32(24, RATE, true)
  view.setUint32(28, RATE, true) // bytes a second
  view.setUint16(32, 1, true) // bytes a frame
  view.setUint16(34, 8, true) // bits a sample
  text(36, 'data')
  view.setUint32(40, samples, true)
  bytes.fill(128, 44)
  return bytes
}

/** What a session shows the system: whether it runs, and what is on. */
export interface MediaShown {
  /** A session is on (not Done, not left). */
  on: boolean
  paused: boolean
  /** The phase and exercise, as the window's title says them ("Work: Squats"). */
  title: string
  /** The circuit's name. */
  album: string
}

/** The browser's parts this needs, so a test can stand in for them. */
export interface MediaHost {
  createAudio: () => Pick<HTMLAudioElement, 'play' | 'pause' | 'removeAttribute' | 'load'> & {
    src: string
    loop: boolean
  }
  createUrl: (blob: Blob) => string
  revokeUrl: (url: string) => void
  session: Pick<MediaSession, 'metadata' | 'playbackState'> | undefined
  /** The controls' words; null where the browser has no `MediaMetadata`. */
  metadata: (init: MediaMetadataInit) => MediaMetadata | null
}

const browserHost = (): MediaHost | undefined =>
  typeof Audio === 'undefined' || typeof URL.createObjectURL !== 'function'
    ? undefined
    : {
        createAudio: () => new Audio(),
        createUrl: (blob) => URL.createObjectURL(blob),
        revokeUrl: (url) => URL.revokeObjectURL(url),
        session: 'mediaSession' in navigator ? navigator.mediaSession : undefined,
        metadata: (init) => (typeof MediaMetadata === 'function' ? new MediaMetadata(init) : null),
      }

/**
 * Holds the media session for a running session: the silent clip plays while it runs, is
 * paused (keeping the controls, so Play resumes) while it is paused, and is let go at Done
 * or when the runner closes. Nothing plays at any other time.
 */
export class MediaPresence {
  private audio: ReturnType<MediaHost['createAudio']> | null = null
  private url: string | null = null
  private lastTitle = ''

  /** `host` undefined (no audio element here): nothing is held, and nothing fails. */
  constructor(private readonly host: MediaHost | undefined = browserHost()) {}

  /** Whether the silent clip is playing now. */
  playing = false

  show(s: MediaShown): void {
    if (!s.on) return this.release()
    if (!this.host) return
    if (!this.audio) {
      this.url = this.host.createUrl(new Blob([silentWav(SILENCE_SECONDS)], { type: 'audio/wav' }))
      this.audio = this.host.createAudio()
      this.audio.loop = true
      this.audio.src = this.url
    }
    if (s.paused && this.playing) {
      this.audio.pause()
      this.playing = false
    } else if (!s.paused && !this.playing) {
      this.playing = true
      // A browser that refuses to play (no gesture yet) leaves the media keys to the window.
      const audio = this.audio
      Promise.resolve()
        .then(() => audio.play())
        .catch(() => {
          if (this.audio === audio) this.playing = false
        })
    }
    const session = this.host.session
    if (!session) return
    const state = s.paused ? 'paused' : 'playing'
    // Each write reaches the system's controls: only a change is written.
    if (session.playbackState !== state) session.playbackState = state
    if (s.title !== this.lastTitle) {
      this.lastTitle = s.title
      session.metadata = this.host.metadata({ title: s.title, artist: 'Runstrong', album: s.album })
    }
  }

  /** Lets the media session go: the clip stops and is freed, the controls cleared. */
  release(): void {
    if (!this.audio && !this.lastTitle) return
    if (this.audio) {
      this.audio.pause()
      this.audio.removeAttribute('src')
      this.audio.load()
      this.audio = null
    }
    if (this.url) this.host?.revokeUrl(this.url)
    this.url = null
    this.playing = false
    this.lastTitle = ''
    if (this.host?.session) {
      this.host.session.metadata = null
      this.host.session.playbackState = 'none'
    }
  }
}

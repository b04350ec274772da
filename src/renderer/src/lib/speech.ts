import type { SpeechOutput } from '@shared/engine/cues'

/** True when the browser can speak: the API exists and at least one voice is installed. */
export function hasVoices(): boolean {
  return typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().length > 0
}

/** The system's voices, by name (an empty list where the browser has none). */
export function voiceNames(): string[] {
  if (typeof speechSynthesis === 'undefined') return []
  return speechSynthesis.getVoices().map((v) => v.name)
}

/** How the cues are spoken: loudness 0 to 1, speed (1 is the voice's own), and which voice. */
export interface VoiceChoice {
  volume: number
  rate?: number
  /** A system voice's name; absent or not found: the system's own choice. */
  name?: string | null
}

/** Says `text` once, as `choice` asks: Settings' Test button. */
export function sayOnce(text: string, choice: VoiceChoice): void {
  createSpeechOutput(() => choice).speak(text)
}

/**
 * Speech through `speechSynthesis` where voices exist; where none do, it says nothing and
 * the captions carry the words. `getChoice` is read at every line, so a change in Settings
 * (or Mute) takes effect at the next one.
 */
export function createSpeechOutput(getChoice: () => VoiceChoice): SpeechOutput {
  // Voices can arrive after start-up; asking once makes Chromium load the list.
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.getVoices()
  return {
    speak(text) {
      if (!hasVoices()) return
      const choice = getChoice()
      const u = new SpeechSynthesisUtterance(text)
      u.volume = choice.volume
      u.rate = choice.rate ?? 1.05
      const voice = choice.name
        ? speechSynthesis.getVoices().find((v) => v.name === choice.name)
        : undefined
      if (voice) u.voice = voice
      speechSynthesis.speak(u)
    },
    cancel() {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
    },
  }
}

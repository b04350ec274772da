import type { SpeechOutput } from '@shared/engine/cues'

/** True when the browser can speak: the API exists and at least one voice is installed. */
export function hasVoices(): boolean {
  return typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().length > 0
}

/**
 * Speech through `speechSynthesis` where voices exist; where none do, it says nothing and
 * the captions carry the words.
 */
export function createSpeechOutput(getVolume: () => number): SpeechOutput {
  // Voices can arrive after start-up; asking once makes Chromium load the list.
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.getVoices()
  return {
    speak(text) {
      if (!hasVoices()) return
      const u = new SpeechSynthesisUtterance(text)
      u.volume = getVolume()
      u.rate = 1.05
      speechSynthesis.speak(u)
    },
    cancel() {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
    },
  }
}

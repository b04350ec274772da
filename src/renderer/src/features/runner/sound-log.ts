import type { SoundId } from '@shared/engine/cues'

/**
 * Every tone asked for, newest last (the 200 newest at most): read by e2e tests through
 * `window.__runstrong`. Apart from `sounds.ts`, so the page can offer it without loading
 * the audio library before the runner.
 */
export const soundsPlayed: SoundId[] = []

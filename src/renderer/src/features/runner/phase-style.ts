import type { ShownPhase } from '@shared/engine/describe-phase'

export { PHASE_LABELS, type ShownPhase } from '@shared/engine/describe-phase'

/**
 * Full-bleed phase colours, after the Okabe-Ito palette (told apart with common colour
 * blindness), light enough for near-black text at 7:1 or more. The word always shows too.
 */
export const PHASE_COLOURS: Record<ShownPhase, string> = {
  warmup: '#F0E442',
  work: '#F5A623',
  hold: '#F2A7CF',
  switch: '#D4C4F7',
  rest: '#6CC4F0',
  cooldown: '#9EE0C9',
  done: '#E8E8E8',
}

export const RUNNER_TEXT = '#0B0B0B'

/**
 * The quieter ink of a control that does nothing now (Add 15 seconds outside a rest): told
 * apart by a dashed edge and a lighter weight too, and still 7:1 on every phase colour, as
 * fading it would not be.
 */
export const RUNNER_TEXT_DIM = '#262626'

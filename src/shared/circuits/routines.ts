/**
 * What the warm-up and the cool-down are made of: a few easy moves, each on screen for an
 * equal slot of at least 20 s. A warm-up before jumping ends with soft landings; the
 * cool-down walks, then stretches what a run and a session use most.
 */
/** One move of the warm-up or the cool-down. */
export interface RoutineMove {
  name: string
  cue: string
}

/**
 * The warm-up routine, from the article's equipment-free list (jumping jacks, mountain
 * climbers, squats, lunges, press-ups, planks), done easy.
 */
export const WARMUP_MOVES: readonly RoutineMove[] = [
  { name: 'Jumping jacks', cue: 'Easy rhythm, land softly' },
  { name: 'Mountain climbers', cue: 'Drive knees toward your chest' },
  { name: 'Easy squats', cue: 'Small range, wake the legs' },
  { name: 'Alternating lunges', cue: 'Step long, stay tall' },
  { name: 'Easy press-ups', cue: 'Knees down is fine' },
  { name: 'Plank', cue: 'Hold steady and breathe' },
]

/**
 * The last move of a warm-up before jumping moves: small hops that rehearse a soft,
 * quiet landing on bent knees, so the first jump of the session is not the first landing.
 */
export const LANDING_MOVE: RoutineMove = {
  name: 'Soft landings',
  cue: 'Small hops, land quietly on bent knees',
}

/** The cool-down: breathing slows first, then the calves, hips and legs are stretched. */
export const COOLDOWN_MOVES: readonly RoutineMove[] = [
  { name: 'Walk and breathe', cue: 'Slow steps, long breaths out' },
  { name: 'Calf stretch', cue: 'Heel down, lean into a wall' },
  { name: 'Hip flexor stretch', cue: 'Half kneel, tuck the hips under' },
  { name: 'Hamstring stretch', cue: 'Soft knee, hinge from the hips' },
  { name: 'Glute stretch', cue: 'Ankle over knee, sit back' },
  { name: 'Quad stretch', cue: 'Hold a wall, heel toward you' },
]

/** The shortest slot a move gets, in ms; shorter routines show fewer moves. */
export const ROUTINE_MIN_SLOT_MS = 20_000

/** A warm-up or cool-down phase (the timeline's), as far as its moves go. */
export interface RoutinePhase {
  kind: string
  durationMs: number
  /** A warm-up before jumping moves. */
  landing?: boolean
}

/**
 * The moves a warm-up or cool-down of `count` slots shows, in order: the first ones of its
 * list, and for a warm-up before jumping, soft landings last.
 */
function movesOf(phase: RoutinePhase, count: number): readonly RoutineMove[] {
  if (phase.kind === 'cooldown') return COOLDOWN_MOVES.slice(0, count)
  if (!phase.landing) return WARMUP_MOVES.slice(0, count)
  return [...WARMUP_MOVES.slice(0, count - 1), LANDING_MOVE]
}

/**
 * Which move of a warm-up or cool-down to show `elapsedMs` into it: the phase is split into
 * equal slots of at least 20 s, one move each. `slotStartMs` and `slotEndMs` bound the slot,
 * from the phase's start; a slot ends a whole number of seconds before the phase does, so the
 * move's time left ticks with the phase's countdown (and its next move shows on the same
 * tick).
 */
export function routineMoveAt(
  phase: RoutinePhase,
  elapsedMs: number,
): { move: RoutineMove; index: number; count: number; slotStartMs: number; slotEndMs: number } {
  const listLength = phase.kind === 'cooldown' ? COOLDOWN_MOVES.length : WARMUP_MOVES.length
  const count = Math.max(
    1,
    Math.min(listLength, Math.floor(phase.durationMs / ROUTINE_MIN_SLOT_MS)),
  )
  const moves = movesOf(phase, count)
  const slotMs = phase.durationMs / count
  const bound = (i: number) =>
    i <= 0
      ? 0
      : i >= count
        ? phase.durationMs
        : phase.durationMs - Math.round((phase.durationMs - slotMs * i) / 1000) * 1000
  let index = 0
  while (index < count - 1 && elapsedMs >= bound(index + 1)) index++
  return {
    move: moves[index] as RoutineMove,
    index,
    count,
    slotStartMs: bound(index),
    slotEndMs: bound(index + 1),
  }
}

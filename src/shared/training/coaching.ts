/**
 * The coaching rules every made session keeps (the generator's, the presets', the
 * programme's), where the article is silent, as a running coach would set them:
 * jumping moves come first after the warm-up, while the legs are fresh, with a full minute
 * of rest after every set; a session with jumps warms up for five minutes and ends its
 * warm-up with soft landings; a session has at least three exercises and a cool-down.
 */
import type { Circuit } from '../circuits/circuit'
import { getExercise, isJumping } from '../circuits/exercises'
import { compileTimeline, isEffort } from '../engine/timeline'

/** The core moves: a full-body session holds one. */
export const CORE = new Set(['plank', 'side-plank', 'leg-raises', 'superman'])
/** Moves that work the upper body: a full-body session holds one. */
export const UPPER = new Set(['press-ups', 'dumbbell-row', 'burpees'])
/** Leg moves, jumping or not. */
export const LEGS = new Set([
  'squats',
  'step-ups',
  'front-lunges',
  'reverse-lunges',
  'side-lunges',
  'walking-lunges',
  'jump-squats',
  'glute-bridge',
  'single-leg-deadlift',
  'speed-skaters',
  'box-jumps',
  'long-jumps',
])
/** The lunge patterns: a beginner gets one per 20 minutes, as they tire the same muscles. */
export const LUNGES = new Set(['front-lunges', 'reverse-lunges', 'side-lunges', 'walking-lunges'])

/** Leg strength work that does not leave the ground: jumps come before all of it. */
export const isLegStrength = (id: string): boolean => LEGS.has(id) && !isJumping(id)

/**
 * The least rest after every set of a jumping move, in s. Landings tire the legs' springs
 * sooner than a runner feels it; a full minute lets each set land well. Box jumps land
 * from highest, so they get 90 s.
 */
export function jumpRestSec(id: string): number {
  return id === 'box-jumps' ? 90 : 60
}

/** The least warm-up before jumping moves, in s. */
export const JUMP_WARMUP_SEC = 300
/** The least cool-down of a made session, in s: enough to walk, then stretch calves and hips. */
export const MIN_COOLDOWN_SEC = 120
/** The fewest exercises of a made session: fewer is not a session worth the warm-up. */
export const MIN_EXERCISES = 3

/**
 * What a made circuit breaks of the coaching rules, one line each; empty when it keeps
 * them all. `fullBody` adds the whole-body rule: a leg, a core and an upper-body move.
 */
export function coachingProblems(c: Circuit, fullBody = false): string[] {
  const ids = c.items.map((i) => i.exercise)
  const problems: string[] = []
  const firstLeg = ids.findIndex(isLegStrength)
  const lastJump = ids.findLastIndex(isJumping)
  if (firstLeg >= 0 && lastJump > firstLeg)
    problems.push(`${getExercise(ids[lastJump]!).name} comes after leg strength work`)
  if (lastJump >= 0 && c.warmupSec < JUMP_WARMUP_SEC)
    problems.push(`jumps after a warm-up of ${c.warmupSec} s`)
  const phases = compileTimeline(c).phases
  phases.forEach((p, i) => {
    const next = phases[i + 1]
    // After a jumping move's effort (both sides done), the rest must be long enough.
    if (!isEffort(p) || !p.exerciseId || !isJumping(p.exerciseId) || p.side === 'left') return
    if (!next || next.kind === 'cooldown') return
    const needMs = jumpRestSec(p.exerciseId) * 1000
    if (next.kind !== 'rest' || next.durationMs < needMs)
      problems.push(
        `${getExercise(p.exerciseId).name}: ${next.kind === 'rest' ? next.durationMs / 1000 : 0} s of rest after a set`,
      )
  })
  if (ids.length < MIN_EXERCISES) problems.push(`only ${ids.length} exercises`)
  if (c.cooldownSec < MIN_COOLDOWN_SEC) problems.push(`a cool-down of ${c.cooldownSec} s`)
  if (fullBody) {
    if (!ids.some((id) => LEGS.has(id))) problems.push('full body without a leg move')
    if (!ids.some((id) => CORE.has(id))) problems.push('full body without a core move')
    if (!ids.some((id) => UPPER.has(id))) problems.push('full body without an upper-body move')
  }
  return problems
}

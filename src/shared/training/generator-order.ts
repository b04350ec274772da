/**
 * How the generator picks and orders exercises: a seeded shuffle (the same seed, the same
 * circuit), a focus's moves, the core early and often, one-sided work taking turns with
 * two-sided, jumps first, and for the whole body never three leg moves in a row.
 */
import { isJumping, JUMPING_MOVES, type Exercise } from '../circuits/exercises'
import { CORE, LEGS } from './coaching'
import type { Focus } from './generator-options'

export function inFocus(e: Exercise, focus: Focus): boolean {
  switch (focus) {
    case 'full-body':
      return true
    case 'legs-glutes':
      return LEGS.has(e.id) || e.id === 'side-plank'
    case 'core':
      return CORE.has(e.id) || e.id === 'glute-bridge' || e.id === 'single-leg-deadlift'
    case 'power':
      return (
        JUMPING_MOVES.has(e.id) ||
        e.id === 'step-ups' ||
        e.id === 'single-leg-deadlift' ||
        e.id === 'plank'
      )
  }
}

/** A small seeded generator (mulberry32), so circuits repeat for the same seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/**
 * `head`, then `list` reordered so no three leg moves follow one another; leg moves beyond
 * what the other moves can break up are left out.
 */
export function breakLegRuns(head: Exercise[], list: Exercise[]): Exercise[] {
  const rest = [...list]
  const out: Exercise[] = [...head]
  while (rest.length > 0) {
    const legRun = out.length >= 2 && out.slice(-2).every((e) => LEGS.has(e.id))
    const legsLeft = rest.filter((e) => LEGS.has(e.id)).length
    // Keep enough other moves in hand to break up the leg moves still to come.
    const legsPressing = legsLeft > 2 * (rest.length - legsLeft)
    const i = legRun
      ? rest.findIndex((e) => !LEGS.has(e.id))
      : legsPressing
        ? rest.findIndex((e) => LEGS.has(e.id))
        : 0
    // Leg moves that nothing is left to break up are left out.
    if (i < 0) break
    out.push(rest.splice(i, 1)[0]!)
  }
  return out
}

/**
 * Orders exercises so the core comes early and often, and one-sided work alternates with
 * two-sided work, as the article asks for runners.
 */
export function balance(pool: Exercise[]): Exercise[] {
  const core = pool.filter((e) => CORE.has(e.id))
  const single = pool.filter((e) => !CORE.has(e.id) && e.prescription.perSide)
  const both = pool.filter((e) => !CORE.has(e.id) && !e.prescription.perSide)
  const out: Exercise[] = []
  let turn = 0
  while (core.length + single.length + both.length > 0) {
    // Every third slot is core; between, one-sided and two-sided take turns.
    const wantCore = out.length % 3 === 2
    const lists = wantCore
      ? [core, single, both]
      : turn++ % 2 === 0
        ? [single, both, core]
        : [both, single, core]
    const from = lists.find((l) => l.length > 0)
    if (!from) break
    out.push(from.shift() as Exercise)
  }
  return out
}

/** At most `max` of `list` that `is`, in order; the others all kept. */
export function atMost(list: Exercise[], is: (e: Exercise) => boolean, max: number): Exercise[] {
  let n = 0
  return list.filter((e) => !is(e) || ++n <= max)
}

/**
 * Jumping moves first after the warm-up, while the legs are fresh; the rest as ordered,
 * and for the whole body never three leg moves in a row (a leg move nothing is left to
 * break up is left out).
 */
export function arrange(list: Exercise[], wholeBody: boolean): Exercise[] {
  const jumps = list.filter((e) => isJumping(e.id))
  const rest = list.filter((e) => !isJumping(e.id))
  return wholeBody ? breakLegRuns(jumps, rest) : [...jumps, ...rest]
}

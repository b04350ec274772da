/**
 * A programme's circuits, made by the generator: kept apart from `programme.ts` so the
 * home screen's today line and the week plan's schema do not load the generator.
 *
 * Three steps: weeks 1 and 2 keep one circuit so its moves can be learnt; each later step
 * is either new exercises or one step harder on the moves of the step before, the order
 * set by the programme's seed. A harder version is only ever of a move done in an earlier
 * step, and nothing needs kit outside the programme's equipment.
 */
import type { Circuit, CircuitItem } from '../circuits/circuit'
import { canDoWith, findExercise, type Equipment } from '../circuits/exercises'
import { generateCircuit } from './generator'
import { steppedUp } from './overload'
import { PROGRAMME_STEPS, programmeWeekName, type Programme } from './programme'

/** How a step came about: the first circuit, new exercises, or harder versions. */
export type StepKind = 'first' | 'new' | 'harder'

export interface ProgrammeStep {
  kind: StepKind
  circuit: Circuit
}

/** Seeds tried for a step of new exercises: the circuit with the most moves not yet done is kept. */
const NEW_STEP_TRIES = 4
/** Far enough apart that the seeds tried for one step never meet another step's. */
const SEED_SPACING = 1000

/** True when the item, in the version given, needs nothing but the kit owned. */
export function withinKit(item: CircuitItem, owned: ReadonlySet<Equipment>): boolean {
  const e = findExercise(item.exercise)
  if (!e || !canDoWith(e, owned)) return false
  const extra = e.challenge.equipment
  return item.variant !== 'challenge' || extra.length === 0 || extra.some((k) => owned.has(k))
}

function generate(p: Programme, seed: number): Circuit {
  return generateCircuit({
    minutes: p.minutes,
    equipment: p.equipment,
    focus: p.focus,
    beginner: p.beginner,
    seed,
  })
}

/** The item as the runner last did it: these sets, that version's reps or hold, load, variant. */
function asLastDone(item: CircuitItem, last: CircuitItem): CircuitItem {
  // A move measured another way this time (reps, not a hold) starts from the new amount.
  if ((item.reps === undefined) !== (last.reps === undefined))
    return { ...item, variant: 'standard' }
  const out: CircuitItem = { ...item, variant: last.variant }
  delete out.load
  if (last.reps !== undefined) out.reps = last.reps
  if (last.seconds !== undefined) out.seconds = last.seconds
  if (last.load !== undefined) out.load = last.load
  return out
}

/** One step harder on every move of `prev` that has a step within the kit; null if none has. */
function harderStep(prev: Circuit, owned: ReadonlySet<Equipment>): Circuit | null {
  const items = prev.items.map((item) => {
    const up = steppedUp(item, prev)
    // The step's harder version may need kit the runner lacks: then the move stays as it was.
    return withinKit(up, owned) ? up : item
  })
  return items.some((x, i) => x !== prev.items[i]) ? { ...prev, items } : null
}

/**
 * A freshly generated circuit for step `step` with the most moves not done yet; moves done
 * before come back as last done, new ones in their standard version. Null if none is new.
 */
function newStep(
  p: Programme,
  step: number,
  done: ReadonlyMap<string, CircuitItem>,
): Circuit | null {
  let best: Circuit | null = null
  let bestNew = 0
  for (let i = 1; i <= NEW_STEP_TRIES; i++) {
    const c = generate(p, p.seed + step * SEED_SPACING + i)
    const fresh = new Set(c.items.map((x) => x.exercise).filter((x) => !done.has(x))).size
    if (fresh > bestNew) [best, bestNew] = [c, fresh]
  }
  if (!best) return null
  const items = best.items.map((item) => {
    const last = done.get(item.exercise)
    return last ? asLastDone(item, last) : { ...item, variant: 'standard' as const }
  })
  return { ...best, items }
}

/**
 * The programme's three steps, in order: weeks 1 and 2 at the first, and so on. Each later
 * step is new exercises or harder versions of the step before, alternating in an order the
 * seed picks; when one kind cannot change anything (every move already at its hardest with
 * the kit owned, or no move left to bring in), the other is used.
 */
export function programmeSteps(p: Programme): ProgrammeStep[] {
  const owned = new Set(p.equipment)
  const base = generate(p, p.seed)
  // Nothing has been done yet: no harder version, whatever the generator offers.
  const first = { ...base, items: base.items.map((x) => ({ ...x, variant: 'standard' as const })) }
  const steps: ProgrammeStep[] = [{ kind: 'first', circuit: first }]
  // The latest version of each move done, so a move brought back is not made easier.
  const done = new Map<string, CircuitItem>()
  const remember = (c: Circuit) => c.items.forEach((x) => done.set(x.exercise, x))
  remember(first)
  for (let step = 1; step < PROGRAMME_STEPS; step++) {
    const prev = steps[step - 1]!.circuit
    const harderFirst = (p.seed + step) % 2 === 0
    const harder = harderStep(prev, owned)
    // New exercises only when the seed asks for them first or nothing can be made harder.
    const fresh = harder && harderFirst ? null : newStep(p, step, done)
    const next: ProgrammeStep = fresh
      ? { kind: 'new', circuit: fresh }
      : { kind: 'harder', circuit: harder ?? prev }
    steps.push(next)
    remember(next.circuit)
  }
  return steps
}

/**
 * The circuit of week `week` (1 to 6) at step `step` (0 to 2, from `programmeStatus`): by
 * default the step of a programme with no week held, 0 for weeks 1 and 2, 1 for 3 and 4,
 * 2 for 5 and 6.
 */
export function programmeCircuit(
  p: Programme,
  week: number,
  step = Math.floor((week - 1) / 2),
): Circuit {
  const steps = programmeSteps(p)
  const at = steps[Math.max(0, Math.min(steps.length - 1, step))]!
  return { ...at.circuit, name: programmeWeekName(week) }
}

/**
 * A programme week's circuit, made by the generator: kept apart from `programme.ts` so the
 * home screen's today line and the week plan's schema do not load the generator.
 */
import type { Circuit } from '../circuits/circuit'
import { generateCircuit } from './generator'
import { steppedUp } from './overload'
import { programmeWeekName, type Programme } from './programme'

/**
 * The circuit of week `week` (1 to 6): made afresh from that week's seed, so the exercises
 * vary, then stepped up once for weeks 3 and 4 and twice for weeks 5 and 6.
 */
export function programmeCircuit(p: Programme, week: number): Circuit {
  const base = generateCircuit({
    minutes: p.minutes,
    equipment: p.equipment,
    focus: p.focus,
    beginner: p.beginner,
    seed: p.seed + week,
  })
  const steps = Math.floor((week - 1) / 2)
  let items = base.items
  for (let i = 0; i < steps; i++) items = items.map((item) => steppedUp(item, { ...base, items }))
  return { ...base, name: programmeWeekName(week), items }
}

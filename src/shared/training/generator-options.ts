/**
 * What a generated session can be asked for (its focus and its length), and how many
 * sessions a week plan may hold. Kept apart from the generator and the planner so the week
 * plan's schema can name them without loading either.
 */
export type Focus = 'full-body' | 'legs-glutes' | 'core' | 'power'

export const FOCUS_LABELS: Record<Focus, string> = {
  'full-body': 'Full body',
  'legs-glutes': 'Legs and glutes',
  core: 'Core and stability',
  power: 'Power',
}

/** A generated session's length in minutes, warm-up included. */
export const MINUTES_RANGE = [10, 60] as const

/** Strength sessions a week a plan may hold. */
export const SESSIONS_RANGE = { min: 1, max: 5 } as const

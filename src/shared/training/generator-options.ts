/**
 * What a generated session can be asked for: its focus and its length. Kept apart from the
 * generator so the week plan's schema can name them without loading the generator.
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

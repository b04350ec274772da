/**
 * The article's guidance on training, as the Circuits screen and About show it. Kept apart
 * from the exercise catalogue, whose words the Circuits screen does not load.
 */

/** The article's advice on when and how often, as display lines in our words. */
export const GUIDANCE = {
  lines: [
    'Warm up first, every time',
    '2 to 3 sessions a week, 20 to 30 minutes',
    'Or 3 to 5 short ones of 10 to 15 minutes',
    'New to this? One 15-minute session a week',
    'Lift on easy-run days, after the run',
    'Never on a long-run day',
    'Pick a load for 10 to 12 good reps',
    '15 easy reps? Go heavier',
    'Build up slowly, form first',
  ],
} as const

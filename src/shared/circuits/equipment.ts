/** Equipment a person may have at hand, in the order forms list it. */
export const EQUIPMENT_IDS = [
  'mat',
  'bands',
  'box-or-bench',
  'dumbbell',
  'kettlebell',
  'medicine-ball',
  'weight-vest',
] as const

export type Equipment = (typeof EQUIPMENT_IDS)[number]

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  mat: 'Exercise mat',
  bands: 'Resistance bands',
  'box-or-bench': 'Step box or bench',
  dumbbell: 'Dumbbells',
  kettlebell: 'Kettlebells',
  'medicine-ball': 'Medicine ball',
  'weight-vest': 'Weight vest',
}

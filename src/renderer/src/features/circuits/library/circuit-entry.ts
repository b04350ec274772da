import type { Circuit } from '@shared/circuits/circuit'

/** The id of an opened circuit's heading, where focus goes once an action opens it. */
export const detailHeadingId = (id: string): string => `circuit-${id}-title`

/** A circuit as listed: one of the user's, or a read-only preset. */
export interface CircuitEntry {
  id: string
  circuit: Circuit
  preset: boolean
  summary?: string
}

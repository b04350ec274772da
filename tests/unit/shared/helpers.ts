import type { Circuit } from '@shared/circuits/circuit'
import { parseCircuit } from '@shared/circuits/circuit-file'
import type { CircuitFile } from '@shared/circuits/circuit-schema'
import type { HistoryEntry } from '@shared/training/history'

type Partial = Omit<CircuitFile, 'format' | 'version' | 'name'> & { name?: string }

/** A circuit from file fields, validated like an import. */
export function circuit(fields: Partial): Circuit {
  const r = parseCircuit({ format: 'runner-strength-circuit', version: 1, name: 'Test', ...fields })
  if (!r.ok) throw new Error(r.message)
  return r.circuit
}

/** A finished ten-minute session of one set of squats, as History keeps it. */
export function historyEntry(id: string, startedAt: number): HistoryEntry {
  return {
    id,
    circuitName: 'Mine',
    startedAt,
    plannedMs: 600_000,
    actualMs: 600_000,
    effortsDone: 1,
    effortsSkipped: 0,
    effortsTotal: 1,
    endedEarly: false,
    exercises: [{ exercise: 'squats', setsDone: 1, setsPlanned: 1 }],
  }
}

import type { Circuit } from '@shared/circuits/circuit'
import { parseCircuit } from '@shared/circuits/circuit-file'
import type { CircuitFile } from '@shared/circuits/circuit-schema'

type Partial = Omit<CircuitFile, 'format' | 'version' | 'name'> & { name?: string }

/** A circuit from file fields, validated like an import. */
export function circuit(fields: Partial): Circuit {
  const r = parseCircuit({ format: 'runner-strength-circuit', version: 1, name: 'Test', ...fields })
  if (!r.ok) throw new Error(r.message)
  return r.circuit
}

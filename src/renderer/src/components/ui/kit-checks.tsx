import { EQUIPMENT_IDS, EQUIPMENT_LABELS, type Equipment } from '@shared/circuits/equipment'

/**
 * A tick box for each piece of kit, named as the catalogue names it: Generate, the
 * programme and Settings' My kit all choose kit with these.
 */
export function KitChecks({
  has,
  onToggle,
  ids = EQUIPMENT_IDS,
}: {
  has: (kit: Equipment) => boolean
  onToggle: (kit: Equipment) => void
  /** The kit offered, in this order (every piece by default). */
  ids?: readonly Equipment[]
}) {
  return ids.map((k) => (
    <label key={k} className="check">
      <input type="checkbox" checked={has(k)} onChange={() => onToggle(k)} />
      <span>{EQUIPMENT_LABELS[k]}</span>
    </label>
  ))
}

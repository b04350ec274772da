import { equipmentGroups, type Circuit } from '@shared/circuit'
import { EQUIPMENT_LABELS, type Equipment, type EquipmentNeeds } from '@shared/exercises'

/** True for a word that names a piece of equipment of the catalogue. */
function isEquipment(x: string): x is Equipment {
  return Object.hasOwn(EQUIPMENT_LABELS, x)
}

/**
 * Everything a circuit needs, standard or challenge, typed as the catalogue's equipment.
 * (`equipmentGroups` of the format gives plain strings; every one of them is a known piece.)
 */
export function circuitEquipment(c: Circuit): EquipmentNeeds {
  return equipmentGroups(c).map((group) => group.filter(isEquipment))
}

/**
 * Equipment needs in words: groups joined by commas, the choices in a group by "or"
 * ("Exercise mat, Dumbbells or Kettlebells"), or `none` when nothing is needed.
 */
export function describeEquipment(needs: EquipmentNeeds, none: string): string {
  if (needs.length === 0) return none
  return needs.map((group) => group.map((x) => EQUIPMENT_LABELS[x]).join(' or ')).join(', ')
}

/**
 * Loads as runners write them ("8 kg", "2 x 6 kg", "16 kg kettlebell", "20 pounds"), and
 * the next weight up: one people own, written back the way it was written.
 */
import { LIMITS } from '../circuits/circuit'

/** What kind of weight a load is, where that changes the steps it comes in. */
export type LoadKind = 'kettlebell' | 'dumbbell' | 'other'

/** A load read from its text: one amount, its unit, and the words around it. */
export interface Load {
  /** The weight of one dumbbell or kettlebell, or of the whole load: 6 in "2 x 6 kg". */
  amount: number
  unit: 'kg' | 'lb'
  /** The unit as written: "kg", "kilos", "lbs", "pounds". */
  unitText: string
  /** How many weights: 2 for "2 x 6 kg" or "5 kg x 2"; null when not said. */
  count: number | null
  /** "8 kg each", "6 kg each hand", "per arm": one weight in each hand. */
  each: boolean
  /** The kind of weight the text names ("kettlebell", "kb", "dumbbells"), or null. */
  kind: LoadKind | null
  /** The text before and after the number (the unit included), kept when the load steps. */
  before: string
  after: string
}

// The amount and its unit; a number already begun (the "2" of "12 kg") is not a start.
const AMOUNT = /(?<![\d.,])(\d+(?:[.,]\d+)?)(\s*)(kilograms?|kilos?|kgs?|pounds?|lbs?)(?![a-z])/gi
const COUNT_BEFORE = /(\d+)\s*[x×*]\s*$/i
const COUNT_AFTER = /^\s*[x×*]\s*(\d+)/i
const EACH = /\beach\b|\bper\s+(?:hand|arm|side|leg)\b/i
const KETTLEBELL = /\b(?:kettle\s*bells?|kbs?)\b/i
const DUMBBELL = /\b(?:dumb\s*bells?|dbs?)\b/i

/**
 * A load as people write it: "8 kg", "2 x 6 kg", "5 kg x 2", "8 kg each", "6 kg each
 * hand", "10kg dumbbells", "16 kg kettlebell", "20 pounds", "20 lbs", "8 kilos", "7,5 kg".
 * Null for anything else: no amount with a unit ("weight vest", "red band"), a zero, or
 * two amounts, where which one to step is a guess ("8 kg + 4 kg").
 */
export function readLoad(text: string): Load | null {
  const found = [...text.matchAll(AMOUNT)]
  if (found.length !== 1) return null
  const m = found[0]!
  const amount = Number(m[1]!.replace(',', '.'))
  if (!(amount > 0)) return null
  const unitText = m[3]!
  const before = text.slice(0, m.index)
  const count =
    COUNT_BEFORE.exec(before)?.[1] ?? COUNT_AFTER.exec(text.slice(m.index + m[0].length))?.[1]
  return {
    amount,
    unit: /^k/i.test(unitText) ? 'kg' : 'lb',
    unitText,
    count: count !== undefined ? Number(count) : null,
    each: EACH.test(text),
    kind: KETTLEBELL.test(text) ? 'kettlebell' : DUMBBELL.test(text) ? 'dumbbell' : null,
    before,
    // The unit and its space, if any, stay as written: "8 kg" steps to "9 kg", "8kg" to "9kg".
    after: text.slice(m.index + m[1]!.length),
  }
}

/**
 * The next weight up that people own, from `amount`. Kilos: whole kilos to 10 kg, since
 * light dumbbells come in 1 kg steps, then even kilos (12, 14, 16), as dumbbells above 10 kg
 * are sold in 2 kg steps. Kettlebells come in 2 kg steps to 12 kg and then 4 kg ones (16,
 * 20, 24), so a kettlebell steps to those, never to 9 or 18 kg. Pounds: the next multiple of
 * 5, as weights in pounds are sold in 5 lb steps.
 */
export function nextWeight(amount: number, unit: 'kg' | 'lb', kind: LoadKind): number {
  // The next multiple of `step` above `amount`: 7.5 kg steps to 8, never to 8.5.
  const up = (step: number) => Math.floor(amount / step) * step + step
  if (unit === 'lb') return up(5)
  if (kind === 'kettlebell') return amount < 12 ? up(2) : up(4)
  return amount < 10 ? up(1) : up(2)
}

/** The load written back with another amount: every other word, and space, as it was. */
export function writeLoad(load: Load, amount: number): string {
  return `${load.before}${amount}${load.after}`
}

/**
 * The next load up, written as it was: "8 kg" becomes "9 kg", "16 kg kettlebell" becomes
 * "20 kg kettlebell", "6 kg each hand" becomes "7 kg each hand", "20 lb" becomes "25 lb".
 * `kind` is the kind of weight when the text does not name one (a kettlebell-only move).
 * Null when the load cannot be read, or the stepped text would not fit a load's 40
 * characters.
 */
export function heavier(text: string, kind: LoadKind = 'other'): string | null {
  const load = readLoad(text)
  if (!load) return null
  const next = writeLoad(load, nextWeight(load.amount, load.unit, load.kind ?? kind))
  return next.length <= LIMITS.loadChars ? next : null
}

/** Kilos in a pound, exactly. */
export const KG_PER_LB = 0.45359237

/**
 * The load's weight in kilos, one weight of "2 x 6 kg" (6): to compare loads written in
 * different ways, and for a FIT file's sets.
 */
export function kilos(load: Load): number {
  return load.unit === 'kg' ? load.amount : load.amount * KG_PER_LB
}

/**
 * True when two loads are the same weight ("8 kg" and "8kg"), or, where either cannot be
 * read, the same text. No load and no load are the same; no load and a load are not.
 */
export function sameLoad(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  const [la, lb] = [readLoad(a), readLoad(b)]
  if (!la || !lb) return a.trim().toLowerCase() === b.trim().toLowerCase()
  return Math.abs(kilos(la) - kilos(lb)) < 0.01 && (la.count ?? 1) === (lb.count ?? 1)
}

/**
 * How much heavier `now` is than `before`, as a share of `before` (0.25 for 20 kg after
 * 16 kg); null when either cannot be read.
 */
export function loadRise(before: string | undefined, now: string | undefined): number | null {
  const [lb, ln] = [before && readLoad(before), now && readLoad(now)]
  if (!lb || !ln) return null
  return (kilos(ln) - kilos(lb)) / kilos(lb)
}

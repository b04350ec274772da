/** A draft's planned length while it is edited: the builder's, so apart from the timeline. */
import { checkDraft, type Draft } from '../circuits/draft'
import { plannedMs } from './timeline'

/** A number field of a draft, with a blank (NaN) read as 0. */
const orZero = (n: number): number => (Number.isNaN(n) ? 0 : n)

/**
 * The planned length while editing, in ms, or null when the numbers do not yet make a
 * session. A missing name does not stop the estimate.
 */
export function draftPlannedMs(d: Draft): number | null {
  if (d.items.length === 0) return (orZero(d.warmupSec) + orZero(d.cooldownSec)) * 1000
  const r = checkDraft({ ...d, name: d.name.trim() || 'Untitled' })
  return r.ok ? plannedMs(r.circuit) : null
}

import { equipmentGroups } from '@shared/circuits/circuit'
import { describeEquipment } from '@shared/circuits/exercises'
import type { DraftCheck } from '@shared/circuits/draft'
import { describePhase } from '@shared/engine/describe-phase'
import { formatClock } from '@shared/engine/format'
import { isEffort, type Phase, type Timeline } from '@shared/engine/timeline'
import styles from './editor-summary.module.css'

/** How many phases of the preview are listed; the rest are counted. */
const LISTED_PHASES = 8

/**
 * A phase as the preview lists it, in the runner's own words: an effort by its exercise
 * ("Squats 0:45", "Side Plank, left 0:30"), anything else by its label ("Warm-up 5:00",
 * "Rest 1:00", "Switch sides 0:05").
 */
export function phaseInWords(phase: Phase): string {
  const words = describePhase(phase)
  const effort = isEffort(phase)
  const side = words.side ? `, ${words.side.toLowerCase()}` : ''
  const what = effort && words.name ? `${words.name}${side}` : words.label
  return `${what} ${formatClock(phase.durationMs)}`
}

/** The preview's line: the first phases in words, then how many more there are. */
export function previewLine(phases: readonly Phase[]): string {
  const listed = phases.slice(0, LISTED_PHASES).map(phaseInWords).join(', ')
  const more = phases.length - LISTED_PHASES
  return more > 0 ? `${listed} and ${more} more ${more === 1 ? 'phase' : 'phases'}` : listed
}

/** Under the editor: the equipment the circuit needs, and its first phases once it is valid. */
export function EditorSummary({
  check,
  preview,
}: {
  check: DraftCheck
  preview: Timeline | undefined
}) {
  return (
    <section aria-label="Summary">
      <p>
        <strong>Equipment: </strong>
        {describeEquipment(check.ok ? equipmentGroups(check.circuit) : [], 'none')}
      </p>
      {preview && (
        <p className={styles.timeline} data-testid="phase-preview">
          <strong>Phase by phase: </strong>
          <span className="muted">{previewLine(preview.phases)}</span>
        </p>
      )}
    </section>
  )
}

import { equipmentGroups } from '@shared/circuits/circuit'
import { describeEquipment } from '@shared/circuits/exercises'
import type { DraftCheck } from '@shared/circuits/draft'
import { formatClock } from '@shared/engine/format'
import type { Timeline } from '@shared/engine/timeline'
import { cx } from '@renderer/lib/class-names'
import styles from './editor-summary.module.css'

/** How many phases of the preview are listed; the rest are shown as "…". */
const LISTED_PHASES = 8

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
        <p className={cx('muted', styles.timeline)}>
          {preview.phases.length} phases:{' '}
          {preview.phases
            .slice(0, LISTED_PHASES)
            .map((p) => `${p.kind} ${formatClock(p.durationMs)}`)
            .join(' · ')}
          {preview.phases.length > LISTED_PHASES ? ' …' : ''}
        </p>
      )}
    </section>
  )
}

import { EQUIPMENT_IDS } from '@shared/circuits/equipment'
import type { Settings } from '@shared/data/settings'
import styles from './settings-screen.module.css'
import { KitChecks } from '@renderer/components/ui/kit-checks'

/**
 * The kit the runner owns. Generate starts from it, the six-week programme is made with it,
 * and a suggested harder version never needs anything not ticked here.
 */
export function KitSection({
  settings,
  onChange,
}: {
  settings: Settings
  onChange: (next: Settings) => void
}) {
  return (
    <fieldset>
      <legend>My kit</legend>
      <p className="muted" id="kit-about">
        Generate starts from what is ticked, the six-week programme uses only this, and no harder
        version is suggested that needs anything else. Nothing ticked means bodyweight only.
      </p>
      <div className={styles.days} role="group" aria-describedby="kit-about">
        <KitChecks
          has={(k) => settings.kit.includes(k)}
          onToggle={(k) => {
            const others = settings.kit.filter((x) => x !== k)
            const kit = settings.kit.includes(k)
              ? others
              : EQUIPMENT_IDS.filter((x) => x === k || others.includes(x))
            onChange({ ...settings, kit })
          }}
        />
      </div>
    </fieldset>
  )
}

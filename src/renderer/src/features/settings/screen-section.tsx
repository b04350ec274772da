import { VIEWING_DISTANCES, type Settings, type ViewingDistance } from '@shared/data/settings'
import { DISTANCE_LABELS, resolveDistance } from '@renderer/lib/viewing-distance'

export interface ScreenSectionProps {
  settings: Settings
  onChange: (next: Settings) => void
}

/** How far away the screen is read from: every screen's type follows. */
export function ScreenSection({ settings, onChange }: ScreenSectionProps) {
  const followed = DISTANCE_LABELS[resolveDistance('auto', window.screen.height)]
  return (
    <fieldset>
      <legend>Screen</legend>
      <label className="field">
        <span>Viewing distance</span>
        <select
          value={settings.viewingDistance}
          aria-describedby="distance-hint"
          onChange={(e) =>
            onChange({ ...settings, viewingDistance: e.currentTarget.value as ViewingDistance })
          }
        >
          {VIEWING_DISTANCES.map((d) => (
            <option key={d} value={d}>
              {d === 'auto' ? `${DISTANCE_LABELS.auto}: ${followed}` : DISTANCE_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      <p id="distance-hint" className="muted">
        Sets the size of the text on every screen. The session runner is always sized to be read
        from the mat.
      </p>
    </fieldset>
  )
}

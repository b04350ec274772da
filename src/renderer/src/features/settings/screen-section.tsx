import {
  THEMES,
  VIEWING_DISTANCES,
  type Settings,
  type Theme,
  type ViewingDistance,
} from '@shared/data/settings'
import { THEME_LABELS, systemTheme } from '@renderer/lib/theme'
import { DISTANCE_LABELS, resolveDistance } from '@renderer/lib/viewing-distance'

export interface ScreenSectionProps {
  settings: Settings
  onChange: (next: Settings) => void
}

/** How far away the screen is read from, and its colours: every screen follows. */
export function ScreenSection({ settings, onChange }: ScreenSectionProps) {
  const followed = DISTANCE_LABELS[resolveDistance('auto', window.screen.height)]
  const now = systemTheme()
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
      <label className="field">
        <span>Theme</span>
        <select
          value={settings.theme}
          aria-describedby="theme-hint"
          onChange={(e) => onChange({ ...settings, theme: e.currentTarget.value as Theme })}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {t === 'system' ? `${THEME_LABELS.system}: ${now}` : THEME_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <p id="theme-hint" className="muted">
        Light pages for a sunny room, dark for a dim one. The session runner keeps its bright phase
        colours in both.
      </p>
    </fieldset>
  )
}

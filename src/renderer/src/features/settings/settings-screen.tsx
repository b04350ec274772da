import { useState } from 'react'
import type { Settings } from '@shared/storage'
import { usePlatform } from '../../app/platform-context'
import { hasVoices } from '../runner/speech'

export interface SettingsScreenProps {
  settings: Settings
  onChange: (next: Settings) => void
}

/** Sound, voice and notification preferences; every change is saved at once. */
export function SettingsScreen({ settings, onChange }: SettingsScreenProps) {
  const platform = usePlatform()
  const [notifyState, setNotifyState] = useState<string>()
  const voices = hasVoices()
  return (
    <article className="page settings">
      <h1>Settings</h1>
      <fieldset>
        <legend>Sound</legend>
        <label className="field">
          <span>Volume</span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(settings.volume * 100)}
            aria-valuetext={`${Math.round(settings.volume * 100)} percent`}
            onChange={(e) => onChange({ ...settings, volume: Number(e.currentTarget.value) / 100 })}
          />
          <output>{Math.round(settings.volume * 100)}%</output>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.muted}
            onChange={(e) => onChange({ ...settings, muted: e.currentTarget.checked })}
          />
          <span>Mute every cue</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.voice}
            onChange={(e) => onChange({ ...settings, voice: e.currentTarget.checked })}
          />
          <span>Speak the cues</span>
        </label>
        {!voices && (
          <p className="muted">
            No voices are installed here: you will hear tones and see captions instead.
          </p>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={settings.cadence}
            onChange={(e) => onChange({ ...settings, cadence: e.currentTarget.checked })}
          />
          <span>Tick the rep pace during rep-based work</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Notifications</legend>
        <p>
          Runstrong can tell you when a session is over, even when its window is behind another.
        </p>
        <button
          type="button"
          onClick={() =>
            void platform
              .requestNotifications()
              .then((ok) =>
                setNotifyState(ok ? 'Notifications are on.' : 'Notifications are blocked here.'),
              )
          }
        >
          Allow notifications
        </button>
        {notifyState && <p role="status">{notifyState}</p>}
      </fieldset>
    </article>
  )
}

import { useEffect, useState } from 'react'
import type { DisplayInfo, KeysStatus } from '@shared/ipc-contract'
import { GLOBAL_KEY_LABELS } from '@shared/engine/media-keys'
import { DAY_NAMES } from '@shared/training/planner'
import { remindersSchema, type Reminders, type Settings } from '@shared/data/settings'
import { usePlatform } from '@renderer/platform/platform-context'
import { BackupSection } from './backup-section'
import { KitSection } from './kit-section'
import { SoundSection } from './sound-section'
import { RemoteSection } from './remote-section'
import { ScreenSection } from './screen-section'
import styles from './settings-screen.module.css'

export interface SettingsScreenProps {
  settings: Settings
  onChange: (next: Settings) => void
}

/** Sound, voice and notification preferences; every change is saved at once. */
export function SettingsScreen({ settings, onChange }: SettingsScreenProps) {
  const platform = usePlatform()
  const [notifyState, setNotifyState] = useState<string>()
  const desktop = platform.kind === 'electron'
  const [displays, setDisplays] = useState<DisplayInfo[]>([])
  const [keys, setKeys] = useState<KeysStatus | null>(null)
  useEffect(() => {
    let live = true
    void platform.keysStatus().then((k) => live && setKeys(k))
    return () => {
      live = false
    }
  }, [platform, settings.globalKeys])
  useEffect(() => {
    let live = true
    void platform.listDisplays().then((d) => live && setDisplays(d))
    const off = platform.onDisplaysChanged(setDisplays)
    return () => {
      live = false
      off()
    }
  }, [platform])
  const setReminders = (part: Partial<Reminders>) =>
    onChange({ ...settings, reminders: { ...settings.reminders, ...part } })
  return (
    <article className="page">
      <h1>Settings</h1>
      <ScreenSection settings={settings} onChange={onChange} />
      <SoundSection settings={settings} onChange={onChange} />
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
        <label className="check">
          <input
            type="checkbox"
            checked={settings.notifyWhenHidden}
            onChange={(e) => onChange({ ...settings, notifyWhenHidden: e.currentTarget.checked })}
          />
          <span>Announce each new exercise while Runstrong is hidden or minimised</span>
        </label>
      </fieldset>
      <KitSection settings={settings} onChange={onChange} />
      <fieldset>
        <legend>Reminders</legend>
        {desktop ? (
          <p>
            A reminder on strength days; the Week planner sets the days too. While reminders are on,
            closing the window keeps Runstrong in the tray (the menu bar on a Mac) so they still
            come; quit it from there.
          </p>
        ) : (
          <p className="muted">Reminders come from the desktop app; they are kept here for it.</p>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={settings.reminders.on}
            onChange={(e) => setReminders({ on: e.currentTarget.checked })}
          />
          <span>Remind me on strength days</span>
        </label>
        <label className="field">
          <span>Reminder time</span>
          <input
            type="time"
            value={settings.reminders.time}
            required
            onChange={(e) => {
              const time = e.currentTarget.value
              if (remindersSchema.shape.time.safeParse(time).success) setReminders({ time })
            }}
          />
        </label>
        <fieldset className={styles.days}>
          <legend>Strength days</legend>
          {DAY_NAMES.map((day, i) => (
            <label key={day} className="check">
              <input
                type="checkbox"
                checked={settings.reminders.days.includes(i)}
                onChange={(e) => {
                  const others = settings.reminders.days.filter((d) => d !== i)
                  const days = e.currentTarget.checked
                    ? [...others, i].sort((a, b) => a - b)
                    : others
                  setReminders({ days })
                }}
              />
              <span>{day}</span>
            </label>
          ))}
        </fieldset>
        {desktop && (
          <label className="check">
            <input
              type="checkbox"
              checked={settings.startAtLogin}
              aria-describedby="login-about"
              onChange={(e) => onChange({ ...settings, startAtLogin: e.currentTarget.checked })}
            />
            <span>Start Runstrong when I log in</span>
          </label>
        )}
        {desktop && (
          <p className="muted" id="login-about">
            With reminders on, it starts in the tray without a window.
          </p>
        )}
      </fieldset>
      {desktop && (
        <fieldset>
          <legend>Hands-free</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.globalKeys}
              aria-describedby="keys-status"
              onChange={(e) => onChange({ ...settings, globalKeys: e.currentTarget.checked })}
            />
            <span>
              A presentation clicker (Page Up, Page Down) controls a running session from any app
            </span>
          </label>
          <p className="muted" id="keys-status" data-testid="keys-status">
            In the Runstrong window these keys always work. They are taken from other apps only
            while a session runs, never while it is paused.
            {settings.globalKeys && keys?.reason && (
              <>
                {' '}
                {keys.refused.length > 0 && (
                  <>
                    From other apps, these do not reach it:{' '}
                    {keys.refused.map((k) => GLOBAL_KEY_LABELS[k] ?? k).join(', ')}.{' '}
                  </>
                )}
                {keys.reason}
              </>
            )}
          </p>
          <p className="muted" id="media-keys">
            Media keys (Play/Pause, Next, Previous) on a keyboard or headset, and the system’s media
            controls, drive a running session from any app on Windows, macOS and Linux: the system
            shows Runstrong there with the exercise and phase. If another app plays music or video
            after the session started, the system may send the keys to it instead.
          </p>
          {displays.length > 1 && (
            <label className="field">
              <span>Show the runner on</span>
              <select
                value={settings.displayId === null ? '' : String(settings.displayId)}
                onChange={(e) => {
                  const v = e.currentTarget.value
                  onChange({ ...settings, displayId: v === '' ? null : Number(v) })
                }}
              >
                <option value="">This window</option>
                {displays.map((d) => (
                  <option key={d.id} value={String(d.id)}>
                    {d.label}
                    {d.primary ? ' (main)' : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          {displays.length > 1 && keys?.placement && (
            <p className="muted" data-testid="display-placement">
              {keys.placement}
            </p>
          )}
        </fieldset>
      )}
      <RemoteSection platform={platform} />
      <BackupSection platform={platform} />
    </article>
  )
}

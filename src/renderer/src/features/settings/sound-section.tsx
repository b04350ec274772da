import { useEffect, useState } from 'react'
import { VOICE_RATES, type Settings } from '@shared/data/settings'
import { hasVoices, sayOnce, voiceNames } from '@renderer/lib/speech'

/** A line to test the voice with: what the runner says as a set begins. */
const TEST_LINE = 'Squats. Set 1 of 2. 15 reps'

/** A 0 to 1 volume as a slider from 0 to 100 %, with its value said to screen readers. */
function VolumeField({
  label,
  value,
  onChange,
}: {
  label: string
  value: number
  onChange: (v: number) => void
}) {
  const percent = Math.round(value * 100)
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent} percent`}
        onChange={(e) => onChange(Number(e.currentTarget.value) / 100)}
      />
      <output>{percent}%</output>
    </label>
  )
}

/**
 * Settings for what the runner plays and says: the tones' and the voice's volumes apart, the
 * voice itself (one of the system's, with a Test button) and its speed, tones only, mute and
 * the rep tick. A session takes a change at its next cue; Mute (here or on a phone) silences
 * both.
 */
export function SoundSection({
  settings,
  onChange,
}: {
  settings: Settings
  onChange: (next: Settings) => void
}) {
  const [voices, setVoices] = useState(() => voiceNames())
  // Voices can arrive after the page loads (Chromium fills the list on its own time).
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return
    const update = () => setVoices(voiceNames())
    speechSynthesis.addEventListener('voiceschanged', update)
    return () => speechSynthesis.removeEventListener('voiceschanged', update)
  }, [])
  const speaking = settings.voice && voices.length > 0
  const rate = Math.round(settings.voiceRate * 100)
  return (
    <fieldset>
      <legend>Sound</legend>
      <VolumeField
        label="Tones volume"
        value={settings.volume}
        onChange={(volume) => onChange({ ...settings, volume })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={settings.voice}
          aria-describedby="tones-only"
          onChange={(e) => onChange({ ...settings, voice: e.currentTarget.checked })}
        />
        <span>Speak the cues</span>
      </label>
      <p className="muted" id="tones-only">
        Off: tones only, with every line still shown as a caption.
      </p>
      {settings.voice && (
        <VolumeField
          label="Voice volume"
          value={settings.voiceVolume}
          onChange={(voiceVolume) => onChange({ ...settings, voiceVolume })}
        />
      )}
      {speaking && (
        <>
          <label className="field">
            <span>Voice</span>
            <select
              value={settings.voiceName ?? ''}
              onChange={(e) => onChange({ ...settings, voiceName: e.currentTarget.value || null })}
            >
              <option value="">The system’s own</option>
              {voices.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Voice speed</span>
            <input
              type="range"
              min={VOICE_RATES[0] * 100}
              max={VOICE_RATES[1] * 100}
              step={5}
              value={rate}
              aria-valuetext={`${rate} percent of the voice's own pace`}
              onChange={(e) =>
                onChange({ ...settings, voiceRate: Number(e.currentTarget.value) / 100 })
              }
            />
            <output>{rate}%</output>
          </label>
          <button
            type="button"
            onClick={() =>
              sayOnce(TEST_LINE, {
                volume: settings.voiceVolume,
                rate: settings.voiceRate,
                name: settings.voiceName,
              })
            }
          >
            Test the voice
          </button>
        </>
      )}
      {settings.voice && !hasVoices() && (
        <p className="muted">
          No voices are installed here: you will hear tones and see captions instead.
        </p>
      )}
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
          checked={settings.cadence}
          onChange={(e) => onChange({ ...settings, cadence: e.currentTarget.checked })}
        />
        <span>Tick the rep pace during rep-based work</span>
      </label>
    </fieldset>
  )
}

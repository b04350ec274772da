// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '@shared/data/settings'
import { SoundSection } from '@renderer/features/settings/sound-section'
import { createSpeechOutput } from '@renderer/lib/speech'

/** A speechSynthesis with two voices that records what it is asked to say. */
function fakeSpeech() {
  const said: { text: string; volume: number; rate: number; voice: string | undefined }[] = []
  const voices = [{ name: 'Alice' }, { name: 'Daniel' }] as SpeechSynthesisVoice[]
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      volume = 1
      rate = 1
      voice: SpeechSynthesisVoice | null = null
      constructor(readonly text: string) {}
    },
  )
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    speak: (u: { text: string; volume: number; rate: number; voice: { name: string } | null }) =>
      said.push({ text: u.text, volume: u.volume, rate: u.rate, voice: u.voice?.name }),
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })
  return said
}

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('voice and sound in Settings', () => {
  it('offers the system’s voices, a speed and a voice volume apart from the tones, with a Test', () => {
    const said = fakeSpeech()
    let settings: Settings = { ...DEFAULT_SETTINGS }
    const onChange = vi.fn((next: Settings) => (settings = next))
    const { rerender } = render(<SoundSection settings={settings} onChange={onChange} />)
    /** A change as the user makes it; the screen then shows the settings saved. */
    const change = (el: HTMLElement, value: string) => {
      fireEvent.change(el, { target: { value } })
      rerender(<SoundSection settings={settings} onChange={onChange} />)
    }
    change(screen.getByRole('combobox', { name: 'Voice' }), 'Daniel')
    change(screen.getByRole('slider', { name: /^Voice volume/ }), '40')
    change(screen.getByRole('slider', { name: /^Voice speed/ }), '120')
    expect(settings).toMatchObject({ voiceName: 'Daniel', voiceVolume: 0.4, voiceRate: 1.2 })
    expect(settings.volume).toBe(DEFAULT_SETTINGS.volume)
    rerender(<SoundSection settings={settings} onChange={onChange} />)
    fireEvent.click(screen.getByRole('button', { name: 'Test the voice' }))
    expect(said).toEqual([
      { text: 'Squats. Set 1 of 2. 15 reps', volume: 0.4, rate: 1.2, voice: 'Daniel' },
    ])
    // Tones only: the voice's own settings go.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Speak the cues' }))
    rerender(<SoundSection settings={settings} onChange={onChange} />)
    expect(screen.queryByRole('combobox', { name: 'Voice' })).toBeNull()
    expect(screen.getByRole('slider', { name: /^Tones volume/ })).toBeInTheDocument()
  })

  it('speaks each line as the settings say at that moment, and not at all when muted', () => {
    const said = fakeSpeech()
    let choice = { volume: 0.7, rate: 0.9, name: 'Alice' as string | null }
    const out = createSpeechOutput(() => choice)
    out.speak('Rest')
    choice = { volume: 0, rate: 0.9, name: null }
    out.speak('Work')
    expect(said).toEqual([
      { text: 'Rest', volume: 0.7, rate: 0.9, voice: 'Alice' },
      { text: 'Work', volume: 0, rate: 0.9, voice: undefined },
    ])
  })
})

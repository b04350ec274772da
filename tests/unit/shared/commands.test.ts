import { describe, expect, it } from 'vitest'
import {
  buttonName,
  buttonText,
  COMMAND_IDS,
  COMMANDS,
  commandForKey,
  commandForMediaAction,
  commandForMediaKey,
  commandForSignal,
  displayWindowCommand,
  isRemoteCommand,
  sessionRule,
  type KeySignal,
  type MediaAction,
} from '@shared/engine/commands'
import { PHONE_COMMANDS } from '@shared/engine/phone-commands'
import { addRest, previous, skip, togglePause } from '@shared/engine/session'

describe('the command registry', () => {
  it('gives every command its keys, its key in words and a button', () => {
    for (const id of COMMAND_IDS) {
      const c = COMMANDS[id]
      expect(c.keys.length, id).toBeGreaterThan(0)
      expect(c.shown, id).not.toBe('')
      expect(c.aria, id).not.toBe('')
      expect(c.button, id).not.toBe('')
      expect(c.does, id).not.toBe('')
      for (const key of c.keys) expect(commandForKey(key), key).toBe(id)
    }
  })

  it('binds no key twice, across the window keys, media keys and clicker keys', () => {
    const all = COMMAND_IDS.flatMap((id) => [
      ...COMMANDS[id].keys,
      ...COMMANDS[id].mediaKeys,
      ...COMMANDS[id].clickerKeys,
    ])
    expect(new Set(all).size).toBe(all.length)
    const actions = COMMAND_IDS.flatMap((id) => COMMANDS[id].mediaActions)
    expect(new Set(actions).size).toBe(actions.length)
    const signals = COMMAND_IDS.flatMap((id) => COMMANDS[id].signal ?? [])
    expect(new Set(signals).size).toBe(signals.length)
  })

  it('answers both cases of a letter, and nothing for a key it does not know', () => {
    expect(commandForKey('m')).toBe('mute')
    expect(commandForKey('M')).toBe('mute')
    expect(commandForKey(' ')).toBe('togglePause')
    expect(commandForKey('q')).toBeUndefined()
    expect(commandForKey('PageDown')).toBeUndefined()
  })

  it('maps the clicker and the media keys to Pause, Skip and Previous', () => {
    expect(commandForMediaKey('PageDown')).toBe('skip')
    expect(commandForMediaKey('PageUp')).toBe('previous')
    expect(commandForMediaKey('MediaPlayPause')).toBe('togglePause')
    expect(commandForMediaKey('MediaTrackNext')).toBe('skip')
    expect(commandForMediaKey('MediaTrackPrevious')).toBe('previous')
    expect(commandForMediaKey(' ')).toBeUndefined()
    const actions: [MediaAction, string][] = [
      ['play', 'togglePause'],
      ['pause', 'togglePause'],
      ['nexttrack', 'skip'],
      ['previoustrack', 'previous'],
    ]
    for (const [a, id] of actions) expect(commandForMediaAction(a)).toBe(id)
  })

  it('maps each global key signal from the main process to a command', () => {
    const signals: [KeySignal, string][] = [
      ['toggle', 'togglePause'],
      ['next', 'skip'],
      ['previous', 'previous'],
    ]
    for (const [s, id] of signals) expect(commandForSignal(s)).toBe(id)
  })

  it('lets a phone send the five session buttons and Mute, by the names already on the wire', () => {
    // Paired phones send these strings: they must never change.
    expect(PHONE_COMMANDS).toEqual(['togglePause', 'skip', 'previous', 'addRest', 'mute'])
    expect(COMMAND_IDS.filter((id) => COMMANDS[id].remote)).toEqual([...PHONE_COMMANDS])
    expect(isRemoteCommand('exit')).toBe(false)
    expect(isRemoteCommand('fullscreen')).toBe(false)
    expect(isRemoteCommand('toString')).toBe(false)
  })

  it('names each button, with its toggled text', () => {
    expect(buttonText('togglePause')).toBe('Pause')
    expect(buttonText('togglePause', true)).toBe('Resume')
    expect(buttonText('mute', true)).toBe('Unmute')
    expect(buttonText('skip', true)).toBe('Skip')
    expect(buttonName('togglePause')).toBe('Pause / Resume')
    expect(COMMANDS.addRest.description).toBe('Lengthens rests only')
  })

  it('gives each session command the session rule the runner applies', () => {
    expect(sessionRule('togglePause')).toEqual({ apply: togglePause, announce: false })
    expect(sessionRule('skip')).toEqual({ apply: skip, announce: true })
    expect(sessionRule('previous')).toEqual({ apply: previous, announce: true })
    expect(sessionRule('addRest')).toEqual({ apply: addRest, announce: false })
    for (const id of ['mute', 'fullscreen', 'exit'] as const)
      expect(COMMANDS[id].rule, id).toBeUndefined()
  })
})

describe('keys in the display window', () => {
  it('does what the laptop window does, but for Esc, and F fills the display window', () => {
    expect(displayWindowCommand(' ')).toBe('togglePause')
    expect(displayWindowCommand('PageDown')).toBe('skip')
    expect(displayWindowCommand('MediaPlayPause')).toBe('togglePause')
    expect(displayWindowCommand('m')).toBe('mute')
    expect(displayWindowCommand('f')).toBe('fullscreen')
    expect(displayWindowCommand('Escape')).toBeUndefined()
    expect(displayWindowCommand('q')).toBeUndefined()
  })
})

import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/data/settings'

vi.mock('electron', () => import('../../support/electron-fake'))

const { services, ev } = await import('./handler-services')

describe('the main side of the contract', () => {
  it('announces each change while the window is hidden, and only then, and only when wanted', async () => {
    const change = { title: 'Squats', body: 'Set 1 of 2, 10 reps' }
    const hidden = services(true)
    await hidden.h['session:status']([{ state: 'running', change }], ev)
    expect(hidden.s.notify).toHaveBeenCalledWith('Squats', 'Set 1 of 2, 10 reps')
    expect(hidden.s.keepAwake.update).toHaveBeenCalledWith('running')
    const shown = services(false)
    await shown.h['session:status']([{ state: 'running', change }], ev)
    expect(shown.s.notify).not.toHaveBeenCalled()
    const off = services(true)
    await off.h['settings:save']([{ ...DEFAULT_SETTINGS, notifyWhenHidden: false }], ev)
    await off.h['session:status']([{ state: 'running', change }], ev)
    expect(off.s.notify).not.toHaveBeenCalled()
  })

  it('takes the global keys only while a session is on and the setting allows', async () => {
    const { s, h } = services(false)
    await h['session:status']([{ state: 'running' }], ev)
    expect(s.mediaKeys.set).toHaveBeenLastCalledWith(true)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, globalKeys: false }], ev)
    expect(s.mediaKeys.set).toHaveBeenLastCalledWith(false)
    expect(s.remindersChanged).not.toHaveBeenCalled()
    await h['settings:save']([DEFAULT_SETTINGS], ev)
    expect(s.mediaKeys.set).toHaveBeenLastCalledWith(true)
    await h['session:status']([{ state: 'ended' }], ev)
    expect(s.mediaKeys.set).toHaveBeenLastCalledWith(false)
  })

  it('reschedules reminders only when their settings change', async () => {
    const { s, h } = services(false)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, volume: 0.3 }], ev)
    expect(s.remindersChanged).not.toHaveBeenCalled()
    const reminders = { on: true, time: '07:00', days: [2] }
    await h['settings:save']([{ ...DEFAULT_SETTINGS, reminders }], ev)
    expect(s.remindersChanged).toHaveBeenCalledWith(reminders)
  })

  it('switches start at login only when that setting changes', async () => {
    const { s, h } = services(false)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, volume: 0.3 }], ev)
    expect(s.startAtLoginChanged).not.toHaveBeenCalled()
    await h['settings:save']([{ ...DEFAULT_SETTINGS, startAtLogin: true }], ev)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, startAtLogin: true, volume: 0.5 }], ev)
    await h['settings:save']([DEFAULT_SETTINGS], ev)
    expect(vi.mocked(s.startAtLoginChanged).mock.calls).toEqual([[true], [false]])
  })

  it('follows a theme chosen in Settings, and only when it changes', async () => {
    const { s, h } = services(false)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, volume: 0.3 }], ev)
    expect(s.themeChanged).not.toHaveBeenCalled()
    await h['settings:save']([{ ...DEFAULT_SETTINGS, theme: 'light' }], ev)
    await h['settings:save']([{ ...DEFAULT_SETTINGS, theme: 'light', volume: 0.5 }], ev)
    await h['settings:save']([DEFAULT_SETTINGS], ev)
    expect(vi.mocked(s.themeChanged).mock.calls).toEqual([['light'], ['system']])
  })

  it('writes an exported file where the user chose', async () => {
    const { h, dir } = services(false)
    const r = await h['file:save']([{ name: 'mine.json', text: '{"a":1}' }], ev)
    expect(r.path).toBe(join(dir, 'mine.json'))
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('{"a":1}')
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes a binary file (a FIT file) byte for byte', async () => {
    const { h, dir } = services(false)
    // Bytes no UTF-8 text could carry: every value from 0 to 255.
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
    const r = await h['file:save']([{ name: 'session.fit', bytes }], ev)
    expect(r.path).toBe(join(dir, 'session.fit'))
    expect([...readFileSync(join(dir, 'session.fit'))]).toEqual([...bytes])
    rmSync(dir, { recursive: true, force: true })
  })
})

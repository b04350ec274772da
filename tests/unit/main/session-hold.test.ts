import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { SessionHold } from '../../../src/main/session-hold'

/** A window whose events a test fires, as Electron would. */
function fakeWindow() {
  const win = new EventEmitter()
  const contents = new EventEmitter()
  return {
    win,
    contents,
    watched: {
      on: (e: 'closed', l: () => void) => win.on(e, l),
      webContents: { on: (e: string, l: (...a: unknown[]) => void) => contents.on(e, l) },
    } as Parameters<SessionHold['watch']>[0],
  }
}

function hold(keysAllowed = true, refused: string[] = []) {
  const keepAwake = { update: vi.fn(), release: vi.fn() }
  let taken = false
  const os = { refused }
  const keys = {
    // As MediaKeys: null when nothing changed, else what the OS refused on taking them.
    set: vi.fn((on: boolean): string[] | null => {
      if (on === taken) return null
      taken = on
      return on ? os.refused : []
    }),
  }
  const h = new SessionHold(keepAwake, keys, keysAllowed)
  return { h, keepAwake, keys, os, taken: () => taken }
}

describe('what a running session holds', () => {
  it('keeps the display awake while a session is on, and takes the keys only while it runs', () => {
    const { h, keepAwake, taken } = hold()
    h.status('running')
    expect(keepAwake.update).toHaveBeenLastCalledWith('running')
    expect(taken()).toBe(true)
    // Paused (the leave question pauses too): Page Up and Page Down go back to other apps.
    h.status('paused')
    expect(keepAwake.update).toHaveBeenLastCalledWith('paused')
    expect(taken()).toBe(false)
    // Resumed: taken again.
    h.status('running')
    expect(taken()).toBe(true)
    h.status('ended')
    expect(keepAwake.update).toHaveBeenLastCalledWith('ended')
    expect(taken()).toBe(false)
  })

  it('takes no keys when the setting is off, and follows it when it changes mid-session', () => {
    const { h, taken } = hold(false)
    h.status('running')
    expect(taken()).toBe(false)
    h.allowKeys(true)
    expect(taken()).toBe(true)
    h.allowKeys(false)
    expect(taken()).toBe(false)
  })

  it('remembers the keys the OS refused, until a later session takes them all', () => {
    const { h, os } = hold(true, ['PageDown'])
    expect(h.refusedKeys()).toEqual([])
    h.status('running')
    expect(h.refusedKeys()).toEqual(['PageDown'])
    h.status('paused')
    expect(h.refusedKeys()).toEqual(['PageDown'])
    h.status('ended')
    os.refused = []
    h.status('running')
    expect(h.refusedKeys()).toEqual([])
  })

  it.each([
    [
      'its page crashes',
      (w: ReturnType<typeof fakeWindow>) =>
        w.contents.emit('render-process-gone', {}, { reason: 'crashed' }),
    ],
    [
      'its page reloads',
      (w: ReturnType<typeof fakeWindow>) =>
        w.contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false }),
    ],
    ['its window closes', (w: ReturnType<typeof fakeWindow>) => w.win.emit('closed')],
  ])('gives the display and the keys back at once when %s', (_what, fire) => {
    const { h, keepAwake, taken } = hold()
    const w = fakeWindow()
    h.watch(w.watched)
    h.status('running')
    fire(w)
    expect(keepAwake.release).toHaveBeenCalled()
    expect(taken()).toBe(false)
    expect(h.held).toBe(false)
  })

  it('keeps holding across moves inside the page and navigations of a subframe', () => {
    const { h, keepAwake, taken } = hold()
    const w = fakeWindow()
    h.watch(w.watched)
    h.status('running')
    w.contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true })
    w.contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false })
    expect(keepAwake.release).not.toHaveBeenCalled()
    expect(taken()).toBe(true)
  })
})

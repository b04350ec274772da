import { describe, expect, it, vi } from 'vitest'
import { toCircuitFile } from '@shared/circuits/circuit-file'
import { start } from '@shared/engine/session'
import { snapshot } from '@shared/engine/session-snapshot'
import { compileTimeline } from '@shared/engine/timeline'
import { DisplayWindowManager } from '../../../src/main/displays'
import { circuit } from '../shared/helpers'

describe('the runner on a second display', () => {
  function rig() {
    type Ev = 'display-added' | 'display-removed'
    const listeners = new Map<Ev, () => void>()
    let displays = [
      { id: 1, label: 'Laptop', bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, label: '', bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ]
    const screen = {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0]!,
      on: (e: Ev, l: () => void) => listeners.set(e, l),
    }
    const windows: { bounds: unknown; closed: boolean; sent: unknown[]; onClosed?: () => void }[] =
      []
    const toMain = vi.fn()
    const displayWindow = new DisplayWindowManager({
      screen,
      toMain,
      createWindow: (bounds) => {
        const w = {
          bounds,
          closed: false,
          sent: [] as unknown[],
          onClosed: undefined as (() => void) | undefined,
        }
        windows.push(w)
        return {
          isDestroyed: () => w.closed,
          close: () => {
            w.closed = true
            w.onClosed?.()
          },
          on: (_: 'closed', l: () => void) => (w.onClosed = l),
          webContents: { send: (_c: string, p: unknown) => w.sent.push(p) },
        }
      },
    })
    return {
      displayWindow,
      windows,
      toMain,
      listeners,
      unplug: (id: number) => (displays = displays.filter((d) => d.id !== id)),
    }
  }

  it('lists the displays and opens the runner fullscreen on the chosen one', () => {
    const r = rig()
    expect(r.displayWindow.list()).toEqual([
      { id: 1, label: 'Laptop', primary: true },
      { id: 2, label: 'Display 2 (1920×1080)', primary: false },
    ])
    expect(r.displayWindow.open(3)).toBe(false)
    expect(r.displayWindow.open(2)).toBe(true)
    expect(r.windows[0]!.bounds).toEqual({ x: 1440, y: 0, width: 1920, height: 1080 })
  })

  it('passes each state on to the display window', () => {
    const r = rig()
    r.displayWindow.open(2)
    const c = circuit({ items: [{ exercise: 'squats', reps: 10 }] })
    const state = {
      circuit: toCircuitFile(c),
      snapshot: snapshot(start(compileTimeline(c), 0), 0),
      atMs: 1,
      paused: false,
      ended: false,
    }
    r.displayWindow.forward(state)
    expect(r.windows[0]!.sent).toEqual([state])
  })

  it('closes the display window when its display is unplugged and tells the laptop window', () => {
    const r = rig()
    r.displayWindow.open(2)
    r.unplug(2)
    r.listeners.get('display-removed')!()
    expect(r.windows[0]!.closed).toBe(true)
    expect(r.displayWindow.isOpen).toBe(false)
    expect(r.toMain).toHaveBeenCalledWith('display:closed', null)
    expect(r.toMain).toHaveBeenCalledWith('displays:changed', [
      { id: 1, label: 'Laptop', primary: true },
    ])
    expect(r.toMain.mock.calls.filter((c) => c[0] === 'display:closed')).toHaveLength(1)
  })
})

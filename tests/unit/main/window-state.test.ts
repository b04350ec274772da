import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { placeWindow, WindowMemory, FIRST_SIZE } = await import('../../../src/main/window-state')

const laptop = { x: 0, y: 0, width: 1366, height: 728 }
const tv = { x: 1366, y: 0, width: 3840, height: 2160 }

describe('where the app window opens', () => {
  it('first opens centred, at a size that fits a 1366x768 laptop with its task bar', () => {
    const p = placeWindow(null, [laptop], laptop)
    expect(p).toEqual({ x: 43, y: 4, width: 1280, height: 720, maximized: false })
    expect(p.x + p.width).toBeLessThanOrEqual(1366)
    expect(p.y + p.height).toBeLessThanOrEqual(728)
  })

  it('fits a smaller screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 }
    expect(placeWindow(null, [small], small)).toMatchObject({ width: 1024, height: 600 })
    expect(FIRST_SIZE).toEqual({ width: 1280, height: 720 })
  })

  it('opens again where it was left, on the display it was on', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 900, maximized: true }
    expect(placeWindow(saved, [laptop, tv], laptop)).toEqual(saved)
  })

  it('comes back to the primary screen when its display is gone', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 900, maximized: false }
    expect(placeWindow(saved, [laptop], laptop)).toEqual(placeWindow(null, [laptop], laptop))
  })

  it('pulls a window hanging off a screen edge back on, and sizes it to fit', () => {
    const saved = { x: 1200, y: -50, width: 1600, height: 900, maximized: false }
    const p = placeWindow(saved, [laptop], laptop)
    expect(p).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false })
  })
})

describe('remembering the window', () => {
  function fakeWindow(bounds = { x: 10, y: 20, width: 900, height: 600 }) {
    const listeners = new Map<string, () => void>()
    return {
      fire: (e: string) => listeners.get(e)!(),
      win: {
        on: (e: string, l: () => void) => listeners.set(e, l),
        getNormalBounds: () => bounds,
        isMaximized: () => false,
      },
    }
  }

  it('keeps its place across a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-window-'))
    const { win, fire } = fakeWindow()
    new WindowMemory(dir).track(win)
    fire('close')
    expect(new WindowMemory(dir).place([laptop], laptop)).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 600,
      maximized: false,
    })
  })

  it('saves half a second after a move or resize settles, once for a whole drag', () => {
    vi.useFakeTimers()
    try {
      const dir = mkdtempSync(join(tmpdir(), 'runstrong-window-'))
      const bounds = { x: 10, y: 20, width: 900, height: 600 }
      const { win, fire } = fakeWindow(bounds)
      new WindowMemory(dir).track(win)
      for (let x = 10; x < 200; x += 10) {
        bounds.x = x
        fire('move')
        vi.advanceTimersByTime(50)
      }
      expect(new WindowMemory(dir).place([laptop], laptop).x).toBe(43)
      vi.advanceTimersByTime(500)
      expect(new WindowMemory(dir).place([laptop], laptop).x).toBe(190)
    } finally {
      vi.useRealTimers()
    }
  })

  it('opens at the first place when its file is damaged, and keeps the damaged copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-window-'))
    writeFileSync(join(dir, 'window.json'), '{half')
    expect(new WindowMemory(dir).place([laptop], laptop)).toEqual(
      placeWindow(null, [laptop], laptop),
    )
    expect(existsSync(join(dir, 'window.json'))).toBe(false)
    expect(readdirSync(dir).some((f) => f.startsWith('window.corrupt-'))).toBe(true)
  })
})

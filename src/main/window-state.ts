import * as z from '@shared/zod'
import type { StoreSpec } from '@shared/data/store-files'
import { FileStore } from './store'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

const placeSchema = z.strictObject({
  x: z.int(),
  y: z.int(),
  width: z.int().check(z.gte(1)),
  height: z.int().check(z.gte(1)),
  maximized: z.boolean(),
})

/** Where the laptop window was, in screen coordinates (which also say on which display). */
export type WindowPlace = z.infer<typeof placeSchema>

/** The window's place, in `window.json`; damaged, it is moved aside like any store. */
export const WINDOW_STORE: StoreSpec<WindowPlace | null, 'window'> = {
  name: 'window',
  label: 'window position',
  version: 1,
  fallback: () => null,
  read: (data) => {
    const r = z.nullable(placeSchema).safeParse(data)
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, reason: 'it is not a window place' }
  },
  write: (place) => place,
  migrations: {},
}

/** The first size: fits a 1366x768 laptop screen with its task bar. */
export const FIRST_SIZE = { width: 1280, height: 720 } as const
export const MIN_SIZE = { width: 800, height: 500 } as const
/** How much of a saved window must be on a screen to open there again, in px. */
const ON_SCREEN_PX = { width: 120, height: 60 } as const

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  }
}

/**
 * Where the laptop window opens: where it was left, on the display it was on, when enough
 * of it is still on a screen to grab (sized down to fit that screen); otherwise centred on
 * the primary screen at the first size, or smaller where the screen is smaller.
 */
export function placeWindow(
  saved: WindowPlace | null,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowPlace {
  if (saved) {
    const area = workAreas.find((a) => {
      const o = overlap(saved, a)
      return o.width >= ON_SCREEN_PX.width && o.height >= ON_SCREEN_PX.height
    })
    if (area) {
      const width = Math.min(saved.width, area.width)
      const height = Math.min(saved.height, area.height)
      return {
        x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
        y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
        width,
        height,
        maximized: saved.maximized,
      }
    }
  }
  const width = Math.min(FIRST_SIZE.width, primary.width)
  const height = Math.min(FIRST_SIZE.height, primary.height)
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    maximized: false,
  }
}

/** The parts of a window whose place is kept. */
export interface PlacedWindow {
  on: ((event: 'close', listener: () => void) => unknown) &
    ((event: 'resize', listener: () => void) => unknown) &
    ((event: 'move', listener: () => void) => unknown)
  getNormalBounds: () => Rect
  isMaximized: () => boolean
}

/** The window's place, read at start and written as it moves, resizes and closes. */
export class WindowMemory {
  private readonly store: FileStore<WindowPlace | null>

  constructor(dir: string) {
    this.store = new FileStore(WINDOW_STORE, dir)
  }

  /** The place to open at, given the screens now connected. */
  place(workAreas: readonly Rect[], primary: Rect): WindowPlace {
    return placeWindow(this.store.current(), workAreas, primary)
  }

  /**
   * Keeps the window's place up to date from now on: written when it closes, and half a
   * second after it stops moving or resizing (so a crash keeps it too, without a write for
   * every step of a drag).
   */
  track(win: PlacedWindow, settleMs = 500): void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const save = () => {
      clearTimeout(timer)
      try {
        this.store.save({ ...win.getNormalBounds(), maximized: win.isMaximized() })
      } catch {
        // Only the window's place is lost; it opens at the default next time.
      }
    }
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(save, settleMs)
    }
    win.on('close', save)
    win.on('resize', later)
    win.on('move', later)
  }
}

import type { DisplayInfo, EventPayloads } from '@shared/ipc-contract'

export interface DisplayLike {
  id: number
  label: string
  bounds: { x: number; y: number; width: number; height: number }
}

export interface ScreenLike {
  getAllDisplays: () => DisplayLike[]
  getPrimaryDisplay: () => DisplayLike
  on: ((event: 'display-added', listener: () => void) => unknown) &
    ((event: 'display-removed', listener: () => void) => unknown)
}

export interface DisplayWindowLike {
  isDestroyed: () => boolean
  close: () => void
  on: (event: 'closed', listener: () => void) => unknown
  webContents: { send: (channel: string, payload: unknown) => void }
}

export interface DisplayWindowDeps {
  screen: ScreenLike
  createWindow: (bounds: DisplayLike['bounds']) => DisplayWindowLike
  /** Sends an event to the laptop (main) window. */
  toMain: <E extends 'displays:changed' | 'display:closed'>(channel: E, p: EventPayloads[E]) => void
}

/** The connected displays, as the "Show on" choice lists them. */
function describeDisplays(screen: ScreenLike): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id
  return screen.getAllDisplays().map((d, i) => ({
    id: d.id,
    label: d.label || `Display ${i + 1} (${d.bounds.width}×${d.bounds.height})`,
    primary: d.id === primary,
  }))
}

/**
 * The runner on a second display: one window, fullscreen on the chosen screen, fed the
 * laptop window's session state. When its display goes away the window closes and the
 * laptop window takes the runner back; the session itself runs on in the laptop window.
 */
export class DisplayWindowManager {
  private win: DisplayWindowLike | null = null
  private displayId: number | null = null

  constructor(private readonly deps: DisplayWindowDeps) {
    const changed = () => {
      if (
        this.displayId !== null &&
        !this.deps.screen.getAllDisplays().some((d) => d.id === this.displayId)
      )
        this.close()
      this.deps.toMain('displays:changed', describeDisplays(this.deps.screen))
    }
    deps.screen.on('display-added', changed)
    deps.screen.on('display-removed', changed)
  }

  get isOpen(): boolean {
    return this.win !== null
  }

  list(): DisplayInfo[] {
    return describeDisplays(this.deps.screen)
  }

  /** Opens (or moves) the display window; false when that display is not connected. */
  open(displayId: number): boolean {
    const display = this.deps.screen.getAllDisplays().find((d) => d.id === displayId)
    if (!display) return false
    this.close()
    const win = this.deps.createWindow(display.bounds)
    this.win = win
    this.displayId = displayId
    win.on('closed', () => {
      if (this.win !== win) return
      this.win = null
      this.displayId = null
      this.deps.toMain('display:closed', null)
    })
    return true
  }

  close(): void {
    const win = this.win
    if (!win) return
    if (!win.isDestroyed()) win.close()
    if (this.win === win) {
      this.win = null
      this.displayId = null
      this.deps.toMain('display:closed', null)
    }
  }

  /** Passes the laptop window's state on to the display window. */
  forward(state: EventPayloads['display:state']): void {
    if (this.win && !this.win.isDestroyed()) this.win.webContents.send('display:state', state)
  }
}

import { globalShortcut } from 'electron'
import type { RemoteCommand } from '@shared/ipc-contract'

/** Media keys and a presentation clicker's two buttons, and what each does. */
export const REMOTE_KEYS: ReadonlyArray<readonly [string, RemoteCommand]> = [
  ['MediaPlayPause', 'toggle'],
  ['MediaNextTrack', 'next'],
  ['MediaPreviousTrack', 'previous'],
  ['PageDown', 'next'],
  ['PageUp', 'previous'],
]

interface ShortcutApi {
  register: (accelerator: string, callback: () => void) => boolean
  unregister: (accelerator: string) => void
}

/**
 * Global keys for a running session. They are taken only while a session is on and the
 * setting allows it, so PageUp and PageDown go back to other apps the moment it ends.
 */
export class RemoteKeys {
  private active = false

  constructor(
    private readonly send: (command: RemoteCommand) => void,
    private readonly api: ShortcutApi = globalShortcut,
  ) {}

  get isActive(): boolean {
    return this.active
  }

  /** Takes the keys when `on`, gives them back otherwise. Returns the keys refused by the OS. */
  set(on: boolean): string[] {
    if (on === this.active) return []
    this.active = on
    const refused: string[] = []
    for (const [key, command] of REMOTE_KEYS) {
      if (!on) this.api.unregister(key)
      else if (!this.api.register(key, () => this.send(command))) refused.push(key)
    }
    return refused
  }
}

import { globalShortcut } from 'electron'
import { COMMAND_IDS, COMMANDS, type KeySignal } from '@shared/engine/commands'
import type { KeysStatus } from '@shared/ipc-contract'

/**
 * A presentation clicker's two buttons, taken from other apps while a session runs, and the
 * signal each sends the runner (both from the command registry). The media keys are not among
 * them: while a session runs, the runner page holds a media session (a silent looping audio
 * element), and Chromium passes Play/Pause, Next and Previous from keyboards, headsets and the
 * OS's media overlay to it on Windows, macOS and Linux alike. A global shortcut for a media
 * key would take them from it instead (electron#31492), and on macOS needs accessibility trust
 * the media session does not.
 */
export const CLICKER_KEYS: ReadonlyArray<readonly [string, KeySignal]> = COMMAND_IDS.flatMap(
  (id) => {
    const { clickerKeys, signal } = COMMANDS[id]
    return signal ? clickerKeys.map((key) => [key, signal] as const) : []
  },
)

/** Why the display window lands where the desktop puts it on Wayland, and what to do. */
export const WAYLAND_PLACEMENT =
  'On Wayland, apps cannot place their own windows: the display window opens where your desktop puts it. Drag it to the TV, then press F in it to fill the screen.'

/** What the host tells about global keys. */
export interface KeysHost {
  platform: NodeJS.Platform
  /** Linux: the session type, `wayland` or `x11`. */
  sessionType: string | undefined
}

/**
 * Which global keys work here, and why not: the keys the OS refused when they were last
 * taken, and what each system is known to withhold.
 */
export function keysStatus(host: KeysHost, refusedLastTime: readonly string[]): KeysStatus {
  if (host.platform === 'linux' && host.sessionType === 'wayland')
    return {
      placement: WAYLAND_PLACEMENT,
      refused: [...refusedLastTime],
      reason:
        'On Wayland, Page Up and Page Down pressed in other apps reach Runstrong only when it is installed with its desktop entry (the .deb package) and the desktop allows it.',
    }
  return {
    refused: [...refusedLastTime],
    reason: refusedLastTime.length > 0 ? 'Another app has already taken these keys.' : null,
    placement: null,
  }
}

interface ShortcutApi {
  register: (accelerator: string, callback: () => void) => boolean
  unregister: (accelerator: string) => void
}

/**
 * Global keys for a running session. They are taken only while a session runs and the
 * setting allows it, so Page Up and Page Down go back to other apps the moment it pauses
 * or ends.
 */
export class MediaKeys {
  private active = false

  constructor(
    private readonly send: (command: KeySignal) => void,
    private readonly api: ShortcutApi = globalShortcut,
  ) {}

  /**
   * Takes the keys when `on`, gives them back otherwise. Returns the keys the OS refused
   * when it took them, or null when nothing changed.
   */
  set(on: boolean): string[] | null {
    if (on === this.active) return null
    this.active = on
    const refused: string[] = []
    for (const [key, command] of CLICKER_KEYS) {
      if (!on) this.api.unregister(key)
      else if (!this.api.register(key, () => this.send(command))) refused.push(key)
    }
    return refused
  }
}

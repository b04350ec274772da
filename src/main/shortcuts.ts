import { globalShortcut } from 'electron'
import type { RemoteCommand } from '@shared/engine/remote-keys'
import type { KeysStatus } from '@shared/ipc-contract'

/** Media keys and a presentation clicker's two buttons, and what each does. */
export const REMOTE_KEYS: ReadonlyArray<readonly [string, RemoteCommand]> = [
  ['MediaPlayPause', 'toggle'],
  ['MediaNextTrack', 'next'],
  ['MediaPreviousTrack', 'previous'],
  ['PageDown', 'next'],
  ['PageUp', 'previous'],
]

/** The media keys, which some systems pass on only to trusted apps. */
const MEDIA_KEYS = REMOTE_KEYS.map(([key]) => key).filter((key) => key.startsWith('Media'))

/** What the host tells about global keys. */
export interface KeysHost {
  platform: NodeJS.Platform
  /** macOS: whether the app is trusted for accessibility (media keys need it). */
  accessibilityTrusted: () => boolean
  /** Linux: the session type, `wayland` or `x11`. */
  sessionType: string | undefined
}

/**
 * Which global keys work here, and why not: the keys the OS refused when they were last
 * taken, and what each system is known to withhold.
 */
export function keysStatus(host: KeysHost, refusedLastTime: readonly string[]): KeysStatus {
  if (host.platform === 'darwin' && !host.accessibilityTrusted())
    return {
      refused: [...new Set([...MEDIA_KEYS, ...refusedLastTime])],
      reason:
        'macOS passes the media keys on only to apps you trust: add Runstrong under System Settings, Privacy & Security, Accessibility.',
    }
  if (host.platform === 'linux' && host.sessionType === 'wayland')
    return {
      refused: [...refusedLastTime],
      reason:
        'On Wayland, keys pressed in other apps reach Runstrong only when it is installed with its desktop entry (the .deb package) and the desktop allows it.',
    }
  return {
    refused: [...refusedLastTime],
    reason: refusedLastTime.length > 0 ? 'Another app has already taken these keys.' : null,
  }
}

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

  /**
   * Takes the keys when `on`, gives them back otherwise. Returns the keys the OS refused
   * when it took them, or null when nothing changed.
   */
  set(on: boolean): string[] | null {
    if (on === this.active) return null
    this.active = on
    const refused: string[] = []
    for (const [key, command] of REMOTE_KEYS) {
      if (!on) this.api.unregister(key)
      else if (!this.api.register(key, () => this.send(command))) refused.push(key)
    }
    return refused
  }
}

import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { RemoteCommand } from '@shared/engine/remote-keys'
import { commandGate, HANDS_FREE_KEYS, type CommandSource } from '@shared/engine/remote-keys'
import type { Platform } from '@renderer/platform/platform'
import { MediaPresence, type MediaShown } from './media-presence'
import type { SessionControls } from './use-session'

type MediaAction = 'play' | 'pause' | 'nexttrack' | 'previoustrack'

/**
 * A clicker and the media keys drive the runner by every route there is: the window's own
 * keys (whenever a Runstrong window has focus), the media controls of the browser or OS
 * (`navigator.mediaSession`), and the desktop app's global keys from other apps. One press
 * that arrives by two routes acts once. Nothing acts while `blocked` (a question is open).
 */
export function useHandsFree(
  platform: Platform,
  controls: SessionControls,
  paused: boolean,
  blocked: boolean,
): void {
  const live = useRef({ controls, paused, blocked })
  live.current = { controls, paused, blocked }

  // Before the first paint, as the runner's own keys: a clicker's press the moment the
  // runner shows is never lost.
  useLayoutEffect(() => {
    const gate = commandGate()
    const run = (command: RemoteCommand, source: CommandSource) => {
      const { controls: c, blocked: b } = live.current
      if (b || !gate(command, source, performance.now())) return
      if (command === 'toggle') c.togglePause()
      else if (command === 'next') c.skip()
      else c.previous()
    }

    const onKeyDown = (e: KeyboardEvent) => {
      const command = HANDS_FREE_KEYS[e.key]
      if (!command || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return
      // Page keys must not scroll, nor a focused button take the press as well.
      e.preventDefault()
      e.stopPropagation()
      if (!e.repeat) run(command, 'window')
    }
    window.addEventListener('keydown', onKeyDown, true)
    const offGlobal = platform.onRemoteCommand((command) => run(command, 'global'))

    const media = 'mediaSession' in navigator ? navigator.mediaSession : undefined
    const actions: Record<MediaAction, () => void> = {
      // Play and pause say what they want: a press that would not change anything is ignored.
      play: () => live.current.paused && run('toggle', 'media-session'),
      pause: () => !live.current.paused && run('toggle', 'media-session'),
      nexttrack: () => run('next', 'media-session'),
      previoustrack: () => run('previous', 'media-session'),
    }
    for (const [action, handler] of Object.entries(actions))
      try {
        media?.setActionHandler(action as MediaAction, handler)
      } catch {
        // A browser that does not know an action leaves it out.
      }

    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      offGlobal()
      for (const action of Object.keys(actions))
        try {
          media?.setActionHandler(action as MediaAction, null)
        } catch {
          // As above.
        }
    }
  }, [platform])
}

/**
 * Holds the system's media controls while the session is on (see `media-presence.ts`), so
 * the media keys reach `useHandsFree`'s handlers, and lets them go at Done or when the runner
 * closes.
 */
export function useMediaPresence({ on, paused, title, album }: MediaShown): void {
  const [presence] = useState(() => new MediaPresence())
  useEffect(() => presence.show({ on, paused, title, album }), [presence, on, paused, title, album])
  useEffect(() => () => presence.release(), [presence])
}

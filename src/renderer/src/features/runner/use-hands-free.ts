import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import {
  commandForMediaAction,
  commandForMediaKey,
  commandForSignal,
  type CommandHandlers,
  type CommandId,
  type MediaAction,
} from '@shared/engine/commands'
import { commandGate, type CommandSource } from '@shared/engine/media-keys'
import { inBackground } from '@renderer/lib/in-background'
import type { Platform } from '@renderer/platform/platform'
import { MediaPresence, type MediaShown } from './media-presence'

const MEDIA_ACTIONS: readonly MediaAction[] = ['play', 'pause', 'nexttrack', 'previoustrack']

/**
 * A clicker and the media keys drive the runner by every route there is: the window's own
 * keys (whenever a Runstrong window has focus), the media controls of the browser or OS
 * (`navigator.mediaSession`), and the desktop app's global keys from other apps. Which key
 * does what is the command registry's (`commands.ts`); each runs the runner's own command.
 * One press that arrives by two routes acts once. Nothing acts while `blocked` (a question
 * is open, or the session is over).
 */
export function useHandsFree(
  platform: Platform,
  commands: CommandHandlers,
  paused: boolean,
  blocked: boolean,
): void {
  const live = useRef({ commands, paused, blocked })
  live.current = { commands, paused, blocked }

  // Before the first paint, as the runner's own keys: a clicker's press the moment the
  // runner shows is never lost.
  useLayoutEffect(() => {
    const gate = commandGate()
    const run = (command: CommandId | undefined, source: CommandSource) => {
      const { commands: c, blocked: b } = live.current
      if (command === undefined || b || !gate(command, source, performance.now())) return
      c[command]()
    }

    const onKeyDown = (e: KeyboardEvent) => {
      const command = commandForMediaKey(e.key)
      if (!command || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return
      // Page keys must not scroll, nor a focused button take the press as well.
      e.preventDefault()
      e.stopPropagation()
      if (!e.repeat) run(command, 'window')
    }
    window.addEventListener('keydown', onKeyDown, true)
    const offGlobal = platform.onMediaKeyCommand((signal) =>
      run(commandForSignal(signal), 'global'),
    )

    const media = 'mediaSession' in navigator ? navigator.mediaSession : undefined
    // Play and pause say what they want: a press that would not change anything is ignored.
    const wanted: Partial<Record<MediaAction, () => boolean>> = {
      play: () => live.current.paused,
      pause: () => !live.current.paused,
    }
    for (const action of MEDIA_ACTIONS)
      try {
        media?.setActionHandler(action, () => {
          if (wanted[action]?.() !== false) run(commandForMediaAction(action), 'media-session')
        })
      } catch {
        // A browser that does not know an action leaves it out.
      }

    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      offGlobal()
      for (const action of MEDIA_ACTIONS)
        try {
          media?.setActionHandler(action, null)
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
  // The system's controls follow in the background: the runner's own change comes first.
  useEffect(
    () => inBackground(() => presence.show({ on, paused, title, album })),
    [presence, on, paused, title, album],
  )
  useEffect(() => () => presence.release(), [presence])
}

import { useLayoutEffect, useRef } from 'react'
import type { Feeling } from '@shared/training/history'
import { FEELINGS } from '@shared/training/history-entries'
import { commandForKey, type CommandHandlers } from '@shared/engine/commands'

export interface RunnerKeysOptions {
  /** What each runner command does now. */
  commands: CommandHandlers
  /** The end-of-session question is open: 1, 2 and 3 answer it. */
  asking: boolean
  answer: (f: Feeling) => void
  /** A dialog is open: its own buttons and Escape answer it. */
  blocked: boolean
}

/** The runner's keys (src/shared/engine/commands.ts): each acts once, never also as a click. */
export function useRunnerKeys(options: RunnerKeysOptions): void {
  const live = useRef(options)
  live.current = options
  // Before the first paint: a key pressed the moment the runner shows is never lost.
  useLayoutEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return
      const k = live.current
      if (k.blocked) return
      if (k.asking && ['1', '2', '3'].includes(e.key)) {
        e.preventDefault()
        k.answer(FEELINGS[Number(e.key) - 1]!)
        return
      }
      const command = commandForKey(e.key)
      if (!command) return
      // The key acts once: a focused button must not also take it as a click.
      e.preventDefault()
      e.stopPropagation()
      if (!e.repeat) k.commands[command]()
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !live.current.blocked) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('keyup', onKeyUp, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('keyup', onKeyUp, true)
    }
  }, [])
}

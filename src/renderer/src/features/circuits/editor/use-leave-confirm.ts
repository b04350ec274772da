import { useEffect, useState } from 'react'
import { useLeaveGuard } from '@renderer/lib/leave-guard'
import type { LeaveDialogProps } from './leave-dialog'

/** What `useLeaveConfirm` gives the editor: a way out, and the question it asks. */
export interface LeaveConfirm {
  /** Leaves at once when nothing changed; otherwise asks first. */
  leave: () => void
  /** For the `LeaveDialog` that asks. */
  dialog: LeaveDialogProps
}

/**
 * Leaving an editor with unsaved changes asks first: its own Cancel (through `LeaveDialog`),
 * the app's navigation (through the leave guard), and closing or reloading the window.
 */
export function useLeaveConfirm(dirty: boolean, onLeave: () => void): LeaveConfirm {
  const [asking, setAsking] = useState(false)

  useLeaveGuard(dirty)

  // Closing or reloading the window with unsaved changes asks first too.
  useEffect(() => {
    if (!dirty) return
    const warn = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  return {
    leave: () => (dirty ? setAsking(true) : onLeave()),
    dialog: {
      open: asking,
      onKeep: () => setAsking(false),
      onLeave: () => {
        setAsking(false)
        onLeave()
      },
    },
  }
}

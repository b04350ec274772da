import { useState } from 'react'
import type { HistoryEntry } from '@shared/training/history'
import { usePlatform } from '@renderer/platform/platform-context'
import { saveForGarmin } from '@renderer/lib/save-for-garmin'

export interface SaveForGarminButtonProps {
  /** The sessions to save, read at the press (the Done screen's entry exists only by then). */
  entries: () => readonly HistoryEntry[]
  /** The button's text; it names Garmin or Strava. */
  children: string
  /** A fuller name for screen readers, beginning with the text (which session, in a list). */
  label?: string
  className?: string
}

/**
 * A button that saves sessions as FIT files for Garmin Connect or Strava, through the
 * platform's save (a save dialog, or a download). It says why where saving fails.
 */
export function SaveForGarminButton({
  entries,
  children,
  label,
  className,
}: SaveForGarminButtonProps) {
  const platform = usePlatform()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const save = async () => {
    const list = entries()
    if (list.length === 0 || busy) return
    setBusy(true)
    setError(undefined)
    try {
      await saveForGarmin(platform, list)
    } catch (err) {
      setError(`Could not save the FIT file: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-busy={busy || undefined}
        onClick={() => void save()}
      >
        {children}
      </button>
      {error && (
        <span role="alert" className="muted">
          {error}
        </span>
      )}
    </>
  )
}

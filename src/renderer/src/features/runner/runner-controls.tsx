import { useRef } from 'react'
import { cx } from '@renderer/lib/class-names'
import { ariaKeyFor, type RunnerCommand } from '@shared/engine/runner-keys'
import styles from './runner-display.module.css'

export interface RunnerControlsProps {
  commands: Readonly<Record<RunnerCommand, () => void>>
  done: boolean
  paused: boolean
  muted: boolean
  /** Add 15 seconds works in rests only. */
  resting: boolean
  /** The runner is on another display: this window can take it back. */
  stageOpen: boolean
  onShowHere: () => void
  onBack: () => void
  onRunAgain: () => void
}

/** The runner's buttons, each with the key that does the same. */
export function RunnerControls(p: RunnerControlsProps) {
  const { commands: c } = p
  // A finger cannot hover: its tap on buttons faded out of sight is to see them, not to press
  // one unseen. Buttons still showing (fading, or kept by keyboard focus) act at once, as do
  // a mouse (the buttons show as it moves) and a key.
  const wakingTap = useRef(false)
  return (
    <>
      {p.stageOpen && (
        <p className={styles.stageNote} role="status">
          The runner is on the other display.
        </p>
      )}
      <div
        className={cx('controls', styles.controlBar)}
        role="group"
        aria-label="Session controls"
        onPointerDownCapture={(e) => {
          wakingTap.current =
            e.pointerType === 'touch' && Number(getComputedStyle(e.currentTarget).opacity) < 0.1
        }}
        onClickCapture={(e) => {
          const waking = wakingTap.current
          wakingTap.current = false
          // Only the tap that woke them: a key's click (no pointer) always acts.
          if (!waking || (e.nativeEvent as Partial<PointerEvent>).pointerType !== 'touch') return
          e.preventDefault()
          e.stopPropagation()
        }}
      >
        {p.done ? (
          <>
            <button type="button" onClick={p.onBack}>
              Back to circuits
            </button>
            <button type="button" onClick={p.onRunAgain}>
              Run again
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={c.previous} aria-keyshortcuts={ariaKeyFor('previous')}>
              Previous
            </button>
            <button
              type="button"
              className="primary"
              onClick={c.togglePause}
              aria-keyshortcuts={ariaKeyFor('togglePause')}
            >
              {p.paused ? 'Resume' : 'Pause'}
            </button>
            <button type="button" onClick={c.skip} aria-keyshortcuts={ariaKeyFor('skip')}>
              Skip
            </button>
            <button
              type="button"
              onClick={c.addRest}
              // Plainly dimmed outside rests, and said so; it stays a working button (the
              // testing contract presses it anywhere), which then lengthens nothing.
              className={p.resting ? undefined : styles.inactive}
              aria-describedby={p.resting ? undefined : 'rest-only'}
              aria-keyshortcuts={ariaKeyFor('addRest')}
            >
              Add 15 seconds
            </button>
            <span id="rest-only" hidden>
              Lengthens rests only
            </span>
          </>
        )}
        <button type="button" onClick={c.mute} aria-keyshortcuts={ariaKeyFor('mute')}>
          {p.muted ? 'Unmute' : 'Mute'}
        </button>
        <button type="button" onClick={c.fullscreen} aria-keyshortcuts={ariaKeyFor('fullscreen')}>
          Fullscreen
        </button>
        {p.stageOpen && (
          <button type="button" onClick={p.onShowHere}>
            Show here
          </button>
        )}
        <button type="button" onClick={c.exit} aria-keyshortcuts={ariaKeyFor('exit')}>
          Exit
        </button>
      </div>
    </>
  )
}

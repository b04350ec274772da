import { useRef } from 'react'
import { cx } from '@renderer/lib/class-names'
import {
  ariaKeyFor,
  buttonText,
  COMMANDS,
  type CommandHandlers,
  type CommandId,
} from '@shared/engine/commands'
import styles from './runner-display.module.css'

export interface RunnerControlsProps {
  commands: CommandHandlers
  done: boolean
  paused: boolean
  muted: boolean
  /** Add 15 seconds works in rests only. */
  resting: boolean
  /** The runner is on another display: this window can take it back. */
  displayOpen: boolean
  onShowHere: () => void
  onBack: () => void
  onRunAgain: () => void
}

/**
 * A command's button, as the registry names it, with the key that does the same; `idle`
 * while it does nothing now, which its description says.
 */
function CommandButton(p: {
  id: CommandId
  commands: CommandHandlers
  on?: boolean
  idle?: boolean
  className?: string
}) {
  const description = COMMANDS[p.id].description
  const describedBy = p.idle && description ? `${p.id}-idle` : undefined
  return (
    <>
      <button
        type="button"
        className={p.className}
        onClick={p.commands[p.id]}
        aria-describedby={describedBy}
        aria-keyshortcuts={ariaKeyFor(p.id)}
      >
        {buttonText(p.id, p.on)}
      </button>
      {description && (
        <span id={`${p.id}-idle`} hidden>
          {description}
        </span>
      )}
    </>
  )
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
      {p.displayOpen && (
        <p className={styles.displayNote} role="status">
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
            <CommandButton id="previous" commands={c} />
            <CommandButton id="togglePause" commands={c} on={p.paused} className="primary" />
            <CommandButton id="skip" commands={c} />
            {/* Plainly dimmed outside rests, and said so; it stays a working button (the
                testing contract presses it anywhere), which then lengthens nothing. */}
            <CommandButton
              id="addRest"
              commands={c}
              idle={!p.resting}
              className={p.resting ? undefined : styles.inactive}
            />
          </>
        )}
        <CommandButton id="mute" commands={c} on={p.muted} />
        <CommandButton id="fullscreen" commands={c} />
        {p.displayOpen && (
          <button type="button" onClick={p.onShowHere}>
            Show here
          </button>
        )}
        <CommandButton id="exit" commands={c} />
      </div>
    </>
  )
}

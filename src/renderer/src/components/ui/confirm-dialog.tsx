import { useEffect, useId, useRef, type ReactNode } from 'react'
import styles from './confirm-dialog.module.css'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  body: string
  /** The safe choice, focused first. */
  keepLabel: string
  confirmLabel: string
  onKeep: () => void
  onConfirm: () => void
  /** More than a sentence can say (a list of what a choice changes), after the body. */
  children?: ReactNode
}

/** A modal question with a safe choice focused first; Escape keeps. */
export function ConfirmDialog({
  open,
  title,
  body,
  keepLabel,
  confirmLabel,
  onKeep,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog ref={ref} className={styles.confirm} aria-labelledby={titleId} onClose={onKeep}>
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      {children}
      <div className="controls">
        <button type="button" autoFocus onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}

/** The messages `LibraryMessages` shows, and their buttons. */
export interface LibraryMessagesProps {
  error: string | undefined
  onDismiss: () => void
  status: string | undefined
  /** Offers Undo after the status when set. */
  onUndo: (() => void) | undefined
}

/** Why an import failed (dismissable), and what the last change did (with Undo after a delete). */
export function LibraryMessages({ error, onDismiss, status, onUndo }: LibraryMessagesProps) {
  return (
    <>
      {error && (
        <div role="alert" className="alert">
          {error.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <button type="button" className="link" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {status && (
        <p role="status" className="status">
          {status}{' '}
          {onUndo && (
            <button type="button" className="link" onClick={onUndo}>
              Undo
            </button>
          )}
        </p>
      )}
    </>
  )
}

import { ConfirmDialog } from '@renderer/components/ui/confirm-dialog'

/** Whether `LeaveDialog` asks, and its two answers. */
export interface LeaveDialogProps {
  open: boolean
  /** Stay in the editor, changes kept. */
  onKeep: () => void
  /** Leave the editor, changes lost. */
  onLeave: () => void
}

/** The editor's one question before unsaved changes are lost: Keep editing, or Leave. */
export function LeaveDialog({ open, onKeep, onLeave }: LeaveDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Leave without saving?"
      body="Your changes to this circuit will be lost."
      keepLabel="Keep editing"
      confirmLabel="Leave"
      onKeep={onKeep}
      onConfirm={onLeave}
    />
  )
}

import type { ReactElement } from 'react'
import { useConfirm } from './confirm'

/** Props for ConfirmButton. */
export interface ConfirmButtonProps {
  /** The button's text, which the dialog's confirm button repeats. */
  label: string
  /** The confirm dialog's title and message. */
  title: string
  message: string
  /** Runs once the dialog is confirmed. */
  onConfirm: () => void
  disabled?: boolean
  'aria-label'?: string
}

/** A danger button that asks in a confirm dialog before its destructive action runs. */
export function ConfirmButton({
  label,
  title,
  message,
  onConfirm,
  ...button
}: ConfirmButtonProps): ReactElement {
  const [confirm, ask] = useConfirm()
  return (
    <>
      <button
        type="button"
        className="danger"
        {...button}
        onClick={() => ask({ title, message, confirmLabel: label, onConfirm })}
      >
        {label}
      </button>
      {confirm}
    </>
  )
}

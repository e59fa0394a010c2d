import { useEffect, useRef, useState, type ReactElement } from 'react'

/** Props for ConfirmDialog. */
export interface ConfirmDialogProps {
  title: string
  message: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A modal asking before a destructive action; Escape or Cancel closes it, focus starts on Cancel
 * and goes back to what had it (the button that opened the dialog) when it closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null)
  // Read while rendering, before Cancel takes the focus.
  const [opener] = useState(() => document.activeElement)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => {
      element?.close()
      // The dialog leaves the page before it closes, so the browser cannot give the focus back.
      if (opener instanceof HTMLElement) opener.focus()
    }
  }, [opener])
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="confirm-title"
      onCancel={props.onCancel}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <p>{props.message}</p>
      <div className="actions">
        <button type="button" autoFocus onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  )
}

type Question = Omit<ConfirmDialogProps, 'onCancel'>

/** A confirm dialog to render and a function that opens it for one destructive action. */
export function useConfirm(): [ReactElement | null, (question: Question) => void] {
  const [question, setQuestion] = useState<Question | null>(null)
  const element = question && (
    <ConfirmDialog
      {...question}
      onCancel={() => setQuestion(null)}
      onConfirm={() => {
        setQuestion(null)
        question.onConfirm()
      }}
    />
  )
  return [element, setQuestion]
}

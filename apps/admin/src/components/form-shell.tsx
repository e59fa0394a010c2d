import { useEffect, useRef, type ReactElement, type ReactNode } from 'react'
import type { FormErrors } from './form-errors'

/** Props for FormShell. */
export interface FormShellProps {
  /** The form's errors and busy state (`useFormErrors()`). */
  form: FormErrors
  /** The form's accessible name. */
  label: string
  /** Called on submit (Enter or the button); usually `() => form.run(...)`. */
  onSubmit: () => unknown
  /** The submit button's text, and its text while busy. */
  submitLabel: string
  busyLabel?: string
  /** The button's class: 'primary' unless said ('' for none). */
  submitClass?: string
  /** Disables the submit button (besides while busy). */
  disabled?: boolean
  /** The form element's class: 'panel' unless said ('' for none). */
  className?: string
  /** Shown first, above the error summary (a heading, a notice). */
  head?: ReactNode
  /** The fields. */
  children: ReactNode
  /** Shown after the submit button (a result, a report, a confirm dialog). */
  after?: ReactNode
  /**
   * An edit form opened by a button: it takes the focus (its first field) when it opens and gives
   * it back to that button when it closes.
   */
  takeFocus?: boolean
}

/**
 * A form with the parts every form here has: no native validation bubbles, an error summary (the
 * failed submit's message and any field errors of fields not on the form), a submit button that
 * says when it is busy, and focus moved to the first invalid field (or the summary) after a failure.
 */
export function FormShell(props: FormShellProps): ReactElement {
  const { form } = props
  const element = useRef<HTMLFormElement>(null)
  const summaryElement = useRef<HTMLDivElement>(null)
  const { takeFocus = false } = props
  useEffect(() => {
    if (!takeFocus) return
    const opener = document.activeElement
    element.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [takeFocus])
  useEffect(() => {
    if (form.failures === 0) return
    const invalid = element.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    ;(invalid ?? summaryElement.current)?.focus()
  }, [form.failures])
  const unplaced = form.unplaced()
  const summary = form.summary()
  return (
    <form
      ref={element}
      className={(props.className ?? 'panel') || undefined}
      noValidate
      aria-label={props.label}
      aria-busy={form.busy}
      onSubmit={(event) => {
        event.preventDefault()
        void props.onSubmit()
      }}
    >
      {props.head}
      {summary && (
        <div ref={summaryElement} className="form-error" role="alert" tabIndex={-1}>
          <p>{summary}</p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((error) => (
                <li key={`${error.path}:${error.message}`}>
                  {error.path ? `${error.path}: ${error.message}` : error.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {props.children}
      <button
        type="submit"
        className={(props.submitClass ?? 'primary') || undefined}
        disabled={form.busy || props.disabled}
      >
        {form.busy ? (props.busyLabel ?? props.submitLabel) : props.submitLabel}
      </button>
      {props.after}
    </form>
  )
}

/** What makes a FormShell an edit form in its row's place: its heading, a Cancel button, the focus. */
export function editChrome(
  title: string,
  onCancel: () => void,
): { takeFocus: true; head: ReactElement; after: ReactElement } {
  return {
    takeFocus: true,
    head: <h2>{title}</h2>,
    after: (
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    ),
  }
}

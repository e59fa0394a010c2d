import { useId, type ReactElement, type ReactNode } from 'react'

/** Props for Field. */
export interface FieldProps {
  label: string
  /** The message shown beside the control (a client check or the server's field error). */
  error?: string | undefined
  hint?: string
  /** Renders the control with the id, described-by and invalid attributes it needs. */
  children: (control: {
    id: string
    'aria-invalid': boolean
    'aria-describedby'?: string
  }) => ReactNode
}

/** A labelled form control with its hint and error, linked for screen readers. */
export function Field({ label, error, hint, children }: FieldProps): ReactElement {
  const id = useId()
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(described && { 'aria-describedby': described }),
      })}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  )
}

import type { ReactElement } from 'react'
import type { FormErrors } from './form-errors'
import { TextField } from './text-field'

/** Props for NewPasswordFields: the two values, and the form whose errors show beside them. */
export interface NewPasswordFieldsProps {
  form: FormErrors
  /** The server's name for the new password (its field errors land there). */
  name: string
  password: string
  setPassword: (value: string) => void
  repeat: string
  setRepeat: (value: string) => void
  hint?: string
}

/** "New password" and "Repeat the new password"; the form checks they match (its `repeat` error). */
export function NewPasswordFields(props: NewPasswordFieldsProps): ReactElement {
  const { form } = props
  return (
    <>
      <TextField
        label="New password"
        error={form.errorFor(props.name)}
        {...(props.hint !== undefined && { hint: props.hint })}
        type="password"
        autoComplete="new-password"
        value={props.password}
        onChange={props.setPassword}
      />
      <TextField
        label="Repeat the new password"
        error={form.errorFor('repeat')}
        type="password"
        autoComplete="new-password"
        value={props.repeat}
        onChange={props.setRepeat}
      />
    </>
  )
}

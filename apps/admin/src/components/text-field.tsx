import type { ReactElement } from 'react'
import { Field, type FieldProps } from './field'

/** Props for TextField: the Field's label, hint and error, and the input's value and kind. */
export interface TextFieldProps extends Omit<FieldProps, 'children'> {
  value: string
  onChange: (value: string) => void
  type?: 'email' | 'password'
  autoComplete?: string
}

/** A labelled text input (an input in a Field) that reports each new value. */
export function TextField({
  value,
  onChange,
  type,
  autoComplete,
  ...field
}: TextFieldProps): ReactElement {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

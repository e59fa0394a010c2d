import type { ReactElement } from 'react'
import { Field, type FieldProps } from './field'

/** Props for TextAreaField: the Field's label, hint and error, and the text and its height. */
export interface TextAreaFieldProps extends Omit<FieldProps, 'children'> {
  value: string
  onChange: (value: string) => void
  /** Lines shown before it scrolls (3 unless said); the user may resize it. */
  rows?: number
}

/** A labelled multi-line text box (a textarea in a Field), for long text such as a description. */
export function TextAreaField({
  value,
  onChange,
  rows = 3,
  ...field
}: TextAreaFieldProps): ReactElement {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

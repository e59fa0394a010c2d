import { useId, type ReactElement } from 'react'

/** Props for RowsField. */
export interface RowsFieldProps {
  legend: string
  /** Each column's name; a row's inputs are named by it and the row's number ("Value 2"). */
  columns: readonly string[]
  /** What a row is ("argument"): its remove button says "Remove argument 2", the add button "Add argument". */
  noun: string
  rows: string[][]
  onChange: (rows: string[][]) => void
  hint?: string
  /** The message for the rows as a whole. */
  error?: string | undefined
  /** The message for the row at this position (a client check or the server's field error). */
  errorAt: (index: number) => string | undefined
}

/**
 * Rows of text inputs added and removed one by one, such as a command's arguments or its
 * environment's name=value pairs; each row shows its own error beside it.
 */
export function RowsField(props: RowsFieldProps): ReactElement {
  const id = useId()
  const { rows, onChange } = props
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ')
  const set = (index: number, column: number, value: string) =>
    onChange(
      rows.map((row, at) =>
        at === index ? row.map((cell, c) => (c === column ? value : cell)) : row,
      ),
    )
  return (
    <fieldset className="rows-field" {...(described && { 'aria-describedby': described })}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <small id={`${id}-hint`} className="hint">
          {props.hint}
        </small>
      )}
      {rows.map((row, index) => {
        const error = props.errorAt(index)
        const errorId = `${id}-${index}-error`
        return (
          <div className="rows-row" key={index}>
            {props.columns.map((column, at) => (
              <input
                key={column}
                aria-label={`${column} ${index + 1}`}
                aria-invalid={Boolean(error)}
                {...(error && { 'aria-describedby': errorId })}
                autoComplete="off"
                value={row[at] ?? ''}
                onChange={(e) => set(index, at, e.target.value)}
              />
            ))}
            <button
              type="button"
              aria-label={`Remove ${props.noun} ${index + 1}`}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              Remove
            </button>
            {error && (
              <small id={errorId} className="field-error" role="alert">
                {error}
              </small>
            )}
          </div>
        )
      })}
      <button type="button" onClick={() => onChange([...rows, props.columns.map(() => '')])}>
        Add {props.noun}
      </button>
      {props.error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </small>
      )}
    </fieldset>
  )
}

import type { ReactElement, ReactNode } from 'react'

/** A table named by `label`, with a header row of `columns` and the rows given as children. */
export function DataTable({
  label,
  columns,
  children,
}: {
  label: string
  columns: string[]
  children: ReactNode
}): ReactElement {
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

import type { ReactElement, ReactNode } from 'react'

/**
 * A table named by `label`, with a header row of `columns` and the rows given as children; a table
 * wider than the page scrolls sideways in its own box (which takes the focus, for the keyboard).
 */
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
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
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
    </div>
  )
}

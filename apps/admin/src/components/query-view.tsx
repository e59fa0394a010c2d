import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactElement, ReactNode } from 'react'
import { Empty, LoadError, Loading } from './states'

/** Props for QueryView. */
export interface QueryViewProps<T> {
  query: UseQueryResult<T[]>
  /** What loads, as in 'Loading agents…'. */
  what: string
  /** Shown when the list is empty. */
  empty: ReactNode
  /** Renders the list once it has items. */
  children: (items: T[]) => ReactNode
}

/**
 * A list query shown as loading, failed with a retry, empty, or its items; a failed refresh keeps
 * the items loaded before in view, below the error.
 */
export function QueryView<T>({ query, what, empty, children }: QueryViewProps<T>): ReactElement {
  if (query.isPending) return <Loading what={what} />
  const retry = () => void query.refetch()
  if (query.data === undefined) return <LoadError error={query.error} retry={retry} />
  return (
    <>
      {query.isError && <LoadError error={query.error} retry={retry} stale />}
      {query.data.length === 0 ? <Empty>{empty}</Empty> : children(query.data)}
    </>
  )
}

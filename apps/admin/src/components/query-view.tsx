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

/** A list query shown as loading, failed with a retry, empty, or its items. */
export function QueryView<T>({ query, what, empty, children }: QueryViewProps<T>): ReactElement {
  if (query.isPending) return <Loading what={what} />
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />
  if (query.data.length === 0) return <Empty>{empty}</Empty>
  return <>{children(query.data)}</>
}

import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { messageOf } from '../api/errors'

/**
 * What a row's buttons (enable, delete, revoke...) share: `mutate(() => api.call(...))` runs the
 * call, then the queries under `keys` are fetched again, whether it worked or not.
 */
export function useRowAction<T = unknown>(...keys: QueryKey[]) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (run: () => Promise<T>) => run(),
    onSettled: () =>
      Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

/** A failed row action's message, shown in the row. */
export function ActionError({
  action,
}: {
  action: { isError: boolean; error: unknown }
}): ReactElement | null {
  if (!action.isError) return null
  return (
    <div className="form-error" role="alert">
      {messageOf(action.error)}
    </div>
  )
}

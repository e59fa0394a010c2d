import type { ReactElement, ReactNode } from 'react'
import { messageOf } from '../api/errors'

/** Shown while data loads. */
export function Loading({ what }: { what: string }): ReactElement {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  )
}

/**
 * Shown when a load failed, with a retry; `stale` when it was a refresh, what was loaded before
 * still shown below.
 */
export function LoadError({
  error,
  retry,
  stale = false,
}: {
  error: unknown
  retry: () => void
  stale?: boolean
}): ReactElement {
  return (
    <div className="state error" role="alert">
      <p>
        {stale ? 'Could not refresh' : 'Could not load'}: {messageOf(error)}
      </p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </div>
  )
}

/** Shown when a list has nothing in it. */
export function Empty({ children }: { children: ReactNode }): ReactElement {
  return <p className="state empty">{children}</p>
}

/** A status pill: active, pending, unreachable, disabled, revoked... */
export function Badge({ tone, children }: { tone: string; children: ReactNode }): ReactElement {
  return <span className={`badge badge-${tone}`}>{children}</span>
}

/** Shown instead of a page or section the signed-in user may not use. */
export function NoAccess({ what }: { what: string }): ReactElement {
  return <p className="state empty">Your roles do not allow you to {what}.</p>
}

import { lazy, Suspense, type ComponentType, type ReactElement } from 'react'
import { Loading } from './states'

/** A page loaded on first visit (its code stays out of the initial bundle), with a loading state. */
export function lazyPage(load: () => Promise<ComponentType>): () => ReactElement {
  const Page = lazy(async () => ({ default: await load() }))
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading what="page" />}>
        <Page />
      </Suspense>
    )
  }
}

import {
  Component,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react'
import { LoadError, Loading } from './states'

/** Shows a page whose code did not load as a load error with a retry, not a blank app. */
class LoadBoundary extends Component<
  { retry: () => void; children: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: undefined }

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error }
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children
    return <LoadError error={this.state.error} retry={this.props.retry} />
  }
}

/**
 * A page loaded on first visit (its code stays out of the initial bundle), with a loading state;
 * when its code does not arrive (the gateway stopped, or was updated), a retry loads it again.
 */
export function lazyPage(load: () => Promise<ComponentType>): () => ReactElement {
  const attempt = () =>
    lazy(async () => {
      try {
        return { default: await load() }
      } catch {
        // The next visit, or Retry, loads it again.
        Page = attempt()
        throw new Error(
          "this page's code did not arrive: the gateway did not answer (retry), or it was updated (reload the page)",
        )
      }
    })
  let Page = attempt()
  return function LazyPage() {
    const [attempts, setAttempts] = useState(0)
    return (
      <LoadBoundary key={attempts} retry={() => setAttempts(attempts + 1)}>
        <Suspense fallback={<Loading what="page" />}>
          <Page />
        </Suspense>
      </LoadBoundary>
    )
  }
}

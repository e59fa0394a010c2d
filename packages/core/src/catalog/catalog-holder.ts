import type { ServiceContext } from '../services/context.js'
import { buildCatalog } from './build-catalog.js'
import type { Catalog } from './catalog.js'

/** Holds the current catalog snapshot and swaps in a new one after every committed change. */
export interface CatalogHolder {
  /** The current snapshot: a plain read, never a store query. */
  current(): Catalog
  /** Resolves once every change seen so far is in the snapshot. */
  settled(): Promise<Catalog>
  /** Stops listening for changes and waits for a rebuild under way. */
  close(): Promise<void>
}

/** Builds the first snapshot, then rebuilds (coalescing bursts of changes) whenever the registry changes. */
export async function createCatalogHolder(
  context: ServiceContext,
  options: { onError?: (error: unknown) => void } = {},
): Promise<CatalogHolder> {
  let catalog = await buildCatalog(context, 1)
  let dirty = false
  let running: Promise<Catalog> | undefined

  const rebuild = (): Promise<Catalog> => {
    running ??= (async () => {
      try {
        while (dirty) {
          dirty = false
          catalog = await buildCatalog(context, catalog.version + 1)
        }
      } catch (error) {
        options.onError?.(error)
      } finally {
        running = undefined
      }
      return catalog
    })()
    return running
  }

  const unsubscribe = context.events.subscribe(() => {
    dirty = true
    void rebuild()
  })

  return {
    current: () => catalog,
    settled: () => running ?? Promise.resolve(catalog),
    close: async () => {
      unsubscribe()
      await running
    },
  }
}

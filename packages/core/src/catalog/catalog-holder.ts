import { GatewayError } from '../errors.js'
import type { Change } from '../events/change-bus.js'
import type { ServiceContext } from '../services/context.js'
import type { Catalog } from './catalog.js'
import { applyChanges, loadCatalogSource } from './catalog-source.js'
import { deriveCatalog } from './derive-catalog.js'

/** Holds the current catalog snapshot and swaps in a new one after every committed change. */
export interface CatalogHolder {
  /** The current snapshot: a plain read, never a store query. */
  current(): Catalog
  /** Resolves once every change seen so far is in the snapshot. */
  settled(): Promise<Catalog>
  /** Reads every entity from the store again (after missed changes, e.g. a lost cluster connection). */
  resync(): Promise<Catalog>
  /** Stops listening for changes and waits for an update under way. */
  close(): Promise<void>
}

/** What createCatalogHolder takes besides the services' context. */
export interface CatalogHolderOptions {
  /** Told when an update fails (the old snapshot stays in place). */
  onError?: (error: unknown) => void
  /** Runs each update (the store reads that follow a burst of changes, or a resync). */
  observeUpdate?: (run: () => Promise<void>) => Promise<void>
}

/**
 * Loads the first snapshot, then applies each burst of committed changes: only the rows they name are
 * read again. The next snapshot is derived in memory on the first read after a change and swapped in
 * whole, so a burst of writes costs one derivation, not one per write.
 */
export async function createCatalogHolder(
  context: ServiceContext,
  options: CatalogHolderOptions = {},
): Promise<CatalogHolder> {
  const observe = options.observeUpdate ?? ((run) => run())
  let source = await loadCatalogSource(context)
  let catalog = deriveCatalog(source, 1)
  let stale = false
  let pending: Change[] = []

  const current = (): Catalog => {
    if (stale) {
      catalog = deriveCatalog(source, catalog.version + 1)
      stale = false
    }
    return catalog
  }
  let running: Promise<void> | undefined
  let reload = false

  const update = (): Promise<void> => {
    running ??= observe(async () => {
      try {
        while (pending.length > 0 || reload) {
          const batch = pending
          pending = []
          if (reload) {
            // Should the store fail, `reload` stays set and the next update tries again.
            source = await loadCatalogSource(context)
            reload = false
          } else {
            try {
              await applyChanges(context, source, batch)
            } catch (error) {
              // The source may be half updated: start again from the store.
              options.onError?.(error)
              source = await loadCatalogSource(context)
            }
          }
          stale = true
        }
      } catch (error) {
        options.onError?.(error)
      } finally {
        running = undefined
      }
    })
    return running
  }

  const unsubscribe = context.events.subscribe((changes) => {
    // a metrics reset changes nothing the catalog holds (and a new snapshot would drop caches)
    const held = changes.filter((change) => change.entity !== 'metrics')
    if (held.length === 0) return
    pending.push(...held)
    void update()
  })

  return {
    current,
    settled: async () => {
      await running
      return current()
    },
    resync: async () => {
      reload = true
      await update()
      if (reload)
        throw new GatewayError('UNAVAILABLE', 'the catalog could not be read from the store')
      return current()
    },
    close: async () => {
      unsubscribe()
      await running
    },
  }
}

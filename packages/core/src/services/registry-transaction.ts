import type { Change } from '../events/change-bus.js'
import { createServices, type Services } from '../registry.js'
import type { ServiceContext } from './context.js'
import { inTransaction } from './transaction.js'
import type { PasswordHasher } from './user-service.js'

/**
 * Runs `work` with services bound to one transaction: all of it is written, or none. Their changes are
 * announced once it has committed, never for a rollback.
 */
export async function inRegistryTransaction<T>(
  context: ServiceContext,
  passwords: PasswordHasher,
  work: (services: Services, scoped: ServiceContext) => Promise<T>,
): Promise<T> {
  const changes: Change[] = []
  const result = await inTransaction(context.store.db, (trx) => {
    const scoped: ServiceContext = {
      ...context,
      store: { ...context.store, db: trx },
      events: { emit: (batch) => void changes.push(...batch), subscribe: () => () => undefined },
    }
    return work(createServices(scoped, passwords), scoped)
  })
  context.events.emit(changes)
  return result
}

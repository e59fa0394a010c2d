import { createSecretSealer, hashPassword, verifyPassword } from '@switchyard/auth'
import { expect } from 'vitest'
import { GatewayError } from '../errors.js'
import { createRegistry, type Registry, type RegistryOptions } from '../registry.js'
import { importRegistry, type ImportOptions, type ImportReport } from '../transfer/import.js'
import { testStoreDrivers, type TestStore } from '../store/test-stores.js'

/** A registry over a fresh test store, with the real sealer and password hashing. */
export interface TestRegistry extends TestStore {
  registry: Registry
}

/** The sealing secret the test registries use. */
export const TEST_SEAL_SECRET = 'core-test-seal-secret-0123456789'

/** Opens a store with the given driver and builds a registry over it. */
export async function openTestRegistry(
  open: () => Promise<TestStore>,
  secret = TEST_SEAL_SECRET,
  options: Pick<RegistryOptions, 'discoverGrpc' | 'lockout' | 'onRateLimitChange'> = {},
): Promise<TestRegistry> {
  const t = await open()
  const registry = await createRegistry({
    store: t.store,
    sealer: createSecretSealer({ secret }),
    passwords: { hash: hashPassword, verify: verifyPassword },
    ...options,
  })
  return {
    ...t,
    registry,
    dispose: async () => {
      await registry.close()
      await t.dispose()
    },
  }
}

export { testStoreDrivers }

/** Everyone-may-see viewer. */
export const ADMIN = { all: true } as const
/** The acting admin. */
export const ACTOR = { email: 'admin@example.com' }

/** Awaits a promise that must fail with a GatewayError, and returns the error. */
export async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError)
    return error as GatewayError
  }
  throw new Error('expected a GatewayError')
}

/**
 * Imports `doc` into `t` as the test admin, opening the sealed secrets of documents exported by
 * a test registry, the conflict strategy 'fail' unless `extra` says otherwise.
 */
export function importInto(
  t: TestRegistry,
  doc: unknown,
  extra: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  return importRegistry(t.registry.context, t.registry.passwords, doc, {
    conflict: 'fail',
    actor: ACTOR,
    openSealed: (sealed) => createSecretSealer({ secret: TEST_SEAL_SECRET }).open(sealed),
    ...extra,
  })
}

import { describe, expect, it } from 'vitest'
import { openStore } from './open-store.js'
import { isConnectionError } from './connection-error.js'

describe('isConnectionError', () => {
  it('tells a refused PostgreSQL connection from a failed statement', async () => {
    // Nothing listens on port 9: postgres.js fails to connect.
    const away = await openStore({ url: 'postgres://postgres@127.0.0.1:9/none', migrate: false })
    const refused = await away.db
      .selectFrom('users')
      .selectAll()
      .execute()
      .catch((e: unknown) => e)
    await away.close()
    expect(isConnectionError(refused)).toBe(true)

    const store = await openStore({ url: 'sqlite:///:memory:' })
    const failed = await store.db
      .selectFrom('no_such_table' as 'users')
      .selectAll()
      .execute()
      .catch((e: unknown) => e)
    await store.close()
    expect(failed).toBeInstanceOf(Error)
    expect(isConnectionError(failed)).toBe(false)
  })

  it('knows PostgreSQL shutdown codes and ignores values without a code', () => {
    expect(isConnectionError({ code: '57P01' })).toBe(true)
    expect(isConnectionError({ code: '08006' })).toBe(true)
    expect(isConnectionError({ code: '23505' })).toBe(false)
    expect(isConnectionError(new Error('boom'))).toBe(false)
    expect(isConnectionError(null)).toBe(false)
  })
})

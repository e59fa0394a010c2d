import { createSecretSealer } from '@switchyard/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServerCreateSchema } from '../schemas/server.js'
import { validated } from '../services/validated.js'
import { postgresTestStore, sqliteTestStore } from '../store/test-stores.js'
import { exportRegistry } from '../transfer/export.js'
import { importRegistry } from '../transfer/import.js'
import { ACTOR, openTestRegistry, TEST_SEAL_SECRET, type TestRegistry } from './test-registry.js'

const OAUTH = {
  enabled: true,
  issuer: 'https://idp.example.com/realms/mcp',
  audience: 'api://mcp',
  scopeMap: { 'tools:call': ['tools.read', 'tools.execute'] },
  requiredScopes: ['tools:call'],
}

describe('virtual servers with OAuth settings', () => {
  let sqlite: TestRegistry
  let postgres: TestRegistry

  beforeAll(async () => {
    sqlite = await openTestRegistry(sqliteTestStore)
    postgres = await openTestRegistry(postgresTestStore)
  })
  afterAll(async () => {
    await sqlite?.dispose()
    await postgres?.dispose()
  })

  it('stores, updates and clears them on both dialects, and the catalog carries them', async () => {
    for (const { registry } of [sqlite, postgres]) {
      const server = await registry.servers.create({ name: 'guarded', oauth: OAUTH }, ACTOR)
      expect(server.oauth).toEqual(OAUTH)
      expect((await registry.catalog.settled()).servers.get(server.id)?.oauth).toEqual(OAUTH)
      const off = { ...OAUTH, enabled: false }
      expect((await registry.servers.update(server.id, { oauth: off })).oauth).toEqual(off)
      expect((await registry.servers.update(server.id, { name: 'renamed' })).oauth).toEqual(off)
      expect((await registry.servers.update(server.id, { oauth: null })).oauth).toBeNull()
      expect((await registry.servers.create({ name: 'plain' }, ACTOR)).oauth).toBeNull()
    }
  })

  it('travels through export and import', async () => {
    await sqlite.registry.servers.create({ name: 'exported', oauth: OAUTH }, ACTOR)
    const document = await exportRegistry(sqlite.registry.context, {})
    expect(document.entities.servers.find((s) => s.name === 'exported')?.oauth).toEqual(OAUTH)
    const target = await openTestRegistry(sqliteTestStore)
    try {
      await importRegistry(target.registry.context, target.registry.passwords, document, {
        conflict: 'fail',
        actor: ACTOR,
        openSealed: (sealed) => createSecretSealer({ secret: TEST_SEAL_SECRET }).open(sealed),
      })
      const { items } = await target.registry.servers.list({ limit: 100 }, { all: true })
      expect(items.find((s) => s.name === 'exported')?.oauth).toEqual(OAUTH)
    } finally {
      await target.dispose()
    }
  })

  it('refuses bad settings naming the field', () => {
    const problems = (oauth: unknown) => {
      try {
        validated(ServerCreateSchema, { name: 'x', oauth })
      } catch (error) {
        return (error as { issues: { path: string }[] }).issues.map((i) => i.path)
      }
      return []
    }
    expect(problems({ issuer: 'idp.example.com' })).toEqual(['oauth.issuer'])
    expect(problems({ issuer: 'https://idp', jwksUri: 'file:///jwks' })).toEqual(['oauth.jwksUri'])
    expect(problems({ issuer: 'https://idp', scopeMap: { a: ['do.it', 'bad perm'] } })).toEqual([
      'oauth.scopeMap.a.1',
    ])
    expect(problems({ issuer: 'https://idp', scopesSupported: ['a"b'] })).toEqual([
      'oauth.scopesSupported.0',
    ])
    expect(problems({ issuer: 'https://idp', extra: 1 })).toEqual(['oauth.extra'])
    expect(
      validated(ServerCreateSchema, { name: 'x', oauth: { issuer: 'https://idp' } }).oauth,
    ).toEqual({
      enabled: true,
      issuer: 'https://idp',
    })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  rejection,
  testStoreDrivers,
  type TestRegistry,
} from '../test/test-registry.js'
import { importOpenApi } from './import-openapi.js'

const operation = (operationId: string, summary: string) => ({
  operationId,
  summary,
  tags: ['books'],
  responses: { '200': { description: 'ok' } },
})

const v1 = {
  openapi: '3.1.0',
  info: { title: 'Library', version: '1' },
  servers: [{ url: 'http://127.0.0.1:9/lib' }],
  paths: {
    '/books': {
      get: operation('listBooks', 'List books'),
      post: operation('addBook', 'Add a book'),
    },
    '/books/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      delete: operation('deleteBook', 'Delete a book'),
    },
  },
}

const v2 = {
  ...v1,
  paths: {
    '/books': {
      get: operation('listBooks', 'List all books'),
      post: operation('addBook', 'Add a book'),
    },
    '/authors': { get: operation('listAuthors', 'List authors') },
  },
}

describe.each(testStoreDrivers)('importOpenApi ($driver)', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t?.dispose()
  })

  it('imports, then re-imports: updated, added, removed, unchanged; and fills a virtual server', async () => {
    const first = await importOpenApi(
      t.registry,
      { spec: v1, serverName: 'library' },
      { actor: ACTOR },
    )
    expect(first).toMatchObject({
      source: 'Library',
      added: ['listBooks', 'addBook', 'deleteBook'],
      updated: [],
      removed: [],
      unchanged: [],
      skipped: [],
    })
    const server = await t.registry.servers.get(first.serverId ?? '')
    expect(server.associatedTools).toHaveLength(3)

    const second = await importOpenApi(
      t.registry,
      { spec: v2, serverName: 'library', auth: { type: 'bearer', token: 't0ken' } },
      { actor: ACTOR },
    )
    expect(second).toMatchObject({
      added: ['listAuthors'],
      updated: ['listBooks', 'addBook'],
      removed: ['deleteBook'],
      unchanged: [],
      serverId: first.serverId,
    })
    const tools = await t.registry.tools.list({ limit: 100 }, ADMIN)
    const byName = new Map(tools.items.map((tool) => [tool.name, tool]))
    expect([...byName.keys()].sort()).toEqual(['addBook', 'listAuthors', 'listBooks'])
    expect(byName.get('listBooks')).toMatchObject({
      description: 'List all books',
      auth: { type: 'bearer', token: '*****' },
      tags: ['books'],
      url: 'http://127.0.0.1:9/lib/books',
    })
    const after = await t.registry.servers.get(first.serverId ?? '')
    expect(after.associatedTools.sort()).toEqual([...byName.values()].map((tool) => tool.id).sort())

    const third = await importOpenApi(
      t.registry,
      { spec: v2, auth: { type: 'bearer', token: 't0ken' } },
      { actor: ACTOR },
    )
    expect(third).toMatchObject({
      added: [],
      updated: [],
      removed: [],
      unchanged: ['listBooks', 'addBook', 'listAuthors'],
    })
  })

  it('writes nothing when one tool of the import fails (all or nothing)', async () => {
    await t.registry.tools.create({ name: 'getShelf', url: 'http://127.0.0.1:9/x' }, ACTOR)
    const doc = {
      ...v1,
      info: { title: 'Shelves', version: '1' },
      paths: {
        '/a': { get: operation('getAisle', 'a') },
        '/s': { get: operation('getShelf', 's') },
      },
    }
    const error = await rejection(importOpenApi(t.registry, { spec: doc }, { actor: ACTOR }))
    // named by the operation that clashes: the import has no field called name
    const message =
      "GET /s would be the tool 'getShelf', a name another tool has: rename or remove that tool, or leave the operation out with the paths, tags or methods filters"
    expect([error.code, error.message]).toEqual(['CONFLICT', message])
    expect(error.problems).toEqual([{ pointer: '/paths/~1s/get', message }])
    expect(error.issues).toEqual([])
    const names = (await t.registry.tools.list({ limit: 100 }, ADMIN)).items.map(
      (tool) => tool.name,
    )
    expect(names).not.toContain('getAisle')
  })

  it('refuses a document with no operations left after the filters', async () => {
    const error = await rejection(
      importOpenApi(t.registry, { spec: v1, tags: ['nothing'] }, { actor: ACTOR }),
    )
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.message).toMatch(/no operations to import that match the filters/)
  })
})

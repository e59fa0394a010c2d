import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCluster, type Cluster } from './replicas.js'

/** One REST call with the admin's token; the answer's status, ETag and JSON body. */
async function call(
  cluster: Cluster,
  replica: number,
  method: string,
  path: string,
  options: { body?: unknown; ifMatch?: string } = {},
) {
  const res = await fetch(`${cluster.replicas[replica]!.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${cluster.adminToken}`,
      'content-type': 'application/json',
      ...(options.ifMatch !== undefined && { 'if-match': options.ifMatch }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  })
  const json = (await res.json()) as Record<string, unknown>
  return { status: res.status, etag: res.headers.get('etag'), json }
}

/**
 * Two replicas edit one entity: a write naming a stale version (If-Match or `version`) is refused with
 * 409 VERSION_CONFLICT rather than overwriting the other replica's change; writes without a version
 * keep last-writer-wins.
 */
describe('versions across replicas', () => {
  let cluster: Cluster

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 2 })
  }, 90_000)

  afterAll(async () => {
    await cluster?.dispose()
  })

  const kinds = [
    {
      path: '/tools',
      create: { name: 'v-tool', url: 'http://127.0.0.1:9/x' },
      edit: 'description',
    },
    { path: '/servers', create: { name: 'v-server' }, edit: 'description' },
    { path: '/prompts', create: { name: 'v-prompt', template: 'Hi' }, edit: 'description' },
    {
      path: '/resources',
      create: { uri: 'test://v', name: 'v', content: 'x' },
      edit: 'description',
    },
    { path: '/teams', create: { name: 'v-team' }, edit: 'description' },
    {
      path: '/rbac/roles',
      create: { name: 'v_role', permissions: [] },
      edit: 'description',
      id: 'name',
    },
    {
      path: '/users',
      create: { email: 'v@example.com', password: 'v-password-123' },
      edit: 'fullName',
      id: 'email',
    },
  ]

  for (const kind of kinds) {
    it(`refuses a stale write to ${kind.path} from the other replica`, async () => {
      const created = await call(cluster, 0, 'POST', kind.path, { body: kind.create })
      expect(created.status).toBe(201)
      expect(created.json.version).toBe(1)
      const url = `${kind.path}/${String(created.json[kind.id ?? 'id'])}`
      const read = await call(cluster, 1, 'GET', url)
      expect(read.etag).toBe('"1"')

      const first = await call(cluster, 0, 'PUT', url, {
        body: { [kind.edit]: 'from replica 0' },
        ifMatch: read.etag!,
      })
      expect(first.status).toBe(200)
      expect(first.json.version).toBe(2)
      expect(first.etag).toBe('"2"')

      // Replica 1 still holds version 1: by header and by body field, both refused.
      const stale = await call(cluster, 1, 'PUT', url, {
        body: { [kind.edit]: 'from replica 1' },
        ifMatch: read.etag!,
      })
      expect(stale.status).toBe(409)
      expect(stale.json).toMatchObject({ code: 'VERSION_CONFLICT' })
      expect(String(stale.json.detail)).toContain('since version 1')
      const staleBody = await call(cluster, 1, 'PUT', url, {
        body: { [kind.edit]: 'from replica 1', version: 1 },
      })
      expect(staleBody.status).toBe(409)
      const after = await call(cluster, 1, 'GET', url)
      expect(after.json[kind.edit]).toBe('from replica 0')
      expect(after.json.version).toBe(2)

      // Without a version the last writer wins, as ContextForge clients expect.
      const blind = await call(cluster, 1, 'PUT', url, { body: { [kind.edit]: 'blind' } })
      expect(blind.status).toBe(200)
      expect(blind.json.version).toBe(3)
    })
  }

  it('lets exactly one of two simultaneous writes of one version through', async () => {
    const created = await call(cluster, 0, 'POST', '/tools', {
      body: { name: 'race', url: 'http://127.0.0.1:9/x' },
    })
    const url = `/tools/${String(created.json.id)}`
    for (let round = 1; round <= 5; round++) {
      const writes = await Promise.all(
        [0, 1].map((replica) =>
          call(cluster, replica, 'PUT', url, {
            body: { description: `replica ${replica} round ${round}` },
            ifMatch: `"${round}"`,
          }),
        ),
      )
      expect(writes.map((w) => w.status).sort()).toEqual([200, 409])
      const winner = writes.find((w) => w.status === 200)!
      const stored = await call(cluster, round % 2, 'GET', url)
      expect(stored.json.description).toBe(winner.json.description)
      expect(stored.json.version).toBe(round + 1)
    }
  })

  it('answers 400 for a malformed If-Match and 422 for a bad version field', async () => {
    const created = await call(cluster, 0, 'POST', '/tools', {
      body: { name: 'bad-version', url: 'http://127.0.0.1:9/x' },
    })
    const url = `/tools/${String(created.json.id)}`
    const header = await call(cluster, 1, 'PUT', url, { body: {}, ifMatch: 'yesterday' })
    expect(header.status).toBe(400)
    expect(header.json).toMatchObject({ code: 'BAD_REQUEST' })
    expect(String(header.json.detail)).toContain('If-Match')
    const field = await call(cluster, 1, 'PUT', url, { body: { version: 0 } })
    expect(field.status).toBe(422)
    expect(field.json).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect((await call(cluster, 1, 'PUT', url, { body: {}, ifMatch: '*' })).status).toBe(200)
  })
})

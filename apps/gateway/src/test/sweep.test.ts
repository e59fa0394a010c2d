import { startShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Route } from '../http/route.js'
import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { openTestGateway, type TestGateway } from './test-gateway.js'

/**
 * Bad input over every REST endpoint: missing and invalid credentials, malformed JSON, invalid bodies and
 * queries, unknown ids, oversized bodies, forbidden callers, duplicates. Each answer is `{detail, code}`
 * with the right status and no stack trace, and failed requests leave no rows behind.
 */

interface Sample {
  /** A body and query that pass validation. */
  body?: unknown
  query?: string
  /** A query that fails validation. */
  badQuery?: string
  /** Status for an unknown path parameter (with `body` and `query`). */
  missing?: number
  /** Status for a non-admin user on the admin's entity. */
  stranger?: number
}

const samples: Record<string, Sample> = {
  'GET /health': {},
  'GET /ready': {},
  'GET /version': {},
  'POST /auth/login': { body: { email: 'nobody@example.com', password: 'x' } },
  'POST /auth/logout': {},
  'GET /auth/me': {},
  'POST /auth/password': { body: { currentPassword: 'x', newPassword: 'new-password' } },
  'GET /tokens': { query: 'all=true', stranger: 403 },
  'POST /tokens': { body: { name: 'sweep-token', expiresInDays: 1 } },
  'GET /tokens/:id': { missing: 404 },
  'PUT /tokens/:id': { body: {}, missing: 404 },
  'PATCH /tokens/:id': { body: {}, missing: 404 },
  'DELETE /tokens/:id': { missing: 404 },
  'POST /gateways/:id/tools/refresh': { missing: 404, stranger: 403 },
  'GET /resources/templates/list': { badQuery: 'limit=0' },
  'GET /resources/:id/content': { missing: 404 },
  'POST /prompts/:id': { body: {}, missing: 404 },
  'GET /prompts/:id/revisions': { missing: 404 },
  'GET /prompts/:id/revisions/:version': { missing: 404 },
  'GET /prompts/:id/diff': { query: 'from=1&to=2', badQuery: 'from=0&to=x', missing: 404 },
  'POST /prompts/:id/rollback': { body: { version: 1 }, missing: 404, stranger: 403 },
  'GET /servers/:id/tools': { missing: 404 },
  'GET /servers/:id/resources': { missing: 404 },
  'GET /servers/:id/prompts': { missing: 404 },
  'GET /roots': {},
  'POST /roots': { body: { uri: 'file:///sweep' }, stranger: 403 },
  'GET /roots/:id': { missing: 404 },
  'PUT /roots/:id': { body: {}, missing: 404, stranger: 403 },
  'DELETE /roots/:id': { missing: 404, stranger: 403 },
  'GET /tags': {},
  'GET /tags/:name/entities': { missing: 404 },
  'PUT /tags/:name': { body: { name: 'other' }, missing: 404, stranger: 403 },
  'DELETE /tags/:name': { missing: 404, stranger: 403 },
  'GET /users': { stranger: 403 },
  'POST /users': { body: { email: 'new@example.com', password: 'new-password' }, stranger: 403 },
  'GET /users/:email': { missing: 404, stranger: 403 },
  'PUT /users/:email': { body: {}, missing: 404, stranger: 403 },
  'DELETE /users/:email': { missing: 404, stranger: 403 },
  'GET /teams': {},
  'POST /teams': { body: { name: 'sweep-team' } },
  'GET /teams/:id': { missing: 404 },
  'PUT /teams/:id': { body: {}, missing: 404, stranger: 403 },
  'DELETE /teams/:id': { missing: 404, stranger: 403 },
  'GET /teams/:id/members': { missing: 404 },
  'POST /teams/:id/members': { body: { email: 'eve@example.com' }, missing: 404, stranger: 403 },
  'PUT /teams/:id/members/:email': { body: { role: 'owner' }, missing: 404, stranger: 403 },
  'DELETE /teams/:id/members/:email': { missing: 404 },
  'GET /rbac/roles': { stranger: 403 },
  'POST /rbac/roles': { body: { name: 'sweep_role', permissions: [] }, stranger: 403 },
  'GET /rbac/roles/:name': { missing: 404, stranger: 403 },
  'PUT /rbac/roles/:name': { body: {}, missing: 404, stranger: 403 },
  'DELETE /rbac/roles/:name': { missing: 404, stranger: 403 },
  'GET /rbac/users/:email/roles': { missing: 404, stranger: 403 },
  'POST /rbac/users/:email/roles': { body: { role: 'viewer' }, missing: 404, stranger: 403 },
  'DELETE /rbac/users/:email/roles/:role': { missing: 404, stranger: 403 },
  'GET /rbac/my/permissions': {},
  'POST /rbac/permissions/check': { body: { permission: 'tools.read' } },
  'POST /tools/openapi': { body: { url: 'http://127.0.0.1:9/openapi.json' } },
  'POST /tools/generate-schemas-from-openapi': { body: { url: 'http://127.0.0.1:9/openapi.json' } },
  'POST /grpc/:id/refresh': { missing: 404, stranger: 403 },
  'POST /grpc/:id/reflect': { missing: 404, stranger: 403 },
  'GET /grpc/:id/methods': { missing: 404 },
  'GET /export': { badQuery: 'types=nonsense', stranger: 403 },
  'GET /oauth/authorize/:gatewayId': { badQuery: 'redirect=https://evil.example/', missing: 404 },
  'GET /oauth/callback': {},
  'GET /oauth/status/:gatewayId': { missing: 404 },
  'DELETE /oauth/tokens/:gatewayId': { missing: 404 },
  'GET /.well-known/oauth-protected-resource/servers/:id/mcp': { missing: 404 },
  'GET /metrics': { stranger: 403 },
  'POST /metrics/reset': { query: 'kind=tool&name=sweep', badQuery: 'name=sweep', stranger: 403 },
  'GET /metrics/prometheus': { stranger: 403 },
  'GET /metrics/timeseries': { query: 'kind=upstream', badQuery: 'minutes=61', stranger: 403 },
  'GET /gateways/:id/health': { missing: 404 },
  'GET /admin/logs/stream': { badQuery: 'level=loud', stranger: 403 },
  'GET /audit': { badQuery: 'outcome=maybe', stranger: 403 },
  'POST /import': {
    body: { format: 'switchyard-export/1', exportedAt: 'now', entities: {} },
    badQuery: 'dry_run=true&conflict_strategy=merge',
    stranger: 403,
  },
  'POST /a2a/:name/invoke': { body: { message: 'hi' }, missing: 404 },
  // a JSON-RPC pass-through: its own failures are JSON-RPC errors (a2a-jsonrpc.test.ts)
  'POST /a2a/:name/jsonrpc': {
    body: { jsonrpc: '2.0', id: 1, method: 'GetTask', params: { id: 'x' } },
  },
  'GET /servers/:id/a2a/.well-known/agent-card.json': { missing: 404 },
  'POST /servers/:id/a2a': { body: { jsonrpc: '2.0', id: 1, method: 'GetTask' }, missing: 404 },
}

// A gRPC service is reflected on before it is saved: a real server to register.
const shop = await startShopServer()
const creates: Record<string, unknown> = {
  gateways: { name: 'sweep-gw', url: 'http://127.0.0.1:9/mcp' },
  grpc: { name: 'sweep-grpc', target: shop.target },
  tools: { name: 'sweep_tool', url: 'http://127.0.0.1:9/t', tags: ['sweep'] },
  resources: { uri: 'file:///sweep.txt', name: 'sweep', content: 'x' },
  prompts: { name: 'sweep_prompt', template: 'Hi {{ who }}' },
  servers: { name: 'sweep-server' },
  // The agent's url is set once the real agent below is listening.
  a2a: {},
}
for (const base of Object.keys(creates)) {
  Object.assign(samples, {
    [`GET /${base}`]: { badQuery: base === 'tools' ? `q=${'x'.repeat(201)}` : 'limit=0' },
    [`POST /${base}`]: { body: creates[base] },
    [`GET /${base}/:id`]: { missing: 404 },
    [`PUT /${base}/:id`]: { body: {}, missing: 404, stranger: 403 },
    [`PATCH /${base}/:id`]: { body: {}, missing: 404, stranger: 403 },
    [`DELETE /${base}/:id`]: { missing: 404, stranger: 403 },
    [`POST /${base}/:id/state`]: {
      query: 'activate=false',
      badQuery: 'nothing=1',
      missing: 404,
      stranger: 403,
    },
  })
}

const keyOf = (route: Route) => `${route.method.toUpperCase()} ${route.path}`

describe('bad input on every endpoint', () => {
  let gw: TestGateway
  let agent: TestAgent
  let stranger: string
  const owned: Record<string, string> = {}
  const failures: Response[] = []

  const fill = (route: Route, value: (param: string) => string) =>
    route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(value(name)))

  async function expectError(res: Response, status: number, code?: string): Promise<void> {
    const text = await res.text()
    expect(res.status, `${text}`).toBe(status)
    const body = JSON.parse(text) as { detail: string; code: string }
    expect(typeof body.detail).toBe('string')
    expect(body.detail).not.toMatch(/\n\s+at |\.js:\d+/)
    if (code) expect(body.code).toBe(code)
    failures.push(res)
  }

  beforeAll(async () => {
    gw = await openTestGateway()
    agent = await startAgent('answering')
    creates.a2a = { url: agent.url }
    Object.assign(samples['POST /a2a'] ?? {}, { body: creates.a2a })
    // Create each kind once as the admin: the entity a stranger may not touch, and the one a duplicate hits.
    for (const [base, body] of Object.entries(creates)) {
      const res = await gw.call('POST', `/${base}`, { token: gw.adminToken, body })
      expect(res.status).toBe(201)
      owned[base] = ((await res.json()) as { id: string }).id
    }
    const res = await gw.call('POST', '/users', {
      token: gw.adminToken,
      body: { email: 'eve@example.com', password: 'eve-password' },
    })
    expect(res.status).toBe(201)
    stranger = await gw.login('eve@example.com', 'eve-password')
  })
  afterAll(async () => {
    await gw.dispose()
    await shop.close()
    await agent.close()
  })

  it('has a sample for every route (add one when adding a route)', () => {
    const unknown = gw.routes.map(keyOf).filter((key) => !(key in samples))
    expect(unknown).toEqual([])
  })

  it('answers a method a path does not take with 405 and Allow, and OPTIONS with 204', async () => {
    const pattern = (route: Route) => new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}$`)
    const paths = new Set(gw.routes.map((route) => fill(route, () => 'x')))
    for (const path of paths) {
      const methods = gw.routes
        .filter((route) => pattern(route).test(path))
        .map((route) => route.method.toUpperCase())
      const other = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].find((m) => !methods.includes(m))
      if (other === undefined) continue
      for (const prefix of ['', '/v1']) {
        const res = await gw.call(other, `${prefix}${path}`, { token: gw.adminToken })
        const allow = res.headers.get('allow') ?? ''
        await expectError(res, 405, 'METHOD_NOT_ALLOWED')
        for (const method of methods) expect(allow.split(', '), path).toContain(method)
        const options = await gw.call('OPTIONS', `${prefix}${path}`, { token: gw.adminToken })
        expect(options.status, path).toBe(204)
        expect(options.headers.get('allow')).toBe(allow)
      }
    }
    const unknown = await gw.call('DELETE', '/no-such-path', { token: gw.adminToken })
    await expectError(unknown, 404, 'NOT_FOUND')
    expect(unknown.headers.get('allow')).toBeNull()
  })

  it('answers every failure with {detail, code}, the right status, and writes nothing', async () => {
    const before = await gw
      .call('GET', '/export', { token: gw.adminToken })
      .then((r) => r.json() as Promise<{ entities: unknown }>)
    const usersBefore = await gw
      .call('GET', '/users', { token: gw.adminToken })
      .then((r) => r.text())

    for (const route of gw.routes) {
      const sample = samples[keyOf(route)] ?? {}
      const method = route.method.toUpperCase()
      const base = route.path.split('/')[1] ?? ''
      const realPath = fill(route, (name) =>
        name === 'email'
          ? 'admin@example.com'
          : name === 'name'
            ? 'sweep'
            : name === 'version'
              ? '1'
              : (owned[base] ?? 'x'),
      )
      const missingPath = fill(route, (name) => (name === 'version' ? '1' : 'no-such-thing'))
      const q = sample.query ? `?${sample.query}` : ''
      const what = `${method} ${route.path}`

      if (route.auth !== false) {
        await expectError(
          await gw.call(method, missingPath + q, { body: sample.body }),
          401,
          'UNAUTHENTICATED',
        )
        const bad = await gw.call(method, missingPath + q, {
          token: 'not.a.jwt',
          body: sample.body,
        })
        expect(bad.headers.get('www-authenticate'), what).toContain('error="invalid_token"')
        await expectError(bad, 401, 'UNAUTHENTICATED')
      }
      if (route.body) {
        await expectError(
          await gw.call(method, missingPath + q, { token: gw.adminToken, body: '{"broken": ' }),
          400,
          'MALFORMED_JSON',
        )
        const invalid = await gw.call(method, missingPath + q, {
          token: gw.adminToken,
          body: [1, 2],
        })
        await expectError(invalid, 422, 'VALIDATION_FAILED')
        const huge = JSON.stringify({ name: 'x'.repeat(70_000) })
        await expectError(
          await gw.call(method, missingPath + q, { token: gw.adminToken, body: huge }),
          413,
          'PAYLOAD_TOO_LARGE',
        )
      }
      if (sample.badQuery) {
        const res = await gw.call(method, `${realPath}?${sample.badQuery}`, {
          token: gw.adminToken,
          body: sample.body,
        })
        await expectError(res, 422, 'VALIDATION_FAILED')
      }
      if (sample.missing) {
        const res = await gw.call(method, missingPath + q, {
          token: gw.adminToken,
          body: sample.body,
        })
        await expectError(res, sample.missing, 'NOT_FOUND')
      }
      if (sample.stranger) {
        const res = await gw.call(method, realPath + q, { token: stranger, body: sample.body })
        await expectError(res, sample.stranger, 'FORBIDDEN')
      }
    }
    expect(failures.length).toBeGreaterThan(200)
    // Every 401 and 403 above is in the audit log, written in batches off the request path.
    await gw.audit.queue.flush()
    expect(gw.audit.queue.dropped).toBe(0)
    const denied = await gw.audit.log.list({ outcome: 'denied', limit: 1000 })
    expect(denied.items.length).toBeGreaterThan(200)

    const after = await gw
      .call('GET', '/export', { token: gw.adminToken })
      .then((r) => r.json() as Promise<{ entities: unknown }>)
    expect(after.entities).toEqual(before.entities)
    expect(await gw.call('GET', '/users', { token: gw.adminToken }).then((r) => r.text())).toBe(
      usersBefore,
    )
  })

  it('refuses duplicates with 409 and wrong logins with 401', async () => {
    for (const [base, body] of Object.entries(creates)) {
      await expectError(
        await gw.call('POST', `/${base}`, { token: gw.adminToken, body }),
        409,
        'CONFLICT',
      )
    }
    await expectError(
      await gw.call('POST', '/users', {
        token: gw.adminToken,
        body: { email: 'eve@example.com', password: 'another-one' },
      }),
      409,
      'CONFLICT',
    )
    await expectError(
      await gw.call('POST', '/auth/login', {
        body: { email: 'eve@example.com', password: 'nope' },
      }),
      401,
      'UNAUTHENTICATED',
    )
    await expectError(await gw.call('GET', '/no/such/endpoint'), 404, 'NOT_FOUND')
    const deep = '['.repeat(100) + ']'.repeat(100)
    await expectError(
      await gw.call('POST', '/tools', { token: gw.adminToken, body: deep }),
      400,
      'BAD_REQUEST',
    )
  })
})

import { isKnownPermission } from '@switchyard/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { permissionFor } from '../auth/token-scope.js'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown> & { id: string; detail: string; code: string }

describe('REST input validation', () => {
  let gw: TestGateway
  const json = async (res: Response, status = 200) => {
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as Json
  }
  const as = (method: string, path: string, body?: unknown) =>
    gw.call(method, path, { token: gw.adminToken, ...(body !== undefined && { body }) })

  beforeAll(async () => {
    gw = await openTestGateway()
  })
  afterAll(async () => {
    await gw.dispose()
  })

  it('answers a bad path parameter with 422 naming it', async () => {
    const prompt = await json(await as('POST', '/prompts', { name: 'p', template: 'hi' }), 201)
    for (const version of ['abc', '-1', '1.5', '0']) {
      const failed = await json(await as('GET', `/prompts/${prompt.id}/revisions/${version}`), 422)
      expect(failed, version).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'version' }],
      })
    }
  })

  it("refuses a credential among a tool's static headers, naming it; takes it as sealed auth", async () => {
    for (const name of ['Authorization', 'x-api-key', 'X-Auth-Token', 'Cookie', 'PRIVATE-TOKEN']) {
      const body = { name: 'leaky', url: 'http://127.0.0.1:9/x', headers: { [name]: 's3cret' } }
      const failed = await json(await as('POST', '/tools', body), 422)
      expect(failed, name).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: `headers.${name}` }],
      })
      expect(JSON.stringify(failed.errors)).toMatch(/carries a credential/)
    }
    const plain = { 'X-Tenant': 'acme', 'Idempotency-Key': 'k1', Accept: 'application/json' }
    const tool = await json(
      await as('POST', '/tools', {
        name: 'sealed',
        url: 'http://127.0.0.1:9/x',
        headers: plain,
        auth: { type: 'headers', headers: { 'X-API-Key': 's3cret' } },
      }),
      201,
    )
    expect(tool.headers).toEqual(plain)
    expect(JSON.stringify(tool)).not.toContain('s3cret')
    const update = await as('PUT', `/tools/${tool.id}`, { headers: { Authorization: 'Bearer x' } })
    expect(await json(update, 422)).toMatchObject({ errors: [{ path: 'headers.Authorization' }] })
  })

  it('refuses a gRPC target whose port or host cannot be, naming target', async () => {
    for (const target of ['127.0.0.1:99999', '[::1]:70000', '999.1.1.1:5']) {
      const failed = await json(await as('POST', '/grpc', { name: 'g3', target }), 422)
      expect(failed, target).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'target' }],
      })
    }
  })

  it('takes only true/false, 1/0 and yes/no as a boolean query parameter', async () => {
    const tool = await json(
      await as('POST', '/tools', { name: 'flag', url: 'http://127.0.0.1:9/f' }),
      201,
    )
    for (const word of ['maybe', '', 'on', 'flase']) {
      const failed = await json(await as('POST', `/tools/${tool.id}/state?activate=${word}`), 422)
      expect(failed, word).toMatchObject({ errors: [{ path: 'activate' }] })
    }
    expect(await json(await as('GET', `/tools/${tool.id}`))).toMatchObject({ enabled: true })
    const off = await json(await as('POST', `/tools/${tool.id}/state?activate=No`))
    expect(off).toMatchObject({ enabled: false })
    const on = await json(await as('POST', `/tools/${tool.id}/state?activate=YES`))
    expect(on).toMatchObject({ enabled: true })
    for (const query of ['include_inactive=on', 'include_pagination=flase']) {
      const failed = await json(await as('GET', `/tools?${query}`), 422)
      expect(failed.detail, query).toMatch(
        /^invalid input: include(Inactive|Pagination): must be true or false/,
      )
    }
  })

  it('refuses a resource update that leaves both or neither of uri and uri_template', async () => {
    const body = { uri: 'docs://x', name: 'x', content: 'x' }
    const resource = await json(await as('POST', '/resources', body), 201)
    for (const change of [{ uri_template: 'file:///{y}' }, { uri: null }]) {
      const failed = await json(await as('PUT', `/resources/${resource.id}`, change), 422)
      expect(failed).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'uri' }] })
    }
    expect(await json(await as('GET', `/resources/${resource.id}`))).toEqual(resource)
  })

  it('gives teams named without Latin letters slugs of their own', async () => {
    const tokyo = await json(await as('POST', '/teams', { name: '東京チーム' }), 201)
    const team = await json(await as('POST', '/teams', { name: 'Команда' }), 201)
    expect(tokyo.slug).toMatch(/^[0-9a-f]{8}$/)
    expect(team.slug).toMatch(/^[0-9a-f]{8}$/)
    expect(team.slug).not.toBe(tokyo.slug)
  })

  it('refuses a role naming permissions the gateway never checks, each by its place', async () => {
    const body = { name: 'r', permissions: ['tools.read', 'tols.read', 'admin.everything'] }
    const failed = await json(await as('POST', '/rbac/roles', body), 422)
    expect(failed.errors).toEqual([
      { path: 'permissions.1', message: "unknown permission 'tols.read'" },
      { path: 'permissions.2', message: "unknown permission 'admin.everything'" },
    ])
    const wildcards = { name: 'r', permissions: ['tools.*', '*.read', 'admin.processes'] }
    await json(await as('POST', '/rbac/roles', wildcards), 201)
    await json(await as('PUT', '/rbac/roles/r', { permissions: ['servers.reed'] }), 422)
  })

  it('knows every permission a route checks', () => {
    const checked = gw.routes.flatMap((route) =>
      route.auth === false
        ? []
        : [route.permission ?? permissionFor(route.method, route.path) ?? []].flat(),
    )
    expect(checked.filter((permission) => !isKnownPermission(permission))).toEqual([])
  })

  it('says the bearer token is missing when Authorization is a bare Bearer', async () => {
    for (const authorization of ['Bearer', 'Bearer   ', 'bearer\t']) {
      const res = await gw.call('GET', '/tools', { headers: { authorization } })
      expect(await json(res, 401)).toMatchObject({
        detail: 'the bearer token is missing: send Authorization: Bearer <token>',
      })
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_request"')
    }
  })
  it('refuses an e-mail longer than SMTP allows and a URL past its length, saying so', async () => {
    const long = { email: `${'a'.repeat(250)}@example.com`, password: 'long-password' }
    const email = await json(await as('POST', '/users', long), 422)
    expect(email.errors).toContainEqual({
      path: 'email',
      message: 'must be at most 254 characters (RFC 5321)',
    })
    const local = { email: `${'a'.repeat(65)}@example.com`, password: 'long-password' }
    expect((await json(await as('POST', '/users', local), 422)).errors).toEqual([
      { path: 'email', message: 'must have at most 64 characters before the @ (RFC 5321)' },
    ])
    const url = `http://127.0.0.1:1/${'p'.repeat(5000)}`
    const gateway = await json(await as('POST', '/gateways', { name: 'far', url }), 422)
    expect(gateway.errors).toEqual([{ path: 'url', message: 'must be at most 2048 characters' }])
  })

  it("names a stdio upstream's over-long argument and bad variable name, saying what is wrong", async () => {
    const body = {
      name: 'local',
      command: 'node',
      args: ['ok', 'a'.repeat(4097)],
      env: { 'BAD-NAME': 'x', GOOD: 'y' },
    }
    const failed = await json(await as('POST', '/gateways', body), 422)
    expect(failed.errors).toEqual([
      { path: 'args.1', message: 'must be at most 4096 characters' },
      {
        path: 'env.BAD-NAME',
        message: 'is not a variable name: letters, digits and _, not starting with a digit',
      },
    ])
    const many = { name: 'local', command: 'node', args: Array.from({ length: 257 }, () => 'x') }
    expect((await json(await as('POST', '/gateways', many), 422)).errors).toEqual([
      { path: 'args', message: 'must be at most 256 arguments' },
    ])
  })

  it('names the field a 409 clashes on, for forms to show it beside that field', async () => {
    const body = { email: 'twice@example.com', password: 'twice-password' }
    await json(await as('POST', '/users', body), 201)
    const again = await json(await as('POST', '/users', body), 409)
    expect(again.errors).toEqual([
      { path: 'email', message: "user with email 'twice@example.com' already exists" },
    ])
  })
})

describe("a stdio upstream's argv and environment together", () => {
  let gw: TestGateway
  const as = (method: string, path: string, body?: unknown) =>
    gw.call(method, path, { token: gw.adminToken, ...(body !== undefined && { body }) })
  const vars = (count: number, length: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`V${i}`, 'x'.repeat(length)]))
  const tooLarge =
    /^command, args and env are too large together: \d+ bytes, at most 1048576 \(1 MiB\)$/

  beforeAll(async () => {
    gw = await openTestGateway({ SWITCHYARD_MAX_BODY_BYTES: '8388608', HEALTH_CHECK_INTERVAL: '0' })
  })
  afterAll(async () => {
    await gw.dispose()
  })

  it('are refused past 1 MiB, naming env or args, each string counted in bytes', async () => {
    const manyVars = { name: 'big-env', command: 'node', env: vars(40, 30_000) }
    const res = await as('POST', '/gateways', manyVars)
    expect(res.status).toBe(422)
    const { errors } = (await res.json()) as { errors: { path: string; message: string }[] }
    expect(errors).toEqual([{ path: 'env', message: expect.stringMatching(tooLarge) as unknown }])
    // 256 arguments of 4096 two-byte characters: 2 MiB, though each is within its own limit
    const wide = { name: 'big-args', command: 'node', args: Array(256).fill('é'.repeat(4096)) }
    const refused = await as('POST', '/gateways', wide)
    expect(refused.status).toBe(422)
    expect(await refused.json()).toMatchObject({ errors: [{ path: 'args' }] })
  })

  it('are checked after an update is merged into the stored upstream', async () => {
    const body = { name: 'near', command: 'node', args: Array(200).fill('a'.repeat(4096)) }
    const created = await as('POST', '/gateways', body)
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const more = await as('PUT', `/gateways/${id}`, { env: vars(8, 32_768) })
    expect(more.status).toBe(422)
    expect(await more.json()).toMatchObject({
      errors: [{ path: 'env', message: expect.stringMatching(tooLarge) as unknown }],
    })
    // what fits still does, and an update that touches neither is not checked again
    expect((await as('PUT', `/gateways/${id}`, { env: vars(2, 32_768) })).status).toBe(200)
    expect((await as('PUT', `/gateways/${id}`, { description: 'near the limit' })).status).toBe(200)
    expect((await as('DELETE', `/gateways/${id}`)).status).toBe(200)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>

/**
 * Powers over the gateway's own host: having it run a command (a stdio upstream) or present the
 * deployment's workload identity are platform admins' (or a role's that names them), not every
 * user's who may register gateways.
 */
describe('gateway writes that reach the host', () => {
  let gw: TestGateway
  let dev: string
  let team = ''
  // A stdio upstream whose process ends at once: only the API is under test here.
  const stdio = { command: process.execPath, args: ['-e', ''] }

  const call = async (
    token: string,
    method: string,
    path: string,
    body: unknown,
    status: number,
  ) => {
    const res = await gw.call(method, path, { token, body })
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as Json
  }
  const names = async () =>
    ((await (await gw.call('GET', '/gateways', { token: gw.adminToken })).json()) as Json[]).map(
      (g) => g.name,
    )

  beforeAll(async () => {
    gw = await openTestGateway({ HEALTH_CHECK_INTERVAL: '0' })
    await call(
      gw.adminToken,
      'POST',
      '/users',
      { email: 'dev@x.com', password: 'dev-password' },
      201,
    )
    dev = await gw.login('dev@x.com', 'dev-password')
    team = String((await call(dev, 'POST', '/teams', { name: 'crew' }, 201)).id)
  })
  afterAll(() => gw.dispose())

  it('refuses a developer a stdio upstream with 403 naming admin.processes, and writes nothing', async () => {
    const refused = await call(dev, 'POST', '/gateways', { name: 'local', ...stdio }, 403)
    expect(refused.detail).toMatch(/^user dev@x.com has roles? .*, which lacks admin.processes$/)
    expect(await names()).not.toContain('local')
    // An HTTP upstream is still theirs to register.
    await call(dev, 'POST', '/gateways', { name: 'remote', url: 'http://127.0.0.1:9/mcp' }, 201)
  })

  it("lets a developer edit an admin's stdio upstream in their team, but not what it runs", async () => {
    const body = { name: 'shared-local', ...stdio, team, visibility: 'team' }
    const made = await call(gw.adminToken, 'POST', '/gateways', body, 201)
    const path = `/gateways/${String(made.id)}`
    await call(dev, 'PUT', path, { description: 'tidied' }, 200)
    // What an editor sends back unchanged is no new command.
    await call(dev, 'PUT', path, { ...stdio, description: 'again' }, 200)
    for (const change of [
      { args: ['-e', 'require("child_process").exec("id")'] },
      { command: '/bin/sh' },
      { env: { NODE_OPTIONS: '--require /tmp/x.js' } },
      { cwd: '/tmp' },
    ]) {
      const refused = await call(dev, 'PATCH', path, change, 403)
      expect(refused.detail, JSON.stringify(change)).toContain('lacks admin.processes')
    }
    const after = await call(gw.adminToken, 'GET', path, undefined, 200)
    expect(after).toMatchObject({ ...stdio, cwd: null, envKeys: [], description: 'again' })
    // Turning an HTTP upstream into a stdio one is running a command too.
    const remote = (
      await call(dev, 'POST', '/gateways', { name: 'turned', url: 'http://127.0.0.1:9/x' }, 201)
    ).id
    await call(dev, 'PATCH', `/gateways/${String(remote)}`, { transport: 'stdio', ...stdio }, 403)
    // Nor may a command be stored on an HTTP upstream, to run once an admin makes it stdio.
    for (const change of [
      { command: '/bin/sh', args: ['-c', 'id'] },
      { args: ['-c', 'id'] },
      { env: { LD_PRELOAD: '/x' } },
      { cwd: '/' },
    ]) {
      const refused = await call(dev, 'PATCH', `/gateways/${String(remote)}`, change, 403)
      expect(refused.detail, JSON.stringify(change)).toContain('lacks admin.processes')
    }
    const kept = await call(gw.adminToken, 'GET', `/gateways/${String(remote)}`, undefined, 200)
    expect(kept).toMatchObject({ transport: 'streamablehttp', command: null, args: [], cwd: null })
    expect(kept.envKeys).toEqual([])
    await call(dev, 'PATCH', `/gateways/${String(remote)}`, { args: [], description: 'x' }, 200)
  })

  it('keeps lending the workload identity to platform admins, or roles that name admin.identity', async () => {
    const authorizationServer = 'http://127.0.0.1:9'
    const auth = {
      type: 'oauth2-client',
      clientId: 'c',
      workloadIdentity: true,
      authorizationServer,
    }
    const body = { name: 'workload', url: 'http://127.0.0.1:9/mcp', auth }
    const refused = await call(dev, 'POST', '/gateways', body, 403)
    expect(refused.detail).toMatch(/^user dev@x.com has roles? .*, which lacks admin.identity$/)
    expect(await names()).not.toContain('workload')

    // Importing is registering too: an importer without admin.processes may not bring stdio in.
    const document = await call(gw.adminToken, 'GET', '/export', undefined, 200)
    const importer = { name: 'importer', permissions: ['admin.import'], scope: 'global' }
    await call(gw.adminToken, 'POST', '/rbac/roles', importer, 201)
    await call(gw.adminToken, 'POST', '/rbac/users/dev@x.com/roles', { role: 'importer' }, 201)
    const imported = await call(dev, 'POST', '/import', document, 403)
    expect(imported.detail).toMatch(/lacks admin.processes$/)

    // A role that grants the powers makes them the developer's.
    const role = {
      name: 'host_operator',
      permissions: ['admin.processes', 'admin.identity'],
      scope: 'global',
    }
    await call(gw.adminToken, 'POST', '/rbac/roles', role, 201)
    await call(gw.adminToken, 'POST', '/rbac/users/dev@x.com/roles', { role: 'host_operator' }, 201)
    await call(dev, 'POST', '/gateways', body, 201)
    await call(dev, 'POST', '/gateways', { name: 'own-local', ...stdio }, 201)
    await call(dev, 'POST', '/import', document, 200)
  })
})

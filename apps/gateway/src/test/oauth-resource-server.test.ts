import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { RunningGateway } from '../server.js'
import { callApi, listen, openTestGateway, type TestGateway } from './test-gateway.js'
import {
  startRecordingUpstream,
  startTestIdp,
  type RecordingUpstream,
  type TestIdp,
} from './test-idp.js'

type Json = Record<string, unknown>

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const STEP_UP_MAP = { 'tools:read': ['tools.read'], 'tools:call': ['tools.read', 'tools.execute'] }
const CALL = {
  jsonrpc: '2.0',
  id: 7,
  method: 'tools/call',
  params: { name: 'recorder-echo', arguments: { message: 'hi' } },
}

describe('OAuth 2.1 resource server for virtual servers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-oauth-rs-'))
  let gw: RunningGateway
  let idp: TestIdp
  let upstream: RecordingUpstream
  let admin: string
  const ids: Record<string, string> = {}

  // Waits for the catalog snapshot so that the next request sees the change.
  const api = async (method: string, path: string, body?: unknown, status?: number) => {
    const answer = await callApi(gw.url, method, path, {
      token: admin,
      ...(body !== undefined && { body }),
      ...(status !== undefined && { status }),
    })
    await gw.registry.catalog.settled()
    return answer
  }
  const resource = (name: string) => `${gw.url}/servers/${ids[name]}/mcp`
  const metadataUrl = (name: string) =>
    `${gw.url}/.well-known/oauth-protected-resource/servers/${ids[name]}/mcp`
  const post = (name: string, body: unknown, token?: string, path = 'mcp') =>
    fetch(`${gw.url}/servers/${ids[name]}/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    })
  const connect = async (name: string, token: string, modern = false) => {
    const client = new Client(
      { name: 'oauth-rs-test', version: '1.0.0' },
      modern ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
    )
    await client.connect(
      new StreamableHTTPClientTransport(new URL(resource(name)), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
    return client
  }
  const tokenFor = (name: string, scope: string, claims: Json = {}) =>
    idp.token({ aud: resource(name), scope, ...claims })

  beforeAll(async () => {
    idp = await startTestIdp()
    upstream = await startRecordingUpstream()
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
    })
    const login = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    admin = login.accessToken as string
    const gateway = await api('POST', '/gateways', {
      name: 'recorder',
      url: upstream.url,
      auth: { type: 'bearer', token: 'upstream-secret' },
    })
    for (let i = 0; gateway.status !== 'active' && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      Object.assign(gateway, await api('GET', `/gateways/${gateway.id}`))
    }
    const tools = await api('GET', `/tools?gateway_id=${gateway.id}`)
    const associated_tools = tools.map((t) => t.id)
    const oauth = { issuer: idp.issuer }
    const servers: Record<string, Json> = {
      open: { associated_tools },
      main: { associated_tools, oauth },
      stepUp: { associated_tools, oauth: { ...oauth, scope_map: STEP_UP_MAP } },
      other: { associated_tools, oauth: { ...oauth, required_scopes: ['mcp:tools'] } },
      dark: { associated_tools, oauth: { issuer: 'http://127.0.0.1:9/idp' } },
    }
    for (const [name, body] of Object.entries(servers))
      ids[name] = (await api('POST', '/servers', { name, ...body }, 201)).id
  }, 60_000)

  afterAll(async () => {
    await gw?.stop()
    await upstream?.close()
    await idp?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('publishes RFC 9728 metadata for OAuth servers only', async () => {
    const res = await fetch(metadataUrl('main'))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      resource: resource('main'),
      authorization_servers: [idp.issuer],
      scopes_supported: ['mcp:tools', 'mcp:resources', 'mcp:prompts'],
      bearer_methods_supported: ['header'],
      resource_name: 'main',
    })
    const v1 = (await (
      await fetch(`${gw.url}/v1/.well-known/oauth-protected-resource/servers/${ids.stepUp}/mcp`)
    ).json()) as Json
    expect(v1.scopes_supported).toEqual(['tools:read', 'tools:call'])
    for (const id of [ids.open, 'no-such-server']) {
      const missing = await fetch(
        `${gw.url}/.well-known/oauth-protected-resource/servers/${id}/mcp`,
      )
      expect(missing.status).toBe(404)
      expect(((await missing.json()) as Json).detail).toMatch(
        /unknown, disabled or not protected by OAuth/,
      )
    }
    const openapi = (await (await fetch(`${gw.url}/openapi.json`)).json()) as { paths: Json }
    expect(openapi.paths).toHaveProperty(['/.well-known/oauth-protected-resource/servers/{id}/mcp'])
  })

  it('challenges a request without a token with resource_metadata and scope', async () => {
    const challenge = `Bearer scope="mcp:tools mcp:resources mcp:prompts", resource_metadata="${metadataUrl('main')}"`
    for (const method of ['POST', 'GET', 'DELETE']) {
      const res = await fetch(resource('main'), {
        method,
        headers: { accept: 'application/json, text/event-stream' },
      })
      expect(res.status, method).toBe(401)
      expect(res.headers.get('www-authenticate')).toBe(challenge)
      expect(((await res.json()) as Json).code).toBe('UNAUTHENTICATED')
    }
    const sse = await fetch(`${gw.url}/v1/servers/${ids.main}/sse`)
    expect(sse.status).toBe(401)
    expect(sse.headers.get('www-authenticate')).toBe(challenge)
    await sse.body?.cancel()
    const other = await fetch(resource('other'), { method: 'POST' })
    expect(other.headers.get('www-authenticate')).toMatch(
      /^Bearer scope="mcp:tools", resource_metadata=/,
    )
  })

  it('serves an SDK client with an external token in both eras, never forwarding it upstream', async () => {
    const token = await tokenFor('main', 'mcp:tools')
    for (const modern of [false, true]) {
      const client = await connect('main', token, modern)
      try {
        expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['recorder-echo'])
        const result = await client.callTool({
          name: 'recorder-echo',
          arguments: { message: 'hi' },
        })
        expect(result.content).toEqual([{ type: 'text', text: 'hi' }])
      } finally {
        await client.close()
      }
    }
    expect(upstream.authorizations.length).toBeGreaterThan(0)
    expect(upstream.authorizations.every((a) => a === 'Bearer upstream-secret')).toBe(true)
    expect(upstream.authorizations.join('\n')).not.toContain(token)
  })

  it('asks for step-up with insufficient_scope, and a broader token then succeeds', async () => {
    const narrow = await tokenFor('stepUp', 'tools:read')
    const client = await connect('stepUp', narrow)
    try {
      expect((await client.listTools()).tools).toHaveLength(1)
      await expect(client.callTool({ name: 'recorder-echo', arguments: {} })).rejects.toThrow(
        /403|insufficient/i,
      )
    } finally {
      await client.close()
    }
    const res = await post('stepUp', CALL, narrow)
    expect(res.status).toBe(403)
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="tools:read tools:call", resource_metadata="${metadataUrl('stepUp')}"`,
    )
    const body = (await res.json()) as { id: number; error: { code: number; message: string } }
    expect(body.id).toBe(7)
    expect(body.error.code).toBe(-32003)
    expect(body.error.message).toMatch(
      /lacks permission 'tools.execute'.*scope "tools:read tools:call"/,
    )

    const broad = await connect('stepUp', await tokenFor('stepUp', 'tools:read tools:call'))
    try {
      const result = await broad.callTool({ name: 'recorder-echo', arguments: { message: 'up' } })
      expect(result.content).toEqual([{ type: 'text', text: 'up' }])
    } finally {
      await broad.close()
    }
  })

  it('refuses a token without the required scopes, whatever the method', async () => {
    const token = await tokenFor('other', 'mcp:prompts')
    const init = { jsonrpc: '2.0', id: 1, method: 'ping' }
    const res = await post('other', init, token)
    expect(res.status).toBe(403)
    expect(res.headers.get('www-authenticate')).toMatch(
      /error="insufficient_scope", scope="mcp:prompts mcp:tools"/,
    )
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /lacks scope 'mcp:tools'/,
    )
  })

  it('rejects forged, stale and misdirected tokens with 401 invalid_token', async () => {
    const now = Math.floor(Date.now() / 1000)
    const good = await tokenFor('main', 'mcp:tools')
    const [header, payload, signature] = good.split('.')
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Json
    const attacks: Record<string, string> = {
      'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      'wrong key': await idp.token(
        { aud: resource('main'), scope: 'mcp:tools' },
        { key: idp.strangerKey },
      ),
      expired: await tokenFor('main', 'mcp:tools', { exp: now - 3600 }),
      'not yet valid': await tokenFor('main', 'mcp:tools', { nbf: now + 3600 }),
      tampered: `${header}.${b64({ ...claims, sub: 'admin' })}.${signature}`,
      'another audience': await tokenFor('stepUp', 'mcp:tools'),
      'another issuer': await tokenFor('main', 'mcp:tools', { iss: 'https://evil.example' }),
      'unknown kid': await idp.token(
        { aud: resource('main'), scope: 'mcp:tools' },
        { kid: 'nope' },
      ),
    }
    for (const [name, token] of Object.entries(attacks)) {
      const res = await post('main', CALL, token)
      expect(res.status, name).toBe(401)
      const challenge = res.headers.get('www-authenticate') ?? ''
      expect(challenge, name).toContain('error="invalid_token"')
      expect(challenge, name).toContain(`resource_metadata="${metadataUrl('main')}"`)
      expect(((await res.json()) as Json).code, name).toBe('UNAUTHENTICATED')
    }
    const elsewhere = await fetch(`${gw.url}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${good}`, 'content-type': 'application/json' },
      body: JSON.stringify(CALL),
    })
    expect(elsewhere.status).toBe(401)
  })

  it('names the issuer a token was refused for, and refuses OAuth tokens on WebSocket', async () => {
    const slashed = await tokenFor('main', 'mcp:tools', { iss: `${idp.issuer}/` })
    const res = await post('main', CALL, slashed)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"')
    expect(((await res.json()) as Json).detail).toBe(
      `invalid token: issuer '${idp.issuer}/' is not accepted here (expected '${idp.issuer}')`,
    )
    const good = await tokenFor('main', 'mcp:tools')
    const refusal = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = `${gw.url.replace('http', 'ws')}/servers/${ids.main}/ws`
      const socket = new WebSocket(url, 'mcp', { headers: { authorization: `Bearer ${good}` } })
      socket.on('unexpected-response', (_, response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      socket.on('open', () => reject(new Error('the socket opened')))
      socket.on('error', reject)
    })
    expect(refusal.status).toBe(401)
    expect((JSON.parse(refusal.body) as Json).detail).toBe(
      `invalid token: issuer '${idp.issuer}' is not this gateway's (OAuth access tokens are not accepted here, only on a virtual server's /mcp, /sse and /message)`,
    )
  })

  it('keeps taking gateway credentials on an OAuth server', async () => {
    const client = await connect('main', admin)
    try {
      expect((await client.listTools()).tools).toHaveLength(1)
    } finally {
      await client.close()
    }
    const created = await api('POST', '/tokens', { name: 'ci', server_ids: [ids.main] }, 201)
    const viaToken = await connect('main', created.accessToken as string)
    try {
      const result = await viaToken.callTool({
        name: 'recorder-echo',
        arguments: { message: 'tok' },
      })
      expect(result.content).toEqual([{ type: 'text', text: 'tok' }])
    } finally {
      await viaToken.close()
    }
  })

  it('answers 401, not 500, when the issuer cannot be reached, and keeps serving', async () => {
    const token = await idp.token({
      iss: 'http://127.0.0.1:9/idp',
      aud: resource('dark'),
      scope: 'mcp:tools',
    })
    const res = await post('dark', CALL, token)
    expect(res.status).toBe(401)
    expect(((await res.json()) as Json).detail).toMatch(
      /signing keys of issuer 'http:\/\/127.0.0.1:9\/idp' could not be found/,
    )
    expect((await fetch(`${gw.url}/health`)).status).toBe(200)
    const client = await connect('main', await tokenFor('main', 'mcp:tools'))
    try {
      expect((await client.listTools()).tools).toHaveLength(1)
    } finally {
      await client.close()
    }
  })

  it('keeps OAuth to public servers, whichever field a write changes', async () => {
    const oauth = { issuer: idp.issuer }
    const needsPublic = (field: string, visibility: string) => ({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          path: field,
          message:
            field === 'oauth'
              ? `cannot be enabled on a ${visibility} server: OAuth 2.1 needs a public one (make it public or leave OAuth off)`
              : `must be public while OAuth 2.1 is enabled, not '${visibility}' (turn OAuth off first)`,
        },
      ],
    })
    const create = await api(
      'POST',
      '/servers',
      { name: 'hidden', visibility: 'private', oauth },
      422,
    )
    expect(create).toMatchObject(needsPublic('oauth', 'private'))
    const hidden = await api('POST', '/servers', { name: 'hidden', visibility: 'private' }, 201)
    const enable = await api('PUT', `/servers/${String(hidden.id)}`, { oauth }, 422)
    expect(enable).toMatchObject(needsPublic('oauth', 'private'))
    const hide = await api('PUT', `/servers/${ids.main}`, { visibility: 'private' }, 422)
    expect(hide).toMatchObject(needsPublic('visibility', 'private'))
    expect((await fetch(metadataUrl('main'))).status).toBe(200)
    const off = { oauth: { ...oauth, enabled: false }, visibility: 'private' }
    await api('PUT', `/servers/${String(hidden.id)}`, off, 200)
    await api('DELETE', `/servers/${String(hidden.id)}`, undefined, 200)
  })

  it('validates oauth settings with 422s naming the field, and round-trips them', async () => {
    const bad: [Json, RegExp][] = [
      [{ issuer: 'not a url' }, /oauth\.issuer/],
      [{ issuer: 'ftp://idp.example' }, /oauth\.issuer/],
      [
        { issuer: 'https://idp.example', jwks_url: 'https://idp.example/jwks' },
        /oauth\.jwksUrl: is not a known field/,
      ],
      [
        { issuer: 'https://idp.example', scope_map: { 'mcp:tools': ['run everything'] } },
        /oauth\.scopeMap/,
      ],
      [
        { issuer: 'https://idp.example', required_scopes: ['two words'] },
        /oauth\.requiredScopes\.0/,
      ],
      [{ enabled: 'yes', issuer: 'https://idp.example' }, /oauth\.enabled/],
    ]
    for (const [oauth, message] of bad) {
      const res = await fetch(`${gw.url}/servers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'bad', oauth }),
      })
      const text = await res.text()
      expect(res.status, text).toBe(422)
      expect(text).toMatch(message)
    }
    const updated = await api(
      'PUT',
      `/servers/${ids.open}`,
      {
        oauth: { issuer: idp.issuer, jwks_uri: `${idp.issuer}/jwks`, audience: 'api://open' },
      },
      200,
    )
    expect(updated.oauth).toEqual({
      enabled: true,
      issuer: idp.issuer,
      jwksUri: `${idp.issuer}/jwks`,
      audience: 'api://open',
    })
    const token = await idp.token({ aud: 'api://open', scope: 'mcp:tools' })
    const client = await connect('open', token)
    await client.close()
    const exported = await api('GET', '/export')
    const servers = (exported.entities as { servers: Json[] }).servers
    expect(servers.find((s) => s.name === 'open')?.oauth).toEqual(updated.oauth)
    const off = { ...(updated.oauth as Json), enabled: false }
    expect((await api('PUT', `/servers/${ids.open}`, { oauth: off }, 200)).oauth).toEqual(off)
    expect((await fetch(metadataUrl('open'))).status).toBe(404)
    expect((await connect('open', admin).then((c) => c.close())) ?? 'ok').toBe('ok')
    expect((await api('PUT', `/servers/${ids.open}`, { oauth: null }, 200)).oauth).toBeNull()
    expect((await fetch(metadataUrl('open'))).status).toBe(404)
  })
})

describe('OAuth resource URLs behind a proxy (PUBLIC_BASE_URL)', () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await openTestGateway({ PUBLIC_BASE_URL: 'https://gw.example.com/' })
  })
  afterAll(() => gw.dispose())

  it('names the configured base in metadata and challenges, whatever the request origin', async () => {
    const created = await gw.call('POST', '/servers', {
      token: gw.adminToken,
      body: { name: 'proxied', oauth: { issuer: 'https://idp.example.com' } },
    })
    const { id } = (await created.json()) as { id: string }
    await gw.registry.catalog.settled()
    const metadata = await gw.call('GET', `/.well-known/oauth-protected-resource/servers/${id}/mcp`)
    expect(((await metadata.json()) as Json).resource).toBe(
      `https://gw.example.com/servers/${id}/mcp`,
    )
    const res = await gw.call('POST', `/servers/${id}/mcp`, { body: CALL })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain(
      `resource_metadata="https://gw.example.com/.well-known/oauth-protected-resource/servers/${id}/mcp"`,
    )
  })
})

import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { createTestCerts } from '@switchyard/grpc-fixture/certs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, openTestGateway, type TestGateway } from './test-gateway.js'

interface GrpcService {
  id: string
  name: string
  slug: string
  status: string
  services: string[]
  metadataKeys: string[]
  tlsEnabled: boolean
}
interface Tool {
  id: string
  name: string
  originalName: string
  integrationType: string
  grpcServiceId: string | null
  inputSchema: Record<string, unknown>
}
type ToolResult = {
  content: { type: string; text: string }[]
  structuredContent?: Record<string, unknown>
  isError?: boolean
}

/** PEM armour around text that is not a certificate: passes the schema, fails to load. */
const GARBLED_PEM = '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n'

describe('gRPC services as MCP tools (POST /grpc)', () => {
  let gw: TestGateway
  let shop: ShopServer
  let bare: ShopServer
  let service: GrpcService
  let client: Client

  beforeAll(async () => {
    ;[gw, shop, bare] = await Promise.all([
      openTestGateway(),
      startShopServer(),
      startShopServer({ reflection: false }),
    ])
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([shop?.close(), bare?.close()])
    await gw?.dispose()
  })

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await gw.call(method, path, {
      token: gw.adminToken,
      ...(body !== undefined && { body }),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const grpcTools = async () =>
    ((await api('GET', '/tools?limit=100')).body as unknown as Tool[]).filter(
      (t) => t.integrationType === 'GRPC',
    )

  it('registers a target through reflection: every method becomes a prefixed tool', async () => {
    const { status, body } = await api('POST', '/grpc', {
      name: 'Shop',
      target: shop.target,
      grpc_metadata: { 'x-tenant': 'acme' },
      passthroughHeaders: ['X-Request-Id'],
    })
    expect(status).toBe(201)
    service = body as unknown as GrpcService
    expect(service).toMatchObject({
      name: 'Shop',
      slug: 'shop',
      status: 'active',
      services: ['shop.v1.Shop'],
      metadataKeys: ['x-tenant'],
      tlsEnabled: false,
    })
    expect(JSON.stringify(body)).not.toContain('acme')
    const tools = await grpcTools()
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        'Chat',
        'EchoKnown',
        'Fail',
        'GetProduct',
        'ListProducts',
        'PlaceOrder',
        'Sleep',
        'SumLines',
        'Whoami',
      ].map((m) => `shop-shop.v1.Shop.${m}`),
    )
    expect(tools.every((t) => t.grpcServiceId === service.id)).toBe(true)

    const methods = (await api('GET', `/grpc/${service.id}/methods`)).body as unknown as {
      tool: string
      kind: string
      path: string
    }[]
    expect(methods.find((m) => m.tool === 'shop-shop.v1.Shop.Chat')).toMatchObject({
      kind: 'bidi-streaming',
      path: '/shop.v1.Shop/Chat',
    })
    expect((await api('GET', '/grpc')).body).toEqual([expect.objectContaining({ id: service.id })])
  })

  it('serves the tools through a virtual server to an MCP client, all four call kinds', async () => {
    const tools = await grpcTools()
    const { body: server } = await api('POST', '/servers', {
      name: 'shop-front',
      associatedTools: tools.map((t) => t.id),
    })
    client = new Client({ name: 'grpc-client', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://gateway.test/servers/${String(server.id)}/mcp`),
        {
          requestInit: {
            headers: { authorization: `Bearer ${gw.adminToken}`, 'x-request-id': 'req-7' },
          },
          fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
        },
      ),
    )
    const listed = await client.listTools()
    const placeOrder = listed.tools.find((t) => t.name === 'shop-shop.v1.Shop.PlaceOrder')
    expect(placeOrder?.inputSchema).toMatchObject({
      properties: { coupons: { type: 'object' }, tier: { enum: ['STANDARD', 'GOLD'] } },
    })
    expect(placeOrder?.outputSchema).toMatchObject({
      properties: { placedAt: { format: 'date-time' }, receiptNumber: { type: 'string' } },
    })
    const call = (
      name: string,
      args: Record<string, unknown>,
      onprogress?: (p: { progress: number; message?: string | undefined }) => void,
    ) =>
      client.callTool(
        { name: `shop-shop.v1.Shop.${name}`, arguments: args },
        onprogress ? { onprogress } : undefined,
      ) as Promise<ToolResult>

    const product = await call('GetProduct', { sku: 'BK-1' })
    expect(product.structuredContent).toMatchObject({
      sku: 'BK-1',
      category: 'BOOKS',
      price: { units: '42', nanos: 500000000 },
      attributes: { pages: '352' },
      thumbnail: Buffer.from('png!').toString('base64'),
      addedAt: '2023-11-14T22:13:20Z',
    })
    expect(JSON.parse(product.content[0]!.text)).toEqual(product.structuredContent)

    const receipt = await call('PlaceOrder', {
      orderId: 'o-1',
      lines: [
        { sku: 'BK-1', quantity: 2, unitPrice: { currency: 'EUR', units: '42', nanos: 500000000 } },
      ],
      pickupStore: 'Oslo S',
      coupons: { WELCOME: 5 },
      tier: 'GOLD',
    })
    expect(receipt.structuredContent).toEqual({
      orderId: 'o-1',
      total: { currency: 'EUR', units: '80', nanos: 0 },
      placedAt: '2027-01-15T08:00:00Z',
      estimatedDelivery: '86400s',
      delivery: 'pick up at Oslo S',
      receiptNumber: '18446744073709551615',
    })

    const progress: { progress: number; message?: string | undefined }[] = []
    const streamed = await call('ListProducts', { category: 'BOOKS' }, (p) => progress.push(p))
    const messages = (streamed.structuredContent as { messages: { sku: string }[] }).messages
    expect(messages.map((m) => m.sku)).toEqual(['BK-1', 'BK-2'])
    expect(progress.map((p) => p.progress)).toEqual([1, 2])
    expect(JSON.parse(progress[1]!.message!)).toMatchObject({ sku: 'BK-2' })

    const total = await call('SumLines', {
      messages: [
        { sku: 'a', quantity: 2, unitPrice: { units: 3 } },
        { sku: 'b', quantity: 1, unitPrice: { units: '4', nanos: 500000000 } },
      ],
    })
    expect(total.structuredContent).toEqual({
      total: { currency: 'EUR', units: '10', nanos: 500000000 },
      count: 2,
    })

    const chat = await call('Chat', { messages: [{ text: 'hi' }, { text: 'there' }] })
    expect(chat.structuredContent).toEqual({ messages: [{ text: 'HI' }, { text: 'THERE' }] })

    const known = {
      at: '2026-01-31T12:00:00.123Z',
      took: '1.500s',
      details: { a: [1, 'x', null, { b: true }] },
      anything: 42,
      nickname: 'nick',
      big: '9007199254740993',
      flag: true,
      nothing: {},
      mask: 'user.displayName,photo',
      ratio: 0.5,
      blob: 'aGk=',
      list: [1, 'two'],
    }
    expect((await call('EchoKnown', known)).structuredContent).toEqual(known)

    const who = await call('Whoami', {})
    expect(who.structuredContent).toMatchObject({ 'x-tenant': 'acme', 'x-request-id': 'req-7' })
  })

  it('turns gRPC failures into isError results naming the status', async () => {
    const call = (name: string, args: Record<string, unknown>) =>
      client.callTool({ name: `shop-shop.v1.Shop.${name}`, arguments: args }) as Promise<ToolResult>
    const missing = await call('GetProduct', { sku: 'nope' })
    expect(missing.isError).toBe(true)
    expect(missing.content[0]!.text).toBe(
      "gRPC /shop.v1.Shop/GetProduct failed: NOT_FOUND (5): no product 'nope'",
    )
    const denied = await call('Fail', { code: 7, message: 'not yours' })
    expect(denied.content[0]!.text).toContain('PERMISSION_DENIED (7): not yours')
  })

  it("takes and gives the JSON mapping's edges: recursion, NaN, status details", async () => {
    const { tools } = await client.listTools()
    const definition = (name: string) => tools.find((t) => t.name === `shop-shop.v1.Shop.${name}`)!
    // each answer is checked against the tool's outputSchema by the SDK
    const call = (name: string, args: Record<string, unknown>) =>
      client.callTool(
        { name: `shop-shop.v1.Shop.${name}`, arguments: args },
        { toolDefinition: definition(name) },
      ) as Promise<ToolResult>
    const line = (quantity: number, bundle: unknown[] = []) => ({
      quantity,
      unitPrice: { units: '1' },
      bundle,
    })
    const receipt = await call('PlaceOrder', {
      lines: [line(1, [line(2, [line(3)])])],
      tier: 'GOLD',
    })
    expect(receipt.structuredContent).toMatchObject({
      total: { units: '6' },
      estimatedDelivery: '86400s',
    })
    const deep = await call('PlaceOrder', { lines: [line(1, [line(2, [{ quantity: 'x' }])])] })
    expect(deep.isError).toBe(true)
    expect(deep.content[0]!.text).toContain(
      'arguments.lines[0].bundle[0].bundle[0].quantity must be an integer, not a string',
    )

    const odd = { ratio: 'NaN', details: { inf: 'Infinity' } }
    expect((await call('EchoKnown', odd)).structuredContent).toEqual(odd)

    const failed = await call('Fail', { code: 3, message: 'bad sku', withDetails: true })
    expect(failed.isError).toBe(true)
    expect(failed.content[0]!.text).toContain(
      'INVALID_ARGUMENT (3): bad sku; details: [{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"sku","description":"no such product","reason":""}]}',
    )
  })

  it('applies the tool timeout as the call deadline', async () => {
    const [sleep] = (await grpcTools()).filter((t) => t.originalName === 'shop.v1.Shop.Sleep')
    expect((await api('PUT', `/tools/${sleep!.id}`, { timeoutMs: 200 })).status).toBe(200)
    const result = (await client.callTool({
      name: 'shop-shop.v1.Shop.Sleep',
      arguments: { ms: 3000 },
    })) as ToolResult
    expect(result.isError).toBe(true)
    expect(result.content[0]!.text).toContain('DEADLINE_EXCEEDED (4): no answer within 200 ms')
  })

  it('refuses arguments that do not fit the schema before calling the server', async () => {
    // refused as tool errors (SEP-1303): by the schema check, then by the message types
    const wrongType = (await client.callTool({
      name: 'shop-shop.v1.Shop.PlaceOrder',
      arguments: { orderId: 5 },
    })) as ToolResult
    expect(wrongType.isError).toBe(true)
    expect(wrongType.content[0]!.text).toBe(
      "invalid arguments for tool 'shop-shop.v1.Shop.PlaceOrder': arguments.orderId must be a string, not an integer",
    )
    const bothOfOneof = (await client.callTool({
      name: 'shop-shop.v1.Shop.PlaceOrder',
      arguments: { shipTo: { city: 'Oslo' }, pickupStore: 'x' },
    })) as ToolResult
    expect(bothOfOneof.isError).toBe(true)
    expect(bothOfOneof.content[0]!.text).toContain(
      'arguments breaks a rule of its schema: oneof delivery: at most one of shipTo, pickupStore',
    )
    const badTime = (await client.callTool({
      name: 'shop-shop.v1.Shop.EchoKnown',
      arguments: { at: 'yesterday' },
    })) as ToolResult
    expect(badTime.isError).toBe(true)
    expect(badTime.content[0]!.text).toMatch(/arguments\.at: expected an RFC 3339 timestamp/)
  })

  it('refreshes on demand, renames, disables and deletes with its tools', async () => {
    const refreshed = await api('POST', `/grpc/${service.id}/refresh`)
    expect(refreshed.status).toBe(200)
    expect(refreshed.body).toMatchObject({
      services: ['shop.v1.Shop'],
      tools: { added: [], updated: [], removed: [] },
    })
    const renamed = await api('PUT', `/grpc/${service.id}`, { name: 'Store' })
    expect(renamed.body).toMatchObject({ slug: 'store' })
    expect((await grpcTools()).every((t) => t.name.startsWith('store-shop.v1.Shop.'))).toBe(true)

    expect((await api('POST', `/grpc/${service.id}/state?activate=false`)).body).toMatchObject({
      enabled: false,
    })
    await gw.registry.catalog.settled()
    expect([...gw.registry.catalog.current().tools.values()].some((t) => t.grpcServiceId)).toBe(
      false,
    )
    await api('POST', `/grpc/${service.id}/state?activate=true`)

    expect((await api('DELETE', `/grpc/${service.id}`)).status).toBe(200)
    expect(await grpcTools()).toEqual([])
    expect((await api('GET', `/grpc/${service.id}`)).status).toBe(404)
  })

  it('reaches a server over mutual TLS with the sealed certificates', async () => {
    const certs = createTestCerts()
    const secure = await startShopServer({
      tls: { ...certs.server, ca: certs.ca, requireClientCert: true },
    })
    try {
      const tls = { ca: certs.ca, ...certs.client, serverName: 'localhost' }
      const withoutCert = await api('POST', '/grpc', {
        name: 'secure',
        target: secure.target,
        tls: { ca: certs.ca },
      })
      expect(withoutCert.status).toBe(502)
      const created = await api('POST', '/grpc', { name: 'secure', target: secure.target, tls })
      expect(created.body).toMatchObject({
        status: 'active',
        tls: { ca: true, clientCertificate: true, serverName: 'localhost' },
      })
      expect(JSON.stringify(created.body)).not.toContain('PRIVATE KEY')
      const { body: server } = await api('POST', '/servers', {
        name: 'secure-front',
        associatedTools: (await grpcTools())
          .filter((t) => t.grpcServiceId === created.body.id)
          .map((t) => t.id),
      })
      const secureClient = new Client({ name: 'tls-client', version: '1.0.0' })
      await secureClient.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://gateway.test/servers/${String(server.id)}/mcp`),
          {
            requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
            fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
          },
        ),
      )
      const product = (await secureClient.callTool({
        name: 'secure-shop.v1.Shop.GetProduct',
        arguments: { sku: 'TL-1' },
      })) as ToolResult
      await secureClient.close()
      expect(product.structuredContent).toMatchObject({ sku: 'TL-1', displayName: 'Hammer' })
      await api('DELETE', `/grpc/${String(created.body.id)}`)
      await api('DELETE', `/servers/${String(server.id)}`)
    } finally {
      await secure.close()
      certs.remove()
    }
  })

  it('registers the services reflection can describe and names those it cannot', async () => {
    const partly = await startShopServer({ broken: true })
    const none = await startShopServer({ broken: 'only' })
    const partClient = new Client({ name: 'partly-client', version: '1.0.0' })
    const skipped = [
      {
        name: 'broken.v1.Lost',
        reason:
          'it needs gone/gone.proto, which the server could not send: NOT_FOUND Proto file not found: gone/gone.proto',
      },
      {
        name: 'broken.v1.Garbled',
        reason:
          "its descriptors cannot be read: no such Type or Enum '.broken.v1.Nowhere' in Type .broken.v1.Note",
      },
    ]
    try {
      const created = await api('POST', '/grpc', { name: 'Partly', target: partly.target })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(created.body).toMatchObject({
        status: 'active',
        services: ['shop.v1.Shop'],
        statusReason: `services left out, reflection could not describe them: ${skipped
          .map((s) => `${s.name} (${s.reason})`)
          .join('; ')}`,
      })
      const id = String(created.body.id)
      const tools = (await grpcTools()).filter((t) => t.grpcServiceId === id)
      expect(tools.map((t) => t.name).sort()).toEqual(
        tools.map((t) => `partly-${t.originalName}`).sort(),
      )
      expect(tools).toHaveLength(9)

      const { body: front } = await api('POST', '/servers', {
        name: 'partly-front',
        associatedTools: tools.map((t) => t.id),
      })
      await partClient.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://gateway.test/servers/${String(front.id)}/mcp`),
          {
            requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
            fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
          },
        ),
      )
      const product = (await partClient.callTool({
        name: 'partly-shop.v1.Shop.GetProduct',
        arguments: { sku: 'BK-1' },
      })) as ToolResult
      expect(product.structuredContent).toMatchObject({ sku: 'BK-1' })

      const refreshed = await api('POST', `/grpc/${id}/refresh`)
      expect(refreshed.body).toMatchObject({ services: ['shop.v1.Shop'], skipped })

      const failed = await api('POST', '/grpc', { name: 'None', target: none.target })
      expect(failed.status).toBe(502)
      expect(String(failed.body.detail)).toBe(
        `${none.target} could not describe any of its services: ${skipped
          .map((s) => `${s.name} (${s.reason})`)
          .join('; ')}`,
      )
      await api('DELETE', `/servers/${String(front.id)}`)
      expect((await api('DELETE', `/grpc/${id}`)).status).toBe(200)
    } finally {
      await partClient.close()
      await Promise.all([partly.close(), none.close()])
    }
  })

  it('refuses bad targets with a clear error and registers nothing', async () => {
    const closed = await freePort()
    const cases: [unknown, number, RegExp][] = [
      [{ name: 'bare', target: bare.target }, 502, /does not offer server reflection/],
      [{ name: 'gone', target: `127.0.0.1:${closed}` }, 502, /could not be reached/],
      [{ name: 'bad', target: 'no port here' }, 422, /target/],
      [{ name: 'half', target: shop.target, tls: { cert: 'x' } }, 422, /tls\.cert and tls\.key/],
      [
        { name: 'gtls', target: shop.target, tls: { ca: 'not a pem', cert: 'x', key: 'y' } },
        422,
        /tls\.ca/,
      ],
      [
        { name: 'garbled', target: shop.target, tls: { ca: GARBLED_PEM } },
        422,
        /^tls\.ca is not PEM/,
      ],
      [{ name: 'noref', target: shop.target, reflectionEnabled: false }, 422, /reflection/],
      [{ target: shop.target }, 422, /name/],
    ]
    for (const [body, status, detail] of cases) {
      const res = await api('POST', '/grpc', body)
      expect(res.status, JSON.stringify(res.body)).toBe(status)
      expect(String(res.body.detail)).toMatch(detail)
    }
    expect((await api('GET', '/grpc')).body).toEqual([])
    expect(await grpcTools()).toEqual([])
    const direct = await api('POST', '/tools', {
      name: 'x',
      integrationType: 'GRPC',
      url: 'http://a.b',
    })
    expect(direct.status).toBe(422)
    expect(String(direct.body.detail)).toMatch(/POST \/grpc/)
  })
})

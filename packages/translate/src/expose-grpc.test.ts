import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TranslateError } from './errors.js'
import type { ExposedServer } from './expose.js'
import { exposeGrpc } from './expose-grpc.js'
import { createLogger } from './logger.js'
import { connectClient } from './test/helpers.js'

let shop: ShopServer
let exposed: ExposedServer

beforeAll(async () => {
  shop = await startShopServer({ reflection: 'v1alpha' })
  exposed = await exposeGrpc({
    target: shop.target,
    metadata: { 'x-from': 'translate' },
    port: 0,
    streamableHttp: true,
    websocket: true,
    oauth2Bearer: 'sesame',
  })
})
afterAll(async () => {
  await exposed?.close()
  await shop?.close()
})

const auth = { authorization: 'Bearer sesame' }

describe('exposeGrpc', () => {
  it('answers the health check without credentials, and 401 or 404 otherwise', async () => {
    expect(await (await fetch(`${exposed.url}/healthz`)).text()).toBe('ok')
    const refused = await fetch(`${exposed.url}/mcp`, { method: 'POST', body: '{}' })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toBe('Bearer')
    const missing = await fetch(`${exposed.url}/sse`, { headers: auth })
    expect(missing.status).toBe(404)
  })

  it('serves the tools over WebSocket with the bearer token, metadata reaching the server', async () => {
    const client = await connectClient('ws', exposed.url, { headers: auth })
    const who = await client.callTool({ name: 'shop.v1.Shop.Whoami', arguments: {} })
    expect(who.structuredContent).toMatchObject({ 'x-from': 'translate' })
    const unknown = await client.callTool({ name: 'shop.v1.Shop.Nope', arguments: {} }).then(
      () => 'answered',
      (error: Error) => error.message,
    )
    expect(unknown).toMatch(/Unknown tool: shop.v1.Shop.Nope/)
    await client.close()
  })

  it('serves the services that can be described and warns of those left out', async () => {
    const partly = await startShopServer({ broken: true })
    const lines: string[] = []
    const stream = { write: (line: string) => lines.push(line) } as unknown as NodeJS.WritableStream
    const served = await exposeGrpc({
      target: partly.target,
      port: 0,
      streamableHttp: true,
      logger: createLogger('translate', 'warn', stream),
    })
    try {
      expect(lines).toEqual([
        `translate: warning: ${partly.target}: service broken.v1.Lost left out, it cannot be described: it needs gone/gone.proto, which the server could not send: NOT_FOUND Proto file not found: gone/gone.proto\n`,
        `translate: warning: ${partly.target}: service broken.v1.Garbled left out, it cannot be described: its descriptors cannot be read: no such Type or Enum '.broken.v1.Nowhere' in Type .broken.v1.Note\n`,
      ])
      const client = await connectClient('streamable', served.url)
      const { tools } = await client.listTools()
      expect(tools.every((tool) => tool.name.startsWith('shop.v1.Shop.'))).toBe(true)
      await client.close()
    } finally {
      await served.close()
      await partly.close()
    }
  })

  it('refuses to start with nothing to expose, and names an unusable target', async () => {
    const nothing = await exposeGrpc({ target: shop.target, port: 0 }).catch((e: unknown) => e)
    expect(nothing).toBeInstanceOf(TranslateError)
    expect((nothing as TranslateError).code).toBe('BAD_OPTION')
    const bad = await exposeGrpc({ target: 'nope', port: 0, streamableHttp: true }).catch(
      (e: unknown) => e,
    )
    expect(bad).toMatchObject({ code: 'BAD_OPTION', message: "target 'nope' is not host:port" })
  })
})

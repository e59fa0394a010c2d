import { createServer, type Server, type Socket } from 'node:net'
import * as grpc from '@grpc/grpc-js'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterEach, describe, expect, it } from 'vitest'
import { loadDescriptorSet } from './descriptors.js'
import { discover } from './discover.js'
import { GrpcBridgeError } from './errors.js'
import { reflect } from './reflection.js'

const servers: ShopServer[] = []
async function shop(reflection?: boolean | 'v1alpha', broken?: boolean | 'only') {
  const server = await startShopServer({
    ...(reflection !== undefined && { reflection }),
    ...(broken !== undefined && { broken }),
  })
  servers.push(server)
  return server
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

/** What a promise rejected with. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as GrpcBridgeError,
  )

/** A TCP port that refuses connections: a server that was listening on it was just closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

const SHOP_TOOLS = [
  ['shop.v1.Shop.GetProduct', 'unary'],
  ['shop.v1.Shop.PlaceOrder', 'unary'],
  ['shop.v1.Shop.ListProducts', 'server-streaming'],
  ['shop.v1.Shop.SumLines', 'client-streaming'],
  ['shop.v1.Shop.Chat', 'bidi-streaming'],
  ['shop.v1.Shop.EchoKnown', 'unary'],
  ['shop.v1.Shop.Fail', 'unary'],
  ['shop.v1.Shop.Sleep', 'unary'],
  ['shop.v1.Shop.Whoami', 'unary'],
]

describe('discover', () => {
  it('finds the services through reflection v1 and describes every method as a tool', async () => {
    const server = await shop()
    const found = await discover({ target: server.target })
    expect(found.services).toEqual(['shop.v1.Shop'])
    expect(found.tools.map((t) => [t.name, t.method.kind])).toEqual(SHOP_TOOLS)
    expect(found.tools[0]).toMatchObject({
      description: 'Calls shop.v1.Shop/GetProduct (unary).',
      method: { service: 'shop.v1.Shop', name: 'GetProduct', path: '/shop.v1.Shop/GetProduct' },
      inputSchema: { type: 'object', properties: { sku: { type: 'string' } } },
    })
    expect(found.tools[2]!.description).toMatch(/Server streaming: the messages arrive as progress/)
    expect(found.descriptorSet.byteLength).toBeGreaterThan(0)
  })

  it('falls back to v1alpha when the server only offers that', async () => {
    const server = await shop('v1alpha')
    const client = new grpc.Client(server.target, grpc.credentials.createInsecure())
    const v1 = client.makeBidiStreamRequest(
      '/grpc.reflection.v1.ServerReflection/ServerReflectionInfo',
      (value: Buffer) => value,
      (value: Buffer) => value,
    )
    const v1Status = await new Promise<number>((resolve) =>
      v1.on('error', (e: grpc.ServiceError) => resolve(e.code)),
    )
    client.close()
    expect(v1Status).toBe(grpc.status.UNIMPLEMENTED)
    const found = await discover({ target: server.target })
    expect(found.services).toEqual(['shop.v1.Shop'])
    expect(found.tools.map((t) => [t.name, t.method.kind])).toEqual(SHOP_TOOLS)
  })

  it('reflect returns the services and every file their types need', async () => {
    const server = await shop()
    const { services, descriptorSet } = await reflect({ target: server.target })
    expect(services).toEqual(['shop.v1.Shop'])
    const { root } = loadDescriptorSet(descriptorSet)
    for (const name of ['shop.v1.KnownTypes', 'google.protobuf.Any', 'google.protobuf.Struct'])
      expect(root.lookupType(name).fullName).toBe(`.${name}`)
  })

  const LOST = {
    name: 'broken.v1.Lost',
    reason:
      'it needs gone/gone.proto, which the server could not send: NOT_FOUND Proto file not found: gone/gone.proto',
  }
  const GARBLED = {
    name: 'broken.v1.Garbled',
    reason:
      "its descriptors cannot be read: no such Type or Enum '.broken.v1.Nowhere' in Type .broken.v1.Note",
  }

  it('skips the services the server cannot describe, naming why, and keeps the others', async () => {
    const server = await shop(true, true)
    const found = await discover({ target: server.target })
    expect(found.services).toEqual(['shop.v1.Shop'])
    expect(found.skipped).toEqual([LOST, GARBLED])
    expect(found.tools.map((t) => [t.name, t.method.kind])).toEqual(SHOP_TOOLS)
    const { root } = loadDescriptorSet(found.descriptorSet)
    expect(root.lookup('broken.v1.Lost')).toBeNull()
    expect(root.lookupType('shop.v1.Product').fullName).toBe('.shop.v1.Product')
  })

  it('a server none of whose services can be described: BAD_DESCRIPTOR naming each', async () => {
    const server = await shop(true, 'only')
    const error = await failure(discover({ target: server.target }))
    expect(error.code).toBe('BAD_DESCRIPTOR')
    expect(error.message).toBe(
      `${server.target} could not describe any of its services: ${LOST.name} (${LOST.reason}); ${GARBLED.name} (${GARBLED.reason})`,
    )
  })

  it('a server without reflection: NO_REFLECTION', async () => {
    const server = await shop(false)
    const error = await failure(discover({ target: server.target }))
    expect(error).toBeInstanceOf(GrpcBridgeError)
    expect(error.code).toBe('NO_REFLECTION')
    expect(error.message).toBe(
      `${server.target} does not offer server reflection (grpc.reflection.v1 or v1alpha): UNIMPLEMENTED`,
    )
  })

  it('a closed port: UNREACHABLE, at once', async () => {
    const target = `127.0.0.1:${await closedPort()}`
    const started = Date.now()
    const error = await failure(discover({ target }))
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(error.code).toBe('UNREACHABLE')
    expect(error.message).toMatch(new RegExp(`^${target} could not be reached: .*ECONNREFUSED`))
    expect(error.message).not.toMatch(/Resolution note/)
  })

  it('a server that never answers: TIMEOUT after timeoutMs', async () => {
    const sockets: Socket[] = []
    const silent: Server = createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const target = `127.0.0.1:${(silent.address() as { port: number }).port}`
    try {
      const started = Date.now()
      const error = await failure(discover({ target, timeoutMs: 300 }))
      expect(Date.now() - started).toBeLessThan(3_000)
      expect(error.code).toBe('TIMEOUT')
      expect(error.message).toBe(`${target} did not answer reflection within 300 ms`)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
    }
  })

  it.each(['localhost', 'not a target', '127.0.0.1:port', ''])(
    'a bad target %j: BAD_OPTION',
    async (target) => {
      const error = await failure(discover({ target }))
      expect(error.code).toBe('BAD_OPTION')
      expect(error.message).toBe(`target '${target}' is not host:port`)
    },
  )

  it('a client certificate without its key: BAD_OPTION', async () => {
    const error = await failure(discover({ target: '127.0.0.1:1', tls: { cert: 'x' } }))
    expect(error.code).toBe('BAD_OPTION')
    expect(error.message).toBe('tls.cert and tls.key go together (mTLS needs both)')
  })
})

import { createTestCerts, type TestCerts } from '@switchyard/grpc-fixture/certs'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGrpcBridge } from './bridge.js'
import { discover } from './discover.js'
import type { GrpcBridgeError } from './errors.js'

let certs: TestCerts
let tls: ShopServer
let mtls: ShopServer

beforeAll(async () => {
  certs = createTestCerts()
  tls = await startShopServer({ tls: certs.server })
  mtls = await startShopServer({ tls: { ...certs.server, ca: certs.ca, requireClientCert: true } })
})
afterAll(async () => {
  await Promise.all([tls?.close(), mtls?.close()])
  certs?.remove()
})

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as GrpcBridgeError,
  )

describe('TLS', () => {
  it('discovers and calls a TLS server whose CA is given', async () => {
    const options = { target: tls.target, tls: { ca: certs.ca } }
    const { descriptorSet, services } = await discover(options)
    expect(services).toEqual(['shop.v1.Shop'])
    const bridge = createGrpcBridge({ ...options, descriptorSet })
    const result = await bridge.call('shop.v1.Shop.GetProduct', { sku: 'TL-1' })
    bridge.close()
    expect(result.structuredContent).toMatchObject({ sku: 'TL-1', displayName: 'Hammer' })
  })

  it('checks the name in the certificate: serverName overrides the target host', async () => {
    const target = tls.target
    const named = await discover({ target, tls: { ca: certs.ca, serverName: 'localhost' } })
    expect(named.services).toEqual(['shop.v1.Shop'])
    const wrong = await failure(
      discover({ target, tls: { ca: certs.ca, serverName: 'shop.example.com' } }),
    )
    expect(wrong.code).toBe('UNREACHABLE')
  })

  it('refuses a server certificate no trusted CA signed (system roots): UNREACHABLE', async () => {
    const error = await failure(discover({ target: tls.target, tls: true }))
    expect(error.code).toBe('UNREACHABLE')
    expect(error.message).toMatch(new RegExp(`^${tls.target} could not be reached: `))
  })

  it('plaintext to a TLS server: UNREACHABLE', async () => {
    expect((await failure(discover({ target: tls.target }))).code).toBe('UNREACHABLE')
  })
})

describe('mutual TLS', () => {
  it('discovers and calls with a client certificate', async () => {
    const options = {
      target: mtls.target,
      tls: { ca: certs.ca, cert: certs.client.cert, key: certs.client.key },
      metadata: { 'x-via': 'mtls' },
    }
    const { descriptorSet } = await discover(options)
    const bridge = createGrpcBridge({ ...options, descriptorSet })
    const result = await bridge.call('shop.v1.Shop.Whoami', {})
    bridge.close()
    expect(result.structuredContent).toMatchObject({ 'x-via': 'mtls' })
  })

  it('without a client certificate the server refuses: UNREACHABLE', async () => {
    const error = await failure(discover({ target: mtls.target, tls: { ca: certs.ca } }))
    expect(error.code).toBe('UNREACHABLE')
  })

  it('a bridge without a client certificate gets an isError result naming UNAVAILABLE', async () => {
    const { descriptorSet } = await discover({
      target: mtls.target,
      tls: { ca: certs.ca, cert: certs.client.cert, key: certs.client.key },
    })
    const bridge = createGrpcBridge({ target: mtls.target, tls: { ca: certs.ca }, descriptorSet })
    const result = await bridge.call('shop.v1.Shop.Whoami', {})
    bridge.close()
    expect(result.isError).toBe(true)
    expect(result.content[0]!.text).toMatch(
      /^gRPC \/shop.v1.Shop\/Whoami failed: UNAVAILABLE \(14\)/,
    )
  })
})

describe('TLS material that does not load', () => {
  const garbled = '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n'

  it.each([
    ['a CA that is not PEM', { ca: 'not a pem', cert: 'x', key: 'y' }, 'tls.ca'],
    ['a garbled CA', { ca: garbled }, 'tls.ca'],
    [
      'a key given as the certificate',
      () => ({ cert: certs.client.key, key: certs.client.key }),
      'tls.cert',
    ],
    [
      'a certificate given as the key',
      () => ({ cert: certs.client.cert, key: certs.client.cert }),
      'tls.key',
    ],
  ])('%s: BAD_OPTION naming the field', async (_, given, field) => {
    const tlsOptions = typeof given === 'function' ? given() : given
    const error = await failure(discover({ target: tls.target, tls: tlsOptions }))
    expect(error).toMatchObject({ code: 'BAD_OPTION', field })
    expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')} is not (a )?PEM`))
  })

  it('a key that does not match the certificate: BAD_OPTION naming tls.key', async () => {
    const mismatched = { ca: certs.ca, cert: certs.client.cert, key: certs.server.key }
    const error = await failure(discover({ target: mtls.target, tls: mismatched }))
    expect(error).toMatchObject({ code: 'BAD_OPTION', field: 'tls.key' })
    expect(error.message).toMatch(/^tls\.key does not match tls\.cert/)
  })
})

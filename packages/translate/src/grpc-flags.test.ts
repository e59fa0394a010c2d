import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseTranslateArgs } from './cli-program.js'
import { TranslateError } from './errors.js'

const dir = mkdtempSync(join(tmpdir(), 'translate-grpc-flags-'))
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const parse = (...args: string[]) => parseTranslateArgs(args, '1.0.0')
const refusal = (...args: string[]) => {
  try {
    parse(...args)
  } catch (error) {
    expect(error).toBeInstanceOf(TranslateError)
    return (error as TranslateError).message
  }
  return expect.fail('expected a TranslateError')
}

describe('parseTranslateArgs --grpc', () => {
  it('maps the gRPC and expose flags to exposeGrpc options, reading the PEM files', () => {
    const ca = file('ca.pem', 'CA PEM')
    const cert = file('cert.pem', 'CERT PEM')
    const key = file('key.pem', 'KEY PEM')
    const command = parse(
      '--grpc',
      'shop.internal:50051',
      '--grpc-ca',
      ca,
      '--grpc-cert',
      cert,
      '--grpc-key',
      key,
      '--grpc-server-name',
      'shop',
      '--grpc-metadata',
      'Authorization=Bearer a=b',
      '--grpc-metadata',
      'x-tenant=acme',
      '--expose-streamable-http',
      '--expose-sse',
      '--port',
      '9000',
      '--requestTimeout',
      '5',
      '--oauth2Bearer',
      'sesame',
    )
    expect(command).toEqual({
      mode: 'grpc',
      logLevel: 'info',
      options: {
        target: 'shop.internal:50051',
        tls: { ca: 'CA PEM', cert: 'CERT PEM', key: 'KEY PEM', serverName: 'shop' },
        metadata: { authorization: 'Bearer a=b', 'x-tenant': 'acme' },
        port: 9000,
        host: '127.0.0.1',
        sse: true,
        streamableHttp: true,
        websocket: false,
        ssePath: '/sse',
        messagePath: '/message',
        mcpPath: '/mcp',
        wsPath: '/ws',
        keepAliveMs: 30_000,
        jsonResponse: false,
        requestTimeoutMs: 5_000,
        sessionIdleMs: 1_800_000,
        oauth2Bearer: 'sesame',
      },
    })
  })

  it('--grpc-tls alone is TLS with the system roots; nothing is plaintext', () => {
    const tls = parse('--grpc', 'a:1', '--grpc-tls', '--expose-ws')
    expect(tls).toMatchObject({ mode: 'grpc', options: { tls: true, websocket: true } })
    const plain = parse('--grpc', 'a:1', '--expose-ws')
    expect(plain).toMatchObject({ mode: 'grpc', options: { metadata: {} } })
    expect('tls' in (plain as { options: object }).options).toBe(false)
  })

  it.each([
    [['--grpc', 'a:1'], '--grpc needs at least one of --expose-sse'],
    [['--grpc', 'a:1', '--stdio', 'x', '--expose-sse'], 'give exactly one of --stdio, --grpc'],
    [['--grpc-tls', '--stdio', 'x', '--expose-sse'], '--grpc-* options need --grpc'],
    [['--grpc', 'a:1', '--expose-sse', '--shared'], '--shared cannot be used with --grpc'],
    [['--grpc', 'a:1', '--expose-sse', '--stateless'], '--stateless cannot be used with --grpc'],
    [['--grpc', 'a:1', '--expose-sse', '--cors'], '--cors cannot be used with --grpc'],
    [
      ['--grpc', 'a:1', '--expose-sse', '--grpc-cert', '/x'],
      '--grpc-cert and --grpc-key go together',
    ],
    [
      ['--grpc', 'a:1', '--expose-sse', '--grpc-ca', '/no/such/ca.pem'],
      '--grpc-ca: cannot read "/no/such/ca.pem" (ENOENT)',
    ],
    [
      ['--grpc', 'a:1', '--expose-sse', '--grpc-metadata', 'novalue'],
      '--grpc-metadata must look like key=value',
    ],
    [['--connect-sse', 'http://a', '--expose-sse'], '--expose-* options need --stdio or --grpc'],
  ])('%j is refused: %s', (args, message) => {
    expect(refusal(...args)).toContain(message)
  })
})

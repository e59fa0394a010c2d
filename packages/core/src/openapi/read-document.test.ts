import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUrlPolicy } from '../rest/url-policy.js'
import { rejection } from '../test/test-registry.js'
import { fetchDocumentText, parseDocumentText } from './read-document.js'

describe('fetchDocumentText', () => {
  let server: Server
  let origin: string
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/spec.yaml')
        res.end('openapi: 3.1.0\ninfo: { title: By URL, version: "1" }\n')
      else if (req.url === '/big.json') res.end(`{"x": "${'y'.repeat(5000)}"}`)
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end()
      else if (req.url === '/hang')
        res.writeHead(200).write('{') // never ends
      else res.writeHead(500).end('boom')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('downloads a YAML document', async () => {
    const text = await fetchDocumentText(`${origin}/spec.yaml`)
    expect(parseDocumentText(text)).toMatchObject({ info: { title: 'By URL' } })
  })

  it('follows the outbound URL policy', async () => {
    const denied = await rejection(
      fetchDocumentText(`${origin}/spec.yaml`, {
        urlPolicy: createUrlPolicy({ denyPrivate: true }),
      }),
    )
    expect(denied.code).toBe('FORBIDDEN_URL')
  })

  it('names the URL when the answer is an error, too large, too slow, or nobody answers', async () => {
    const failed = await rejection(fetchDocumentText(`${origin}/missing`))
    expect(failed.code).toBe('UPSTREAM_ERROR')
    expect(failed.message).toBe(
      `could not fetch the OpenAPI document at ${origin}/missing: HTTP 500`,
    )

    const big = await rejection(fetchDocumentText(`${origin}/big.json`, { maxBytes: 1000 }))
    expect(big.code).toBe('PAYLOAD_TOO_LARGE')
    expect(big.message).toContain(`${origin}/big.json`)

    const slow = await rejection(fetchDocumentText(`${origin}/hang`, { timeoutMs: 200 }))
    expect(slow.code).toBe('UPSTREAM_TIMEOUT')
    expect(slow.message).toContain(`${origin}/hang`)

    const looped = await rejection(fetchDocumentText(`${origin}/loop`))
    expect([looped.code, looped.message]).toEqual([
      'UPSTREAM_ERROR',
      `could not fetch the OpenAPI document at ${origin}/loop: GET ${origin}/loop redirected more than 5 times, the last time to ${origin}/loop`,
    ])

    const closed = await rejection(fetchDocumentText('http://127.0.0.1:9/spec.json'))
    expect(closed.code).toBe('UPSTREAM_ERROR')
    expect(closed.message).toMatch(
      /^could not fetch the OpenAPI document at http:\/\/127\.0\.0\.1:9\/spec\.json: /,
    )
  })
})

describe('parseDocumentText', () => {
  it('names the URL a document that is no object came from', () => {
    expect(() => parseDocumentText('just text', 'http://api.test/doc')).toThrow(
      'the OpenAPI document at http://api.test/doc is neither JSON nor YAML describing an object',
    )
    expect(() => parseDocumentText('[1')).toThrow(/^the OpenAPI document is neither JSON nor YAML/)
  })
})

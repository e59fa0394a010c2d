import { describe, expect, it } from 'vitest'
import type { CatalogTool } from '../catalog/catalog.js'
import { RestConfigSchema, restToolProblems } from './rest-config.js'
import { buildRestRequest } from './rest-request.js'
import { toToolResult } from './rest-result.js'
import { createUrlPolicy } from './url-policy.js'

const tool = (over: Partial<CatalogTool>): CatalogTool =>
  ({
    url: 'http://api.test/users/{id}',
    requestType: 'GET',
    headers: {},
    auth: { type: 'none' },
    inputSchema: { type: 'object' },
    outputSchema: null,
    integrationConfig: {},
    ...over,
  }) as CatalogTool

const answer = (status: number, type: string, body: string) => ({
  status,
  statusText: status === 200 ? 'OK' : 'Not Found',
  headers: { 'content-type': type },
  body: Buffer.from(body),
})

describe('REST request mapping', () => {
  it('fills path placeholders, then sends the other arguments as query for GET', () => {
    const request = buildRestRequest(tool({}), {}, { id: 'a b/1', q: 'x', tags: ['p', 'q'] })
    expect(request.url.href).toBe('http://api.test/users/a%20b%2F1?q=x&tags=p&tags=q')
    expect(request.body).toBeUndefined()
  })

  it("refuses a path placeholder of '.' or '..' (the URL would resolve it), not a query one", () => {
    const posts = tool({ url: 'http://api.test/users/{id}/posts?since={since}' })
    for (const id of ['..', '.']) {
      expect(() => buildRestRequest(posts, {}, { id, since: '..' })).toThrow(
        `the argument 'id' is '${id}', which would move the request to another path`,
      )
    }
    const traced = RestConfigSchema.parse({ headers: { 'X-Trace': 'trace' } })
    expect(() => buildRestRequest(posts, traced, { id: 1, trace: 'a\r\nx-admin: 1' })).toThrow(
      "the argument 'trace' cannot be sent in the header 'X-Trace': it holds a line break",
    )
    const fine = buildRestRequest(posts, {}, { id: '...', since: '..' })
    expect(fine.url.href).toBe('http://api.test/users/.../posts?since=..')
  })

  it('refuses a missing or empty path argument, which would make another path; not a query one', () => {
    const remove = tool({
      url: 'http://api.test/users/{id}?reason={reason}',
      requestType: 'DELETE',
    })
    expect(() => buildRestRequest(remove, {}, {})).toThrow(
      "the argument 'id' is missing, and the URL's path needs it for {id}",
    )
    expect(() => buildRestRequest(remove, {}, { id: null })).toThrow("'id' is missing")
    expect(() => buildRestRequest(remove, {}, { id: '' })).toThrow(
      "the argument 'id' is empty, and the URL's path needs it for {id}",
    )
    const fine = buildRestRequest(remove, {}, { id: 0 })
    expect(fine.url.href).toBe('http://api.test/users/0?reason=')
  })

  it('sends mapped query and headers, and the rest as a JSON body for POST', () => {
    const config = RestConfigSchema.parse({ query: ['dryRun'], headers: { 'X-Trace': 'trace' } })
    const request = buildRestRequest(
      tool({ url: 'http://api.test/users', requestType: 'POST', headers: { 'X-Static': '1' } }),
      config,
      { dryRun: true, trace: 't-1', name: 'Ada', age: 36 },
    )
    expect(request.url.search).toBe('?dryRun=true')
    expect(request.headers).toMatchObject({ 'x-static': '1', 'x-trace': 't-1' })
    expect(JSON.parse(request.body ?? '')).toEqual({ name: 'Ada', age: 36 })
  })

  it('sends one argument as the whole body, as form fields, or raw', () => {
    const post = tool({ url: 'http://api.test/x', requestType: 'POST' })
    expect(buildRestRequest(post, { bodyArgument: 'body' }, { body: [1, 2] }).body).toBe('[1,2]')
    const form = buildRestRequest(post, { body: 'form' }, { a: 'x y', b: 2 })
    expect(form.body).toBe('a=x+y&b=2')
    expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(buildRestRequest(post, { body: 'raw', bodyArgument: 'text' }, { text: 'hi' }).body).toBe(
      'hi',
    )
  })

  it('repeats a form field for each item of an array, as in the query; refuses a form that is no object', () => {
    const post = tool({ url: 'http://api.test/x', requestType: 'POST' })
    const form = buildRestRequest(post, { body: 'form' }, { tags: ['a', 'b c'], n: null })
    expect(form.body).toBe('tags=a&tags=b+c')
    const fields = { body: 'form' as const, bodyArgument: 'fields' }
    expect(buildRestRequest(post, fields, { fields: { id: [1, 2] } }).body).toBe('id=1&id=2')
    expect(() => buildRestRequest(post, fields, { fields: 'abc' })).toThrow(
      "the argument 'fields' is a string, but a form body is an object of fields",
    )
    expect(() => buildRestRequest(post, fields, { fields: [5, 6] })).toThrow(
      "the argument 'fields' is an array, but a form body is an object of fields",
    )
  })

  it('refuses a URL placeholder or mapped argument the input schema lacks', () => {
    expect(
      restToolProblems({ url: 'http://api.test/users/{id}', inputSchema: { type: 'object' } }),
    ).toEqual([
      {
        path: ['url'],
        message: 'the URL names {id}, which the input schema does not declare as a property',
      },
    ])
    expect(
      restToolProblems({
        url: 'http://api.test/x',
        inputSchema: { type: 'object', properties: { a: {} } },
        integrationConfig: { query: ['b'], retries: 99 },
      }).map((p) => p.path.join('.')),
    ).toEqual(['integrationConfig.retries'])
  })
})

describe('REST results', () => {
  const request = { method: 'GET', url: new URL('http://api.test/users/1') }

  it('returns JSON as structuredContent and text, filtered with JMESPath', () => {
    const result = toToolResult(
      tool({}),
      request,
      answer(200, 'application/json', '{"a":{"b":[1,2]}}'),
      'a.b',
    )
    expect(result).toEqual({
      content: [{ type: 'text', text: '[1,2]' }],
      structuredContent: { result: [1, 2] },
    })
  })

  it('reads text and JSON in the charset the answer names, without a byte order mark', () => {
    const latin1 = {
      ...answer(200, 'text/plain; charset=ISO-8859-1', ''),
      body: Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    }
    expect(toToolResult(tool({}), request, latin1, undefined).content).toEqual([
      { type: 'text', text: 'café' },
    ])
    const sjis = {
      ...answer(200, 'application/json; charset="Shift_JIS"', ''),
      body: Buffer.from([0x22, 0x82, 0xa0, 0x22]),
    }
    expect(toToolResult(tool({}), request, sjis, undefined).structuredContent).toEqual({
      result: 'あ',
    })
    const bom = answer(200, 'application/json', '\ufeff{"a":1}')
    expect(toToolResult(tool({}), request, bom, undefined).structuredContent).toEqual({ a: 1 })
    const unknown = answer(200, 'text/plain; charset=klingon', 'plain')
    expect(toToolResult(tool({}), request, unknown, undefined).content).toEqual([
      { type: 'text', text: 'plain' },
    ])
  })

  it('checks JSON against the outputSchema', () => {
    const strict = tool({ outputSchema: { type: 'object', required: ['id'] } })
    const result = toToolResult(
      strict,
      request,
      answer(200, 'application/json', '{"name":"x"}'),
      undefined,
    )
    expect(result.isError).toBe(true)
  })

  it('reports an answer with no body, or not JSON, as isError when the tool has an outputSchema', () => {
    const typed = tool({ outputSchema: { type: 'object' } })
    const empty = { ...answer(204, '', ''), statusText: 'No Content' }
    expect(toToolResult(typed, request, empty, undefined)).toEqual({
      isError: true,
      content: [
        {
          type: 'text',
          text: "GET http://api.test/users/1 answered no body (HTTP 204 No Content), not the JSON the tool's outputSchema describes",
        },
      ],
    })
    const png = toToolResult(typed, request, answer(200, 'image/png', 'PNG'), undefined)
    expect(png.content).toEqual([
      {
        type: 'text',
        text: "GET http://api.test/users/1 answered image/png (HTTP 200 OK), not the JSON the tool's outputSchema describes",
      },
    ])
    // without an outputSchema, both are results
    expect(toToolResult(tool({}), request, empty, undefined).isError).toBeUndefined()
  })

  it('reports 4xx and 5xx as isError with the status and a bounded excerpt', () => {
    const result = toToolResult(
      tool({}),
      request,
      answer(404, 'text/plain', 'x'.repeat(5000)),
      undefined,
    )
    expect(result.isError).toBe(true)
    const text = (result.content as { text: string }[])[0]?.text ?? ''
    expect(text).toMatch(/^HTTP 404 Not Found from GET http:\/\/api.test\/users\/1: x+\.\.\.$/)
    expect(text.length).toBeLessThan(1200)
  })

  it('returns images as image content and other binaries as embedded resources', () => {
    expect(
      toToolResult(tool({}), request, answer(200, 'image/png', 'png'), undefined).content,
    ).toEqual([
      { type: 'image', data: Buffer.from('png').toString('base64'), mimeType: 'image/png' },
    ])
    expect(
      toToolResult(tool({}), request, answer(200, 'application/pdf', '%PDF'), undefined).content,
    ).toEqual([
      {
        type: 'resource',
        resource: { uri: 'http://api.test/users/1', mimeType: 'application/pdf', blob: 'JVBERg==' },
      },
    ])
  })
})

describe('outbound URL policy', () => {
  it('names the rule that denies a URL', () => {
    const policy = createUrlPolicy({ deny: ['*.internal', '169.254.0.0/16'], denyPrivate: true })
    expect(() => policy.check('http://db.internal/x')).toThrow(
      "denied by the deny rule '*.internal'",
    )
    expect(() => policy.check('http://169.254.169.254/latest')).toThrow(
      "the deny rule '169.254.0.0/16'",
    )
    expect(() => policy.check('http://127.0.0.1:8080/')).toThrow(
      'denyPrivate (127.0.0.1 is loopback)',
    )
    expect(() => policy.check('http://localhost/')).toThrow('denyPrivate (localhost)')
    expect(() => policy.check('https://api.example.com/')).not.toThrow()
  })

  it('refuses the cloud metadata services by name, address and resolved address with denyMetadata', () => {
    const policy = createUrlPolicy({ denyMetadata: true })
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest',
      'http://[::ffff:169.254.169.254]/',
      'http://0xa9fea9fe/',
      'http://metadata.google.internal/computeMetadata/v1/',
      'http://100.100.100.200/latest',
    ])
      expect(() => policy.check(url), url).toThrow('is a cloud instance metadata service')
    expect(() => policy.checkAddress('rebound.example.com', '169.254.170.2')).toThrow(
      'outbound address 169.254.170.2 of rebound.example.com is denied by denyMetadata',
    )
    // the rest of link-local, and everything else, stays reachable
    expect(() => policy.check('http://169.254.1.1/')).not.toThrow()
    expect(() => policy.check('http://127.0.0.1:8080/')).not.toThrow()
    expect(() => createUrlPolicy().check('http://169.254.169.254/')).not.toThrow()
  })

  it('allows only the allow list when one is given', () => {
    const policy = createUrlPolicy({ allow: ['*.example.com', '10.0.0.0/8'] })
    expect(() => policy.check('https://api.example.com/')).not.toThrow()
    expect(() => policy.check('http://10.1.2.3/')).not.toThrow()
    expect(() => policy.check('http://192.168.1.1/')).toThrow(
      'the allow list (*.example.com, 10.0.0.0/8)',
    )
    // another name may still resolve into 10.0.0.0/8: its addresses decide
    expect(() => policy.check('https://evil.test/')).not.toThrow()
    expect(() => policy.checkAddress('evil.test', '192.168.1.1')).toThrow('allow list')
  })
})

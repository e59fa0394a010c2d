import { describe, expect, it } from 'vitest'
import { restToolProblems } from '../rest/rest-config.js'
import { dereferenceDocument } from './dereference.js'
import { operationToolName, operationTools } from './operation-tools.js'
import { parseDocumentText } from './read-document.js'

const yaml30 = `
openapi: 3.0.3
info: { title: Zoo, version: '1' }
servers: [{ url: 'https://{region}.zoo.example/v1', variables: { region: { default: eu } } }]
paths:
  /animals/{animalId}:
    parameters:
      - $ref: '#/components/parameters/AnimalId'
    get:
      operationId: get animal!
      tags: [Animals, 'Big Cats']
      summary: One animal
      parameters:
        - { name: fields, in: query, schema: { type: array, items: { type: string } } }
        - { name: X-Trace, in: header, required: true, schema: { type: string } }
        - { name: session, in: cookie, schema: { type: string } }
        - { name: animalId, in: query, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Animal' }
    put:
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/Animal' }
      responses:
        '204': { description: done }
  /animals:
    post:
      operationId: addAnimal
      parameters:
        - { name: body, in: query, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Animal' }
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Animal' } }
    head:
      responses: { '200': { description: ok } }
  /animals/photo:
    post:
      operationId: uploadPhoto
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object }
      responses: { '200': { description: ok } }
components:
  parameters:
    AnimalId: { name: animalId, in: path, required: true, schema: { type: integer } }
  schemas:
    Animal:
      type: object
      required: [name]
      properties:
        name: { type: string, nullable: true, example: Leo }
        parent: { $ref: '#/components/schemas/Animal' }
      xml: { name: animal }
`

async function toolsOf(text: string, options: Parameters<typeof operationTools>[1]) {
  const dereferenced = await dereferenceDocument(parseDocumentText(text))
  if (!dereferenced.document) throw new Error(JSON.stringify(dereferenced.problems))
  return operationTools(dereferenced.document, options)
}

describe('operationTools', () => {
  it('maps an OpenAPI 3.0 YAML document: parameters, bodies, $refs, servers, tags', async () => {
    const { tools, skipped } = await toolsOf(yaml30, { source: 'zoo' })
    expect(tools.map((t) => t.name)).toEqual(['get_animal', 'put_animals_animalId', 'addAnimal'])
    expect(skipped).toEqual([
      { operation: 'HEAD /animals', reason: 'REST tools do not use HEAD' },
      { operation: 'POST /animals/photo', reason: 'its request body is only multipart/form-data' },
    ])
    const [get, put, add] = tools
    expect(get).toMatchObject({
      displayName: 'One animal',
      description: 'One animal',
      requestType: 'GET',
      url: 'https://eu.zoo.example/v1/animals/{animalId}',
      tags: ['animals', 'big cats'],
      integrationConfig: {
        query: ['fields', 'animalId_query'],
        headers: { 'X-Trace': 'X-Trace' },
        openapi: {
          source: 'zoo',
          operationId: 'get animal!',
          method: 'GET',
          path: '/animals/{animalId}',
        },
      },
    })
    expect(get?.inputSchema).toEqual({
      type: 'object',
      properties: {
        animalId: { type: 'integer' },
        fields: { type: 'array', items: { type: 'string' } },
        animalId_query: { type: 'string' },
        'X-Trace': { type: 'string' },
      },
      required: ['animalId', 'X-Trace'],
    })
    // nullable, example and xml become JSON Schema; the recursive reference is left open.
    expect(get?.outputSchema).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: ['string', 'null'], examples: ['Leo'] },
        parent: { description: 'a recursive structure (not expanded)' },
      },
    })
    expect(put?.integrationConfig).toMatchObject({ body: 'form', bodyArgument: 'body' })
    expect(put?.inputSchema.required).toEqual(['animalId', 'body'])
    expect(put?.outputSchema).toBeNull()
    // A parameter named body pushes the body argument aside; an array response is no output schema.
    expect(add?.integrationConfig).toMatchObject({
      query: ['body'],
      body: 'json',
      bodyArgument: 'request_body',
    })
    expect(Object.keys(add?.inputSchema.properties as object)).toEqual(['body', 'request_body'])
    // What the REST invoker checks when a tool is registered holds for every imported tool.
    for (const tool of tools) expect(restToolProblems(tool)).toEqual([])
    expect(add?.inputSchema.required).toBeUndefined()
    expect(add?.outputSchema).toBeNull()
  })

  it('maps OpenAPI 3.1 (JSON Schema types, raw bodies) and resolves a relative server against the document URL', async () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 'Notes', version: '1' },
      servers: [{ url: '/api' }],
      paths: {
        '/notes/{id}': {
          patch: {
            operationId: 'notes.update',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } },
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/problem+json': {
                    schema: { properties: { text: { type: ['string', 'null'] } } },
                  },
                },
              },
            },
          },
        },
      },
    }
    const { tools } = await toolsOf(JSON.stringify(doc), {
      source: 'notes',
      documentUrl: 'http://127.0.0.1:8080/specs/notes.json',
    })
    expect(tools[0]).toMatchObject({
      name: 'notes.update',
      requestType: 'PATCH',
      url: 'http://127.0.0.1:8080/api/notes/{id}',
      headers: { 'Content-Type': 'text/plain' },
      integrationConfig: { body: 'raw', bodyArgument: 'body' },
      outputSchema: { type: 'object', properties: { text: { type: ['string', 'null'] } } },
    })
  })

  it('sends no media range such as */* as the Content-Type of a raw body', async () => {
    const blob = { content: { '*/*': { schema: { type: 'string' } } } }
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      servers: [{ url: 'http://127.0.0.1:1' }],
      paths: { '/blob': { put: { requestBody: blob, responses: {} } } },
    }
    const { tools } = await toolsOf(JSON.stringify(doc), { source: 't' })
    expect(tools[0]?.integrationConfig).toMatchObject({ body: 'raw' })
    expect(tools[0]?.headers).toEqual({})
  })

  it('filters by tag, path prefix and method, and lets baseUrl override the servers', async () => {
    const pick = (filter: Parameters<typeof operationTools>[1]['filter']) =>
      toolsOf(yaml30, { source: 'zoo', filter, baseUrl: 'http://127.0.0.1:1/base/' }).then((r) =>
        r.tools.map((t) => t.name),
      )
    expect(await pick({ tags: ['BIG CATS'] })).toEqual(['get_animal'])
    expect(await pick({ paths: ['/animals/{animalId}'] })).toEqual([
      'get_animal',
      'put_animals_animalId',
    ])
    expect(await pick({ paths: ['/animals'], methods: ['POST'] })).toEqual(['addAnimal'])
    expect(await pick({ paths: ['/anim'] })).toEqual([])
    const { tools } = await toolsOf(yaml30, { source: 'zoo', baseUrl: 'http://127.0.0.1:1/base/' })
    expect(tools[0]?.url).toBe('http://127.0.0.1:1/base/animals/{animalId}')
  })

  it('refuses a relative server URL with nothing to resolve it against', async () => {
    const doc = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: {} } } },
    }
    await expect(toolsOf(JSON.stringify(doc), { source: 't' })).rejects.toThrow(/give baseUrl/)
  })

  it('skips an operation whose schema cannot be compiled, saying why', async () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      servers: [{ url: 'http://127.0.0.1:1' }],
      paths: {
        '/a': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { pattern: '(unclosed' } }],
            responses: {},
          },
          post: { responses: {} },
        },
      },
    }
    const { tools, skipped } = await toolsOf(JSON.stringify(doc), { source: 't' })
    expect(tools.map((t) => t.name)).toEqual(['post_a'])
    expect(skipped).toEqual([
      {
        operation: 'GET /a',
        reason: expect.stringMatching(
          /^its input schema cannot be compiled: Invalid regular expression/,
        ) as string,
      },
    ])
  })

  it('leaves out the header parameters the gateway sets itself; skips an operation no call could make', async () => {
    const header = (name: string) => ({ name, in: 'header', schema: { type: 'string' } })
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      servers: [{ url: 'http://127.0.0.1:1' }],
      paths: {
        '/a': {
          get: {
            parameters: ['Accept', 'content-type', 'Authorization', 'Connection', 'X-Trace'].map(
              header,
            ),
            responses: {},
          },
          post: { parameters: [header('X Trace')], responses: {} },
        },
      },
    }
    const { tools, skipped } = await toolsOf(JSON.stringify(doc), { source: 't' })
    expect(tools.map((t) => [t.name, t.integrationConfig.headers])).toEqual([
      ['get_a', { 'X-Trace': 'X-Trace' }],
    ])
    expect(Object.keys(tools[0]?.inputSchema.properties as object)).toEqual(['X-Trace'])
    expect(skipped).toEqual([
      {
        operation: 'POST /a',
        reason: 'integrationConfig.headers.X Trace: not a valid header name',
      },
    ])
  })

  it('refuses, naming it, an operation whose inlined shared $refs would pass the schema limit', async () => {
    // S0..S<depth>, each with 10 properties referring to the next: every level inlines 10 copies
    const nested = (depth: number) => {
      const schemas: Record<string, unknown> = { [`S${depth}`]: { type: 'string' } }
      for (let level = depth - 1; level >= 0; level--) {
        const properties = Object.fromEntries(
          Array.from({ length: 10 }, (_, i) => [
            `p${i}`,
            { $ref: `#/components/schemas/S${level + 1}` },
          ]),
        )
        schemas[`S${level}`] = { type: 'object', properties }
      }
      return JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'nested', version: '1' },
        servers: [{ url: 'http://127.0.0.1:1' }],
        paths: {
          '/s': {
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } },
              },
              responses: {},
            },
          },
        },
        components: { schemas },
      })
    }
    const { tools } = await toolsOf(nested(3), { source: 'nested' })
    expect(tools[0]?.inputSchema.properties).toHaveProperty('body.properties.p9.properties.p9')
    const started = Date.now()
    await expect(toolsOf(nested(8), { source: 'nested' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(
        /^POST \/s: its input schema would take more than 256 KiB/,
      ) as string,
    })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('names tools by the MCP tool-name rules', () => {
    expect(operationToolName('pets/list all', 'get', '/pets')).toBe('pets_list_all')
    expect(operationToolName(null, 'delete', '/pets/{petId}/photos')).toBe(
      'delete_pets_petId_photos',
    )
    expect(operationToolName('x'.repeat(200), 'get', '/').length).toBe(128)
  })
})

describe('parseDocumentText', () => {
  it('reads JSON and YAML, and refuses what is neither', () => {
    expect(parseDocumentText('{"openapi": "3.1.0"}')).toEqual({ openapi: '3.1.0' })
    expect(parseDocumentText('openapi: 3.1.0\ninfo: {title: t}')).toEqual({
      openapi: '3.1.0',
      info: { title: 't' },
    })
    expect(() => parseDocumentText('{ not: [json')).toThrow(/neither JSON nor YAML/)
    expect(() => parseDocumentText('just a sentence')).toThrow(/neither JSON nor YAML/)
  })
})

import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildOpenApiDocument, toOpenApiPath, type OperationSpec } from './openapi.js'

const ToolCreateSchema = z
  .object({
    name: z.string().min(1).describe('Tool name'),
    url: z.url(),
    tags: z.array(z.string()).default([]),
    timeoutMs: z.number().int().positive().optional(),
  })
  .superRefine((tool, ctx) => {
    if (tool.name.startsWith('_')) ctx.addIssue({ code: 'custom', message: 'no leading _' })
  })
  .transform((tool) => ({ ...tool, slug: tool.name.toLowerCase() }))

const ListQuerySchema = z.object({
  cursor: z.string().optional().describe('Opaque cursor from the previous page'),
  limit: z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.number().int().max(500)),
  include_inactive: z.enum(['true', 'false']).default('false'),
})

interface Node {
  name: string
  children: Node[]
}
const NodeSchema: z.ZodType<Node> = z.lazy(() =>
  z.object({ name: z.string(), children: z.array(NodeSchema) }),
)

const operations: OperationSpec[] = [
  { method: 'get', path: '/tools', summary: 'List tools', tag: 'tools', query: ListQuerySchema },
  {
    method: 'post',
    path: '/tools',
    summary: 'Create a tool',
    tag: 'tools',
    body: ToolCreateSchema,
    status: 201,
  },
  { method: 'get', path: '/tools/:id', summary: 'Get a tool', tag: 'tools' },
  { method: 'delete', path: '/tools/:id', summary: 'Delete a tool', tag: 'tools', status: 204 },
  {
    method: 'post',
    path: '/prompts/:id',
    summary: 'Render a prompt',
    tag: 'prompts',
    body: z.preprocess((v) => v ?? {}, z.record(z.string(), z.string())),
  },
  { method: 'put', path: '/roots/:id', summary: 'Replace a tree', tag: 'roots', body: NodeSchema },
  {
    method: 'patch',
    path: '/dates/:id',
    summary: 'Unrepresentable',
    tag: 'misc',
    body: z.object({ at: z.date(), when: z.custom<Date>() }),
  },
  { method: 'get', path: '/health', summary: 'Liveness', tag: 'ops', auth: false },
]

/** The value at a key path of a JSON-like value (undefined where the path breaks). */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

const json = 'application/json'

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument(operations, {
    title: 'Switchyard',
    version: '0.1.0',
    description: 'MCP gateway',
  })
  const op = (path: string, method: string, ...keys: string[]) =>
    at(doc.paths, path, method, ...keys)

  it('is a valid OpenAPI 3.1.0 document', async () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info).toEqual({ title: 'Switchyard', version: '0.1.0', description: 'MCP gateway' })
    const result = await validate(structuredClone(doc) as never)
    expect(result.valid ? '' : compileErrors(result)).toBe('')
  })

  it('converts Hono paths and declares path parameters', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/tools',
      '/tools/{id}',
      '/prompts/{id}',
      '/roots/{id}',
      '/dates/{id}',
      '/health',
    ])
    expect(op('/tools/{id}', 'get', 'parameters')).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ])
    expect(op('/tools/{id}', 'get', 'operationId')).toBe('getToolsById')
    expect(op('/tools/{id}', 'get', 'responses', '404')).toEqual({
      $ref: '#/components/responses/NotFound',
    })
  })

  it('describes request bodies by their input shape, despite refinements and transforms', () => {
    expect(op('/tools', 'post', 'requestBody', 'required')).toBe(true)
    const schema = op('/tools', 'post', 'requestBody', 'content', json, 'schema')
    expect(schema).toMatchObject({
      type: 'object',
      required: ['name', 'url'],
      properties: { name: { type: 'string', minLength: 1, description: 'Tool name' } },
    })
    expect(at(schema, 'properties')).not.toHaveProperty('slug')
    expect(schema).not.toHaveProperty('$schema')
    expect(op('/tools', 'post', 'responses', '201', 'description')).toBe('Created')
  })

  it('describes a preprocessed body by the schema it feeds', () => {
    expect(op('/prompts/{id}', 'post', 'requestBody', 'content', json, 'schema')).toEqual({
      type: 'object',
      propertyNames: { type: 'string' },
      additionalProperties: { type: 'string' },
    })
  })

  it('falls back to an open schema where zod has no JSON Schema or conversion fails', () => {
    const broken = z.lazy((): z.ZodType => {
      throw new Error('broken schema')
    })
    const fallback = buildOpenApiDocument(
      [{ method: 'post', path: '/x', summary: 'x', tag: 'x', body: broken, query: broken }],
      { title: 't', version: '1' },
    )
    expect(at(fallback.paths, '/x', 'post', 'requestBody', 'content', json, 'schema')).toEqual({})
    expect(at(fallback.paths, '/x', 'post')).not.toHaveProperty('parameters')
    const dates = op('/dates/{id}', 'patch', 'requestBody', 'content', json, 'schema')
    expect(at(dates, 'properties')).toEqual({ at: {}, when: {} })
  })

  it('moves recursive definitions into components', () => {
    const schema = op('/roots/{id}', 'put', 'requestBody', 'content', json, 'schema')
    const ref = at(schema, '$ref') ?? at(schema, 'properties', 'children', 'items', '$ref')
    expect(ref).toMatch(/^#\/components\/schemas\//)
    expect(doc.components.schemas[String(ref).split('/').pop() ?? '']).toBeDefined()
    expect(JSON.stringify(doc)).not.toContain('#/$defs/')
  })

  it('turns a ZodObject query into query parameters', () => {
    expect(op('/tools', 'get', 'parameters')).toEqual([
      {
        name: 'cursor',
        in: 'query',
        required: false,
        schema: { type: 'string' },
        description: 'Opaque cursor from the previous page',
      },
      {
        name: 'limit',
        in: 'query',
        required: true,
        schema: { type: 'integer', minimum: -9007199254740991, maximum: 500 },
      },
      {
        name: 'include_inactive',
        in: 'query',
        required: false,
        schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
      },
    ])
  })

  it('shares one error schema across 4xx and 5xx responses', () => {
    expect(doc.components.schemas['Error']).toMatchObject({ required: ['detail', 'code'] })
    expect(op('/tools', 'get', 'responses')).toMatchObject({
      '400': { $ref: '#/components/responses/BadRequest' },
      '422': { $ref: '#/components/responses/ValidationFailed' },
      '4XX': { $ref: '#/components/responses/ClientError' },
      '5XX': { $ref: '#/components/responses/ServerError' },
    })
    expect(at(doc.components.responses, 'NotFound', 'content', json, 'schema')).toEqual({
      $ref: '#/components/schemas/Error',
    })
    expect(op('/tools/{id}', 'delete', 'responses', '204')).toEqual({ description: 'No content' })
  })

  it('requires bearer or basic auth except on auth: false operations', () => {
    expect(doc.components.securitySchemes).toEqual({
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      basicAuth: { type: 'http', scheme: 'basic' },
    })
    expect(op('/tools', 'get', 'security')).toEqual([{ bearerAuth: [] }, { basicAuth: [] }])
    expect(op('/tools', 'get', 'responses', '401')).toBeDefined()
    expect(op('/health', 'get')).not.toHaveProperty('security')
    expect(op('/health', 'get', 'responses')).not.toHaveProperty('401')
    expect(doc).not.toHaveProperty('security')
  })

  it('lists tags in first-seen order', () => {
    expect(doc.tags).toEqual([
      { name: 'tools' },
      { name: 'prompts' },
      { name: 'roots' },
      { name: 'misc' },
      { name: 'ops' },
    ])
  })

  it('refuses the same operation twice', () => {
    const spec: OperationSpec = { method: 'get', path: '/x', summary: 'x', tag: 'x' }
    expect(() => buildOpenApiDocument([spec, spec], { title: 't', version: '1' })).toThrow(
      'duplicate operation GET /x',
    )
  })

  it('names component clashes apart', () => {
    const A = z.object({ a: z.string() }).meta({ id: 'Shared' })
    const B = z.object({ b: z.number() }).meta({ id: 'Shared' })
    const clash = buildOpenApiDocument(
      [
        { method: 'post', path: '/a', summary: 'a', tag: 't', body: z.object({ x: A }) },
        { method: 'post', path: '/b', summary: 'b', tag: 't', body: z.object({ y: B }) },
      ],
      { title: 't', version: '1' },
    )
    const text = JSON.stringify(clash.paths)
    expect(Object.keys(clash.components.schemas).sort()).toEqual(['Error', 'Shared', 'Shared2'])
    expect(text).toContain('#/components/schemas/Shared"')
    expect(text).toContain('#/components/schemas/Shared2"')
  })
})

describe('toOpenApiPath', () => {
  it.each([
    ['/tools', '/tools', []],
    ['/tools/:id', '/tools/{id}', ['id']],
    ['/gateways/:id/tools/refresh', '/gateways/{id}/tools/refresh', ['id']],
    [
      '/servers/:serverId/tools/:toolId',
      '/servers/{serverId}/tools/{toolId}',
      ['serverId', 'toolId'],
    ],
    ['/files/:name{[a-z]{2,}\\.txt}', '/files/{name}', ['name']],
    ['/users/:email?', '/users/{email}', ['email']],
  ])('%s -> %s', (hono, path, params) => {
    expect(toOpenApiPath(hono)).toEqual({ path, params })
  })
})

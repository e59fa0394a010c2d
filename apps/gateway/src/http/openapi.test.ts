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
  { method: 'post', path: '/tools', summary: 'Create a tool', tag: 'tools', body: ToolCreateSchema, status: 201 },
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
  { method: 'patch', path: '/dates/:id', summary: 'Unrepresentable', tag: 'misc', body: z.object({ at: z.date(), when: z.custom<Date>() }) },
  { method: 'get', path: '/health', summary: 'Liveness', tag: 'ops', auth: false },
]

type Json = Record<string, any>

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument(operations, { title: 'Switchyard', version: '0.1.0', description: 'MCP gateway' })
  const paths = doc.paths as Json

  it('is a valid OpenAPI 3.1.0 document', async () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info).toEqual({ title: 'Switchyard', version: '0.1.0', description: 'MCP gateway' })
    const result = await validate(structuredClone(doc) as never)
    expect(result.valid ? '' : compileErrors(result)).toBe('')
  })

  it('converts Hono paths and declares path parameters', () => {
    expect(Object.keys(paths)).toEqual(['/tools', '/tools/{id}', '/prompts/{id}', '/roots/{id}', '/dates/{id}', '/health'])
    expect(paths['/tools/{id}'].get.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ])
    expect(paths['/tools/{id}'].get.operationId).toBe('getToolsById')
    expect(paths['/tools/{id}'].get.responses['404']).toEqual({ $ref: '#/components/responses/NotFound' })
  })

  it('describes request bodies by their input shape, despite refinements and transforms', () => {
    const body = paths['/tools'].post.requestBody
    expect(body.required).toBe(true)
    const schema = body.content['application/json'].schema
    expect(schema.type).toBe('object')
    expect(schema.properties.name).toMatchObject({ type: 'string', minLength: 1, description: 'Tool name' })
    expect(schema.properties).not.toHaveProperty('slug')
    expect(schema.required).toEqual(['name', 'url'])
    expect(schema).not.toHaveProperty('$schema')
    expect(paths['/tools'].post.responses['201'].description).toBe('Created')
  })

  it('describes a preprocessed body by the schema it feeds', () => {
    expect(paths['/prompts/{id}'].post.requestBody.content['application/json'].schema).toEqual({
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
    ) as Json
    expect(fallback.paths['/x'].post.requestBody.content['application/json'].schema).toEqual({})
    expect(fallback.paths['/x'].post).not.toHaveProperty('parameters')
    const dates = paths['/dates/{id}'].patch.requestBody.content['application/json'].schema
    expect(dates.properties).toEqual({ at: {}, when: {} })
  })

  it('moves recursive definitions into components', () => {
    const schema = paths['/roots/{id}'].put.requestBody.content['application/json'].schema
    const ref: string = schema.$ref ?? schema.properties.children.items.$ref
    expect(ref).toMatch(/^#\/components\/schemas\//)
    expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined()
    expect(JSON.stringify(doc)).not.toContain('#/$defs/')
  })

  it('turns a ZodObject query into query parameters', () => {
    const parameters = paths['/tools'].get.parameters
    expect(parameters).toEqual([
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
    const get = paths['/tools'].get.responses
    expect(get['400']).toEqual({ $ref: '#/components/responses/BadRequest' })
    expect(get['422']).toEqual({ $ref: '#/components/responses/ValidationFailed' })
    expect(get['5XX']).toEqual({ $ref: '#/components/responses/ServerError' })
    const responses = doc.components.responses as Json
    expect(responses['NotFound'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    })
    expect(paths['/tools/{id}'].delete.responses['204']).toEqual({ description: 'No content' })
  })

  it('requires bearer or basic auth except on auth: false operations', () => {
    expect(doc.components.securitySchemes).toEqual({
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      basicAuth: { type: 'http', scheme: 'basic' },
    })
    expect(paths['/tools'].get.security).toEqual([{ bearerAuth: [] }, { basicAuth: [] }])
    expect(paths['/tools'].get.responses['401']).toBeDefined()
    expect(paths['/health'].get).not.toHaveProperty('security')
    expect(paths['/health'].get.responses).not.toHaveProperty('401')
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
    ['/servers/:serverId/tools/:toolId', '/servers/{serverId}/tools/{toolId}', ['serverId', 'toolId']],
    ['/files/:name{[a-z]{2,}\\.txt}', '/files/{name}', ['name']],
    ['/users/:email?', '/users/{email}', ['email']],
  ])('%s -> %s', (hono, path, params) => {
    expect(toOpenApiPath(hono)).toEqual({ path, params })
  })
})

import { describe, expect, it } from 'vitest'
import { GatewayError } from '../errors.js'
import { importOpenApi } from './import-openapi.js'

// No store is reached: the document is refused before the transaction starts.
const registry = { context: {} } as Parameters<typeof importOpenApi>[0]
const problemsOf = async (spec: Record<string, unknown> | string) => {
  try {
    await importOpenApi(registry, { spec }, { actor: { email: null } })
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError)
    const failure = error as GatewayError
    expect(failure.code).toBe('INVALID_DOCUMENT')
    expect(failure.mapping.status).toBe(422)
    return failure.problems
  }
  throw new Error('expected the document to be refused')
}

describe('invalid OpenAPI documents', () => {
  it('lists each schema problem of a 3.0 document at its JSON pointer', async () => {
    const problems = await problemsOf({
      openapi: '3.0.3',
      info: { title: 'x', version: '1' },
      paths: {
        '/pets': { get: { summary: 'no responses' } },
        '/p': {
          get: {
            parameters: [{ name: 'a', in: 'qury' }],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    })
    expect(problems).toEqual([
      { pointer: '/paths/~1pets/get/responses', message: 'is required' },
      {
        pointer: '/paths/~1p/get/parameters/0/in',
        message: 'must be one of "path", "query", "header", "cookie"',
      },
    ])
  })

  it('checks 3.1 documents against the 3.1 schema', async () => {
    const problems = await problemsOf(
      'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /pets:\n    post:\n      operationId: 3\n',
    )
    expect(problems).toEqual([
      { pointer: '/paths/~1pets/post/operationId', message: 'must be string' },
    ])
  })

  it('names broken references, duplicate operationIds and undeclared path parameters', async () => {
    const base = { openapi: '3.1.0', info: { title: 'x', version: '1' } }
    expect(
      await problemsOf({
        ...base,
        paths: { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Nope' } } } } },
      }),
    ).toEqual([
      {
        pointer: '/paths/~1a/get/responses/200/$ref',
        message: expect.stringMatching(
          /^points at nothing: "#\/components\/responses\/Nope"/,
        ) as unknown,
      },
    ])
    expect(
      await problemsOf({
        ...base,
        paths: {
          '/a/{id}': { get: { operationId: 'same' } },
          '/b': { get: { operationId: 'same' } },
        },
      }),
    ).toEqual([
      {
        pointer: '/paths/~1a~1{id}/get/parameters',
        message: "must declare the path parameter 'id' of the path template",
      },
      {
        pointer: '/paths/~1b/get/operationId',
        message: "duplicates the operationId 'same' of /paths/~1a~1{id}/get",
      },
    ])
  })

  it('refuses Swagger 2.0 with a pointer to the version', async () => {
    expect(
      await problemsOf({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }),
    ).toEqual([
      {
        pointer: '/openapi',
        message: 'must be an OpenAPI 3.0.x or 3.1.x version (got Swagger 2.0)',
      },
    ])
  })
})

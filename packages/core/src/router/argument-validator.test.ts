import { describe, expect, it } from 'vitest'
import { argumentProblems, MAX_SCHEMA_BYTES, schemaProblem } from './argument-validator.js'

const message = {
  type: 'object',
  properties: { message: { type: 'string' } },
  required: ['message'],
}

describe('argumentProblems', () => {
  it('checks schemas of JSON Schema 2020-12 (named or, as MCP has it, by default) and draft-07', () => {
    const dialects = [
      'https://json-schema.org/draft/2020-12/schema',
      'http://json-schema.org/draft-07/schema#',
      undefined,
    ]
    for (const $schema of dialects) {
      const schema = { ...message, ...($schema && { $schema }) }
      expect(argumentProblems(schema, { message: 'hi' }), $schema).toBeUndefined()
      expect(argumentProblems(schema, {}), $schema).toEqual(['arguments.message is required'])
    }
  })

  it('reads 2020-12 keywords as 2020-12, and a dialect-less tuple `items` as draft-07', () => {
    const pair = { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] }
    const schema = { type: 'object', properties: { pair } }
    expect(argumentProblems(schema, { pair: ['a', 1] })).toBeUndefined()
    expect(argumentProblems(schema, { pair: ['a', 'b'] })).toEqual([
      'arguments.pair[1] must be a number, not a string',
    ])
    const tuple = { type: 'object', properties: { pair: { items: [{ type: 'string' }] } } }
    expect(argumentProblems(tuple, { pair: [1] })).toEqual([
      'arguments.pair[0] must be a string, not an integer',
    ])
  })

  it('reads a dialect Ajv lacks (draft-04) as 2020-12, and lets schemas share an $id', () => {
    const draft04 = { $schema: 'http://json-schema.org/draft-04/schema#', ...message }
    expect(argumentProblems(draft04, {})).toEqual(['arguments.message is required'])
    for (const copy of [1, 2]) {
      const named = { $id: 'https://example.com/message', ...message }
      expect(argumentProblems(named, { message: copy }), String(copy)).toEqual([
        'arguments.message must be a string, not an integer',
      ])
    }
  })

  it('names the property at fault and what was given, for each kind of problem', () => {
    const schema = {
      type: 'object',
      properties: {
        color: { enum: ['red', 'green'] },
        mode: { const: 'fast' },
        count: { type: ['integer', 'null'] },
        'ship to': {
          type: 'object',
          properties: { city: { type: 'string' }, zip: { type: 'string' } },
          additionalProperties: false,
          allOf: [{ not: { required: ['city', 'zip'] }, description: 'at most one of city, zip' }],
        },
        pick: { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] },
        bare: { not: { type: 'string' } },
      },
      additionalProperties: false,
    }
    const wrong = {
      color: 'blue',
      mode: 'slow',
      count: 1.5,
      'ship to': { city: 'Oslo', zip: '0150', street: 'x' },
      pick: 'ab',
      bare: 's',
      extra: true,
    }
    expect(argumentProblems(schema, wrong)).toEqual([
      'arguments.extra is unknown (arguments takes only "color", "mode", "count", "ship to", "pick", "bare")',
      'arguments.color must be one of "red", "green", not "blue"',
      'arguments.mode must be "fast"',
      'arguments.count must be an integer or null, not a number',
      'arguments["ship to"] breaks a rule of its schema: at most one of city, zip',
      'arguments["ship to"].street is unknown (arguments["ship to"] takes only "city", "zip")',
      "arguments.pick matches more than one of the schemas under 'oneOf' (0 and 1)",
      "arguments.bare must not match the schema under 'not'",
    ])
    expect(argumentProblems(schema, { pick: true, 'ship to': [] })).toEqual([
      'arguments["ship to"] must be an object, not an array',
      'arguments.pick must be a string, not a boolean',
      "arguments.pick must match exactly one of the schemas under 'oneOf'",
    ])
  })

  it('tells at most ten problems, then how many more, and each problem once', () => {
    const schema = { type: 'array', items: { type: 'string' } }
    const problems = argumentProblems(
      schema,
      Array.from({ length: 1000 }, (_, i) => i),
    )
    expect(problems).toHaveLength(11)
    expect(problems![0]).toBe('arguments[0] must be a string, not an integer')
    expect(problems![10]).toBe('and 990 more problems')
    const twice = { anyOf: [{ required: ['a'] }, { required: ['a'] }] }
    expect(argumentProblems(twice, {})).toEqual([
      'arguments.a is required',
      "arguments must match one of the schemas under 'anyOf'",
    ])
  })

  it('names the root it is given (an answer checked against an output schema, say)', () => {
    const schema = { type: 'object', required: ['id'] }
    expect(argumentProblems(schema, {}, 'structuredContent')).toEqual([
      'structuredContent.id is required',
    ])
  })

  it('passes nothing, and says why, under a schema it cannot compile', () => {
    const broken = [
      { type: 'object', properties: { b: { type: 'string', pattern: '(unclosed' } } },
      { type: 'object', properties: { b: { $ref: '#/nowhere' } } },
      { type: 'no-such-type' },
    ]
    for (const schema of broken) {
      expect(schemaProblem(schema)).toBeDefined()
      expect(argumentProblems(schema, {})).toEqual([
        `the schema cannot be checked, so nothing is passed: ${schemaProblem(schema)}`,
      ])
    }
    expect(schemaProblem(broken[0]!)).toMatch(/Invalid regular expression/)
    expect(schemaProblem(broken[1]!)).toMatch(/can't resolve reference #\/nowhere/)
    expect(schemaProblem(message)).toBeUndefined()
    const huge = { type: 'object', description: 'x'.repeat(MAX_SCHEMA_BYTES) }
    expect(schemaProblem(huge)).toBe('it takes more than 256 KiB of JSON')
  })
})

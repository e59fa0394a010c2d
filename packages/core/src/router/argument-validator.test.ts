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
      expect(argumentProblems(schema, {}), $schema).toEqual([
        "(arguments) must have required property 'message'",
      ])
    }
  })

  it('reads 2020-12 keywords as 2020-12, and a dialect-less tuple `items` as draft-07', () => {
    const pair = { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] }
    const schema = { type: 'object', properties: { pair } }
    expect(argumentProblems(schema, { pair: ['a', 1] })).toBeUndefined()
    expect(argumentProblems(schema, { pair: ['a', 'b'] })).toEqual(['/pair/1 must be number'])
    const tuple = { type: 'object', properties: { pair: { items: [{ type: 'string' }] } } }
    expect(argumentProblems(tuple, { pair: [1] })).toEqual(['/pair/0 must be string'])
  })

  it('reads a dialect Ajv lacks (draft-04) as 2020-12, and lets schemas share an $id', () => {
    const draft04 = { $schema: 'http://json-schema.org/draft-04/schema#', ...message }
    expect(argumentProblems(draft04, {})).toEqual([
      "(arguments) must have required property 'message'",
    ])
    for (const copy of [1, 2]) {
      const named = { $id: 'https://example.com/message', ...message }
      expect(argumentProblems(named, { message: copy }), String(copy)).toEqual([
        '/message must be string',
      ])
    }
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

import { describe, expect, it } from 'vitest'
import { argumentProblems } from './argument-validator.js'

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

  it('leaves a schema it cannot compile to the upstream', () => {
    const unknown = { $schema: 'http://json-schema.org/draft-04/schema#', ...message }
    expect(argumentProblems(unknown, {})).toBeUndefined()
    expect(argumentProblems({ type: 'no-such-type' }, {})).toBeUndefined()
  })
})

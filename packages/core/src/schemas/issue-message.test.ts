import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { validated } from '../services/validated.js'

const issuesOf = (schema: z.ZodType, value: unknown) => {
  try {
    validated(schema, value)
  } catch (error) {
    return (error as { issues: unknown }).issues
  }
  throw new Error('the value was accepted')
}

describe('issueMessage (through validated)', () => {
  it('words bounds by what is measured, exclusive ones included', () => {
    const schema = z.object({
      text: z.string().length(3),
      list: z.array(z.string()).min(2),
      ratio: z.number().lt(1),
      count: z.number().gt(0),
      few: z.array(z.number()).max(1),
    })
    expect(issuesOf(schema, { text: 'ab', list: ['a'], ratio: 1, count: 0, few: [1, 2] })).toEqual([
      { path: 'text', message: 'must be exactly 3 characters' },
      { path: 'list', message: 'must have at least 2 items' },
      { path: 'ratio', message: 'must be less than 1' },
      { path: 'count', message: 'must be greater than 0' },
      { path: 'few', message: 'must have at most 1 item' },
    ])
  })

  it('says what a missing enum may be, and a coerced number that is none only what it must be', () => {
    const schema = z.object({ mode: z.enum(['a', 'b']), limit: z.coerce.number() })
    expect(issuesOf(schema, { limit: 'abc' })).toEqual([
      { path: 'mode', message: "is required: one of 'a' or 'b'" },
      { path: 'limit', message: 'must be a number' },
    ])
  })

  it('names formats in words and cuts a long wrong value short', () => {
    const schema = z.object({
      at: z.iso.datetime(),
      kind: z.literal('x'),
      code: z.string().regex(/^\d+$/),
    })
    expect(issuesOf(schema, { at: 'now', kind: 'y'.repeat(50), code: 'a' })).toEqual([
      { path: 'at', message: 'must be a date and time such as 2030-01-31T12:00:00Z' },
      { path: 'kind', message: `must be 'x', not '${'y'.repeat(37)}...'` },
      { path: 'code', message: 'is not in the expected form (it must match /^\\d+$/)' },
    ])
  })

  it('reports a union by the form that came close, or by the types it takes', () => {
    const schema = z.array(z.union([z.string(), z.object({ id: z.string(), n: z.number() })]))
    expect(issuesOf(schema, [true, { id: 'a', n: 'b' }])).toEqual([
      { path: '0', message: 'must be a string or an object, not a boolean' },
      { path: '1.n', message: 'must be a number, not a string' },
    ])
  })

  it('names each unknown field of a strict object, and a bad record key by its key', () => {
    const schema = z.object({
      strict: z.strictObject({ a: z.string() }),
      map: z.record(z.string().regex(/^[a-z]+$/, 'lower-case letters only'), z.string()),
    })
    expect(issuesOf(schema, { strict: { a: 'x', b: 1, c: 2 }, map: { Bad: 'v' } })).toEqual([
      { path: 'strict.b', message: 'is not a known field' },
      { path: 'strict.c', message: 'is not a known field' },
      { path: 'map.Bad', message: 'lower-case letters only' },
    ])
  })

  it('keeps a message the schema sets itself', () => {
    const schema = z.object({ n: z.number().max(3, 'three at most, please') })
    expect(issuesOf(schema, { n: 4 })).toEqual([{ path: 'n', message: 'three at most, please' }])
  })

  it('says what the whole body must be', () => {
    expect(issuesOf(z.object({}), [])).toEqual([
      { path: '(body)', message: 'must be an object, not an array' },
    ])
  })
})
